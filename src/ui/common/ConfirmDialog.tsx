// A modal confirmation on the native <dialog>. Cancel has the focus, so Enter or a stray Space
// never confirms; Escape cancels; a click on the backdrop does nothing.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { t } from '../../i18n/en';
import { useModalDialog } from './useModalDialog';

type Props = {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  /** While the confirmed action runs: buttons stay focusable but do nothing. */
  busy?: boolean;
  busyLabel?: string;
  onConfirm: () => void;
  onCancel: () => void;
};

export function ConfirmDialog({ title, children, confirmLabel, busy = false, busyLabel, onConfirm, onCancel }: Props) {
  const dialog = useModalDialog();
  const cancel = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const bodyId = useId();
  useEffect(() => cancel.current?.focus(), []);
  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby={headingId}
      aria-describedby={children ? bodyId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={headingId} dir="auto">{title}</h2>
      {children && <div id={bodyId} className="confirm-body">{children}</div>}
      <div className="confirm-actions">
        <button ref={cancel} type="button" aria-disabled={busy || undefined} onClick={() => !busy && onCancel()}>
          {t.common.cancel}
        </button>
        <button type="button" className="danger" aria-disabled={busy || undefined} aria-busy={busy || undefined} onClick={() => !busy && onConfirm()}>
          {busy && busyLabel ? busyLabel : confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
