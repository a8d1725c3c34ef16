// The one way local edits reach a map's Y.Doc: the difference between two immutable snapshots
// (before and after a pure model operation), written as the smallest set of Y changes. Pure
// operations never copy what they do not change, so unchanged records are skipped by identity.
// Callers wrap this in `doc.transact(..., origin)`.
import * as Y from 'yjs';
import type { JourneyMap } from '../model/schema';
import { CONNECTION_SHAPE, FORMAT_VERSION_KEY, MAP_FIELDS, mapRoots, STAGE_SHAPE, TOUCHPOINT_SHAPE, type Shape } from './layout';
import { arrayView, packedView, PACKED_KEY, type ListView } from './listViews';
import { RANK_KEY, rankedOrder, reRank } from './ranks';
import { counterField, counterTotal, isRecordValue, readRecord } from './readMap';
import { sameValue } from './sameValue';
import { wellFormed } from './wellFormed';

type Plain = Record<string, unknown>;
type Keyed = Plain & { id: string };

const hasLists = (shape: Shape) => Object.keys(shape.keyed).length > 0 || shape.plainLists.length > 0;

function newRecord(record: Plain, shape: Shape, doc: Y.Doc): Y.Map<unknown> {
  const ymap = new Y.Map<unknown>();
  const packed: { l: string; v: unknown }[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    if (key in shape.keyed) for (const item of value as Plain[]) packed.push({ l: key, v: recordValue(item, shape.keyed[key] as Shape) });
    else if (shape.plainLists.includes(key)) for (const item of wellFormed(value) as unknown[]) packed.push({ l: key, v: item });
    else if (!shape.counters.includes(key)) ymap.set(key, wellFormed(value));
  }
  // All lists in one array, which exists from the start even when empty: two tabs adding the
  // first message at once would otherwise each create one, and only one would survive the merge.
  if (hasLists(shape)) ymap.set(PACKED_KEY, Y.Array.from(packed));
  // A counter is this tab's own field (see counterField), so it needs nothing shared made first.
  for (const key of shape.counters) {
    const value = record[key];
    if (typeof value === 'number' && value !== 0) ymap.set(counterField(key, doc.clientID), value);
  }
  return ymap;
}

function childArray<T>(ymap: Y.Map<unknown>, key: string): Y.Array<T> {
  const existing = ymap.get(key);
  if (existing instanceof Y.Array) return existing as Y.Array<T>;
  const created = new Y.Array<T>();
  ymap.set(key, created);
  return created;
}

/** One of a record's lists: its part of the packed array, or (documents before packing) its own array. */
function listView(ymap: Y.Map<unknown>, key: string, shape: Shape): ListView {
  const packed = ymap.get(PACKED_KEY);
  if (!(packed instanceof Y.Array)) return arrayView(childArray(ymap, key));
  adoptStrayList(ymap, packed as Y.Array<unknown>, key, shape);
  return packedView(packed as Y.Array<unknown>, key);
}

/**
 * Records an older release added to a packed touchpoint (in its own array for the list, as that
 * release writes) move to the end of the packed array, where readMap already shows them, so that
 * this tab's write sees one list.
 */
function adoptStrayList(ymap: Y.Map<unknown>, packed: Y.Array<unknown>, key: string, shape: Shape) {
  const stray = ymap.get(key);
  if (!(stray instanceof Y.Array) || stray.length === 0) return;
  const keyed = shape.keyed[key];
  const values = stray.toArray().map((item) => (keyed && item instanceof Y.Map ? recordValue(readRecord(item as Y.Map<unknown>, keyed), keyed) : item));
  stray.delete(0, stray.length);
  packed.push(values.map((v) => ({ l: key, v })));
}

function updateRecord(ymap: Y.Map<unknown>, before: Plain | undefined, after: Plain, shape: Shape, doc: Y.Doc) {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  for (const key of keys) {
    const old = before?.[key];
    const value = after[key];
    if (old === value && before !== undefined) continue;
    if (key in shape.keyed) {
      syncValueList(listView(ymap, key, shape), (old ?? []) as Keyed[], (value ?? []) as Keyed[], shape.keyed[key] as Shape);
    } else if (shape.plainLists.includes(key)) {
      syncPlainList(listView(ymap, key, shape), wellFormed((value ?? []) as unknown[]));
    } else if (shape.counters.includes(key)) {
      setCounter(ymap, key, (value as number | undefined) ?? 0, doc);
    } else if (value === undefined) {
      if (ymap.has(key)) ymap.delete(key);
    } else if (!sameValue(ymap.get(key), wellFormed(value))) {
      ymap.set(key, wellFormed(value));
    }
  }
}

/**
 * Makes the counter show `total` by adding the difference to this tab's own entry. The difference
 * is taken from the stored sum, not from the count shown: after two tabs took the same last vote
 * away the sum is below zero (shown as none), and the next vote must still count as one.
 */
function setCounter(ymap: Y.Map<unknown>, key: string, total: number, doc: Y.Doc) {
  const delta = total - counterTotal(ymap, key);
  if (delta === 0) return;
  const own = counterField(key, doc.clientID);
  const current = ymap.get(own);
  ymap.set(own, (typeof current === 'number' ? current : 0) + delta);
}

/**
 * Makes a Y.Array of records match `after`, by id: removes what is gone (and duplicates), updates
 * what changed in place, inserts what is new at its place. A record that moved is removed and
 * inserted again (Yjs has no move).
 */
export function syncKeyedList(yarray: Y.Array<Y.Map<unknown>>, before: readonly Keyed[], after: readonly Keyed[], shape: Shape, doc: Y.Doc) {
  if (before === after && yarray.length === after.length) return;
  // Ids as they are stored (see wellFormed), to compare with those read from the array.
  const idOf = (item: Keyed) => wellFormed(item.id);
  const beforeById = new Map(before.map((item) => [idOf(item), item]));
  const wanted = new Set(after.map(idOf));
  const items = yarray.toArray();
  const ids = items.map((item) => item.get('id') as string);
  const seen = new Set<string>();
  const doomed: number[] = [];
  ids.forEach((id, index) => {
    if (!wanted.has(id) || seen.has(id)) doomed.push(index);
    seen.add(id);
  });
  for (let i = doomed.length - 1; i >= 0; i--) {
    const index = doomed[i] as number;
    yarray.delete(index, 1);
    items.splice(index, 1);
    ids.splice(index, 1);
  }
  const present = new Set(ids);
  let k = 0;
  let pending: Y.Map<unknown>[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    yarray.insert(k - pending.length, pending);
    pending = [];
  };
  for (const record of after) {
    const id = idOf(record);
    if (ids[k] === id) {
      flush();
      const old = beforeById.get(id);
      if (old !== record) updateRecord(items[k] as Y.Map<unknown>, old, record, shape, doc);
      k++;
      continue;
    }
    if (present.has(id)) {
      // Moved: take it out of its old place, insert it again here.
      flush();
      const from = ids.indexOf(id, k);
      yarray.delete(from, 1);
      items.splice(from, 1);
      ids.splice(from, 1);
      present.delete(id);
    }
    const created = newRecord(record, shape, doc);
    pending.push(created);
    items.splice(k, 0, created);
    ids.splice(k, 0, id);
    k++;
  }
  flush();
}

/**
 * A list record as the one plain value it is stored as (see layout.ts): its fields in the format's
 * order, text well formed, nothing undefined. A fresh object, so the document never shares one
 * with the model operation that produced it.
 */
export function recordValue(record: Plain, shape: Shape): Plain {
  const value: Plain = {};
  for (const key of shape.fields) {
    const field = record[key];
    if (field !== undefined) value[key] = wellFormed(field);
  }
  return value;
}

/** The id of a stored list record: a plain value, or a Y.Map as documents before whole values hold them. */
function storedId(item: unknown): string | undefined {
  const id = item instanceof Y.Map ? item.get('id') : isRecordValue(item) ? item.id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Makes a list of records stored as whole values (a touchpoint's messages, actions, friction…)
 * match `after`, by id: removes what is gone (and duplicates), replaces a record that changed by
 * its new value at its place (delete and insert in this transaction), inserts what is new. A
 * record is written only when what is stored differs from it, so a repair that every tab makes
 * alike writes nothing for the records it keeps (two tabs writing the same record would leave it
 * twice). A record stored as a Y.Map (written before whole values) stays one until it is edited,
 * moved or completed; then it becomes a plain value like the others.
 */
export function syncValueList(view: ListView, before: readonly Keyed[], after: readonly Keyed[], shape: Shape) {
  if (before === after && view.items.length === after.length) return;
  const idOf = (item: Keyed) => wellFormed(item.id);
  // The first of each id, as the snapshot shows it (repairs keep the first of duplicates).
  const beforeById = new Map<string, Keyed>();
  for (const item of before) if (!beforeById.has(idOf(item))) beforeById.set(idOf(item), item);
  const wanted = new Set(after.map(idOf));
  const items = [...view.items];
  const ids = items.map(storedId);
  const seen = new Set<string>();
  const doomed: number[] = [];
  ids.forEach((id, index) => {
    if (id === undefined || !wanted.has(id) || seen.has(id)) doomed.push(index);
    if (id !== undefined) seen.add(id);
  });
  for (let i = doomed.length - 1; i >= 0; i--) {
    const index = doomed[i] as number;
    view.delete(index);
    items.splice(index, 1);
    ids.splice(index, 1);
  }
  const present = new Set(ids);
  let k = 0;
  let pending: Plain[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    view.insert(k - pending.length, pending);
    pending = [];
  };
  for (const record of after) {
    const id = idOf(record);
    if (ids[k] === id) {
      flush();
      const stored = items[k];
      if (beforeById.get(id) !== record) {
        const value = recordValue(record, shape);
        const current = stored instanceof Y.Map ? readRecord(stored, shape) : stored;
        if (!sameValue(current, value)) {
          view.delete(k);
          view.insert(k, [value]);
          items[k] = value;
        }
      }
      k++;
      continue;
    }
    if (present.has(id)) {
      // Moved: take it out of its old place, insert it again here.
      flush();
      const from = ids.indexOf(id, k);
      view.delete(from);
      items.splice(from, 1);
      ids.splice(from, 1);
      present.delete(id);
    }
    const value = recordValue(record, shape);
    pending.push(value);
    items.splice(k, 0, value);
    ids.splice(k, 0, id);
    k++;
  }
  flush();
}

/**
 * Makes a Y.Array of ranked records (see ranks.ts) match `after`: removes what is gone (and
 * duplicates), updates what changed in place, appends what is new, and writes the ranks that put
 * them in order. A record that moved keeps its Y.Map, so edits made to it elsewhere survive.
 */
export function syncRankedList(yarray: Y.Array<Y.Map<unknown>>, before: readonly Keyed[], after: readonly Keyed[], shape: Shape, doc: Y.Doc) {
  const idOf = (item: Keyed) => wellFormed(item.id);
  const beforeById = new Map(before.map((item) => [idOf(item), item]));
  const wanted = new Set(after.map(idOf));
  const all = yarray.toArray();
  // Records stored before ranks existed take their place in the array as their rank, once.
  all.forEach((ymap, index) => {
    if (typeof ymap.get(RANK_KEY) !== 'number') ymap.set(RANK_KEY, index);
  });
  const byId = new Map<string, Y.Map<unknown>>();
  for (const ymap of rankedOrder(all, (item) => item.get(RANK_KEY), (item) => String(item.get('id')))) {
    const id = String(ymap.get('id'));
    if (wanted.has(id) && !byId.has(id)) byId.set(id, ymap);
  }
  for (let index = all.length - 1; index >= 0; index--) {
    const ymap = all[index] as Y.Map<unknown>;
    if (byId.get(String(ymap.get('id'))) !== ymap) yarray.delete(index, 1);
  }
  const created: Y.Map<unknown>[] = [];
  const inOrder = after.map((record) => {
    const id = idOf(record);
    const existing = byId.get(id);
    if (existing) {
      const old = beforeById.get(id);
      if (old !== record) updateRecord(existing, old, record, shape, doc);
      return existing;
    }
    const fresh = newRecord(record, shape, doc);
    created.push(fresh);
    return fresh;
  });
  const ranks = reRank(inOrder.map((ymap) => (created.includes(ymap) ? undefined : (ymap.get(RANK_KEY) as number))));
  for (const [index, rank] of ranks) {
    const ymap = inOrder[index] as Y.Map<unknown>;
    if (created.includes(ymap)) continue;
    ymap.set(RANK_KEY, rank);
  }
  // New records carry their rank from the start, so no one ever reads them unranked.
  created.forEach((ymap) => ymap.set(RANK_KEY, ranks.get(inOrder.indexOf(ymap)) as number));
  if (created.length > 0) yarray.push(created);
}

/** Makes a list of plain values match `after`: keeps the common start and end, replaces the middle. */
export function syncPlainList(view: ListView, after: readonly unknown[]) {
  const current = view.items;
  let start = 0;
  while (start < current.length && start < after.length && sameValue(current[start], after[start])) start++;
  let end = 0;
  while (
    end < current.length - start && end < after.length - start &&
    sameValue(current[current.length - 1 - end], after[after.length - 1 - end])
  ) end++;
  const removed = current.length - start - end;
  for (let i = removed - 1; i >= 0; i--) view.delete(start + i);
  const inserted = after.slice(start, after.length - end);
  if (inserted.length > 0) view.insert(start, inserted);
}

/** The stage each removed stage's touchpoints went to: the previous surviving stage, else the next. */
function recordRemovedStages(before: JourneyMap, after: JourneyMap, removed: Y.Map<string>) {
  const surviving = new Set(after.stages.map((s) => s.id));
  before.stages.forEach((stage, index) => {
    if (surviving.has(stage.id)) return;
    const previous = before.stages.slice(0, index).reverse().find((s) => surviving.has(s.id));
    const next = before.stages.slice(index + 1).find((s) => surviving.has(s.id));
    const heir = previous ?? next;
    if (heir) removed.set(wellFormed(stage.id), wellFormed(heir.id));
  });
}

/** Writes into `doc` what changed from `before` to `after`. */
export function applyMapChange(doc: Y.Doc, before: JourneyMap, after: JourneyMap) {
  const roots = mapRoots(doc);
  for (const key of MAP_FIELDS) {
    if (key === 'updatedAt') continue;
    const value = wellFormed((after as Plain)[key]);
    if (value === undefined) {
      if (roots.meta.has(key)) roots.meta.delete(key);
    } else if (!sameValue(roots.meta.get(key), value)) roots.meta.set(key, value);
  }
  if (roots.clock.get('updatedAt') !== after.updatedAt) roots.clock.set('updatedAt', after.updatedAt);
  if (before.stages !== after.stages) {
    recordRemovedStages(before, after, roots.removedStages);
    syncRankedList(roots.stages, before.stages, after.stages, STAGE_SHAPE, doc);
  }
  if (before.touchpoints !== after.touchpoints) syncKeyedList(roots.touchpoints, before.touchpoints, after.touchpoints, TOUCHPOINT_SHAPE, doc);
  if (before.connections !== after.connections) syncKeyedList(roots.connections, before.connections, after.connections, CONNECTION_SHAPE, doc);
}

const EMPTY_MAP: JourneyMap = { id: '', title: '', createdAt: '', updatedAt: '', stages: [], touchpoints: [], connections: [] };

/** Fills an empty document with a whole map (a new map, an import, a conversion from old storage). */
export function writeWholeMap(doc: Y.Doc, map: JourneyMap, formatVersion: number) {
  doc.transact(() => {
    applyMapChange(doc, EMPTY_MAP, map);
    mapRoots(doc).meta.set(FORMAT_VERSION_KEY, formatVersion);
  });
}
