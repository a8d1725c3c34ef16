// Controls shared by the audit panel and the full-page view: the counts per kind, the export
// buttons, the highlight toggle and the choice of view.
import { FileSpreadsheet, FileText } from 'lucide-react';
import { useState } from 'react';
import { FINDING_KINDS, type FindingKind } from '../../audit';
import { t } from '../../i18n/en';
import { useEditor, useUi } from '../../store/context';
import type { AuditView } from '../../store/uiStore';
import { useAuditView } from './context';
import { exportAudit, type ExportFormat } from './exportAudit';
import { kindSectionId } from './FindingsView';
import { KIND_ICONS } from '../../canvas/findingIcons';
import { formatNumber } from '../../i18n/format';

export function Counts({ onPick }: { onPick?: (kind: FindingKind) => void }) {
  const { audit, large } = useAuditView();
  return (
    <ul className="audit-counts" aria-label={t.audit.heading}>
      {FINDING_KINDS.map((kind) => {
        const Icon = KIND_ICONS[kind];
        const count = audit.counts[kind];
        return (
          <li key={kind}>
            <button
              type="button"
              className={`audit-tile is-${kind}${count === 0 ? ' is-zero' : ''}`}
              onClick={() => {
                onPick?.(kind);
                requestAnimationFrame(() => document.getElementById(kindSectionId(kind, large))?.scrollIntoView({ block: 'start', behavior: 'smooth' }));
              }}
            >
              <Icon size={18} aria-hidden className="audit-tile-icon" />
              <span className="audit-tile-count">{formatNumber(count)}</span>
              <span className="audit-tile-label">{count === 1 ? t.audit.kind[kind] : t.audit.kinds[kind]}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/** Runs an export of the open map, saying when it failed; `busy` is the one under way. */
export function useExport() {
  const { doc, ui } = useEditor();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const run = (format: ExportFormat) => {
    setBusy(format);
    exportAudit(doc.store.getState().map, format)
      .catch((error: unknown) => ui.setState({ notice: t.audit.exportFailed(error instanceof Error ? error.message : String(error)) }))
      .finally(() => setBusy(null));
  };
  return { busy, run };
}

export function ExportButtons() {
  const { busy, run } = useExport();
  return (
    <>
      <button type="button" title={t.audit.exportCsvTitle} aria-busy={busy === 'csv' || undefined} onClick={() => run('csv')}>
        <FileSpreadsheet size={16} aria-hidden /> {t.audit.exportCsv}
      </button>
      <button type="button" title={t.audit.exportMarkdownTitle} aria-busy={busy === 'markdown' || undefined} onClick={() => run('markdown')}>
        <FileText size={16} aria-hidden /> {t.audit.exportMarkdown}
      </button>
    </>
  );
}

export function HighlightToggle() {
  const { ui } = useEditor();
  const on = useUi((s) => s.auditHighlight);
  const kinds = useUi((s) => s.auditHighlightKinds);
  const toggle = (kind: FindingKind) => {
    const next = new Set(kinds);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    ui.setState({ auditHighlight: true, auditHighlightKinds: next });
  };
  return (
    <div className="audit-highlight">
      <label className="audit-switch">
        <input type="checkbox" checked={on} onChange={(event) => ui.setState({ auditHighlight: event.target.checked })} />
        <span>{t.audit.highlight}</span>
      </label>
      {on ? (
        <div className="audit-kind-filter" role="group" aria-label={t.audit.highlightKinds}>
          {FINDING_KINDS.map((kind) => {
            const Icon = KIND_ICONS[kind];
            return (
              <button key={kind} type="button" className={`audit-filter is-${kind}`} aria-pressed={kinds.has(kind)} onClick={() => toggle(kind)}>
                <Icon size={13} aria-hidden /> {t.audit.kind[kind]}
              </button>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}

const VIEWS: AuditView[] = ['findings', 'priorities', 'topics', 'messages'];

export function ViewSwitch() {
  const { ui } = useEditor();
  const view = useUi((s) => s.auditView);
  return (
    <div className="audit-views" role="group" aria-label={t.audit.views.label}>
      {VIEWS.map((name) => (
        <button key={name} type="button" aria-pressed={view === name} onClick={() => ui.setState({ auditView: name })}>
          {t.audit.views[name]}
        </button>
      ))}
    </div>
  );
}
