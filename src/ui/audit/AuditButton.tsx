// The toolbar's "Audit" toggle, with the number of findings. It subscribes to that number only.
import { ClipboardCheck } from 'lucide-react';
import { t } from '../../i18n/en';
import { useEditor, useUi } from '../../store/context';
import { useFindingCount } from './useAudit';
import { formatNumber } from '../../i18n/format';

export function AuditButton() {
  const { ui } = useEditor();
  const open = useUi((s) => s.panel === 'audit');
  const single = useUi((s) => s.selectedTouchpoints.size === 1);
  const count = useFindingCount();
  return (
    <button
      type="button"
      className="audit-button"
      aria-pressed={open}
      aria-label={t.audit.buttonLabel(count)}
      title={t.audit.buttonLabel(count)}
      // Closing the audit with one touchpoint selected leaves its details open.
      onClick={() => ui.setState({ panel: open ? (single ? 'inspector' : null) : 'audit' })}
    >
      <ClipboardCheck size={16} aria-hidden /> {t.audit.button}
      <span className={`audit-button-count${count === 0 ? ' is-zero' : ''}`} aria-hidden>{formatNumber(count)}</span>
    </button>
  );
}
