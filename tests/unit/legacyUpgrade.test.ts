// Maps stored by the previous release (a row per map, touchpoint and connection) become documents
// on the first start: every field kept, the old rows removed; a map that does not validate is
// reported and its rows are left exactly as they were.
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { JourneyMap, Touchpoint } from '../../src/model/schema';
import { openDatabase, type LegacyConnectionRow, type LegacyMapRow, type LegacyTouchpointRow, type WaymarkDb } from '../../src/persistence/db';
import { upgradeLegacyMaps } from '../../src/persistence/legacyUpgrade';
import { createRepository } from '../../src/persistence/repository';
import { clinicMap, onlineOrderMap } from './docHelpers';

/** Every list of the inspector filled in, and votes, on every touchpoint. */
function filledIn(map: JourneyMap): JourneyMap {
  const fill = (t: Touchpoint, index: number): Touchpoint => ({
    ...t,
    description: t.description ?? `About ${t.title}`,
    emotion: t.emotion ?? ((index % 5) - 2),
    friction: t.friction.length ? t.friction : [{ id: 'f1', severity: 'high', note: 'Waits on hold' }],
    trustBreaks: t.trustBreaks.length ? t.trustBreaks : [{ id: 't1', kind: 'hidden-cost', note: 'Fee at the end' }],
    expectations: t.expectations.length
      ? t.expectations
      : [{ id: 'e1', topic: 'Delivery time', message: 'Within 2 days', promise: { value: 2, unit: 'days', better: 'lower' } }],
    experiences: t.experiences.length ? t.experiences : [{ id: 'x1', topic: 'Delivery time', note: 'Took a week', actual: { value: 7, unit: 'days' } }],
    metrics: t.metrics.length ? t.metrics : [{ key: 'csat', value: 71, unit: '%', target: 85 }],
    pillars: t.pillars.length ? t.pillars : ['empathy', 'resolution'],
    evidence: t.evidence.length ? t.evidence : [{ id: 'v1', quote: 'ช้ามาก', source: 'Interview 2' }],
    actions: t.actions.length ? t.actions : [{ id: 'a1', text: 'Call back within the hour', owner: 'Support', due: '2026-12-15', status: 'doing' }],
    votes: index + 1,
  });
  return { ...map, touchpoints: map.touchpoints.map(fill) };
}

/** Writes `maps` the way the previous release did, in a database of its version (1). */
async function writeVersionOne(name: string, maps: readonly JourneyMap[]): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores({ maps: 'id, updatedAt', touchpoints: '[mapId+id], mapId', connections: '[mapId+id], mapId' });
  for (const { touchpoints, connections, ...header } of maps) {
    const row: LegacyMapRow = { ...header, touchpointOrder: touchpoints.map((t) => t.id), connectionOrder: connections.map((c) => c.id) };
    await v1.table('maps').add(row);
    await v1.table('touchpoints').bulkAdd(touchpoints.map((t): LegacyTouchpointRow => ({ ...t, mapId: header.id })));
    await v1.table('connections').bulkAdd(connections.map((c): LegacyConnectionRow => ({ ...c, mapId: header.id })));
  }
  v1.close();
}

async function legacyRows(db: WaymarkDb, mapId: string) {
  return {
    maps: await db.maps.where('id').equals(mapId).toArray(),
    touchpoints: await db.touchpoints.where('mapId').equals(mapId).toArray(),
    connections: await db.connections.where('mapId').equals(mapId).toArray(),
  };
}

const opened: WaymarkDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

async function upgradedFrom(maps: readonly JourneyMap[]) {
  const name = `legacy-${crypto.randomUUID()}`;
  await writeVersionOne(name, maps);
  const db = openDatabase(name);
  opened.push(db);
  return { db, repository: createRepository(db) };
}

describe('upgradeLegacyMaps', () => {
  it('converts every map with every field, in its order, and removes the old rows', async () => {
    const order = filledIn(onlineOrderMap());
    const clinic = filledIn(clinicMap());
    const { db, repository } = await upgradedFrom([order, clinic]);
    expect(await repository.ready()).toEqual({ converted: 2, failures: [] });
    for (const map of [order, clinic]) {
      const loaded = await repository.loadMap(map.id);
      expect(loaded).toEqual({ ok: true, value: map });
      expect(await legacyRows(db, map.id)).toEqual({ maps: [], touchpoints: [], connections: [] });
    }
    expect((await repository.listSummaries()).map((s) => [s.id, s.touchpointCount])).toEqual(
      expect.arrayContaining([[order.id, order.touchpoints.length], [clinic.id, clinic.touchpoints.length]]),
    );
  });

  it('reports a map that does not validate and leaves its rows untouched', async () => {
    const good = filledIn(clinicMap());
    const original = filledIn(onlineOrderMap());
    const bad = { ...original, touchpoints: original.touchpoints.map((t) => (t.id === 'checkout' ? { ...t, emotion: 7 } : t)) };
    const { db, repository } = await upgradedFrom([good, bad]);
    const before = await legacyRows(db, bad.id);
    const report = await repository.ready();
    expect(report.converted).toBe(1);
    expect(report.failures).toEqual([{ id: bad.id, title: bad.title, problems: [expect.objectContaining({ path: `map.touchpoints[${bad.touchpoints.findIndex((t) => t.id === 'checkout')}].emotion` })] }]);
    expect(await legacyRows(db, bad.id)).toEqual(before);
    expect(await repository.loadMap(bad.id)).toEqual({ ok: false, error: { kind: 'not-found' } });
    expect(await repository.loadMap(good.id)).toEqual({ ok: true, value: good });

    // The next start tries again, and converts nothing twice.
    expect(await upgradeLegacyMaps(db)).toEqual({ converted: 0, failures: report.failures });
    expect(await db.updates.where('mapId').equals(good.id).count()).toBe(1);
  });
});
