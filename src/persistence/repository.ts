// Reading and writing maps. Every read goes through the same repair and validation as an open
// map; maps stored by the previous release are converted before the first read (legacyUpgrade).
import * as Y from 'yjs';
import { validateStoredMap, type ImportError, type Result } from '../io/importDocument';
import { createMapReader, removedStages } from '../doc/readMap';
import { applyMapChange } from '../doc/writeMap';
import type { MapSummary } from '../model/maps';
import { repairMap } from '../model/repair';
import { FORMAT_VERSION, type JourneyMap } from '../model/schema';
import { migrateStoredDoc } from '../doc/migrateDoc';
import { broadcastUpdate } from '../sync/tabSync';
import type { WaymarkDb } from './db';
import { appendUpdate, deleteDoc, deleteOrphanUpdates, headerOf, insertWholeMaps, loadDoc } from './docStorage';
import { upgradeLegacyMaps, type UpgradeReport } from './legacyUpgrade';
import { requestPersistentStorage } from './storageHealth';

export type LoadResult = Result<JourneyMap, ImportError | { kind: 'not-found' }>;

/** The snapshot of a loaded document, repaired in memory and validated. */
export function snapshotOf(doc: Y.Doc): Result<JourneyMap, ImportError> {
  const migration = migrateStoredDoc(doc);
  if (!migration.ok) {
    const version = migration.reason === 'newer' ? migration.version : migration.step;
    return { ok: false, error: { kind: 'newer-version', version, supported: FORMAT_VERSION } };
  }
  const { map } = repairMap(createMapReader(doc).read(), removedStages(doc));
  return validateStoredMap(map);
}

export function createRepository(db: WaymarkDb) {
  let upgrade: Promise<UpgradeReport> | null = null;
  /** Converts old rows once per page; every read waits for it. */
  const ready = () => (upgrade ??= upgradeLegacyMaps(db).then(async (report) => {
    await deleteOrphanUpdates(db);
    return report;
  }));

  return {
    db,
    ready,

    async listSummaries(): Promise<MapSummary[]> {
      await ready();
      return this.readSummaries();
    },

    /**
     * The library's list, reading IndexedDB only: for a live query, which follows only what it
     * reads through Dexie (awaiting anything else inside it loses track). Call after ready().
     */
    async readSummaries(): Promise<MapSummary[]> {
      // Sorted by instant, not by text: FORMAT.md allows offsets ("+07:00"), which sort wrongly as strings.
      const rows = (await db.headers.toArray()).sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
      return rows.map(({ createdAt: _c, formatVersion: _v, ...summary }) => summary);
    },

    /** The map's document as stored, for the editor; null when there is no such map. */
    async openDoc(id: string) {
      await ready();
      return loadDoc(db, id);
    },

    async loadMap(id: string): Promise<LoadResult> {
      await ready();
      const loaded = await loadDoc(db, id);
      if (!loaded) return { ok: false, error: { kind: 'not-found' } };
      const result = snapshotOf(loaded.doc);
      loaded.doc.destroy();
      return result;
    },

    async loadAll(): Promise<JourneyMap[]> {
      await ready();
      const ids = await db.headers.toCollection().primaryKeys();
      const maps: JourneyMap[] = [];
      for (const id of ids) {
        const loaded = await this.loadMap(id);
        if (loaded.ok) maps.push(loaded.value);
      }
      return maps;
    },

    /** Adds whole maps (new, duplicated, from a template or a file) in one transaction. */
    async insertMaps(maps: readonly JourneyMap[]): Promise<void> {
      await ready();
      await insertWholeMaps(db, maps);
      // The first map added is the moment to ask the browser to keep the data: the answer
      // shows in the library, so a refusal is not an error here.
      void requestPersistentStorage().catch(() => null);
    },

    async deleteMap(id: string): Promise<void> {
      await ready();
      await deleteDoc(db, id);
    },

    /** Renames from the library: one update, stored and sent to any tab that has the map open. */
    async renameMap(id: string, title: string, now: string): Promise<void> {
      await ready();
      const loaded = await loadDoc(db, id);
      if (!loaded) throw new Error('This map no longer exists.');
      const { doc } = loaded;
      const before = createMapReader(doc).read();
      const after = { ...before, title, updatedAt: now };
      let update: Uint8Array | null = null;
      doc.on('update', (u: Uint8Array) => (update = u));
      doc.transact(() => applyMapChange(doc, before, after));
      doc.destroy();
      if (!update) return;
      await appendUpdate(db, id, update, headerOf(after, loaded.header.formatVersion));
      broadcastUpdate(id, update);
    },

    async existingIds(): Promise<Set<string>> {
      await ready();
      return new Set(await db.headers.toCollection().primaryKeys());
    },
  };
}

export type Repository = ReturnType<typeof createRepository>;
