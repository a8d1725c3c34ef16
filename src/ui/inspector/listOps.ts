// Pure operations on the list fields of a touchpoint (friction, trust breaks, expectations, ...).
// They never mutate; an operation that changes nothing returns the list it was given, so the
// inspector can skip a no-op edit (no empty undo step).

/** `item` with `patch` applied; keys whose value is `undefined` are removed (optional fields). */
export function applyPatch<T extends object>(item: T, patch: Partial<T>): T {
  const next = { ...item } as Record<string, unknown>;
  let changed = false;
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) {
      if (key in next) {
        delete next[key];
        changed = true;
      }
    } else if (!Object.is(next[key], value)) {
      next[key] = value;
      changed = true;
    }
  }
  return changed ? (next as T) : item;
}

export function addItem<T>(list: T[], item: T): T[] {
  return [...list, item];
}

export function updateItem<T extends { id: string }>(list: T[], id: string, patch: Partial<T>): T[] {
  const index = list.findIndex((item) => item.id === id);
  return index < 0 ? list : updateAt(list, index, patch);
}

export function removeItem<T extends { id: string }>(list: T[], id: string): T[] {
  const index = list.findIndex((item) => item.id === id);
  return index < 0 ? list : removeAt(list, index);
}

/** For lists whose items have no id (metrics). */
export function updateAt<T extends object>(list: T[], index: number, patch: Partial<T>): T[] {
  const item = list[index];
  if (item === undefined) return list;
  const next = applyPatch(item, patch);
  if (next === item) return list;
  const copy = [...list];
  copy[index] = next;
  return copy;
}

export function removeAt<T>(list: T[], index: number): T[] {
  if (index < 0 || index >= list.length) return list;
  return [...list.slice(0, index), ...list.slice(index + 1)];
}

/** Adds or removes `value`, keeping the members in the order of `order` (the pillars, say). */
export function toggleMember<V>(list: V[], value: V, on: boolean, order: readonly V[]): V[] {
  if (list.includes(value) === on) return list;
  const members = new Set(list);
  if (on) members.add(value);
  else members.delete(value);
  return order.filter((v) => members.has(v));
}
