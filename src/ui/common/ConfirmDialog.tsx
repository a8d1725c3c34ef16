// A modal confirmation on the native <dialog>: Escape and Cancel close it, Cancel has focus first.
import { useEffect, useRef, type ReactNode } from 'react';
import { t } from '../../i18n/en';

type Props = {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
};

export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    }
    cancel.current?.focus();
  }, []);
  return (
    <dialog ref={dialog} className="confirm-dialog" aria-labelledby="confirm-title" onCancel={(e) => { e.preventDefault(); onCancel(); }}>
      <h2 id="confirm-title" dir="auto">{title}</h2>
      {children && <div className="confirm-body">{children}</div>}
      <div className="confirm-actions">
        <button ref={cancel} type="button" onClick={onCancel}>{t.common.cancel}</button>
        <button type="button" className="danger" onClick={onConfirm}>{confirmLabel}</button>
      </div>
    </dialog>
  );
}
