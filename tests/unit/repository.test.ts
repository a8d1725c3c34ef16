// The maps library's storage: whole maps in, the same maps out; every change of an open map is an
// update appended to its log; a stored document is checked like a file.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mapRoots } from '../../src/doc/layout';
import { createMapReader } from '../../src/doc/readMap';
import { createMap } from '../../src/model/maps';
import type { JourneyMap } from '../../src/model/schema';
import { deleteTouchpoints, updateTouchpoint } from '../../src/model/touchpoints';
import { appendUpdate, compact, headerOf, MapDeletedError } from '../../src/persistence/docStorage';
import type { Repository } from '../../src/persistence/repository';
import { createMapDocument } from '../../src/store/mapStore';
import { clinicMap, onlineOrderMap } from './docHelpers';
import { freshRepositories } from './repositoryHelpers';

const freshRepository = freshRepositories('test');

async function loaded(repository: Repository, id: string): Promise<JourneyMap> {
  const result = await repository.loadMap(id);
  if (!result.ok) throw new Error(`could not load ${id}: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Opens a stored map, makes `write` in its document, and appends the update as the editor does. */
async function writeStored(repository: Repository, id: string, write: (doc: Y.Doc) => JourneyMap): Promise<void> {
  const opened = await repository.openDoc(id);
  if (!opened) throw new Error(`no map ${id}`);
  const updates: Uint8Array[] = [];
  opened.doc.on('update', (update: Uint8Array) => updates.push(update));
  const header = headerOf(write(opened.doc));
  await appendUpdate(repository.db, id, Y.mergeUpdates(updates), header);
}

/** An edit made in the editor on a stored map. */
function editStored(repository: Repository, id: string, change: (map: JourneyMap) => JourneyMap): Promise<void> {
  return writeStored(repository, id, (doc) => {
    const document = createMapDocument(doc);
    document.edit(change);
    return document.store.getState().map;
  });
}

/** A value written straight into the stored document, past every check (an old bug, a bad merge). */
function corruptStored(repository: Repository, id: string, touchpoint: number, key: string, value: unknown): Promise<void> {
  return writeStored(repository, id, (doc) => {
    doc.transact(() => mapRoots(doc).touchpoints.get(touchpoint).set(key, value));
    return createMapReader(doc).read();
  });
}

const rowsOf = (repository: Repository, mapId: string) => repository.db.updates.where('mapId').equals(mapId).count();

describe('storing whole maps', () => {
  it('loads back exactly what was inserted, in the same order', async () => {
    const repository = freshRepository();
    const map = onlineOrderMap();
    // Reversed, so that the stored order cannot come from sorting ids by chance.
    const reversed: JourneyMap = { ...map, touchpoints: [...map.touchpoints].reverse(), connections: [...map.connections].reverse() };
    await repository.insertMaps([reversed]);
    expect(await loaded(repository, map.id)).toEqual(reversed);
  });

  it('keeps Thai text and several maps apart', async () => {
    const repository = freshRepository();
    const [order, clinic] = [onlineOrderMap(), clinicMap()];
    await repository.insertMaps([order, clinic]);
    expect(await loaded(repository, clinic.id)).toEqual(clinic);
    expect(await loaded(repository, order.id)).toEqual(order);
    expect(await repository.loadAll()).toEqual(expect.arrayContaining([order, clinic]));
    expect(await repository.existingIds()).toEqual(new Set([order.id, clinic.id]));
  });

  it('reports a map that is not there as not-found', async () => {
    const repository = freshRepository();
    expect(await repository.loadMap('nothing')).toEqual({ ok: false, error: { kind: 'not-found' } });
    expect(await repository.openDoc('nothing')).toBeNull();
  });

  it('lists summaries with stage and touchpoint counts, newest first', async () => {
    const repository = freshRepository();
    const order = { ...onlineOrderMap(), updatedAt: '2026-11-20T08:00:00.000Z' };
    const clinic = { ...clinicMap(), updatedAt: '2026-11-22T08:00:00.000Z' };
    const empty = createMap('Blank', '2026-11-21T08:00:00.000Z');
    await repository.insertMaps([order, clinic, empty]);
    const summaries = await repository.listSummaries();
    expect(summaries.map((s) => s.id)).toEqual([clinic.id, empty.id, order.id]);
    expect(summaries[0]).toEqual({
      id: clinic.id,
      title: clinic.title,
      personaName: clinic.persona?.name,
      stageCount: clinic.stages.length,
      touchpointCount: clinic.touchpoints.length,
      updatedAt: clinic.updatedAt,
    });
    expect(summaries[1]).toMatchObject({ stageCount: 5, touchpointCount: 0, title: 'Blank' });
    expect(summaries[1]).not.toHaveProperty('personaName');
    expect(summaries[2]).toMatchObject({ stageCount: 5, touchpointCount: 8, personaName: order.persona?.name });
  });

  it('sorts by the moment of the last edit, also when dates carry a time-zone offset', async () => {
    const repository = freshRepository();
    // 08:00 in Bangkok (+07:00) is 01:00 UTC, so the map edited at 05:00 UTC is the newer one.
    const bangkok = { ...clinicMap(), updatedAt: '2026-11-22T08:00:00+07:00' };
    const utc = { ...onlineOrderMap(), updatedAt: '2026-11-22T05:00:00.000Z' };
    await repository.insertMaps([bangkok, utc]);
    expect((await repository.listSummaries()).map((s) => s.id)).toEqual([utc.id, bangkok.id]);
  });

  it('deleteMap removes the map and every update of it, and only those', async () => {
    const repository = freshRepository();
    const [order, clinic] = [onlineOrderMap(), clinicMap()];
    await repository.insertMaps([order, clinic]);
    await editStored(repository, order.id, (map) => ({ ...map, title: 'Edited' }));
    expect(await rowsOf(repository, order.id)).toBe(2);
    await repository.deleteMap(order.id);
    expect(await rowsOf(repository, order.id)).toBe(0);
    expect(await repository.loadMap(order.id)).toEqual({ ok: false, error: { kind: 'not-found' } });
    expect(await loaded(repository, clinic.id)).toEqual(clinic);
    expect((await repository.listSummaries()).map((s) => s.id)).toEqual([clinic.id]);
  });
});

describe('changes to a stored map', () => {
  it('loads with every appended update, and the summary follows the header', async () => {
    const repository = freshRepository();
    const saved = onlineOrderMap();
    await repository.insertMaps([saved]);
    const edited = updateTouchpoint(deleteTouchpoints(saved, ['pdp']), 'call', { title: 'Hotline', emotion: -2 });
    await editStored(repository, saved.id, () => edited);
    const back = await loaded(repository, saved.id);
    expect({ ...back, updatedAt: edited.updatedAt }).toEqual(edited);
    expect(back.connections.some((c) => c.from === 'pdp' || c.to === 'pdp')).toBe(false);
    expect((await repository.listSummaries())[0]).toMatchObject({ touchpointCount: 7, updatedAt: back.updatedAt });
  });

  it('refuses an update for a map deleted meanwhile', async () => {
    const repository = freshRepository();
    const map = clinicMap();
    await repository.insertMaps([map]);
    const opened = await repository.openDoc(map.id);
    await repository.deleteMap(map.id);
    await expect(appendUpdate(repository.db, map.id, Y.encodeStateAsUpdate(opened!.doc), headerOf(map))).rejects.toBeInstanceOf(MapDeletedError);
    expect(await repository.existingIds()).toEqual(new Set());
  });

  it('compacts the log into one update that loads the same map', async () => {
    const repository = freshRepository();
    const map = clinicMap();
    await repository.insertMaps([map]);
    for (const title of ['One', 'Two', 'Three']) await editStored(repository, map.id, (current) => ({ ...current, title }));
    const before = await loaded(repository, map.id);
    expect(await rowsOf(repository, map.id)).toBe(4);
    const opened = await repository.openDoc(map.id);
    await compact(repository.db, map.id, opened!.doc);
    expect(await rowsOf(repository, map.id)).toBe(1);
    expect(await loaded(repository, map.id)).toEqual(before);
  });

  it('keeps an edit another tab appends while the compaction merges', async () => {
    const repository = freshRepository();
    const map = clinicMap();
    await repository.insertMaps([map]);
    await editStored(repository, map.id, (current) => ({ ...current, title: 'Before compaction' }));
    const opened = await repository.openDoc(map.id);
    const compacting = compact(repository.db, map.id, opened!.doc);
    // Appended after the compaction read the log: it must survive as a row of its own.
    await editStored(repository, map.id, (current) => ({ ...current, title: 'During compaction' }));
    await compacting;
    expect(await rowsOf(repository, map.id)).toBe(2);
    expect((await loaded(repository, map.id)).title).toBe('During compaction');
  });

  it('renames a map from the library: the title and the time change, nothing else', async () => {
    const repository = freshRepository();
    const map = clinicMap();
    await repository.insertMaps([map]);
    await repository.renameMap(map.id, 'Clinic visit', '2026-12-01T09:00:00.000Z');
    expect(await loaded(repository, map.id)).toEqual({ ...map, title: 'Clinic visit', updatedAt: '2026-12-01T09:00:00.000Z' });
    expect((await repository.listSummaries())[0]).toMatchObject({ title: 'Clinic visit', updatedAt: '2026-12-01T09:00:00.000Z' });
    await expect(repository.renameMap('nothing', 'x', '2026-12-01T09:00:00.000Z')).rejects.toThrow();
  });
});

describe('storage is trusted no more than a file', () => {
  it('a stored value that fails validation makes loadMap return invalid, naming where', async () => {
    const repository = freshRepository();
    const map = onlineOrderMap();
    await repository.insertMaps([map]);
    const index = map.touchpoints.findIndex((t) => t.id === 'checkout');
    await corruptStored(repository, map.id, index, 'emotion', 7);
    const result = await repository.loadMap(map.id);
    expect(result.ok).toBe(false);
    if (result.ok || result.error.kind !== 'invalid') throw new Error(`expected invalid, got ${JSON.stringify(result)}`);
    expect(result.error.problems.map((p) => p.path)).toEqual([`map.touchpoints[${index}].emotion`]);
  });

  it('a card whose stage is gone is put in the lane under it, as a merge would be repaired', async () => {
    const repository = freshRepository();
    const map = clinicMap();
    await repository.insertMaps([map]);
    const index = map.touchpoints.findIndex((t) => t.id === 'desk');
    await corruptStored(repository, map.id, index, 'stageId', 'deleted-stage');
    const back = await loaded(repository, map.id);
    expect(back.touchpoints[index]?.stageId).toBe(map.touchpoints[index]?.stageId);
    expect(back.touchpoints[index]?.position).toEqual(map.touchpoints[index]?.position);
  });
});
