// Joining a map from a link: its document is fetched from the collaboration server with the
// room key, validated like an import, and stored in this browser's library (the Y update itself,
// not a copy of the map, so that it keeps merging with the server's document), before the
// editor opens it and connects for good.
import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { ImportError } from '../io/importDocument';
import type { WaymarkDb } from '../persistence/db';
import { headerOf } from '../persistence/docStorage';
import { snapshotOf } from '../persistence/mapSnapshot';
import { storedFormatVersion } from '../doc/migrateDoc';
import type { JourneyMap } from '../model/schema';
import type { LiveLink } from './liveLink';

export type FetchOutcome =
  | { ok: true; update: Uint8Array; doc: Y.Doc; map: JourneyMap }
  | { ok: false; kind: 'refused'; reason: string }
  | { ok: false; kind: 'empty' }
  | { ok: false; kind: 'invalid'; error: ImportError | { kind: 'other-map'; id: string } };

export type FetchProgress = { state: 'connecting' | 'syncing'; attempts: number };

export type Fetching = { done: Promise<FetchOutcome>; cancel: () => void };

/** Fetches the map's document once; keeps trying while the server cannot be reached (cancel stops). */
export function fetchSharedMap(link: LiveLink, onProgress: (progress: FetchProgress) => void): Fetching {
  const doc = new Y.Doc();
  let attempts = 0;
  let provider: HocuspocusProvider | null = null;
  let finish: (outcome: FetchOutcome | null) => void = () => undefined;
  const done = new Promise<FetchOutcome>((resolve) => {
    finish = (outcome) => {
      provider?.destroy();
      provider = null;
      if (outcome) resolve(outcome);
    };
    provider = new HocuspocusProvider({
      url: link.server,
      name: link.mapId,
      document: doc,
      token: link.key,
      // No presence while only fetching.
      awareness: null,
      onStatus: ({ status }) => {
        if (status === WebSocketStatus.Connecting) attempts++;
        onProgress({ state: status === WebSocketStatus.Connected ? 'syncing' : 'connecting', attempts });
      },
      onAuthenticationFailed: ({ reason }) => finish({ ok: false, kind: 'refused', reason }),
      onSynced: () => finish(checkFetched(doc, link.mapId)),
    });
  });
  return { done, cancel: () => finish(null) };
}

function checkFetched(doc: Y.Doc, mapId: string): FetchOutcome {
  if (doc.share.size === 0 || doc.getMap('meta').size === 0) return { ok: false, kind: 'empty' };
  const snapshot = snapshotOf(doc);
  if (!snapshot.ok) return { ok: false, kind: 'invalid', error: snapshot.error };
  if (snapshot.value.id !== mapId) return { ok: false, kind: 'invalid', error: { kind: 'other-map', id: snapshot.value.id } };
  return { ok: true, update: Y.encodeStateAsUpdate(doc), doc, map: snapshot.value };
}

/**
 * Adds a fetched map to the library: its header and its document as one update, in one
 * transaction. A map already here is left as it is (the editor merges the server's changes).
 */
export async function storeJoinedMap(db: WaymarkDb, fetched: Extract<FetchOutcome, { ok: true }>): Promise<void> {
  const { map, doc, update } = fetched;
  const mapId = map.id;
  const header = headerOf(map, storedFormatVersion(doc));
  await db.transaction('rw', db.headers, db.updates, async () => {
    if (await db.headers.get(mapId)) return;
    await db.headers.add(header);
    await db.updates.add({ mapId, update });
  });
}
