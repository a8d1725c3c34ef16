// Version history of the open map: the versions newest first (time, trigger, name, counts),
// "Save a named version", a read-only preview, and restore after a confirmation. The storage
// and the rules live in src/persistence/versions*.ts; this only shows them and forwards clicks.
import { History } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { createPortal } from 'react-dom';
import { localeTag } from '../../i18n/runtime';
import { t } from '../../i18n/en';
import { useLocale } from '../../i18n/locale';
import type { JourneyMap } from '../../model/schema';
import { describeStorageError } from '../../persistence/storageErrors';
import type { PreviewResult, VersionRecorder } from '../../persistence/versionsRecorder';
import { VERSION_NAME_MAX, type VersionRow } from '../../persistence/versionsRules';
import { useEditor } from '../../store/context';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { describeImportError } from '../common/describeImportError';
import { useModalDialog } from '../common/useModalDialog';
import { formatExactDate, formatRelativeTime } from '../library/relativeTime';
import { HistoryPreview } from './HistoryPreview';
import { useVersionRecorder } from './HistoryContext';
import './history.css';

type Problem = { message: string; details?: string[] };

/** The sentences for a version that could not be read back. */
function unreadable(result: Exclude<PreviewResult, { ok: true }>): Problem {
  if (result.error.kind === 'missing') return { message: t.history.missing };
  return { message: t.history.unreadable, details: describeImportError(result.error) };
}

function useFormatters() {
  const tag = localeTag(useLocale());
  const now = Date.now();
  const short = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    relative: (time: number) => formatRelativeTime(time, now, tag),
    short: (time: number) => short.format(time),
    exact: (time: number) => formatExactDate(time, tag),
  };
}

const labelOf = (version: VersionRow) => version.name ?? t.history.triggers[version.trigger];

function VersionItem({ version, onPreview, onRestore }: { version: VersionRow; onPreview: () => void; onRestore: () => void }) {
  const format = useFormatters();
  const { counts } = version;
  return (
    <li className={`history-item${version.trigger === 'named' ? ' is-named' : ''}`} data-trigger={version.trigger}>
      <div className="history-item-text">
        <div className="history-item-head">
          {version.name !== undefined && <strong dir="auto" className="history-name">{version.name}</strong>}
          <span className="history-badge">{t.history.triggers[version.trigger]}</span>
          <time dateTime={new Date(version.time).toISOString()} title={format.exact(version.time)}>
            {format.relative(version.time)} <span className="history-time">{t.common.separator.trimStart()}{format.short(version.time)}</span>
          </time>
        </div>
        <div className="history-counts">
          {t.history.counts(counts.stages, counts.touchpoints, counts.connections)}
          {counts.findings !== undefined && `${t.common.separator}${t.history.findings(counts.findings)}`}
        </div>
      </div>
      <div className="history-item-actions">
        <button type="button" onClick={onPreview}>{t.history.preview}</button>
        <button type="button" onClick={onRestore}>{t.history.restore}</button>
      </div>
    </li>
  );
}

function NameForm({ recorder }: { recorder: VersionRecorder }) {
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const inputId = useId();
  const save = async () => {
    const trimmed = name.trim();
    if (!trimmed) return setMessage({ ok: false, text: t.history.nameRequired });
    setBusy(true);
    try {
      await recorder.saveNamed(trimmed);
      setName('');
      setMessage({ ok: true, text: t.history.savedNamed(trimmed) });
    } catch (error) {
      setMessage({ ok: false, text: t.history.saveFailed(describeStorageError(error).message) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="history-name-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy) void save();
      }}
    >
      <label htmlFor={inputId}>{t.history.nameLabel}</label>
      <div className="history-name-row">
        <input id={inputId} dir="auto" value={name} maxLength={VERSION_NAME_MAX} placeholder={t.history.namePlaceholder} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="primary" aria-disabled={busy || undefined}>{t.history.saveNamed}</button>
      </div>
      {message && (
        <p className={message.ok ? 'history-ok' : 'history-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </form>
  );
}

type Step =
  | { kind: 'list' }
  | { kind: 'preview'; version: VersionRow; map: JourneyMap }
  | { kind: 'confirm'; version: VersionRow; busy: boolean };

function HistoryDialog({ recorder, onClose }: { recorder: VersionRecorder; onClose: () => void }) {
  const { ui } = useEditor();
  const dialog = useModalDialog();
  const headingId = useId();
  const format = useFormatters();
  const [versions, setVersions] = useState<VersionRow[] | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'list' });

  useEffect(
    () => recorder.watch(setVersions, (storage) => setProblem({ message: t.history.loadFailed(storage.message) })),
    [recorder],
  );

  const preview = async (version: VersionRow) => {
    setProblem(null);
    try {
      const result = await recorder.preview(version.id as number);
      if (result.ok) setStep({ kind: 'preview', version, map: result.value });
      else setProblem(unreadable(result));
    } catch (error) {
      setProblem({ message: t.history.loadFailed(describeStorageError(error).message) });
    }
  };

  const restore = async (version: VersionRow) => {
    setStep({ kind: 'confirm', version, busy: true });
    try {
      const result = await recorder.restore(version.id as number);
      if (!result.ok) {
        setStep({ kind: 'list' });
        return setProblem(unreadable(result));
      }
      ui.setState({ notice: t.history.restored(format.exact(version.time)) });
      onClose();
    } catch (error) {
      setStep({ kind: 'list' });
      setProblem({ message: t.history.restoreFailed(describeStorageError(error).message) });
    }
  };

  return (
    <dialog
      ref={dialog}
      className="history-dialog"
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault();
        if (step.kind === 'list') onClose();
      }}
    >
      <h2 id={headingId}>
        <History size={18} aria-hidden />
        {t.history.title}
      </h2>
      <p className="history-note">{t.history.intro}</p>
      <NameForm recorder={recorder} />
      {problem && (
        <div className="history-error" role="alert">
          <p>{problem.message}</p>
          {problem.details && problem.details.length > 0 && <ul>{problem.details.map((d) => <li key={d}>{d}</li>)}</ul>}
        </div>
      )}
      {versions === null ? (
        <p className="history-note">{t.history.loading}</p>
      ) : versions.length === 0 ? (
        <p className="history-note">{t.history.empty}</p>
      ) : (
        <ol className="history-list" aria-label={t.history.listLabel}>
          {versions.map((version) => (
            <VersionItem
              key={version.id}
              version={version}
              onPreview={() => void preview(version)}
              onRestore={() => setStep({ kind: 'confirm', version, busy: false })}
            />
          ))}
        </ol>
      )}
      <div className="history-actions">
        <button type="button" onClick={onClose}>{t.common.close}</button>
      </div>
      {step.kind === 'preview' && (
        <HistoryPreview
          label={labelOf(step.version)}
          time={format.exact(step.version.time)}
          map={step.map}
          onClose={() => setStep({ kind: 'list' })}
          onRestore={() => setStep({ kind: 'confirm', version: step.version, busy: false })}
        />
      )}
      {step.kind === 'confirm' && (
        <ConfirmDialog
          title={t.history.restoreTitle(format.exact(step.version.time))}
          confirmLabel={t.history.restoreThis}
          busy={step.busy}
          busyLabel={t.history.restoring}
          onConfirm={() => void restore(step.version)}
          onCancel={() => setStep({ kind: 'list' })}
        >
          {step.version.name !== undefined && <p dir="auto"><strong>{step.version.name}</strong></p>}
          <p>{t.history.restoreBody}</p>
        </ConfirmDialog>
      )}
    </dialog>
  );
}

/** The Map panel's entry: opens the dialog once the recorder has started. */
export function HistoryButton() {
  const recorder = useVersionRecorder();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="history-open" title={t.history.openHint} disabled={!recorder} onClick={() => setOpen(true)}>
        <History size={16} aria-hidden />
        {t.history.open}
      </button>
      {/* In the body, not in the Map panel: the panel's own styles (headings) stay out of it. */}
      {open && recorder && createPortal(<HistoryDialog recorder={recorder} onClose={() => setOpen(false)} />, document.body)}
    </>
  );
}
