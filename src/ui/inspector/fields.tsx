// Reusable inspector controls. Text and number fields follow the editor's undo rule: each
// keystroke that leaves a valid value commits it with the group `${touchpointId}:${path}`, and
// blurring closes the group, so one field edit is one undo step. A value that would fail the
// schema (an empty required text, too long a text, a number that is not finite) is never
// committed: the field keeps the text and shows why (also after blur, so nothing moves under
// the pointer), while the store keeps the last valid value. Text with no error left (committed,
// or a half-typed number like "-") goes back to showing the store's value on blur.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { normalizeDigits } from '../../model/digits';
import { t } from '../../i18n/en';
import { useTouchpointEditor } from './context';

type CommonProps = {
  /** Accessible name; shown as a visible label unless `hideLabel`. */
  label: string;
  /** Compact rows: the name goes to aria-label and the placeholder shows instead. */
  hideLabel?: boolean;
  /** A shorter visible label ("Target"); the control keeps the full name as aria-label. */
  shortLabel?: string;
  placeholder?: string;
  /** Marks the control the list editor focuses when its row is added. */
  autoFocus?: boolean;
  className?: string;
};

const focusMark = (autoFocus: boolean | undefined) => (autoFocus ? { 'data-insp-autofocus': '' } : {});
/** The text of the visible <label>: none when hidden ('' renders no label). */
const visibleLabel = (props: CommonProps) => (props.hideLabel ? '' : (props.shortLabel ?? props.label));
const ariaName = (props: CommonProps) => (props.hideLabel || props.shortLabel ? props.label : undefined);

function Frame(props: { id: string; label: string; error: string | null; errorId: string; className?: string; children: ReactNode }) {
  return (
    <div className={`insp-field${props.className ? ` ${props.className}` : ''}`}>
      {props.label === '' ? null : (
        <label className="insp-label" htmlFor={props.id}>
          {props.label}
        </label>
      )}
      {props.children}
      {props.error === null ? null : (
        <p className="insp-error" id={props.errorId} role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}

/**
 * The text being typed (null when the field shows the store's value) and the group handling.
 * When the value changes from outside while typing (undo, say), the field shows the new value.
 */
function useDraft<V>(value: V, path: string, matches: (text: string, value: V) => boolean) {
  const editor = useTouchpointEditor();
  const [text, setText] = useState<string | null>(null);
  const [seen, setSeen] = useState(value);
  if (!Object.is(seen, value)) {
    setSeen(value);
    if (text !== null && !matches(text, value)) setText(null);
  }
  const open = useRef(false);
  useEffect(
    () => () => {
      if (open.current) editor.closeGroup();
    },
    [editor],
  );
  return {
    text,
    setText,
    group: () => {
      open.current = true;
      return editor.group(path);
    },
    /** `keep`: the text has an error to show, so it stays (the store is not touched). */
    blur: (keep: boolean) => {
      if (!keep) setText(null);
      if (open.current) {
        open.current = false;
        editor.closeGroup();
      }
    },
  };
}

export type TextFieldProps = CommonProps & {
  /** Field path inside the touchpoint, for the undo group: `title`, `friction.<id>.note`. */
  path: string;
  value: string;
  onCommit: (value: string, group: string) => void;
  maxLength: number;
  /** The message shown when the field is left empty; empty values are then never committed. */
  required?: string | false;
  validate?: (text: string) => string | null;
  type?: 'text' | 'date';
  /** Id of a <datalist> of suggestions. */
  list?: string;
  onFocus?: () => void;
  rows?: number;
};

function useTextField(props: TextFieldProps) {
  const { value, path, required, maxLength, validate, onCommit } = props;
  const draft = useDraft(value, path, (text, current) => text === current);
  const problem = (text: string): string | null => {
    if (required && text.trim() === '') return required;
    if (text.length > maxLength) return t.inspector.tooLong(maxLength);
    return text === '' ? null : (validate?.(text) ?? null);
  };
  const error = draft.text === null ? null : problem(draft.text);
  const id = useId();
  const errorId = `${id}-error`;
  const change = (text: string) => {
    draft.setText(text);
    if (problem(text) === null && text !== value) onCommit(text, draft.group());
  };
  const attributes = {
    id,
    value: draft.text ?? value,
    placeholder: props.placeholder,
    maxLength,
    'aria-label': ariaName(props),
    'aria-invalid': error === null ? undefined : true,
    'aria-describedby': error === null ? undefined : errorId,
    onBlur: () => draft.blur(error !== null),
    onFocus: props.onFocus,
    ...focusMark(props.autoFocus),
  };
  return { error, errorId, change, attributes };
}

export function TextField(props: TextFieldProps) {
  const { error, errorId, change, attributes } = useTextField(props);
  const type = props.type ?? 'text';
  return (
    <Frame id={attributes.id} label={visibleLabel(props)} error={error} errorId={errorId} className={props.className}>
      <input
        {...attributes}
        className="insp-input"
        type={type}
        dir={type === 'text' ? 'auto' : undefined}
        list={props.list}
        autoComplete="off"
        onChange={(event) => change(event.target.value)}
      />
    </Frame>
  );
}

export function TextArea(props: TextFieldProps) {
  const { error, errorId, change, attributes } = useTextField(props);
  return (
    <Frame id={attributes.id} label={visibleLabel(props)} error={error} errorId={errorId} className={props.className}>
      <textarea
        {...attributes}
        className="insp-input insp-textarea"
        dir="auto"
        rows={props.rows ?? 2}
        onChange={(event) => change(event.target.value)}
      />
    </Frame>
  );
}

type Parsed = { ok: true; value: number | undefined } | { ok: false; error: string | null };

export function parseNumber(text: string, options: { required?: string | false; wholeNumber?: boolean }): Parsed {
  const trimmed = normalizeDigits(text).trim().replace(',', '.');
  if (trimmed === '') return options.required ? { ok: false, error: options.required } : { ok: true, value: undefined };
  if (/^[-+]?\.?$/.test(trimmed)) return { ok: false, error: null }; // still typing: "-", "."
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, error: t.inspector.notANumber };
  if (options.wholeNumber && (!Number.isInteger(value) || value < 0)) return { ok: false, error: t.inspector.wholeNumber };
  return { ok: true, value };
}

const formatNumber = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? '' : String(value));

export type NumberFieldProps = CommonProps & {
  path: string;
  value: number | undefined;
  /** Called with a finite number, or undefined when an optional field is emptied. */
  onCommit: (value: number | undefined, group: string) => void;
  required?: string | false;
  /** Integers from 0 up (votes). */
  wholeNumber?: boolean;
  before?: ReactNode;
  after?: ReactNode;
};

export function NumberField(props: NumberFieldProps) {
  const { value, path, required, wholeNumber, onCommit } = props;
  const draft = useDraft(value, path, (text, current) => {
    const parsed = parseNumber(text, { required, wholeNumber });
    return parsed.ok && Object.is(parsed.value, current);
  });
  const id = useId();
  const errorId = `${id}-error`;
  const parsed = draft.text === null ? null : parseNumber(draft.text, { required, wholeNumber });
  const error = parsed && !parsed.ok ? parsed.error : null;
  const change = (text: string) => {
    draft.setText(text);
    const next = parseNumber(text, { required, wholeNumber });
    if (next.ok && !Object.is(next.value, value)) onCommit(next.value, draft.group());
  };
  const input = (
    <input
      id={id}
      className="insp-input insp-number"
      type="text"
      inputMode={wholeNumber ? 'numeric' : 'decimal'}
      dir="auto"
      autoComplete="off"
      value={draft.text ?? formatNumber(value)}
      placeholder={props.placeholder}
      aria-label={ariaName(props)}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
      onChange={(event) => change(event.target.value)}
      onBlur={() => draft.blur(error !== null)}
      {...focusMark(props.autoFocus)}
    />
  );
  return (
    <Frame id={id} label={visibleLabel(props)} error={error} errorId={errorId} className={props.className}>
      {props.before || props.after ? (
        <div className="insp-stepper">
          {props.before}
          {input}
          {props.after}
        </div>
      ) : (
        input
      )}
    </Frame>
  );
}

export type Option<V extends string> = { value: V; label: string };

/** A discrete control: each change is its own undo step (no group). */
export function SelectField<V extends string>(
  props: CommonProps & { value: V | ''; options: readonly Option<V>[]; onChange: (value: V) => void },
) {
  const id = useId();
  return (
    <Frame id={id} label={visibleLabel(props)} error={null} errorId="" className={props.className}>
      <select
        id={id}
        className="insp-input insp-select"
        value={props.value}
        aria-label={ariaName(props)}
        onChange={(event) => props.onChange(event.target.value as V)}
        {...focusMark(props.autoFocus)}
      >
        {props.value === '' ? (
          <option value="" disabled>
            {props.placeholder ?? ''}
          </option>
        ) : null}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/** Options of a select from a list of values and their labels in the catalog. */
export function optionsOf<V extends string>(values: readonly V[], labels: Record<V, string>): Option<V>[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

export function Section(props: { heading: string; count?: number; className?: string; children: ReactNode; footer?: ReactNode }) {
  const id = useId();
  return (
    <section className={`insp-section${props.className ? ` ${props.className}` : ''}`} aria-labelledby={id}>
      <header className="insp-section-head">
        <h3 className="insp-heading" id={id}>
          {props.heading}
        </h3>
        {props.count === undefined ? null : (
          <span className="insp-count" aria-hidden="true">
            {props.count}
          </span>
        )}
      </header>
      {props.children}
      {props.footer}
    </section>
  );
}
