// The audit side panel: counts, the highlight toggle, and one of four views (findings, priorities,
// topics, the messages matrix). The audit is derived from the map on every change, never stored.
import { ClipboardCheck, Maximize2 } from 'lucide-react';
import { useCallback, useId, useMemo, useState } from 'react';
import { t } from '../../i18n/en';
import { useEditor, useUi } from '../../store/context';
import { focusTouchpoints } from '../../store/uiStore';
import { AuditFullPage } from './AuditFullPage';
import { Counts, ExportButtons, HighlightToggle, ViewSwitch } from './AuditControls';
import { AuditContext, type AuditViewContext } from './context';
import { FindingsView } from './FindingsView';
import { MessageMatrix } from './MessageMatrix';
import { PrioritiesView } from './PrioritiesView';
import { TopicsView } from './TopicsView';
import { useAudit } from './useAudit';
import './audit.css';

export function AuditPanel() {
  const data = useAudit();
  const { ui } = useEditor();
  const view = useUi((s) => s.auditView);
  const [fullPage, setFullPage] = useState(false);
  const headingId = useId();
  const focus = useCallback((ids: readonly string[]) => focusTouchpoints(ui, ids), [ui]);
  const value = useMemo<AuditViewContext>(() => ({ ...data, focus, large: false }), [data, focus]);
  return (
    <AuditContext value={value}>
      <section className="audit-panel" aria-labelledby={headingId}>
        <header className="audit-head">
          <h2 id={headingId}>
            <ClipboardCheck size={18} aria-hidden /> {t.audit.heading}
          </h2>
          <p className="audit-intro">{t.audit.intro}</p>
          <div className="audit-actions">
            <button type="button" title={t.audit.fullPageTitle} onClick={() => setFullPage(true)}>
              <Maximize2 size={16} aria-hidden /> {t.audit.fullPage}
            </button>
            <ExportButtons />
          </div>
        </header>
        <Counts onPick={() => ui.setState({ auditView: 'findings' })} />
        <HighlightToggle />
        <ViewSwitch />
        <div className="audit-body">
          {view === 'findings' ? (
            <FindingsView />
          ) : view === 'priorities' ? (
            <PrioritiesView />
          ) : view === 'topics' ? (
            <TopicsView />
          ) : (
            <MessageMatrix across={false} limit={100} />
          )}
        </div>
      </section>
      {fullPage ? <AuditFullPage onClose={() => setFullPage(false)} /> : null}
    </AuditContext>
  );
}
