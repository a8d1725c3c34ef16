// Leaving a map whose latest changes could not be written: the work is only in this tab, so
// "All maps" (or the browser's Back) asks first — stay, export the map as JSON and leave, or
// leave and lose it — and closing or reloading the tab gets the browser's own warning.
import { useEffect, useId, useRef, useState } from 'react';
import { holdLeaving, leaveTo } from '../../app/useHashRoute';
import { t } from '../../i18n/en';
import { downloadBlob } from '../../io/download';
import { documentBlob, JSON_EXTENSION } from '../../io/exportDocument';
import { mapFileName } from '../../io/fileName';
import type { SaveStatus } from '../../persistence/docWriter';
import type { MapStore } from '../../store/mapStore';
import { useModalDialog } from '../common/useModalDialog';

/**
 * Holds leaving from the first failed write until everything is saved again (a retry under way
 * still counts as failing); warns on closing the tab then, and while a write is under way.
 */
export function useLeaveUnsaved(status: SaveStatus): { leavingTo: string | null; stay: () => void } {
  const [failing, setFailing] = useState(false);
  // Derived from the statuses seen so far: "saving" (a retry) keeps what was before it.
  if (status.state === 'failed' && !failing) setFailing(true);
  if ((status.state === 'saved' || status.state === 'deleted') && failing) setFailing(false);
  const [leavingTo, setLeavingTo] = useState<string | null>(null);
  useEffect(() => {
    if (!failing) return;
    const release = holdLeaving((to) => {
      setLeavingTo(to);
      return true;
    });
    return () => {
      release();
      // Saved after all (a retry worked while the dialog was open): nothing to ask any more.
      setLeavingTo(null);
    };
  }, [failing]);
  const unwritten = failing || status.state === 'saving';
  useEffect(() => {
    if (!unwritten) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unwritten]);
  return { leavingTo: failing ? leavingTo : null, stay: () => setLeavingTo(null) };
}

type Props = { to: string; map: MapStore; onStay: () => void };

export function LeaveUnsavedDialog({ to, map, onStay }: Props) {
  const dialog = useModalDialog();
  const stay = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const bodyId = useId();
  useEffect(() => stay.current?.focus(), []);

  const exportAndLeave = () => {
    const current = map.getState().map;
    downloadBlob(documentBlob([current], new Date().toISOString()), mapFileName(current.title, JSON_EXTENSION));
    leaveTo(to);
  };

  return (
    <dialog
      ref={dialog}
      className="confirm-dialog leave-dialog"
      aria-labelledby={headingId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onStay();
      }}
    >
      <h2 id={headingId}>{t.storage.leaveTitle}</h2>
      <div id={bodyId} className="confirm-body">
        <p>{t.storage.leaveBody}</p>
      </div>
      <div className="confirm-actions">
        <button ref={stay} type="button" onClick={onStay}>{t.storage.leaveStay}</button>
        <button type="button" onClick={exportAndLeave}>{t.storage.leaveExport}</button>
        <button type="button" className="danger" onClick={() => leaveTo(to)}>{t.storage.leaveDiscard}</button>
      </div>
    </dialog>
  );
}
