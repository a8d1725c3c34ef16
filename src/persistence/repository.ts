// Reading and writing maps. Every read goes through the same repair and validation as an open
// map; maps stored by the previous release are converted before the first read (legacyUpgrade).
// The library's list needs IndexedDB only; everything that reads or writes a document (Yjs, the
// schema checks) is in mapDocuments.ts, fetched on first use, so the library starts small.
import type { ImportError, Result } from '../io/importDocument';
import type { MapSummary } from '../model/maps';
import type { JourneyMap } from '../model/schema';
import type { WaymarkDb } from './db';
import type { UpgradeReport } from './legacyUpgrade';
import { requestPersistentStorage } from './storageHealth';

export type LoadResult = Result<JourneyMap, ImportError | { kind: 'not-found' }>;

const documents = () => import('./mapDocuments');

/** Updates left by a map deleted while another tab was still writing to it. */
async function deleteOrphanUpdates(db: WaymarkDb): Promise<void> {
  await db.transaction('rw', db.headers, db.updates, async () => {
    const maps = new Set(await db.headers.toCollection().primaryKeys());
    await db.updates.filter((row) => !maps.has(row.mapId)).delete();
  });
}

/** Converts the rows of the previous release, if there are any (the conversion's code loads only then). */
async function upgradeLegacy(db: WaymarkDb): Promise<UpgradeReport> {
  if ((await db.maps.count()) === 0) return { converted: 0, failures: [] };
  return (await documents()).upgradeLegacyMaps(db);
}

export function createRepository(db: WaymarkDb) {
  let upgrade: Promise<UpgradeReport> | null = null;
  /** Converts old rows once per page; every read waits for it. */
  const ready = () => (upgrade ??= upgradeLegacy(db).then(async (report) => {
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
      return (await documents()).loadDoc(db, id);
    },

    async loadMap(id: string): Promise<LoadResult> {
      await ready();
      return (await (await documents()).loadMap(db, id)) ?? { ok: false, error: { kind: 'not-found' } };
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
      await (await documents()).insertWholeMaps(db, maps);
      // The first map added is the moment to ask the browser to keep the data: the answer
      // shows in the library, so a refusal is not an error here.
      void requestPersistentStorage().catch(() => null);
    },

    async deleteMap(id: string): Promise<void> {
      await ready();
      await (await documents()).deleteDoc(db, id);
    },

    /** Renames from the library: one update, stored and sent to any tab that has the map open. */
    async renameMap(id: string, title: string, now: string): Promise<void> {
      await ready();
      await (await documents()).renameMap(db, id, title, now);
    },

    async existingIds(): Promise<Set<string>> {
      await ready();
      return new Set(await db.headers.toCollection().primaryKeys());
    },
  };
}

export type Repository = ReturnType<typeof createRepository>;
