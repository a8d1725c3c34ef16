// What the repository does with whole documents (Yjs, validation, the legacy conversion). It is
// loaded on first use, so the library's start-up code holds neither Yjs nor the schema checks.
import { createMapReader } from '../doc/readMap';
import { applyMapChange } from '../doc/writeMap';
import type { JourneyMap } from '../model/schema';
import { broadcastUpdate } from '../sync/tabSync';
import type { WaymarkDb } from './db';
import { appendUpdate, deleteDoc, headerOf, insertWholeMaps, loadDoc, MapDeletedError } from './docStorage';
import { snapshotOf } from './mapSnapshot';

export { upgradeLegacyMaps } from './legacyUpgrade';
export { deleteDoc, insertWholeMaps, loadDoc };

export async function loadMap(db: WaymarkDb, id: string) {
  const loaded = await loadDoc(db, id);
  if (!loaded) return null;
  const result = snapshotOf(loaded.doc);
  loaded.doc.destroy();
  return result;
}

/** Renames from the library: one update, stored and sent to any tab that has the map open. */
export async function renameMap(db: WaymarkDb, id: string, title: string, now: string): Promise<void> {
  const loaded = await loadDoc(db, id);
  if (!loaded) throw new MapDeletedError(id);
  const { doc } = loaded;
  const before = createMapReader(doc).read();
  const after: JourneyMap = { ...before, title, updatedAt: now };
  let update: Uint8Array | null = null;
  doc.on('update', (u: Uint8Array) => (update = u));
  doc.transact(() => applyMapChange(doc, before, after));
  doc.destroy();
  if (!update) return;
  await appendUpdate(db, id, update, headerOf(after, loaded.header.formatVersion));
  broadcastUpdate(id, update);
}
