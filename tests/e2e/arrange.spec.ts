// "Arrange" (issue 10, item 12): a map whose cards overlap and run against their arrows gets
// every stage's cards stacked in journey order, none covering another, in one undo step that
// survives a reload; "Arrange stage" moves only that stage's cards.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JourneyMap, WaymarkDocument } from '../../src/model/schema';
import { box, expectSaved, lane, openLibrary, steady, touchpoint } from './helpers';

const TITLE = 'Online order, out of order';

type Rect = { x: number; y: number; width: number; height: number };
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The online-order example with a few more branches (a search result, a declined payment, a
 * tracking page), its cards piled on one another and upside down in their lanes.
 */
function messyMap(): JourneyMap {
  const text = readFileSync(join(import.meta.dirname, '../fixtures/online-order.waymark.json'), 'utf8');
  const source = (JSON.parse(text) as WaymarkDocument).maps[0] as JourneyMap;
  const card = (id: string, stageId: string, title: string): JourneyMap['touchpoints'][number] => ({
    id, stageId, title, channel: 'web', position: { x: 0, y: 0 },
    friction: [], trustBreaks: [], expectations: [], experiences: [], metrics: [], pillars: [], evidence: [], actions: [],
  });
  const touchpoints = [
    ...source.touchpoints,
    card('search', 'aware', 'Search result'),
    // The tallest card there is: a title clamped at three lines and every badge.
    {
      ...card('declined', 'buy', 'Payment declined: the fraud check stops the first card and the page only says that something went wrong, with no reason and no next step'),
      friction: [{ id: 'f1', severity: 'high' as const, note: 'No reason given' }],
      trustBreaks: [{ id: 'b1', kind: 'inconsistent-info' as const, note: 'The bank says the card is fine' }],
      expectations: [{ id: 'x1', topic: 'Payment', message: 'Pay securely in one step' }],
      votes: 3,
    },
    card('tracking', 'deliver', 'Tracking page'),
  ];
  // [x offset in the lane, y]: overlapping, and the later cards of the journey on top.
  const messy: Record<string, [number, number]> = {
    ad: [0, 0], search: [20, 40],
    reviews: [0, 0], pdp: [25, 60],
    declined: [0, 0], confirm: [30, 45], checkout: [-20, 90],
    parcel: [0, 0], tracking: [15, 70],
    survey: [0, 0], call: [-25, 50],
  };
  const lanes = source.stages.map((s) => s.id);
  return {
    ...source,
    id: 'arrange-e2e',
    title: TITLE,
    touchpoints: touchpoints.map((tp) => {
      const [dx, y] = messy[tp.id] ?? [0, 0];
      return { ...tp, position: { x: lanes.indexOf(tp.stageId) * 320 + dx, y } };
    }),
    connections: [
      ...source.connections.filter((c) => !(c.from === 'confirm' && c.to === 'parcel')),
      { id: 'e-search', from: 'search', to: 'pdp' },
      { id: 'e-declined', from: 'checkout', to: 'declined', label: 'card declined' },
      { id: 'e-help', from: 'declined', to: 'call' },
      { id: 'e-track', from: 'confirm', to: 'tracking' },
      { id: 'e-arrives', from: 'tracking', to: 'parcel' },
    ],
  };
}

const MAP = messyMap();
const TITLES = new Map(MAP.touchpoints.map((tp) => [tp.id, tp.title]));
const STAGE_NAMES = new Map(MAP.stages.map((s) => [s.id, s.name]));

async function importMessyMap(page: Page) {
  await openLibrary(page);
  const document: WaymarkDocument = { format: 'waymark', version: 1, exportedAt: '2026-12-02T10:00:00.000Z', maps: [MAP] };
  await page.getByTestId('import-input').setInputFiles({ name: 'messy.waymark.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(document)) });
  await page.getByRole('dialog').getByRole('button', { name: `Open ${TITLE}` }).click();
  await expect(page).toHaveURL(/#\/map\//);
  await expect(page.locator('.react-flow__node-touchpoint')).toHaveCount(MAP.touchpoints.length);
  await steady(touchpoint(page, 'Checkout'));
}

/** Every card's box on screen, by touchpoint id. */
async function cardBoxes(page: Page): Promise<Map<string, Rect>> {
  const boxes = new Map<string, Rect>();
  for (const [id, title] of TITLES) boxes.set(id, await box(touchpoint(page, title)));
  return boxes;
}

/**
 * Where each card is on the map, as a user sees it: its offset from the first lane's corner, in
 * lane widths of 320, so the numbers do not depend on the zoom (a reload may frame the map anew).
 */
async function layout(page: Page): Promise<Record<string, [number, number]>> {
  const first = await box(lane(page, 'Awareness'));
  const scale = first.width / 320;
  const out: Record<string, [number, number]> = {};
  for (const [id, b] of await cardBoxes(page)) out[id] = [Math.round((b.x - first.x) / scale), Math.round((b.y - first.y) / scale)];
  return out;
}

/** What "arranged" means on screen: no card covers another, each in its lane, arrows downwards in a lane. */
async function expectArrangedOnScreen(page: Page, stageIds: readonly string[] = MAP.stages.map((s) => s.id)) {
  const boxes = await cardBoxes(page);
  const ids = MAP.touchpoints.filter((tp) => stageIds.includes(tp.stageId)).map((tp) => tp.id);
  for (const id of ids) {
    for (const other of boxes.keys()) {
      if (other !== id) expect(overlaps(boxes.get(id)!, boxes.get(other)!), `${TITLES.get(id)} and ${TITLES.get(other)} overlap`).toBe(false);
    }
    const stageId = MAP.touchpoints.find((tp) => tp.id === id)!.stageId;
    const column = await box(lane(page, STAGE_NAMES.get(stageId)!));
    const card = boxes.get(id)!;
    expect(card.x, `${TITLES.get(id)} inside its lane`).toBeGreaterThanOrEqual(column.x);
    expect(card.x + card.width, `${TITLES.get(id)} inside its lane`).toBeLessThanOrEqual(column.x + column.width);
  }
  // Journey order: an arrow between two cards of one lane points down.
  for (const c of MAP.connections) {
    const from = MAP.touchpoints.find((tp) => tp.id === c.from)!;
    const to = MAP.touchpoints.find((tp) => tp.id === c.to)!;
    if (from.stageId !== to.stageId || !stageIds.includes(from.stageId)) continue;
    const above = boxes.get(c.from)!;
    expect(above.y + above.height, `${from.title} above ${to.title}`).toBeLessThan(boxes.get(c.to)!.y);
  }
}

async function expectSomeOverlap(page: Page) {
  const boxes = [...(await cardBoxes(page)).values()];
  expect(boxes.some((a, i) => boxes.slice(i + 1).some((b) => overlaps(a, b)))).toBe(true);
}

test('Arrange map stacks every lane in journey order without overlap, in one undo step that a reload keeps', async ({ page }) => {
  await importMessyMap(page);
  await expectSomeOverlap(page);
  const before = await layout(page);

  await page.getByRole('button', { name: 'Arrange map' }).click();
  await expect.poll(async () => JSON.stringify(await layout(page))).not.toBe(JSON.stringify(before));
  await expectArrangedOnScreen(page);
  const arranged = await layout(page);
  // Both branches out of checkout come under it.
  expect(arranged.checkout![1]).toBeLessThan(Math.min(arranged.declined![1], arranged.confirm![1]));
  // The branch into the next stage sits beside the card it leaves: checkout level with the product page.
  expect(arranged.checkout![1]).toBe(arranged.pdp![1]);

  // Arranging again moves nothing, and says so.
  await page.getByRole('button', { name: 'Arrange map' }).click();
  await expect(page.getByText('already in journey order')).toBeVisible();

  // One undo step: a single Undo brings every card back where it was.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => layout(page)).toEqual(before);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

  await page.getByRole('button', { name: 'Redo' }).click();
  await expect.poll(() => layout(page)).toEqual(arranged);
  await expectSaved(page);
  await page.reload();
  await expect(page.locator('.react-flow__node-touchpoint')).toHaveCount(MAP.touchpoints.length);
  await steady(touchpoint(page, 'Checkout'));
  await expect.poll(() => layout(page)).toEqual(arranged);
  await expectArrangedOnScreen(page);
});

test('Arrange stage moves only that stage’s cards', async ({ page }) => {
  await importMessyMap(page);
  const before = await layout(page);
  await page.getByRole('button', { name: 'Map and stages' }).click();
  await page.getByRole('button', { name: 'Arrange stage: Purchase' }).click();

  const inPurchase = MAP.touchpoints.filter((tp) => tp.stageId === 'buy').map((tp) => tp.id);
  await expect.poll(async () => {
    const now = await layout(page);
    return inPurchase.every((id) => JSON.stringify(now[id]) !== JSON.stringify(before[id]));
  }).toBe(true);
  const after = await layout(page);
  for (const tp of MAP.touchpoints) {
    if (tp.stageId !== 'buy') expect(after[tp.id], `${tp.title} stays`).toEqual(before[tp.id]);
  }
  await expectArrangedOnScreen(page, ['buy']);
  // The other lanes are as messy as they were.
  await expectSomeOverlap(page);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => layout(page)).toEqual(before);
});

test('Arrange map stays reachable at 1024×768', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await importMessyMap(page);
  const button = page.getByRole('button', { name: 'Arrange map' });
  await expect(button).toBeInViewport({ ratio: 1 });
  await button.click();
  await expectArrangedOnScreen(page);
});
