// The full-page audit, for the shared screen of a workshop: the messages matrix across the
// journey, the priorities (where to start), then the findings and the topics side by side.
// A click on a finding, a priority or a touchpoint closes it and selects and centres them.
import { X } from 'lucide-react';
import { useCallback, useId, useMemo } from 'react';
import { t } from '../../i18n/en';
import { useEditor } from '../../store/context';
import { focusTouchpoints } from '../../store/uiStore';
import { Counts, ExportButtons } from './AuditControls';
import { AuditContext, type AuditViewContext } from './context';
import { FindingsView } from './FindingsView';
import { MessageMatrix } from './MessageMatrix';
import { PrioritiesView } from './PrioritiesView';
import { TopicsView } from './TopicsView';
import { useAudit } from './useAudit';
import { useModalDialog } from '../common/useModalDialog';

export function AuditFullPage({ onClose }: { onClose: () => void }) {
  const data = useAudit();
  const { ui } = useEditor();
  const dialog = useModalDialog();
  const headingId = useId();
  const focus = useCallback(
    (ids: readonly string[]) => {
      onClose();
      focusTouchpoints(ui, ids);
    },
    [onClose, ui],
  );
  const value = useMemo<AuditViewContext>(() => ({ ...data, focus, large: true }), [data, focus]);
  const { map } = data;
  return (
    <dialog
      ref={dialog}
      className="audit-page"
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <AuditContext value={value}>
        <header className="audit-page-head">
          <div className="audit-page-title">
            <h2 id={headingId}>{t.audit.fullHeading}</h2>
            <p className="audit-page-map" dir="auto">{map.title}</p>
            {map.persona ? <p className="audit-muted" dir="auto">{t.toolbar.persona(map.persona.name)}</p> : null}
          </div>
          <Counts />
          <div className="audit-actions">
            <ExportButtons />
            <button type="button" className="icon" aria-label={t.audit.closeFullPage} title={t.audit.closeFullPage} onClick={onClose}>
              <X size={18} aria-hidden />
            </button>
          </div>
        </header>
        <div className="audit-page-body">
          <section className="audit-page-section" aria-label={t.audit.matrixLabel}>
            <h3>{t.audit.matrixLabel}</h3>
            <MessageMatrix across limit={40} />
          </section>
          <section className="audit-page-section" aria-label={t.audit.views.priorities}>
            <h3>{t.audit.views.priorities}</h3>
            <PrioritiesView limit={10} />
          </section>
          <div className="audit-page-columns">
            <section className="audit-page-section" aria-label={t.audit.views.findings}>
              <h3>{t.audit.views.findings}</h3>
              <FindingsView />
            </section>
            <section className="audit-page-section" aria-label={t.audit.views.topics}>
              <h3>{t.audit.views.topics}</h3>
              <TopicsView />
            </section>
          </div>
        </div>
      </AuditContext>
    </dialog>
  );
}
