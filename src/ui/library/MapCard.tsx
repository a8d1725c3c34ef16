// One map in the library: what it is, whose journey, how big, when it was last touched,
// and the few things you can do to it. Clicking anywhere on the card opens the map; the
// "Open" button is the keyboard's way in.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { ArrowRight, Copy, FileDown, Pencil, Trash2, UserRound } from 'lucide-react';
import { t } from '../../i18n/en';
import type { MapSummary } from '../../model/maps';
import { MAX_TITLE_LENGTH } from '../../model/maps';
import { cleanTitle } from './libraryText';
import { formatExactDate, formatRelativeTime } from './relativeTime';
import { interfaceTag } from '../../i18n/format';

type Props = {
  map: MapSummary;
  now: number;
  busy: boolean;
  onOpen: (id: string) => void;
  /** Resolves true when the title was saved (the editor then closes), false to keep editing. */
  onRename: (map: MapSummary, title: string) => Promise<boolean>;
  onDuplicate: (map: MapSummary) => void;
  /** Downloads the map as a .waymark.json file (issue 5); no button without it. */
  onExport?: (map: MapSummary) => void;
  onDelete: (map: MapSummary, trigger: HTMLButtonElement) => void;
};

export function MapCard({ map, now, busy, onOpen, onRename, onDuplicate, onExport, onDelete }: Props) {
  const [editing, setEditing] = useState(false);
  const titleId = useId();
  const renameRef = useRef<HTMLButtonElement>(null);

  const openFromCard = (event: MouseEvent<HTMLElement>) => {
    if (editing) return;
    const target = event.target as Element;
    // Clicks on the card's own controls do what those controls say, not "open".
    if (target.closest('button, a, input, textarea, select, label')) return;
    if (window.getSelection()?.toString()) return; // selecting text to copy it is not a click to open
    onOpen(map.id);
  };

  return (
    <article
      className="lib-card"
      data-editing={editing || undefined}
      aria-labelledby={editing ? undefined : titleId}
      aria-label={editing ? map.title : undefined}
      onClick={openFromCard}
    >
      {editing ? (
        <TitleEditor
          initial={map.title}
          onSave={(title) => onRename(map, title)}
          onDone={(how) => {
            setEditing(false);
            if (how === 'keyboard') requestAnimationFrame(() => renameRef.current?.focus());
          }}
        />
      ) : (
        <h3 id={titleId} className="lib-card-title" dir="auto">
          {map.title}
        </h3>
      )}
      {map.personaName ? (
        <p className="lib-card-persona">
          <UserRound size={14} aria-hidden="true" />
          <span className="lib-visually-hidden">{t.library.persona}: </span>
          <span dir="auto">{map.personaName}</span>
        </p>
      ) : null}
      <p className="lib-card-meta">{t.library.counts(map.stageCount, map.touchpointCount)}</p>
      <p className="lib-card-meta">
        <time dateTime={map.updatedAt} title={formatExactDate(map.updatedAt, interfaceTag())}>
          {t.library.edited(formatRelativeTime(map.updatedAt, now, interfaceTag()))}
        </time>
      </p>
      <div className="lib-card-actions">
        <button type="button" className="lib-button lib-button-primary lib-card-open" aria-label={t.library.openMap(map.title)} onClick={() => onOpen(map.id)}>
          {t.common.open}
          <ArrowRight size={16} aria-hidden="true" className="flip-in-rtl" />
        </button>
        <span className="lib-card-tools">
          <button
            ref={renameRef}
            type="button"
            className="lib-icon-button"
            aria-label={t.library.renameMap(map.title)}
            title={t.common.rename}
            onClick={() => setEditing(true)}
          >
            <Pencil size={16} aria-hidden="true" />
          </button>
          <button
            type="button"
            className="lib-icon-button"
            aria-label={t.library.duplicateMap(map.title)}
            title={t.common.duplicate}
            aria-disabled={busy || undefined}
            onClick={() => !busy && onDuplicate(map)}
          >
            <Copy size={16} aria-hidden="true" />
          </button>
          {onExport && (
            <button type="button" className="lib-icon-button" aria-label={t.io.exportMap(map.title)} title={t.io.exportMapTitle} onClick={() => onExport(map)}>
              <FileDown size={16} aria-hidden="true" />
            </button>
          )}
          <button
            type="button"
            className="lib-icon-button lib-icon-button-danger"
            aria-label={t.library.deleteMap(map.title)}
            title={t.common.delete}
            onClick={(event) => onDelete(map, event.currentTarget)}
          >
            <Trash2 size={16} aria-hidden="true" />
          </button>
        </span>
      </div>
    </article>
  );
}

type EditorProps = {
  initial: string;
  onSave: (title: string) => Promise<boolean>;
  /** "keyboard" when Enter or Escape ended the edit (the focus then goes back to Rename). */
  onDone: (how: 'keyboard' | 'blur') => void;
};

/** Inline title editor: Enter or leaving the field saves, Escape cancels, an empty title is refused. */
function TitleEditor({ initial, onSave, onDone }: EditorProps) {
  const [value, setValue] = useState(initial);
  const [refused, setRefused] = useState(false);
  const [saving, setSaving] = useState(false);
  const savingRef = useRef(false); // the state lags a render behind; Enter then blur must not save twice
  const inputRef = useRef<HTMLInputElement>(null);
  const finished = useRef(false);
  const messageId = useId();
  const hintId = useId();

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  const finish = (how: 'keyboard' | 'blur') => {
    finished.current = true;
    onDone(how);
  };

  const commit = async (how: 'keyboard' | 'blur') => {
    if (finished.current || savingRef.current) return;
    const title = cleanTitle(value);
    if (title === null) {
      setRefused(true);
      return;
    }
    if (title === initial) {
      finish(how);
      return;
    }
    savingRef.current = true;
    setSaving(true);
    const saved = await onSave(title);
    savingRef.current = false;
    setSaving(false);
    if (saved) finish(how);
    else if (how === 'keyboard') inputRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void commit('keyboard');
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      if (!savingRef.current) finish('keyboard');
    }
  };

  return (
    <div className="lib-title-editor">
      <input
        ref={inputRef}
        className="lib-title-input"
        dir="auto"
        type="text"
        value={value}
        maxLength={MAX_TITLE_LENGTH}
        readOnly={saving}
        aria-label={t.library.titleInput}
        aria-invalid={refused || undefined}
        aria-describedby={refused ? `${messageId} ${hintId}` : hintId}
        onChange={(event) => {
          setValue(event.target.value);
          if (refused && cleanTitle(event.target.value) !== null) setRefused(false);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => void commit('blur')}
      />
      <p id={hintId} className="lib-title-hint">
        {t.library.titleHint}
      </p>
      {refused ? (
        <p id={messageId} className="lib-field-error" role="alert">
          {t.library.titleRequired}
        </p>
      ) : null}
    </div>
  );
}
