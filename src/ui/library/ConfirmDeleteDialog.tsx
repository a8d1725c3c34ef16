// The last step before a map is gone: a modal that names the map and what it holds.
// Cancel has the focus, so Enter or a stray Space never deletes; Escape cancels too.
// A click on the backdrop does nothing (only Cancel, Escape or Delete close it).
import { useEffect, useId, useRef } from 'react';
import { t } from '../../i18n/en';
import type { MapSummary } from '../../model/maps';

type Props = {
  map: MapSummary;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

export function ConfirmDeleteDialog({ map, busy, onConfirm, onCancel }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    cancelRef.current?.focus();
    return () => {
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="lib-dialog"
      aria-labelledby={headingId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        // Escape: close through our own state, so the caller can put the focus back.
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={headingId} className="lib-dialog-title" dir="auto">
        {t.library.confirmDeleteTitle(map.title)}
      </h2>
      <p id={bodyId} className="lib-dialog-body">
        {t.library.confirmDeleteBody(map.touchpointCount)}
      </p>
      <div className="lib-dialog-actions">
        {/* aria-disabled rather than disabled while deleting, so the focus stays inside the dialog. */}
        <button ref={cancelRef} type="button" className="lib-button" aria-disabled={busy || undefined} onClick={() => !busy && onCancel()}>
          {t.common.cancel}
        </button>
        <button
          type="button"
          className="lib-button lib-button-danger"
          aria-disabled={busy || undefined}
          aria-busy={busy || undefined}
          onClick={() => !busy && onConfirm()}
        >
          {busy ? t.library.deleting : t.common.delete}
        </button>
      </div>
    </dialog>
  );
}
