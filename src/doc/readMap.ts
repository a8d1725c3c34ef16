// Y.Doc -> immutable JourneyMap snapshot. A reader remembers the record it built for each Y.Map
// and rebuilds only those a transaction touched, so every unchanged stage, touchpoint and
// connection keeps its object identity (the canvas re-renders only what changed).
import * as Y from 'yjs';
import type { Connection, JourneyMap, Stage, Touchpoint } from '../model/schema';
import { CONNECTION_SHAPE, MAP_FIELDS, mapRoots, STAGE_SHAPE, TOUCHPOINT_SHAPE, type MapRoots, type Shape } from './layout';
import { PACKED_KEY, unpack } from './listViews';
import { RANK_KEY, rankedOrder } from './ranks';

type Plain = Record<string, unknown>;

/**
 * Where one tab keeps its own count of a record's counter: a field of the record named after the
 * counter and the tab (`votes:<clientID>`). Each tab writes only its own field, so counts from two
 * tabs merge by adding, and a record nobody voted on holds nothing.
 */
export const counterField = (key: string, clientID: number): string => `${key}:${clientID}`;

/** The sum of a counter's entries as stored; below zero when tabs took the same vote away at once. */
export function counterTotal(record: Y.Map<unknown>, key: string): number {
  let sum = 0;
  const prefix = `${key}:`;
  record.forEach((value, name) => {
    if (typeof value === 'number' && name.startsWith(prefix)) sum += value;
  });
  // Documents written before: a Y.Map of per-tab counts under the counter's own name.
  const nested = record.get(key);
  if (nested instanceof Y.Map) nested.forEach((value) => (sum += typeof value === 'number' ? value : 0));
  return sum;
}

function uniquePlain(values: unknown[]): unknown[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = JSON.stringify(value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A list record stored as one plain value (an object with an id), as opposed to a Y.Map. */
export function isRecordValue(item: unknown): item is Plain & { id: string } {
  return typeof item === 'object' && item !== null && !(item instanceof Y.AbstractType) && !Array.isArray(item) && typeof (item as Plain).id === 'string';
}

/**
 * A touchpoint's list (messages, actions, friction…) as records. Records are stored as plain
 * values and read as they are (the very objects the document holds: no copy, and unchanged ones
 * keep their identity); documents written before that hold Y.Maps, read field by field.
 */
function readRecordList(items: readonly unknown[], shape: Shape): Plain[] {
  const records: Plain[] = [];
  for (const item of items) {
    if (item instanceof Y.Map) records.push(readRecord(item as Y.Map<unknown>, shape));
    else if (isRecordValue(item)) records.push(item);
  }
  return records;
}

/** A plain record from a Y.Map, its fields in the format's order. */
export function readRecord(ymap: Y.Map<unknown>, shape: Shape): Plain {
  const record: Plain = {};
  // All lists in one array (see listViews.ts); documents written before that: an array per list.
  const packed = ymap.get(PACKED_KEY);
  const lists = packed instanceof Y.Array ? unpack(packed as Y.Array<unknown>) : null;
  // A packed touchpoint may also hold a list's own array: an older release, open in another tab
  // or on another laptop, added to it there. Those records are shown after the packed ones (the
  // next write moves them into the packed array, see writeMap's listView).
  const listOf = (key: string, value: unknown): unknown[] | null => {
    const own = value instanceof Y.Array ? value.toArray() : null;
    if (!lists) return own;
    const packedItems = lists.get(key) ?? [];
    return own && own.length > 0 ? [...packedItems, ...own] : packedItems;
  };
  for (const key of shape.fields) {
    const value = ymap.get(key);
    if (key in shape.keyed) {
      const items = listOf(key, value);
      record[key] = items ? readRecordList(items, shape.keyed[key] as Shape) : [];
    } else if (shape.plainLists.includes(key)) {
      // Two tabs may both add the same pillar: a list of plain values never holds one twice.
      const items = listOf(key, value);
      record[key] = items ? uniquePlain(items) : [];
    } else if (shape.counters.includes(key)) {
      // No votes and zero votes are one thing (the format's default is 0): a count of zero or less
      // reads as absent, as the model writes it, so clearing the votes leaves no `votes: 0` behind.
      const sum = counterTotal(ymap, key);
      if (sum > 0) record[key] = sum;
    } else if (value !== undefined) {
      record[key] = value;
    }
  }
  return record;
}

type ListName = 'stages' | 'touchpoints' | 'connections';
const LISTS: ReadonlyArray<[ListName, Shape]> = [['stages', STAGE_SHAPE], ['touchpoints', TOUCHPOINT_SHAPE], ['connections', CONNECTION_SHAPE]];

export type MapReader = {
  /** Notes what a transaction changed; call from `afterTransaction`. */
  note: (transaction: Y.Transaction) => void;
  /** The current snapshot: reuses every record and list that nothing noted has changed. */
  read: () => JourneyMap;
};

export function createMapReader(doc: Y.Doc): MapReader {
  const roots: MapRoots = mapRoots(doc);
  const cache = new WeakMap<Y.Map<unknown>, Plain>();
  const dirty = new Set<Y.Map<unknown>>();
  const listsChanged = new Set<ListName>(['stages', 'touchpoints', 'connections']);
  let metaChanged = true;
  let last: JourneyMap | null = null;

  const lists = new Map<unknown, ListName>([[roots.stages, 'stages'], [roots.touchpoints, 'touchpoints'], [roots.connections, 'connections']]);
  const rootList = (type: unknown): ListName | null => lists.get(type) ?? null;

  function note(transaction: Y.Transaction) {
    for (const changed of transaction.changed.keys()) {
      const type = changed as unknown as Y.AbstractType<unknown>;
      if ((type as unknown) === roots.meta || (type as unknown) === roots.clock) {
        metaChanged = true;
        continue;
      }
      // Walk up to the record that holds this change: a direct child of a root list.
      let node: Y.AbstractType<unknown> | null = type;
      while (node) {
        const parent: Y.AbstractType<unknown> | null = node.parent;
        const list = rootList(node) ?? (parent ? rootList(parent) : null);
        if (list) {
          listsChanged.add(list);
          if (node !== roots[list]) dirty.add(node as Y.Map<unknown>);
          break;
        }
        node = parent;
      }
    }
  }

  function readList<T>(name: ListName, shape: Shape, previous: readonly T[] | undefined): T[] {
    const stored = roots[name].toArray();
    // Stages are read in the order of their ranks (see ranks.ts); the other lists as stored.
    const items = name === 'stages' ? rankedOrder(stored, (ymap) => ymap.get(RANK_KEY), (ymap) => String(ymap.get('id'))) : stored;
    let same = previous !== undefined && previous.length === items.length;
    const records = items.map((ymap, index) => {
      let record = cache.get(ymap);
      if (!record || dirty.has(ymap)) {
        record = readRecord(ymap, shape);
        cache.set(ymap, record);
      }
      if (same && previous?.[index] !== record) same = false;
      return record as T;
    });
    return same ? (previous as T[]) : records;
  }

  function read(): JourneyMap {
    if (last && !metaChanged && listsChanged.size === 0) return last;
    const meta: Plain = {};
    for (const key of MAP_FIELDS) {
      const value = key === 'updatedAt' ? roots.clock.get('updatedAt') : roots.meta.get(key);
      if (value !== undefined) meta[key] = value;
    }
    const lists = {} as { stages: Stage[]; touchpoints: Touchpoint[]; connections: Connection[] };
    for (const [name, shape] of LISTS) {
      const previous = last?.[name] as never[] | undefined;
      lists[name] = listsChanged.has(name) ? readList(name, shape, previous) : (previous as never[]);
    }
    dirty.clear();
    listsChanged.clear();
    metaChanged = false;
    last = { ...(meta as Omit<JourneyMap, 'stages' | 'touchpoints' | 'connections'>), ...lists };
    return last;
  }

  return { note, read };
}

/** The removed-stage record (deleted stage -> where its touchpoints went), for repairs. */
export function removedStages(doc: Y.Doc): ReadonlyMap<string, string> {
  return new Map(mapRoots(doc).removedStages.entries());
}
