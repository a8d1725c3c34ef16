// A version shown read-only: its title, persona, counts and each stage with its touchpoints.
// Plain text and lists, no fields: nothing here can be changed, and the header says so.
import { Eye } from 'lucide-react';
import { useId } from 'react';
import { t } from '../../i18n/en';
import type { JourneyMap } from '../../model/schema';
import { useModalDialog } from '../common/useModalDialog';

type Props = {
  label: string;
  time: string;
  map: JourneyMap;
  onRestore: () => void;
  onClose: () => void;
};

/** A stage's touchpoints top to bottom, as they stand in its lane. */
const inLane = (map: JourneyMap, stageId: string) =>
  map.touchpoints.filter((tp) => tp.stageId === stageId).sort((a, b) => a.position.y - b.position.y);

export function HistoryPreview({ label, time, map, onRestore, onClose }: Props) {
  const dialog = useModalDialog();
  const headingId = useId();
  return (
    <dialog
      ref={dialog}
      className="history-dialog history-preview"
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={headingId}>
        <Eye size={18} aria-hidden />
        <span dir="auto">{t.history.previewTitle(label)}</span>
      </h2>
      <p className="history-readonly">
        <span className="history-badge history-badge-readonly">{t.history.readOnly}</span>
        <span>{time}</span>
      </p>
      <p className="history-note">{t.history.readOnlyHint}</p>
      <section className="history-preview-map" aria-label={t.history.readOnly}>
        <h3 dir="auto">{map.title}</h3>
        {map.persona && <p dir="auto" className="history-persona">{map.persona.name}</p>}
        {map.description && <p dir="auto" className="history-description">{map.description}</p>}
        <p className="history-counts">{t.history.counts(map.stages.length, map.touchpoints.length, map.connections.length)}</p>
        <ol className="history-stages">
          {map.stages.map((stage) => {
            const cards = inLane(map, stage.id);
            return (
              <li key={stage.id} className="history-stage" style={{ borderTopColor: stage.color ?? '#94a3b8' }}>
                <h4 dir="auto">{stage.name}</h4>
                {cards.length === 0 ? (
                  <p className="history-none">{t.history.noTouchpoints}</p>
                ) : (
                  <ul>
                    {cards.map((tp) => (
                      <li key={tp.id} dir="auto">{tp.title}</li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      </section>
      <div className="history-actions">
        <button type="button" onClick={onClose}>{t.common.close}</button>
        <button type="button" className="primary" onClick={onRestore}>{t.history.restoreThis}</button>
      </div>
    </dialog>
  );
}
