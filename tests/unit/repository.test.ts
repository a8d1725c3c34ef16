import { afterEach, describe, expect, it } from 'vitest';
import onlineOrderText from '../fixtures/online-order.waymark.json?raw';
import clinicText from '../fixtures/clinic-visit-th.waymark.json?raw';
import { openDatabase, type TouchpointRow } from '../../src/persistence/db';
import { createRepository, type Repository } from '../../src/persistence/repository';
import { DocumentSchema, type JourneyMap } from '../../src/model/schema';
import { deleteTouchpoints, moveTouchpoints, updateTouchpoint } from '../../src/model/touchpoints';
import { addConnection } from '../../src/model/connections';
import { createMap } from '../../src/model/maps';

function load(text: string): JourneyMap {
  const map = DocumentSchema.parse(JSON.parse(text)).maps[0];
  if (!map) throw new Error('the fixture holds a map');
  return map;
}

const opened: Repository[] = [];

function freshRepository(): Repository {
  const repository = createRepository(openDatabase(`test-${crypto.randomUUID()}`));
  opened.push(repository);
  return repository;
}

afterEach(async () => {
  for (const repository of opened.splice(0)) {
    repository.db.close();
    await repository.db.delete();
  }
});

async function loaded(repository: Repository, id: string): Promise<JourneyMap> {
  const result = await repository.loadMap(id);
  if (!result.ok) throw new Error(`could not load ${id}: ${JSON.stringify(result.error)}`);
  return result.value;
}

async function rowCounts(repository: Repository, mapId: string): Promise<{ touchpoints: number; connections: number; maps: number }> {
  const { db } = repository;
  return {
    maps: await db.maps.where('id').equals(mapId).count(),
    touchpoints: await db.touchpoints.where('mapId').equals(mapId).count(),
    connections: await db.connections.where('mapId').equals(mapId).count(),
  };
}

describe('storing whole maps', () => {
  it('loads back exactly what was inserted, in the same order', async () => {
    const repository = freshRepository();
    const map = load(onlineOrderText);
    // Reverse the order so that the stored order cannot come from sorting ids by chance.
    const shuffled: JourneyMap = { ...map, touchpoints: [...map.touchpoints].reverse(), connections: [...map.connections].reverse() };
    await repository.insertMaps([shuffled]);
    const back = await loaded(repository, map.id);
    expect(back).toEqual(shuffled);
    expect(back.touchpoints.map((t) => t.id)).toEqual(shuffled.touchpoints.map((t) => t.id));
    expect(back.connections.map((c) => c.id)).toEqual(shuffled.connections.map((c) => c.id));
  });

  it('keeps Thai text and several maps apart', async () => {
    const repository = freshRepository();
    const order = load(onlineOrderText);
    const clinic = load(clinicText);
    await repository.insertMaps([order, clinic]);
    expect(await loaded(repository, clinic.id)).toEqual(clinic);
    expect(await loaded(repository, order.id)).toEqual(order);
    expect(await rowCounts(repository, clinic.id)).toEqual({ maps: 1, touchpoints: clinic.touchpoints.length, connections: clinic.connections.length });
  });

  it('reports a map that is not there as not-found', async () => {
    const repository = freshRepository();
    expect(await repository.loadMap('nothing')).toEqual({ ok: false, error: { kind: 'not-found' } });
  });

  it('lists summaries with stage and touchpoint counts, newest first', async () => {
    const repository = freshRepository();
    const order = { ...load(onlineOrderText), updatedAt: '2026-11-20T08:00:00.000Z' };
    const clinic = { ...load(clinicText), updatedAt: '2026-11-22T08:00:00.000Z' };
    const empty = createMap('Blank', '2026-11-21T08:00:00.000Z');
    await repository.insertMaps([order, clinic, empty]);
    const summaries = await repository.listSummaries();
    expect(summaries.map((s) => s.id)).toEqual([clinic.id, empty.id, order.id]);
    expect(summaries[0]).toEqual({
      id: clinic.id,
      title: clinic.title,
      personaName: clinic.persona?.name,
      stageCount: 4,
      touchpointCount: 4,
      updatedAt: clinic.updatedAt,
    });
    expect(summaries[1]).toMatchObject({ stageCount: 5, touchpointCount: 0, title: 'Blank' });
    expect(summaries[1]).not.toHaveProperty('personaName');
    expect(summaries[2]).toMatchObject({ stageCount: 5, touchpointCount: 8, personaName: order.persona?.name });
  });

  it('sorts by the moment of the last edit, also when dates carry a time-zone offset', async () => {
    const repository = freshRepository();
    // 08:00 in Bangkok (+07:00) is 01:00 UTC, so the map edited at 05:00 UTC is the newer one.
    const bangkok = { ...load(clinicText), updatedAt: '2026-11-22T08:00:00+07:00' };
    const utc = { ...load(onlineOrderText), updatedAt: '2026-11-22T05:00:00.000Z' };
    await repository.insertMaps([bangkok, utc]);
    expect((await repository.listSummaries()).map((s) => s.id)).toEqual([utc.id, bangkok.id]);
  });

  it('deleteMap removes the map and all its touchpoint and connection rows, and only those', async () => {
    const repository = freshRepository();
    const order = load(onlineOrderText);
    const clinic = load(clinicText);
    await repository.insertMaps([order, clinic]);
    expect(await rowCounts(repository, order.id)).toEqual({ maps: 1, touchpoints: 8, connections: 7 });
    await repository.deleteMap(order.id);
    expect(await rowCounts(repository, order.id)).toEqual({ maps: 0, touchpoints: 0, connections: 0 });
    expect((await repository.loadMap(order.id)).ok).toBe(false);
    expect(await loaded(repository, clinic.id)).toEqual(clinic);
    expect((await repository.listSummaries()).map((s) => s.id)).toEqual([clinic.id]);
  });
});

describe('saveChanges', () => {
  it('writes only the header and the moved touchpoint, and a reload shows the new place', async () => {
    const repository = freshRepository();
    const saved = load(onlineOrderText);
    await repository.insertMaps([saved]);
    const current = moveTouchpoints(saved, [{ id: 'ad', position: { x: 330, y: 240 } }]);
    expect(await repository.saveChanges(saved, current)).toBe(2);
    const back = await loaded(repository, saved.id);
    expect(back.touchpoints.find((t) => t.id === 'ad')).toMatchObject({ position: { x: 330, y: 240 }, stageId: 'consider' });
    expect(back).toEqual(current);
  });

  it('deleting a touchpoint removes its row and the rows of its connections', async () => {
    const repository = freshRepository();
    const saved = load(onlineOrderText);
    await repository.insertMaps([saved]);
    const current = deleteTouchpoints(saved, ['pdp']); // pdp has 3 connections: c1, c2, c3
    const records = await repository.saveChanges(saved, current);
    expect(records).toBe(1 + 1 + 3);
    expect(await rowCounts(repository, saved.id)).toEqual({ maps: 1, touchpoints: 7, connections: 4 });
    expect(await repository.db.touchpoints.get([saved.id, 'pdp'])).toBeUndefined();
    for (const id of ['c1', 'c2', 'c3']) expect(await repository.db.connections.get([saved.id, id])).toBeUndefined();
    expect(await loaded(repository, saved.id)).toEqual(current);
  });

  it('adds new connections and edited touchpoints, and a chain of saves stays consistent', async () => {
    const repository = freshRepository();
    const first = load(clinicText);
    await repository.insertMaps([first]);
    const second = addConnection(updateTouchpoint(first, 'room', { title: 'ห้องรอ', emotion: -2 }), 'app', 'doctor');
    expect(await repository.saveChanges(first, second)).toBe(3);
    const third = { ...second, title: 'Renamed' };
    expect(await repository.saveChanges(second, third)).toBe(1);
    expect(await loaded(repository, first.id)).toEqual(third);
    expect(await rowCounts(repository, first.id)).toEqual({ maps: 1, touchpoints: 4, connections: 4 });
  });
});

describe('storage is trusted no more than a file', () => {
  it('a touchpoint row that fails validation makes loadMap return invalid', async () => {
    const repository = freshRepository();
    const map = load(onlineOrderText);
    await repository.insertMaps([map]);
    const row = await repository.db.touchpoints.get([map.id, 'checkout']);
    expect(row).toBeDefined();
    await repository.db.touchpoints.put({ ...(row as TouchpointRow), emotion: 7 });
    const result = await repository.loadMap(map.id);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('invalid');
    if (result.error.kind === 'invalid') {
      const index = map.touchpoints.findIndex((t) => t.id === 'checkout');
      expect(result.error.problems.map((p) => p.path)).toEqual([`map.touchpoints[${index}].emotion`]);
    }
  });

  it('a touchpoint row pointing at a missing stage makes loadMap return invalid', async () => {
    const repository = freshRepository();
    const map = load(clinicText);
    await repository.insertMaps([map]);
    const row = (await repository.db.touchpoints.get([map.id, 'desk'])) as TouchpointRow;
    await repository.db.touchpoints.put({ ...row, stageId: 'deleted-stage' });
    const result = await repository.loadMap(map.id);
    expect(result.ok ? 'ok' : result.error.kind).toBe('invalid');
  });
});
