// A map's Yjs document in IndexedDB: an append-only log of updates per map plus its header row.
// Every write is one transaction holding the update and the refreshed header, so the library
// never lists a map whose content is not there.
import * as Y from 'yjs';
import { STORAGE } from '../doc/origins';
import { writeWholeMap } from '../doc/writeMap';
import type { JourneyMap } from '../model/schema';
import { FORMAT_VERSION } from '../model/schema';
import type { HeaderRow, WaymarkDb } from './db';
import { deleteVersionsOf } from './versions';

export function headerOf(map: JourneyMap, formatVersion = FORMAT_VERSION): HeaderRow {
  return {
    id: map.id,
    title: map.title,
    ...(map.persona ? { personaName: map.persona.name } : {}),
    stageCount: map.stages.length,
    touchpointCount: map.touchpoints.length,
    createdAt: map.createdAt,
    updatedAt: map.updatedAt,
    formatVersion,
  };
}

/** The map was deleted (in this tab or another) while it was open: its updates have nowhere to go. */
export class MapDeletedError extends Error {
  constructor(mapId: string) {
    super(`map ${mapId} was deleted`);
    this.name = 'MapDeletedError';
  }
}

/** A whole map as the first update of a new document. */
export function encodeWholeMap(map: JourneyMap): Uint8Array {
  const doc = new Y.Doc();
  writeWholeMap(doc, map, FORMAT_VERSION);
  return Y.encodeStateAsUpdate(doc);
}

/** Reads a map's document, or null when the map does not exist. */
export async function loadDoc(db: WaymarkDb, mapId: string): Promise<{ doc: Y.Doc; header: HeaderRow; updateCount: number } | null> {
  const [header, rows] = await db.transaction('r', db.headers, db.updates, () =>
    Promise.all([db.headers.get(mapId), db.updates.where('mapId').equals(mapId).toArray()]),
  );
  if (!header) return null;
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const row of rows) Y.applyUpdate(doc, row.update, STORAGE);
  }, STORAGE);
  return { doc, header, updateCount: rows.length };
}

export async function insertWholeMaps(db: WaymarkDb, maps: readonly JourneyMap[]): Promise<void> {
  const rows = maps.map((map) => ({ header: headerOf(map), update: encodeWholeMap(map) }));
  await db.transaction('rw', db.headers, db.updates, async () => {
    for (const { header, update } of rows) {
      await db.headers.add(header);
      await db.updates.add({ mapId: header.id, update });
    }
  });
}

/**
 * Appends one update, in a transaction of its own that reads nothing and is committed at once:
 * a page closed or killed a moment after the keystroke keeps the edit (a transaction left to
 * commit by itself, or waiting on a read, is aborted when its page goes away). Its only store is
 * the update log, so it never waits behind a header write. It goes to IndexedDB directly, not
 * through Dexie's promise machinery, so the transaction starts in the same task as the edit,
 * before the editor re-renders.
 */
export function appendUpdateRow(db: WaymarkDb, mapId: string, update: Uint8Array): Promise<void> {
  const idb = db.isOpen() ? db.backendDB() : null;
  if (!idb) return db.updates.add({ mapId, update }).then(() => undefined);
  return new Promise((resolve, reject) => {
    try {
      const transaction = idb.transaction('updates', 'readwrite', { durability: 'relaxed' });
      transaction.oncomplete = () => resolve();
      transaction.onabort = () => reject(transaction.error ?? new DOMException('The write was aborted.', 'AbortError'));
      transaction.objectStore('updates').add({ mapId, update });
      transaction.commit?.();
    } catch (error) {
      reject(error);
    }
  });
}

/** Refreshes the library's row of an open map; refuses (MapDeletedError) when the map is gone. */
export async function writeHeader(db: WaymarkDb, header: HeaderRow): Promise<void> {
  await db.transaction('rw', db.headers, async () => {
    if (!(await db.headers.get(header.id))) throw new MapDeletedError(header.id);
    await db.headers.put(header);
  });
}

/** Appends one update and refreshes the header (both steps above, one after the other). */
export async function appendUpdate(db: WaymarkDb, mapId: string, update: Uint8Array, header: HeaderRow): Promise<void> {
  await appendUpdateRow(db, mapId, update);
  await writeHeader(db, header);
}

/** Updates left by a map deleted while another tab was still writing to it. */
export async function deleteOrphanUpdates(db: WaymarkDb): Promise<void> {
  await db.transaction('rw', db.headers, db.updates, async () => {
    const maps = new Set(await db.headers.toCollection().primaryKeys());
    await db.updates.filter((row) => !maps.has(row.mapId)).delete();
  });
}

/** The header as the document says it is: after a crash the last header write may be missing. */
export async function refreshHeader(db: WaymarkDb, header: HeaderRow): Promise<void> {
  await db.transaction('rw', db.headers, async () => {
    const stored = await db.headers.get(header.id);
    if (stored && JSON.stringify(stored) !== JSON.stringify(header)) await db.headers.put(header);
  });
}

/**
 * Replaces a map's update log with one update holding everything in it and in `doc`. The merge
 * runs between two short transactions, so edits keep being written meanwhile: rows appended
 * after the read (by this tab or another) are kept after the merged one, and updates apply in
 * any order.
 */
export async function compact(db: WaymarkDb, mapId: string, doc: Y.Doc): Promise<void> {
  const rows = await db.updates.where('mapId').equals(mapId).toArray();
  if (rows.length <= 1) return;
  // Applied to a fresh document, deleted content is collected: the result holds only what is needed.
  const fresh = new Y.Doc();
  Y.applyUpdate(fresh, Y.encodeStateAsUpdate(doc));
  for (const row of rows) Y.applyUpdate(fresh, row.update);
  const merged = Y.encodeStateAsUpdate(fresh);
  fresh.destroy();
  await db.transaction('rw', db.headers, db.updates, async () => {
    if (!(await db.headers.get(mapId))) return;
    await db.updates.bulkDelete(rows.map((row) => row.seq as number));
    await db.updates.add({ mapId, update: merged });
  });
}

export async function deleteDoc(db: WaymarkDb, mapId: string): Promise<void> {
  await db.transaction('rw', [db.headers, db.updates, db.versions, db.versionContents], async () => {
    await db.updates.where('mapId').equals(mapId).delete();
    await deleteVersionsOf(db, mapId);
    await db.headers.delete(mapId);
  });
}
