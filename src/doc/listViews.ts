// A touchpoint's lists as the writer sees them: one list of values it can delete from and insert
// into by position, whichever way the document stores it. A touchpoint written by this release
// keeps all its lists in one Y.Array (`PACKED_KEY`), each entry tagged with its list; older
// documents hold a Y.Array per list. One Y type per touchpoint instead of eight (each costs a
// Y.Array, a Map, two event handlers and its own struct: about half a kilobyte).
import * as Y from 'yjs';

/** Where a touchpoint keeps all its lists, as `{ l: list, v: value }` entries. */
export const PACKED_KEY = 'lists';

export type PackedEntry = { l: string; v: unknown };

export function isPackedEntry(entry: unknown): entry is PackedEntry {
  return typeof entry === 'object' && entry !== null && !(entry instanceof Y.AbstractType) && typeof (entry as PackedEntry).l === 'string' && 'v' in entry;
}

/** A list's values, and how to change them by position in that list. */
export type ListView = {
  readonly items: readonly unknown[];
  delete: (index: number) => void;
  insert: (index: number, values: readonly unknown[]) => void;
};

/** A Y.Array that is the list. */
export function arrayView(yarray: Y.Array<unknown>): ListView {
  return {
    items: yarray.toArray(),
    delete: (index) => yarray.delete(index, 1),
    insert: (index, values) => yarray.insert(index, [...values]),
  };
}

/** The entries of one list within a touchpoint's packed Y.Array. */
export function packedView(yarray: Y.Array<unknown>, list: string): ListView {
  // Where each value of this list is in the whole array, kept up to date as the view changes it.
  const at: number[] = [];
  const items: unknown[] = [];
  yarray.toArray().forEach((entry, index) => {
    if (isPackedEntry(entry) && entry.l === list) {
      at.push(index);
      items.push(entry.v);
    }
  });
  return {
    items,
    delete(index) {
      const position = at[index] as number;
      yarray.delete(position, 1);
      at.splice(index, 1);
      for (let i = index; i < at.length; i++) at[i] = (at[i] as number) - 1;
    },
    insert(index, values) {
      // Before the value now at `index`, else after the list's last value, else at the end.
      const position = index < at.length ? (at[index] as number) : at.length > 0 ? (at[at.length - 1] as number) + 1 : yarray.length;
      yarray.insert(position, values.map((v) => ({ l: list, v })));
      for (let i = index; i < at.length; i++) at[i] = (at[i] as number) + values.length;
      at.splice(index, 0, ...values.map((_, k) => position + k));
    },
  };
}

/** Every list's values in a packed Y.Array, in order. */
export function unpack(yarray: Y.Array<unknown>): Map<string, unknown[]> {
  const lists = new Map<string, unknown[]>();
  for (const entry of yarray.toArray()) {
    if (!isPackedEntry(entry)) continue;
    let values = lists.get(entry.l);
    if (!values) lists.set(entry.l, (values = []));
    values.push(entry.v);
  }
  return lists;
}
