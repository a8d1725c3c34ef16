// Version history in IndexedDB: a row per version (listed) and its content apart (read only to
// preview or restore). Adding an automatic snapshot prunes the oldest automatic ones in the same
// transaction; named versions are never pruned. A version of a map that is gone is not added.
import type { WaymarkDb } from './db';
import { isAutomatic, KEEP_AUTOMATIC, newestFirst, versionsToPrune, type VersionRow } from './versionsRules';

export type NewVersion = Omit<VersionRow, 'id'> & { content: Uint8Array };

/** Stores a version; returns its id, or null when the map no longer exists (deleted meanwhile). */
export async function addVersion(db: WaymarkDb, version: NewVersion, keep = KEEP_AUTOMATIC): Promise<number | null> {
  const { content, ...row } = version;
  return db.transaction('rw', db.headers, db.versions, db.versionContents, async () => {
    if (!(await db.headers.get(row.mapId))) return null;
    const id = await db.versions.add(row);
    await db.versionContents.add({ id, content });
    if (isAutomatic(row.trigger)) {
      const doomed = versionsToPrune(await db.versions.where('mapId').equals(row.mapId).toArray(), keep).map((v) => v.id as number);
      if (doomed.length > 0) {
        await db.versions.bulkDelete(doomed);
        await db.versionContents.bulkDelete(doomed);
      }
    }
    return id;
  });
}

/** A map's versions, newest first, without their content. */
export async function listVersions(db: WaymarkDb, mapId: string): Promise<VersionRow[]> {
  return newestFirst(await db.versions.where('mapId').equals(mapId).toArray());
}

/** The map's newest version, or undefined when it has none. */
export async function latestVersion(db: WaymarkDb, mapId: string): Promise<VersionRow | undefined> {
  return db.versions.where('[mapId+time]').between([mapId, -Infinity], [mapId, Infinity]).last();
}

/** The content of a version (the map's Y.Doc as one update), or undefined when it was pruned. */
export async function readVersionContent(db: WaymarkDb, id: number): Promise<Uint8Array | undefined> {
  return (await db.versionContents.get(id))?.content;
}

/** Deleting a map deletes its versions: call inside a transaction holding both version tables. */
export async function deleteVersionsOf(db: WaymarkDb, mapId: string): Promise<void> {
  const ids = await db.versions.where('mapId').equals(mapId).primaryKeys();
  await db.versions.bulkDelete(ids);
  await db.versionContents.bulkDelete(ids);
}
