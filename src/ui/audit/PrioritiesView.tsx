// Priorities: the touchpoints worst first, each with its score, the reasons that make it up (with
// their points) and its open actions. A click on a row selects the card and centres the canvas on
// it. The first places are those the "Top priorities" lens lights on the canvas.
import { Crosshair, FileSpreadsheet, FileText } from 'lucide-react';
import { useMemo, useState } from 'react';
import { priorities, reasonText, TOP_PRIORITIES, type Priority } from '../../audit';
import { CHANNEL_ICONS } from '../../canvas/channelIcons';
import { t } from '../../i18n/en';
import { useExport } from './AuditControls';
import { useAuditView } from './context';
import { fill, User } from './fill';

/** The side panel lists 40 before "show all"; the full page, on the shared screen, the first ten. */
export function PrioritiesView({ limit = 40 }: { limit?: number }) {
  const { map, audit } = useAuditView();
  const ranked = useMemo(() => priorities(map, audit), [map, audit]);
  const [all, setAll] = useState(false);
  const { busy, run } = useExport();
  const p = t.audit.priorities;
  const shown = all ? ranked : ranked.slice(0, limit);
  const unranked = audit.order.length - ranked.length;
  return (
    <div className="audit-priorities">
      <p className="audit-help">{p.help}</p>
      <p className="audit-help audit-scoring">{p.scoring}</p>
      <div className="audit-actions">
        <button type="button" title={p.exportCsvTitle} aria-busy={busy === 'priorities-csv' || undefined} onClick={() => run('priorities-csv')}>
          <FileSpreadsheet size={16} aria-hidden /> {p.exportCsv}
        </button>
        <button type="button" title={p.exportMarkdownTitle} aria-busy={busy === 'priorities-markdown' || undefined} onClick={() => run('priorities-markdown')}>
          <FileText size={16} aria-hidden /> {p.exportMarkdown}
        </button>
      </div>
      {ranked.length === 0 ? (
        <p className="audit-empty">{p.none}</p>
      ) : (
        <ol className="audit-ranking" aria-label={p.listLabel}>
          {shown.map((entry) => (
            <PriorityRow key={entry.touchpoint.id} entry={entry} />
          ))}
        </ol>
      )}
      {ranked.length > shown.length ? (
        <button type="button" className="audit-more" onClick={() => setAll(true)}>
          {p.showAll(ranked.length)}
        </button>
      ) : null}
      {ranked.length > 0 && unranked > 0 ? <p className="audit-muted audit-unranked">{p.notRanked(unranked)}</p> : null}
    </div>
  );
}

function PriorityRow({ entry }: { entry: Priority }) {
  const { focus, stage } = useAuditView();
  const p = t.audit.priorities;
  const { touchpoint } = entry;
  const Icon = CHANNEL_ICONS[touchpoint.channel];
  const stageName = stage(touchpoint)?.name;
  return (
    <li className={`audit-priority${entry.rank <= TOP_PRIORITIES ? ' is-top' : ''}`}>
      <button type="button" className="audit-priority-main" title={t.audit.select(touchpoint.title)} onClick={() => focus([touchpoint.id])}>
        <span className="audit-priority-rank">{p.rank(entry.rank)}</span>
        <span className="audit-finding-text">
          <span className="audit-finding-title">
            <Icon size={14} aria-hidden className="audit-priority-channel" /> <User>{touchpoint.title}</User>
          </span>
          {stageName ? (
            <span className="audit-finding-detail">
              <User>{stageName}</User>
            </span>
          ) : null}
        </span>
        <span className="audit-priority-score" title={p.scoreTitle(entry.score)}>
          <span className="audit-priority-score-value">{entry.score}</span>
          <span className="audit-priority-score-label">{p.scoreWord}</span>
        </span>
        <Crosshair size={15} aria-hidden className="audit-finding-go" />
      </button>
      <ul className="audit-reasons" aria-label={p.reasons}>
        {entry.reasons.map((reason, i) => (
          <li key={i} className={`audit-reason is-${reason.kind}`}>
            <span dir="auto">{reasonText(reason)}</span>
            <span className="audit-points">{p.points(reason.points)}</span>
          </li>
        ))}
      </ul>
      <div className="audit-line audit-priority-actions">
        <span className="audit-line-label">{p.openActions}</span>
        {entry.openActions.length === 0 ? (
          <span className="audit-no-open">{p.noOpenAction}</span>
        ) : (
          <ul className="audit-open-actions">
            {entry.openActions.map((action) => (
              <li key={action.id}>
                <span className="audit-action-status">{t.actionStatuses[action.status]}</span> <User>{action.text}</User>
                {action.owner ? <span className="audit-muted"> {fill(p.actionOwner, <User>{action.owner}</User>)}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}
