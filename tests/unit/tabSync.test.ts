// Tabs of one browser that have the same map open see each other's edits (Node's BroadcastChannel
// stands in for the browser's).
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { applyMapChange } from '../../src/doc/writeMap';
import { createMapReader } from '../../src/doc/readMap';
import { updateMapInfo } from '../../src/model/maps';
import { updateTouchpoint } from '../../src/model/touchpoints';
import { createMapDocument, type MapDocument } from '../../src/store/mapStore';
import { broadcastUpdate, startTabSync, type TabSync } from '../../src/sync/tabSync';
import { onlineOrderMap, replicaOf } from './docHelpers';

const running: TabSync[] = [];
afterEach(() => {
  for (const sync of running.splice(0)) sync.destroy();
});

function sync(mapId: string, doc: MapDocument): void {
  running.push(startTabSync(mapId, doc.ydoc));
}

/** The same stored map open in two tabs. */
function twoTabs() {
  const a = createMapDocument(onlineOrderMap());
  const b = createMapDocument(replicaOf(a.ydoc));
  return { a, b, mapId: crypto.randomUUID() };
}

const title = (doc: MapDocument) => doc.store.getState().map.title;

describe('startTabSync', () => {
  it('shows an edit made in one tab in the other, both ways', async () => {
    const { a, b, mapId } = twoTabs();
    sync(mapId, a);
    sync(mapId, b);
    a.edit((map) => updateMapInfo(map, { title: 'Edited in tab A' }));
    await vi.waitFor(() => expect(title(b)).toBe('Edited in tab A'));
    b.edit((map) => updateTouchpoint(map, 'ad', { emotion: -2 }));
    await vi.waitFor(() => expect(a.store.getState().map.touchpoints[0]?.emotion).toBe(-2));
    expect(a.store.getState().map).toEqual(b.store.getState().map);
  });

  it('brings a tab that opens the map later up to date', async () => {
    const { a, b, mapId } = twoTabs();
    sync(mapId, a);
    a.edit((map) => updateMapInfo(map, { title: 'Made before B opened' }));
    sync(mapId, b);
    await vi.waitFor(() => expect(title(b)).toBe('Made before B opened'));
    b.edit((map) => updateMapInfo(map, { description: 'Made once both are open' }));
    await vi.waitFor(() => expect(a.store.getState().map.description).toBe('Made once both are open'));
  });

  it('sends what a joining tab changed before it joined (a repair made while opening) to the tabs already open', async () => {
    const { a, b, mapId } = twoTabs();
    sync(mapId, a);
    b.edit((map) => updateMapInfo(map, { title: 'Changed while B was opening' }));
    sync(mapId, b);
    await vi.waitFor(() => expect(title(a)).toBe('Changed while B was opening'));
    expect(a.store.getState().map).toEqual(b.store.getState().map);
  });

  it('keeps maps apart, and stops when destroyed', async () => {
    const { a, b, mapId } = twoTabs();
    const other = createMapDocument(replicaOf(a.ydoc));
    sync(mapId, a);
    sync(mapId, b);
    sync(crypto.randomUUID(), other);
    const stopped = startTabSync(mapId, b.ydoc);
    stopped.destroy();
    a.edit((map) => updateMapInfo(map, { title: 'Only for this map' }));
    await vi.waitFor(() => expect(title(b)).toBe('Only for this map'));
    expect(title(other)).toBe(onlineOrderMap().title);
  });

  it('delivers a rename made in the library to a tab that has the map open', async () => {
    const { a, mapId } = twoTabs();
    sync(mapId, a);
    const library = replicaOf(a.ydoc);
    let update: Uint8Array | null = null;
    library.on('update', (u: Uint8Array) => (update = u));
    const before = createMapReader(library).read();
    library.transact(() => applyMapChange(library, before, { ...before, title: 'Renamed in the library' }));
    broadcastUpdate(mapId, update as unknown as Uint8Array);
    await vi.waitFor(() => expect(title(a)).toBe('Renamed in the library'));
    expect(Y.encodeStateVector(a.ydoc)).toEqual(Y.encodeStateVector(library));
  });
});
