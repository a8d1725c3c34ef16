// The generic editor of one list field of a touchpoint: a section with a heading and count, one
// group per row with a remove button, and an "Add …" button. Items that are valid as created
// (friction, trust breaks) are committed at once. Items with required text (an expectation needs
// a topic and a message) start as a draft row kept in this component, and are committed the
// moment they are complete, so the store never holds an invalid record; the draft row then
// becomes the stored row without losing focus (same React key).
import { useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { X } from 'lucide-react';
import { Section } from './fields';
import { addItem, applyPatch } from './listOps';
import type { ListAdapter } from './listAdapters';

export type ListRow<T> = {
  item: T;
  index: number;
  /** Path prefix of the row's fields for undo groups: `friction.<id>`. */
  path: string;
  /** A draft is not in the store yet: its fields accept empty values. */
  draft: boolean;
  /** Discrete changes pass no group; text fields pass theirs. */
  update: (patch: Partial<T>, group?: string) => void;
};

/** The words of a list section, as each section's part of the catalog names them. */
export type ListSectionText = {
  heading: string;
  item: (n: number) => string;
  add: string;
  remove: string;
  draftHint?: string;
};

export type ListSectionProps<T> = {
  field: string;
  text: ListSectionText;
  items: T[];
  adapter: ListAdapter<T>;
  create: () => T;
  /** When given, new items are drafts until this holds. */
  isComplete?: (item: T) => boolean;
  edit: (change: (list: T[]) => T[], group?: string) => void;
  renderRow: (row: ListRow<T>) => ReactNode;
  className?: string;
};

type Row<T> = { item: T; index: number; key: string; draft: boolean };

export function ListSection<T extends object>(props: ListSectionProps<T>) {
  const { items, adapter, edit, isComplete } = props;
  const [draft, setDraft] = useState<T | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);

  const focusRow = (key: string) => {
    const row = listRef.current?.querySelector(`[data-row-key="${CSS.escape(key)}"]`);
    const target = row?.querySelector<HTMLElement>('[data-insp-autofocus]') ?? row?.querySelector<HTMLElement>('input, textarea, select');
    target?.focus();
  };

  const add = () => {
    if (draft) {
      focusRow(adapter.key(draft, items.length));
      return;
    }
    const item = props.create();
    const key = adapter.key(item, items.length);
    flushSync(() => {
      if (isComplete) setDraft(item);
      else edit((list) => addItem(list, item));
    });
    focusRow(key);
  };

  const update = (row: Row<T>, patch: Partial<T>, group?: string) => {
    if (!row.draft) {
      edit((list) => adapter.update(list, row.item, row.index, patch), group);
      return;
    }
    const next = applyPatch(row.item, patch);
    adapter.carry?.(row.item, next);
    if (isComplete?.(next)) {
      setDraft(null);
      edit((list) => addItem(list, next), group);
    } else {
      setDraft(next);
    }
  };

  const remove = (row: Row<T>) => {
    if (row.draft) setDraft(null);
    else edit((list) => adapter.remove(list, row.item, row.index));
    addRef.current?.focus();
  };

  const rows: Row<T>[] = items.map((item, index) => ({ item, index, key: adapter.key(item, index), draft: false }));
  if (draft) rows.push({ item: draft, index: items.length, key: adapter.key(draft, items.length), draft: true });
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.key)) row.key = `${row.key}~${row.index}`; // duplicate ids in an imported list
    seen.add(row.key);
  }

  return (
    <Section
      heading={props.text.heading}
      count={items.length}
      className={props.className}
      footer={
        <button type="button" ref={addRef} className="insp-add" onClick={add}>
          {props.text.add}
        </button>
      }
    >
      <div className="insp-rows" ref={listRef}>
        {rows.map((row) => (
          <div
            key={row.key}
            className={`insp-row${row.draft ? ' insp-row-draft' : ''}`}
            role="group"
            aria-label={props.text.item(row.index + 1)}
            data-row-key={row.key}
          >
            <div className="insp-row-fields">
              {props.renderRow({
                item: row.item,
                index: row.index,
                path: `${props.field}.${row.key}`,
                draft: row.draft,
                update: (patch, group) => update(row, patch, group),
              })}
              {row.draft && props.text.draftHint ? <p className="insp-hint">{props.text.draftHint}</p> : null}
            </div>
            <button
              type="button"
              className="insp-icon-button insp-remove"
              aria-label={props.text.remove}
              title={props.text.remove}
              onClick={() => remove(row)}
            >
              <X size={14} aria-hidden="true" />
            </button>
          </div>
        ))}
      </div>
    </Section>
  );
}
