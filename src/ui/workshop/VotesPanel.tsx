// The dot-voting results: touchpoints by votes, each a button that jumps to it on the canvas.
// In the editor it also turns dot-voting on and resets the votes; in present mode the header does.
import { t } from '../../i18n/en';
import { useEditor, useMapSelector, useUi } from '../../store/context';
import { selectTouchpoints } from '../../store/uiStore';
import { mostVoted } from '../../workshop/stageSummary';
import { ResetVotes } from './ResetVotes';

export function VotesPanel() {
  const { ui } = useEditor();
  const voting = useUi((s) => s.voting);
  const presenting = useUi((s) => s.presenting);
  const touchpoints = useMapSelector((m) => m.touchpoints);
  const stages = useMapSelector((m) => m.stages);
  const ranked = mostVoted({ touchpoints, stages });
  return (
    <section className="panel-section votes-panel" aria-labelledby="votes-heading">
      <h3 id="votes-heading">{t.workshop.mostVoted}</h3>
      {!presenting && (
        <div className="votes-controls">
          <label className="check">
            <input type="checkbox" checked={voting} onChange={(e) => ui.setState({ voting: e.target.checked })} /> {t.workshop.votingOn}
          </label>
          <ResetVotes />
        </div>
      )}
      {ranked.length === 0 ? (
        <p className="muted">{t.workshop.noVotes}</p>
      ) : (
        <ol className="votes-list" aria-label={t.workshop.mostVoted}>
          {ranked.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                onClick={() => {
                  selectTouchpoints(ui, [item.id]);
                  ui.setState((s) => ({ panel: 'votes', focusRequest: { ids: [item.id], seq: (s.focusRequest?.seq ?? 0) + 1 } }));
                }}
              >
                <span className="votes-count">{t.canvas.votesBadge(item.votes)}</span> <bdi dir="auto">{item.title}</bdi>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
