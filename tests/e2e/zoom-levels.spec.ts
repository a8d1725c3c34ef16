// Level of detail: a large map at fit view draws cards as simple blocks, zooming in brings back
// the full cards, and selecting, dragging, opening and connecting cards work in every band.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { box, centre, connectHandles, drag, openLibrary } from './helpers';

const STAGES = 6;
const PER_STAGE = 20;

/** A map of 120 touchpoints in 6 lanes and no arrows: every connection the test makes is new. */
function largeMapFile(): Buffer {
  const document = JSON.parse(readFileSync('tests/fixtures/online-order.waymark.json', 'utf8'));
  const map = document.maps[0];
  const template = map.touchpoints[0];
  map.id = 'zoom-levels';
  map.title = 'Zoom levels';
  map.stages = Array.from({ length: STAGES }, (_, s) => ({ id: `s${s}`, name: `Stage ${s + 1}`, color: '#4f7cff' }));
  map.touchpoints = Array.from({ length: STAGES * PER_STAGE }, (_, i) => ({
    ...template,
    id: `t${i}`,
    title: `Card ${i}`,
    stageId: `s${Math.floor(i / PER_STAGE)}`,
    position: { x: Math.floor(i / PER_STAGE) * 320, y: (i % PER_STAGE) * 180 },
    expectations: [],
  }));
  map.connections = [];
  return Buffer.from(JSON.stringify(document));
}

const cards = (page: Page) => page.locator('.react-flow__node-touchpoint');
const arrows = (page: Page) => page.locator('.react-flow__edge');


async function zoomInUntil(page: Page, band: 'middle' | 'near') {
  const transform = () => page.locator('.react-flow__viewport').getAttribute('style');
  for (let i = 0; i < 30 && (await page.locator(`.tp-${band}`).count()) === 0; i++) {
    const was = await transform();
    await page.getByRole('button', { name: 'Zoom In' }).click();
    // One step at a time: the cards have been drawn for the new zoom before the next click.
    await expect.poll(transform).not.toBe(was);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  await expect(page.locator(`.tp-${band}`).first()).toBeVisible();
}

/** The card nearest the middle of the canvas, and one in a neighbouring lane to connect it to. */
async function pairInView(page: Page, used: Set<string>): Promise<[string, string]> {
  const id = await page.evaluate((used) => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    let best: { id: string; d: number } | null = null;
    for (const node of document.querySelectorAll('.react-flow__node-touchpoint')) {
      if (used.includes(node.getAttribute('data-id')!)) continue;
      const r = node.getBoundingClientRect();
      const d = Math.hypot(r.x + r.width / 2 - (pane.x + pane.width / 2), r.y + r.height / 2 - (pane.y + pane.height / 2));
      if (!best || d < best.d) best = { id: node.getAttribute('data-id')!, d };
    }
    return best!.id;
  }, [...used]);
  const n = Number(id.slice(1));
  const other = n + PER_STAGE < STAGES * PER_STAGE ? n + PER_STAGE : n - PER_STAGE;
  // Each band connects cards of its own, so every arrow it draws is new.
  used.add(`t${n}`).add(`t${other}`);
  return [`t${n}`, `t${other}`];
}

const node = (page: Page, id: string) => page.locator(`.react-flow__node-touchpoint[data-id="${id}"]`);

/** Select, drag, open and connect cards on screen, as a user would in this band. */
async function exerciseBand(page: Page, used: Set<string>, byMouse = true) {
  const [first, second] = await pairInView(page, used);
  const a = node(page, first);
  const b = node(page, second);
  // Select.
  const at = await centre(a);
  await page.mouse.click(at.x, at.y);
  await expect(a.locator('.tp-node')).toHaveClass(/is-selected/);
  // Drag: the card follows the pointer and stays where it was dropped.
  const before = await box(a);
  await drag(page, at, { x: at.x, y: at.y + 24 });
  await expect.poll(async () => (await box(a)).y).toBeGreaterThan(before.y + 10);
  // Double-click opens its details.
  const moved = await centre(a);
  await page.mouse.dblclick(moved.x, moved.y);
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(`Card ${first.slice(1)}`);
  await page.getByRole('button', { name: 'Close panel' }).click();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveCount(0);
  const count = await arrows(page).count();
  if (byMouse) {
    // Connect: from the card's right handle to the other card's left one.
    await connectHandles(page, a.locator('.react-flow__handle-right'), b.locator('.react-flow__handle-left'));
  } else {
    // Far out a card draws no handles: its "Leads to" picker connects it (C).
    await page.mouse.click(moved.x, moved.y);
    await page.keyboard.press('c');
    await page.getByLabel('Add arrow to…').selectOption({ label: `Card ${second.slice(1)}` });
    await page.getByRole('button', { name: 'Add arrow', exact: true }).click();
    await page.getByRole('button', { name: 'Close panel' }).click();
  }
  await expect(arrows(page)).toHaveCount(count + 1);
}

test('a large map at fit view draws simple cards; zooming in draws full cards; every band can be edited', async ({ page }) => {
  await openLibrary(page);
  await page.getByTestId('import-input').setInputFiles({ name: 'zoom.waymark.json', mimeType: 'application/json', buffer: largeMapFile() });
  await page.getByRole('dialog').getByRole('button', { name: 'Open Zoom levels' }).click();
  await expect(cards(page).first()).toBeVisible();

  await page.getByRole('button', { name: 'Fit view' }).click();
  await expect(page.locator('.tp-far').first()).toBeVisible();
  await expect(page.locator('.tp-middle, .tp-near')).toHaveCount(0);
  // Far: a block with its title, no icons, badges or buttons; a handful of elements per card.
  await expect(cards(page).locator('svg')).toHaveCount(0);
  const perCard = await page.evaluate(() => {
    const nodes = document.querySelectorAll('.react-flow__node-touchpoint');
    return (nodes.length + document.querySelectorAll('.react-flow__node-touchpoint *').length) / nodes.length;
  });
  expect(perCard).toBeLessThanOrEqual(5);
  await expect(node(page, 't0')).toContainText('Card 0');
  const used = new Set<string>();
  await exerciseBand(page, used, false);

  await zoomInUntil(page, 'middle');
  // Middle: title and badges, still no channel icons.
  await expect(page.locator('.tp-middle .tp-title').first()).toBeVisible();
  await expect(page.locator('.tp-middle .tp-channel svg')).toHaveCount(0);
  await exerciseBand(page, used);

  await zoomInUntil(page, 'near');
  await expect(page.locator('.tp-near .tp-channel svg').first()).toBeVisible();
  await exerciseBand(page, used);
});

test('the overview in the corner shows every card, marks the selected one, and moves and zooms the view', async ({ page }) => {
  await openLibrary(page);
  await page.getByTestId('import-input').setInputFiles({ name: 'zoom.waymark.json', mimeType: 'application/json', buffer: largeMapFile() });
  await page.getByRole('dialog').getByRole('button', { name: 'Open Zoom levels' }).click();
  await expect(cards(page).first()).toBeVisible();
  const overview = page.getByRole('img', { name: 'Overview of the whole map' });
  await expect(overview).toBeVisible();
  const rectangles = (selector: string) => page.locator(`.react-flow__minimap ${selector}`).evaluate((path) => (path.getAttribute('d')?.match(/M/g) ?? []).length);
  // Every card, though most are off screen at this zoom.
  expect(await rectangles('.minimap-cards:not(.is-selected)')).toBe(STAGES * PER_STAGE);
  await node(page, 't0').click();
  await expect.poll(() => rectangles('.minimap-cards.is-selected')).toBe(1);

  const viewport = () => page.locator('.react-flow__viewport').evaluate((element) => new DOMMatrix(getComputedStyle(element).transform));
  // Dragging in the overview moves the view the same way: to the right, the canvas shows what lies further right.
  const before = await viewport();
  const middle = await centre(overview);
  await drag(page, middle, { x: middle.x + 30, y: middle.y });
  await expect.poll(async () => (await viewport()).e).toBeLessThan(before.e - 100);
  // The wheel over it zooms the canvas.
  const zoom = (await viewport()).a;
  await page.mouse.move(middle.x, middle.y);
  await page.mouse.wheel(0, -300);
  await expect.poll(async () => (await viewport()).a).toBeGreaterThan(zoom);
});
