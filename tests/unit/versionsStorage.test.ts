// Version history in IndexedDB (fake-indexeddb here): versions stored and listed, automatic ones
// pruned, deleted with their map; the recorder's triggers (opened, interval with an injected
// clock, named, before-restore, before-repair) and restoring as one undoable edit.
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { mapRoots } from '../../src/doc/layout';
import { createMapReader } from '../../src/doc/readMap';
import { updateMapInfo } from '../../src/model/maps';
import { appendUpdate, headerOf } from '../../src/persistence/docStorage';
import type { Repository } from '../../src/persistence/repository';
import type { StorageProblem } from '../../src/persistence/storageErrors';
import { addVersion, listVersions, readVersionContent, type NewVersion } from '../../src/persistence/versions';
import { createVersionRecorder, mapOfContent, type RecorderOptions } from '../../src/persistence/versionsRecorder';
import { SNAPSHOT_INTERVAL_MS, type VersionTrigger } from '../../src/persistence/versionsRules';
import { createMapDocument, type MapDocument } from '../../src/store/mapStore';
import { openLoadedMap } from '../../src/ui/editor/openLoadedMap';
import { onlineOrderMap } from './docHelpers';
import { freshRepositories } from './repositoryHelpers';

const freshRepository = freshRepositories('versions');

async function storedMap(repository: Repository) {
  const map = onlineOrderMap();
  await repository.insertMaps([map]);
  return map;
}

function version(mapId: string, time: number, trigger: VersionTrigger, name?: string): NewVersion {
  return { mapId, time, trigger, counts: { stages: 1, touchpoints: 0, connections: 0 }, digest: `d${time}`, content: new Uint8Array([time % 256]), ...(name ? { name } : {}) };
}

/** Opens a stored map as the editor does, with a recorder on a controllable clock. */
async function openWithRecorder(repository: Repository, mapId: string, options: Partial<RecorderOptions> = {}) {
  const loaded = await repository.openDoc(mapId);
  if (!loaded) throw new Error('no such map');
  const doc: MapDocument = createMapDocument(loaded.doc);
  const clock = { now: Date.UTC(2026, 11, 2, 9, 0) };
  const errors: StorageProblem[] = [];
  const recorder = createVersionRecorder({
    db: repository.db,
    mapId,
    map: { ydoc: doc.ydoc, current: () => doc.store.getState().map, apply: (m) => doc.edit(() => m) },
    now: () => clock.now,
    onError: (problem) => errors.push(problem),
    ...options,
  });
  return { doc, recorder, clock, errors };
}

const triggers = async (repository: Repository, mapId: string) => (await listVersions(repository.db, mapId)).map((v) => v.trigger);

/** Lets the recorder's asynchronous interval snapshot finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('version storage', () => {
  it('lists a map’s versions newest first and keeps each content apart', async () => {
    const repository = freshRepository();
    const map = await storedMap(repository);
    await addVersion(repository.db, version(map.id, 10, 'opened'));
    const named = await addVersion(repository.db, version(map.id, 30, 'named', 'After workshop 1'));
    await addVersion(repository.db, version(map.id, 20, 'interval'));
    const list = await listVersions(repository.db, map.id);
    expect(list.map((v) => v.time)).toEqual([30, 20, 10]);
    expect(list[0]).toMatchObject({ trigger: 'named', name: 'After workshop 1' });
    expect(list[0]).not.toHaveProperty('content');
    expect(await readVersionContent(repository.db, named as number)).toEqual(new Uint8Array([30]));
  });

  it('keeps the 50 newest automatic versions and every named one', async () => {
    const repository = freshRepository();
    const map = await storedMap(repository);
    await addVersion(repository.db, version(map.id, 1, 'named', 'First'));
    const ids: number[] = [];
    for (let i = 0; i < 55; i++) ids.push((await addVersion(repository.db, version(map.id, 100 + i, i % 3 ? 'interval' : 'opened'))) as number);
    await addVersion(repository.db, version(map.id, 500, 'named', 'Last'));
    const list = await listVersions(repository.db, map.id);
    expect(list.filter((v) => v.trigger === 'named').map((v) => v.name)).toEqual(['Last', 'First']);
    const automatic = list.filter((v) => v.trigger !== 'named');
    expect(automatic).toHaveLength(50);
    expect(Math.min(...automatic.map((v) => v.time))).toBe(105);
    // The pruned ones' content is gone with them.
    expect(await readVersionContent(repository.db, ids[0] as number)).toBeUndefined();
    expect(await readVersionContent(repository.db, ids[5] as number)).toBeDefined();
  });

  it('adds nothing to a map that was deleted, and deleting a map deletes its versions', async () => {
    const repository = freshRepository();
    const map = await storedMap(repository);
    const id = await addVersion(repository.db, version(map.id, 1, 'opened'));
    await repository.deleteMap(map.id);
    expect(await listVersions(repository.db, map.id)).toEqual([]);
    expect(await readVersionContent(repository.db, id as number)).toBeUndefined();
    expect(await addVersion(repository.db, version(map.id, 2, 'opened'))).toBeNull();
    expect(await repository.db.versions.count()).toBe(0);
  });
});

describe('the recorder', () => {
  it('takes one version when a map is opened, and none when it opens again unchanged', async () => {
    const repository = freshRepository();
    const map = await storedMap(repository);
    const first = await openWithRecorder(repository, map.id);
    await first.recorder.start();
    await first.recorder.start();
    expect(await triggers(repository, map.id)).toEqual(['opened']);
    first.recorder.stop();
    const again = await openWithRecorder(repository, map.id);
    await again.recorder.start();
    expect(await triggers(repository, map.id)).toEqual(['opened']);
    const [opened] = await listVersions(repository.db, map.id);
    expect(opened?.counts).toMatchObject({ stages: map.stages.length, touchpoints: map.touchpoints.length, connections: map.connections.length });
  });

  it('takes an interval version at the first edit 10 minutes after the last version, by its clock', async () => {
    const repository = freshRepository();
    const map = await storedMap(repository);
    const { doc, recorder, clock } = await openWithRecorder(repository, map.id);
    await recorder.start();
    clock.now += 9 * 60_000;
    doc.edit((m) => updateMapInfo(m, { title: 'Nine minutes in' }));
    await settle();
    expect(await triggers(repository, map.id)).toEqual(['opened']);
    clock.now += 60_000;
    doc.edit((m) => updateMapInfo(m, { title: 'Ten minutes in' }));
    await vi.waitFor(async () => expect(await triggers(repository, map.id)).toEqual(['interval', 'opened']));
    const [latest] = await listVersions(repository.db, map.id);
    const content = await readVersionContent(repository.db, latest?.id as number);
    const held = mapOfContent(content as Uint8Array);
    expect(held.ok && held.value.title).toBe('Ten minutes in');
    // And the next one only 10 minutes after that.
    clock.now += SNAPSHOT_INTERVAL_MS - 1;
    doc.edit((m) => updateMapInfo(m, { title: 'Not yet' }));
    await settle();
    expect(await triggers(repository, map.id)).toHaveLength(2);
  });

  it('never snapshots an idle map: nothing happens without edits', async () => {
    const repository = freshRepository();
    const map = await storedMap(repository);
    const { recorder, clock } = await openWithRecorder(repository, map.id);
    await recorder.start();
    clock.now += 5 * SNAPSHOT_INTERVAL_MS;
    await settle();
    expect(await triggers(repository, map.id)).toEqual(['opened']);
  });

  it('saves a named version and restores it as one edit that undo takes back, after a before-restore version', async () => {
    const repository = freshRepository();
    const map = await storedMap(repository);
    const { doc, recorder, clock } = await openWithRecorder(repository, map.id);
    await recorder.start();
    doc.edit((m) => updateMapInfo(m, { title: 'Workshop title' }));
    clock.now += 1000;
    await recorder.saveNamed('  After workshop 1  ');
    doc.edit((m) => updateMapInfo(m, { title: 'Edited later' }));
    clock.now += 1000;
    const named = (await listVersions(repository.db, map.id)).find((v) => v.trigger === 'named');
    expect(named?.name).toBe('After workshop 1');

    const preview = await recorder.preview(named?.id as number);
    expect(preview.ok && preview.value.title).toBe('Workshop title');
    expect(doc.store.getState().map.title).toBe('Edited later');

    const restored = await recorder.restore(named?.id as number);
    expect(restored.ok).toBe(true);
    expect(doc.store.getState().map.title).toBe('Workshop title');
    const list = await listVersions(repository.db, map.id);
    expect(list.map((v) => v.trigger)).toEqual(['before-restore', 'named', 'opened']);
    const kept = await readVersionContent(repository.db, list[0]?.id as number);
    const before = mapOfContent(kept as Uint8Array);
    expect(before.ok && before.value.title).toBe('Edited later');

    doc.undo();
    expect(doc.store.getState().map.title).toBe('Edited later');
  });

  it('records nothing for an empty name', async () => {
    const repository = freshRepository();
    const map = await storedMap(repository);
    const { recorder } = await openWithRecorder(repository, map.id);
    const before = await triggers(repository, map.id);
    await recorder.saveNamed('   ');
    expect(await triggers(repository, map.id)).toEqual(before);
  });

  it('keeps the stored state before a repair on opening, then the repaired one', async () => {
    const repository = freshRepository();
    const map = await storedMap(repository);
    // An arrow to a touchpoint that is not there, as a bad merge could leave.
    const loaded = await repository.openDoc(map.id);
    if (!loaded) throw new Error('no map');
    const updates: Uint8Array[] = [];
    loaded.doc.on('update', (u: Uint8Array) => updates.push(u));
    loaded.doc.transact(() => (mapRoots(loaded.doc).connections.get(0) as Y.Map<unknown>).set('to', 'tp-gone'));
    await appendUpdate(repository.db, map.id, Y.mergeUpdates(updates), headerOf(createMapReader(loaded.doc).read()));

    const reopened = await repository.openDoc(map.id);
    if (!reopened) throw new Error('no map');
    const open = openLoadedMap(reopened.doc);
    if (!open.ok) throw new Error(`could not open: ${open.details.join('; ')}`);
    expect(open.storedBeforeRepair).not.toBeNull();
    const { doc } = open.stores;
    const errors: StorageProblem[] = [];
    const recorder = createVersionRecorder({
      db: repository.db,
      mapId: map.id,
      map: { ydoc: doc.ydoc, current: () => doc.store.getState().map, apply: (m) => doc.edit(() => m) },
      storedBeforeRepair: open.storedBeforeRepair,
      onError: (problem) => errors.push(problem),
    });
    await recorder.start();
    const list = await listVersions(repository.db, map.id);
    expect(list.map((v) => v.trigger).sort()).toEqual(['before-repair', 'opened']);
    const stored = await readVersionContent(repository.db, list.find((v) => v.trigger === 'before-repair')?.id as number);
    const raw = new Y.Doc();
    Y.applyUpdate(raw, stored as Uint8Array);
    expect(createMapReader(raw).read().connections.some((c) => c.to === 'tp-gone')).toBe(true);
    expect(errors).toEqual([]);
  });

  it('fingerprints an opened map in one quiet moment and encodes it in a later one, only when it changed', async () => {
    const repository = freshRepository();
    const map = await storedMap(repository);
    // Quiet moments come when the test says so.
    const waiting: (() => void)[] = [];
    const whenIdle = () => new Promise<void>((resolve) => waiting.push(resolve));
    const nextQuietMoment = async () => {
      await vi.waitFor(() => expect(waiting.length).toBeGreaterThan(0));
      waiting.shift()?.();
    };
    const first = await openWithRecorder(repository, map.id, { whenIdle });
    const started = first.recorder.start();
    await nextQuietMoment(); // the start waits for the page to be quiet
    await nextQuietMoment(); // fingerprinted, then the encoding waits for another
    await started;
    expect(await triggers(repository, map.id)).toEqual(['opened']);
    first.recorder.stop();
    // Opened again, unchanged: its fingerprint matches the latest version, nothing more is done.
    const again = await openWithRecorder(repository, map.id, { whenIdle });
    const restarted = again.recorder.start();
    await nextQuietMoment();
    await restarted;
    expect(waiting).toHaveLength(0);
    expect(await triggers(repository, map.id)).toEqual(['opened']);
  });

  it('opens a map that needs no repair without encoding it for history', async () => {
    const repository = freshRepository();
    const map = await storedMap(repository);
    const loaded = await repository.openDoc(map.id);
    const open = openLoadedMap(loaded?.doc as Y.Doc);
    expect(open.ok && open.storedBeforeRepair).toBeNull();
  });

  it('reports a storage failure of an automatic version instead of swallowing it', async () => {
    const repository = freshRepository();
    const map = await storedMap(repository);
    const { recorder, errors } = await openWithRecorder(repository, map.id);
    repository.db.close();
    await recorder.start();
    expect(errors).toHaveLength(1);
    expect(errors[0]?.kind).toBe('unavailable');
  });
});
