// How the generic list editor finds a row: by its id, or by position for lists without ids
// (metrics). Rows without ids get a stable React key from a WeakMap on the item object, carried
// over to the updated object on each edit, so a row keeps its state when rows before it go away.
import { removeAt, removeItem, updateAt, updateItem } from './listOps';

export type ListAdapter<T> = {
  key: (item: T, index: number) => string;
  update: (list: T[], item: T, index: number, patch: Partial<T>) => T[];
  remove: (list: T[], item: T, index: number) => T[];
  /** Called when a row's item is replaced by an updated copy. */
  carry?: (from: T, to: T) => void;
};

export function byId<T extends { id: string }>(): ListAdapter<T> {
  return {
    key: (item) => item.id,
    update: (list, item, _index, patch) => updateItem(list, item.id, patch),
    remove: (list, item) => removeItem(list, item.id),
  };
}

const rowKeys = new WeakMap<object, string>();
let lastKey = 0;

export function rowKey(item: object): string {
  let key = rowKeys.get(item);
  if (key === undefined) {
    lastKey += 1;
    key = `row${lastKey}`;
    rowKeys.set(item, key);
  }
  return key;
}

function carryRowKey(from: object | undefined, to: object | undefined) {
  if (!from || !to || from === to || rowKeys.has(to)) return;
  rowKeys.set(to, rowKey(from));
}

export function byPosition<T extends object>(): ListAdapter<T> {
  return {
    key: (item) => rowKey(item),
    update: (list, _item, index, patch) => {
      const next = updateAt(list, index, patch);
      carryRowKey(list[index], next[index]);
      return next;
    },
    remove: (list, _item, index) => removeAt(list, index),
    carry: (from, to) => carryRowKey(from, to),
  };
}
