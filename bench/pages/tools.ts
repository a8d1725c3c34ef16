// In-browser helpers for the harness: generate maps, put them in the app's own IndexedDB
// (same origin, same repository code), time the pure parts of the app, and edit a stored map
// many times through the app's own document and writer (storage growth).
import { auditMap } from '../../src/audit';
import { parseDocumentText, toDocument } from '../../src/io/importDocument';
import { openDatabase } from '../../src/persistence/db';
import { loadDoc } from '../../src/persistence/docStorage';
import { snapshotOf } from '../../src/persistence/mapSnapshot';
import { createRepository } from '../../src/persistence/repository';
import { openLoadedMap } from '../../src/ui/editor/openLoadedMap';
import { generateMap } from '../generateMap';
import { editStoredMap, storedSize } from './storageGrowth';

const repository = createRepository(openDatabase());

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** The watch on a map's update log that `watchLog` runs. */
let watch: { stop: boolean; seenAt: number | null } = { stop: true, seenAt: null };

/** What `hold` keeps alive for the heap breakdown, where the page can reach it. */
const holder = window as unknown as { held: unknown };

const tools = {
  documentText(touchpoints: number): string {
    return JSON.stringify(toDocument([generateMap({ touchpoints })], '2026-11-23T00:00:00.000Z'));
  },
  async seed(touchpoints: number): Promise<string> {
    const map = generateMap({ touchpoints });
    await repository.deleteMap(map.id);
    await repository.insertMaps([map]);
    return map.id;
  },
  /** Median time of parse + envelope + Zod + reference checks, over `runs` runs after one warm-up. */
  timeImport(text: string, runs = 5): number {
    parseDocumentText(text);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const result = parseDocumentText(text);
      times.push(performance.now() - start);
      if (!result.ok) throw new Error(`generated document did not import: ${JSON.stringify(result.error).slice(0, 300)}`);
    }
    return median(times);
  },
  /** Median time of the expectation audit over `runs` runs after one warm-up. */
  timeAudit(touchpoints: number, runs = 7): number {
    const map = generateMap({ touchpoints });
    auditMap(map);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      auditMap(map);
      times.push(performance.now() - start);
    }
    return median(times);
  },
  /** One PNG export of the whole map, as the Export menu makes it (loaded on demand there too). */
  async timePng(touchpoints: number): Promise<{ ms: number; width: number; height: number; kb: number }> {
    const { renderMapPng } = await import('../../src/ui/io/png/renderMapPng');
    const map = generateMap({ touchpoints });
    const start = performance.now();
    const png = await renderMapPng(map);
    const ms = performance.now() - start;
    return { ms, width: png.width, height: png.height, kb: Math.round(png.blob.size / 1024) };
  },
  /**
   * Keeps a stored map in memory, as its Y.Doc or as the plain map read from it, so the harness can
   * weigh each on the heap; `null` lets go. Returns how many Yjs structs the document has.
   */
  async hold(mapId: string | null, as: 'doc' | 'map' = 'doc'): Promise<{ structs: number }> {
    holder.held = null;
    if (mapId === null) return { structs: 0 };
    const loaded = await loadDoc(repository.db, mapId);
    if (!loaded) throw new Error(`map ${mapId} is not stored`);
    let structs = 0;
    loaded.doc.store.clients.forEach((list) => (structs += list.length));
    if (as === 'doc') holder.held = loaded.doc;
    else {
      const snapshot = snapshotOf(loaded.doc);
      holder.held = snapshot.ok ? snapshot.value : null;
      loaded.doc.destroy();
    }
    return { structs };
  },
  /**
   * Watches a map's update log from this page, as another tab would, and notes when a new row
   * first becomes readable: the moment the editor's write committed, whatever its own main
   * thread is busy with. Resolves once the current count is known; `stopWatching` ends it.
   */
  async watchLog(mapId: string): Promise<void> {
    const current = { stop: false, seenAt: null as number | null };
    watch = current;
    const count = () => repository.db.updates.where('mapId').equals(mapId).count();
    const before = await count();
    void (async () => {
      while (!current.stop && current.seenAt === null) {
        // Epoch time, comparable with the editor page's clock.
        if ((await count()) !== before) current.seenAt = performance.timeOrigin + performance.now();
      }
    })();
  },
  stopWatching(): number | null {
    watch.stop = true;
    return watch.seenAt;
  },
  /** Rows and bytes of a stored map's update log (what the app reads to open it). */
  storedSize: (mapId: string) => storedSize(repository.db, mapId),
  /**
   * The data part of opening a stored map, median of `runs`: reading its update log into a
   * Y.Doc (loadDoc), then opening that as the editor does (openLoadedMap: migrate, the document
   * and its first snapshot, validation).
   */
  async timeLoad(mapId: string, runs = 3): Promise<{ loadMs: number; documentMs: number }> {
    const load: number[] = [];
    const document_: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const loaded = await loadDoc(repository.db, mapId);
      if (!loaded) throw new Error(`map ${mapId} is not stored`);
      const read = performance.now();
      const opened = openLoadedMap(loaded.doc);
      document_.push(performance.now() - read);
      load.push(read - start);
      if (!opened.ok) throw new Error(`map ${mapId} does not open: ${opened.details.join('; ')}`);
      opened.stores.doc.destroy();
      loaded.doc.destroy();
    }
    return { loadMs: median(load), documentMs: median(document_) };
  },
  /**
   * Stores a fresh generated map under its own id, then edits it `edits` times as people would
   * (see storageGrowth.ts); returns the log's size fresh, before and after the last compaction.
   */
  async storageGrowth(touchpoints: number, edits: number) {
    const map = { ...generateMap({ touchpoints }), id: `bench-growth-${touchpoints}` };
    await repository.deleteMap(map.id);
    await repository.insertMaps([map]);
    const fresh = await storedSize(repository.db, map.id);
    const run = await editStoredMap(repository.db, map.id, edits);
    return { fresh, ...run };
  },
};

(window as unknown as { benchTools: typeof tools }).benchTools = tools;
document.title = 'ready';
