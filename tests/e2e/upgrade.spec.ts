// Upgrade from the previous release's database. The test writes, with the raw IndexedDB API, a
// database exactly as the previous release (Dexie version 1 = IndexedDB version 10) stored it:
// a `maps` row per map (the map without its touchpoints and connections, plus their order) and
// one row per touchpoint and per connection. It does so on a page of the same origin that does
// not run the app, before the app ever opens its database. Then the app starts: every map must
// come through intact, and a map that cannot be converted must keep its old rows untouched.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ACTION_STATUSES, SEVERITIES, TRUST_BREAK_KINDS, type JourneyMap, type Touchpoint, type WaymarkDocument,
} from '../../src/model/schema';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const fixture = (name: string) => (JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as WaymarkDocument).maps[0]!;

/** Every inspector list of every touchpoint populated, every optional field of the new items set. */
function withEveryList(map: JourneyMap): JourneyMap {
  return {
    ...map,
    touchpoints: map.touchpoints.map((touchpoint, i): Touchpoint => ({
      ...touchpoint,
      ...(i % 2 === 0 && !touchpoint.description ? { description: `What happens at ${touchpoint.title} — บันทึก ${i}` } : {}),
      friction: [...touchpoint.friction, { id: `up-f${i}`, severity: SEVERITIES[i % 3]!, note: `Friction ${i}: waited — รอนาน` }],
      trustBreaks: [...touchpoint.trustBreaks, { id: `up-t${i}`, kind: TRUST_BREAK_KINDS[i % 5]!, note: `Trust break ${i}: 费用没有提前说明` }],
      expectations: [
        ...touchpoint.expectations,
        { id: `up-e${i}`, topic: 'Delivery time', message: `Delivered within ${i + 2} days`, promise: { value: i + 2, unit: 'days', better: 'lower' } },
        { id: `up-e${i}b`, topic: 'Satisfaction', message: `Rated ${80 + i}% or more`, promise: { value: 80 + i, unit: '%', better: 'higher' } },
      ],
      experiences: [
        ...touchpoint.experiences,
        { id: `up-x${i}`, topic: 'Delivery time', note: `It took ${i + 4} days`, actual: { value: i + 4.5, unit: 'days' } },
      ],
      metrics: [...touchpoint.metrics, { key: 'csat', value: 60.5 + i, unit: '%', target: 80 }, { key: 'custom-wait', value: -(i + 1) }],
      pillars: [...touchpoint.pillars, ...(['empathy', 'resolution'] as const).filter((pillar) => !touchpoint.pillars.includes(pillar))],
      evidence: [...touchpoint.evidence, { id: `up-v${i}`, quote: `“I waited ${i + 1} days” — 我等了很久`, source: 'Interview' }, { id: `up-v${i}b`, quote: 'No source given' }],
      actions: [
        ...touchpoint.actions,
        { id: `up-a${i}`, text: `Fix the cause at ${touchpoint.title}`, owner: 'CX lead', due: '2027-01-15', status: ACTION_STATUSES[i % 3]! },
        { id: `up-a${i}b`, text: 'Follow up', status: 'open' },
      ],
      votes: i,
    })),
  };
}

const onlineOrder = withEveryList(fixture('online-order.waymark.json'));
const clinic = withEveryList(fixture('clinic-visit-th.waymark.json'));
/** A third map the previous release stored, that does not pass validation (emotion 7). */
const damaged: JourneyMap = {
  ...onlineOrder,
  id: 'kettle-damaged',
  title: 'Kettle order (damaged)',
  touchpoints: onlineOrder.touchpoints.map((t) => (t.id === 'checkout' ? { ...t, emotion: 7 } : t)),
};

type LegacyRows = { map: Record<string, unknown>; touchpoints: Record<string, unknown>[]; connections: Record<string, unknown>[] };

/** The rows the previous release wrote for a map (src/persistence/repository.ts as of aa92ebd). */
function legacyRows(map: JourneyMap): LegacyRows {
  const { touchpoints, connections, ...header } = map;
  return {
    map: { ...header, touchpointOrder: touchpoints.map((t) => t.id), connectionOrder: connections.map((c) => c.id) },
    touchpoints: touchpoints.map((t) => ({ ...t, mapId: map.id })),
    connections: connections.map((c) => ({ ...c, mapId: map.id })),
  };
}

async function writeVersion1Database(page: Page, maps: LegacyRows[]) {
  await page.evaluate(async (rows) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('waymark', 10);
      open.onupgradeneeded = () => {
        // Dexie 4's schema for version 1: maps 'id, updatedAt'; touchpoints and connections '[mapId+id], mapId'.
        const created = open.result;
        created.createObjectStore('maps', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
        created.createObjectStore('touchpoints', { keyPath: ['mapId', 'id'] }).createIndex('mapId', 'mapId');
        created.createObjectStore('connections', { keyPath: ['mapId', 'id'] }).createIndex('mapId', 'mapId');
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['maps', 'touchpoints', 'connections'], 'readwrite');
      for (const row of rows) {
        tx.objectStore('maps').add(row.map);
        for (const touchpoint of row.touchpoints) tx.objectStore('touchpoints').add(touchpoint);
        for (const connection of row.connections) tx.objectStore('connections').add(connection);
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, maps);
}

/** The old rows of one map, read back with the raw API from whatever version the database is now. */
async function readVersion1Rows(page: Page, mapId: string): Promise<LegacyRows & { version: number }> {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('waymark');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const request = <T,>(make: (tx: IDBTransaction) => IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        const r = make(db.transaction(['maps', 'touchpoints', 'connections']));
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const rows = {
      version: db.version,
      map: await request((tx) => tx.objectStore('maps').get(id)),
      touchpoints: await request((tx) => tx.objectStore('touchpoints').index('mapId').getAll(id)),
      connections: await request((tx) => tx.objectStore('connections').index('mapId').getAll(id)),
    };
    db.close();
    return rows;
  }, mapId);
}

/** FORMAT.md: `votes` is optional, default 0, so a stored `votes: 0` may come back as no `votes`. */
function votesZeroAsAbsent(map: JourneyMap): JourneyMap {
  return { ...map, touchpoints: map.touchpoints.map(({ votes, ...rest }) => (votes === 0 ? rest : { ...rest, votes })) };
}

const byId = (rows: Record<string, unknown>[]) => [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)));
const mapCards = (page: Page) => page.getByRole('list', { name: 'Maps' }).getByRole('listitem');

async function exportFromEditor(page: Page): Promise<WaymarkDocument> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Map file (.waymark.json)' }).click();
  return JSON.parse(readFileSync(await (await download).path(), 'utf8')) as WaymarkDocument;
}

test('maps stored by the previous release are converted once, intact in every field; one that fails validation keeps its old rows and the library says so', async ({ page }) => {
  // A static file of the app's origin: the app does not run, so it does not open its database.
  await page.goto('/favicon.svg');
  const damagedRows = legacyRows(damaged);
  await writeVersion1Database(page, [legacyRows(onlineOrder), legacyRows(clinic), damagedRows]);

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Waymark' })).toBeVisible();
  await expect(mapCards(page)).toHaveCount(2);
  for (const [map, counts] of [[onlineOrder, '5 stages · 8 touchpoints'], [clinic, '4 stages · 4 touchpoints']] as const) {
    const card = mapCards(page).filter({ hasText: map.title });
    await expect(card.getByRole('heading', { name: map.title })).toBeVisible();
    await expect(card).toContainText(counts);
    await expect(card).toContainText(map.persona!.name);
  }
  const failure = page.getByRole('alert').filter({ hasText: '“Kettle order (damaged)” could not be converted' });
  await expect(failure).toBeVisible();
  await expect(failure).toContainText('Its stored data is kept unchanged');

  // Each converted map opens, and its export is the stored map, field for field, ids included.
  for (const map of [onlineOrder, clinic]) {
    await mapCards(page).filter({ hasText: map.title }).getByRole('button', { name: `Open ${map.title}` }).click();
    await expect(page.locator('.react-flow__node-touchpoint')).toHaveCount(map.touchpoints.length);
    await expect(page.locator('.react-flow__edge')).toHaveCount(map.connections.length);
    const exported = await exportFromEditor(page);
    expect(exported.maps).toHaveLength(1);
    expect(votesZeroAsAbsent(exported.maps[0]!)).toEqual(votesZeroAsAbsent(map));
    await page.getByRole('link', { name: 'All maps' }).click();
    await expect(mapCards(page)).toHaveCount(2);
  }

  // The map that could not be converted: its old rows are exactly as they were written.
  const after = await readVersion1Rows(page, damaged.id);
  expect(after.version).toBeGreaterThan(10);
  expect(after.map).toEqual(damagedRows.map);
  expect(byId(after.touchpoints)).toEqual(byId(damagedRows.touchpoints));
  expect(byId(after.connections)).toEqual(byId(damagedRows.connections));

  // Converted once: another start lists the same two maps, nothing twice.
  await page.reload();
  await expect(mapCards(page)).toHaveCount(2);
  await expect(page.getByRole('alert').filter({ hasText: '“Kettle order (damaged)” could not be converted' })).toBeVisible();
  expect(await readVersion1Rows(page, damaged.id)).toEqual(after);
});
