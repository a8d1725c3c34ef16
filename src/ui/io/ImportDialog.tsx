// What an import did: the maps it added, each with an Open button, and for every file that
// failed, why (path and what was expected), with the reminder that nothing was changed.
import { ArrowRight, CheckCircle2, FileWarning } from 'lucide-react';
import { useEffect, useId } from 'react';
import { t } from '../../i18n/en';
import type { ImportOutcome } from './runImport';
import { useModalDialog } from '../common/useModalDialog';

export type ImportDialogState = { phase: 'working'; names: string[] } | { phase: 'done'; outcome: ImportOutcome };

type Props = {
  state: ImportDialogState;
  onClose: () => void;
  onOpen: (mapId: string) => void;
};

export function ImportDialog({ state, onClose, onOpen }: Props) {
  const dialog = useModalDialog();
  const headingId = useId();
  const working = state.phase === 'working';


  // Once the import is done, the focus goes to the first thing to do: open a map, or close.
  useEffect(() => {
    if (working) return;
    dialog.current?.querySelector<HTMLButtonElement>('.io-open-button, .io-close-button')?.focus();
  }, [working]);

  return (
    <dialog
      ref={dialog}
      className="io-dialog"
      aria-labelledby={headingId}
      aria-busy={working || undefined}
      onCancel={(event) => {
        event.preventDefault();
        if (!working) onClose();
      }}
    >
      {state.phase === 'working' ? (
        <>
          <h2 id={headingId}>{t.io.dialog.working}</h2>
          <p role="status" dir="auto">
            {state.names.map((name) => t.io.dialog.reading(name)).join(' ')}
          </p>
        </>
      ) : (
        <Outcome outcome={state.outcome} headingId={headingId} onOpen={onOpen} />
      )}
      <div className="io-dialog-actions">
        <button type="button" className="io-close-button" disabled={working} onClick={onClose}>
          {t.common.close}
        </button>
      </div>
    </dialog>
  );
}

function Outcome({ outcome, headingId, onOpen }: { outcome: ImportOutcome; headingId: string; onOpen: (mapId: string) => void }) {
  const { imported, failures } = outcome;
  return (
    <>
      <h2 id={headingId} className="io-dialog-heading">
        {imported.length > 0 ? <CheckCircle2 size={20} aria-hidden className="io-ok" /> : <FileWarning size={20} aria-hidden className="io-bad" />}
        {imported.length > 0 ? t.io.dialog.imported(imported.length) : t.io.dialog.failedTitle}
      </h2>
      {imported.length > 0 && (
        <>
          <p className="io-dialog-note">{t.io.dialog.importedBody}</p>
          <ul className="io-imported" aria-label={t.io.dialog.importedMaps}>
            {imported.map(({ map, originalId }) => (
              <li key={map.id} className="io-imported-item">
                <div className="io-imported-text">
                  <span className="io-imported-title" dir="auto">
                    {map.title}
                  </span>
                  <span className="io-imported-meta">{t.library.counts(map.stages.length, map.touchpoints.length)}</span>
                  {originalId !== map.id && <span className="io-imported-meta">{t.io.dialog.newId}</span>}
                </div>
                <button type="button" className="io-open-button primary" aria-label={t.io.dialog.open(map.title)} onClick={() => onOpen(map.id)}>
                  {t.common.open}
                  <ArrowRight size={16} aria-hidden />
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {failures.map((failure, index) => (
        <section key={`${index}:${failure.name}`} className="io-failure" role="alert">
          <h3 dir="auto">{t.io.dialog.failedFile(failure.name)}</h3>
          <ul className="io-problems">
            {failure.messages.map((message, line) => (
              <li key={line} dir="auto">
                {message}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {failures.length > 0 && imported.length === 0 && <p className="io-dialog-note">{t.io.dialog.nothingChanged}</p>}
    </>
  );
}
