// Right to left (issue 13, item 3): a Persian map whose `flow` is "rtl" runs right to left in the
// editor, in present mode and in the PNG, as a view of positions that stay stored left to right;
// and the interface mirrors when the page reads right to left.
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { WaymarkDocument } from '../../src/model/schema';
import { box, centre, connectHandles, createFromTemplate, drag, expectSaved, isInsideHorizontally, lane as laneNamed, steady, touchpoint } from './helpers';

const TEMPLATE = 'ثبت خسارت بیمه خودرو';
const STAGES = ['report', 'assess', 'pay', 'after'];
const STAGE_NAMES = ['اعلام خسارت', 'ارزیابی', 'پرداخت', 'پس از پرداخت'];
const COLOURS = ['#4f7cff', '#f59e0b', '#ef4444', '#10b981'];

/** A lane by its stage's id ("پرداخت" is also part of "پس از پرداخت"); by name for the English map. */
const lane = (page: Page, stage: string) => (STAGES.includes(stage) ? page.locator(`[data-testid="lane"][data-stage-id="${stage}"]`) : laneNamed(page, stage));
const middle = async (locator: Locator) => (await centre(locator)).x;

async function exportFromEditor(page: Page, what: 'Map file (.waymark.json)' | 'Image for slides (PNG)'): Promise<Download> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: what }).click();
  return download;
}

/** Where an arrow starts and ends on screen, from its drawn path. */
async function arrowEnds(page: Page, id: string) {
  return page.locator(`.react-flow__edge[data-id="${id}"] path.react-flow__edge-path`).evaluate((element) => {
    const path = element as SVGPathElement;
    const matrix = path.getScreenCTM()!;
    const at = (length: number) => new DOMPoint(path.getPointAtLength(length).x, path.getPointAtLength(length).y).matrixTransform(matrix);
    const start = at(0);
    const end = at(path.getTotalLength());
    return { start: { x: start.x, y: start.y }, end: { x: end.x, y: end.y } };
  });
}

test('a Persian map with flow "rtl" runs right to left in the editor: lanes, arrows, summary strip', async ({ page }) => {
  await createFromTemplate(page, TEMPLATE);
  // Lanes in journey order from the right.
  const xs = await Promise.all(STAGES.map((name) => middle(lane(page, name))));
  expect(xs).toEqual([...xs].sort((a, b) => b - a));
  // Cards sit in their own stage's lane.
  const first = touchpoint(page, 'ثبت در اپلیکیشن');
  const next = touchpoint(page, 'بازدید کارشناس');
  expect(await middle(first)).toBeGreaterThan(await middle(next));
  // The arrow from the first touchpoint to the next goes out of its left side and points left.
  const ends = await arrowEnds(page, 'c1');
  const from = await box(first);
  const to = await box(next);
  expect(ends.end.x).toBeLessThan(ends.start.x);
  expect(Math.abs(ends.start.x - from.x)).toBeLessThan(12);
  expect(Math.abs(ends.end.x - (to.x + to.width))).toBeLessThan(12);
  // The arrow's label keeps its own direction.
  await expect(page.locator('.edge-label-text', { hasText: 'پیگیری' })).toHaveAttribute('dir', 'auto');
  // The summary strip under the lanes: the first stage's cell under the first lane, on the right.
  const cells = await Promise.all(STAGES.map((id) => middle(page.locator(`.insights-cell[data-stage-id="${id}"]`))));
  expect(cells).toEqual([...cells].sort((a, b) => b - a));
  for (const [index, x] of cells.entries()) expect(Math.abs(x - xs[index]!)).toBeLessThan(20);
  // The pane itself stays left to right (React Flow measures in those terms); card text is dir="auto".
  await expect(page.locator('.react-flow')).toHaveCSS('direction', 'ltr');
  await expect(first.locator('.tp-title')).toHaveAttribute('dir', 'auto');
  await page.screenshot({ path: 'test-results/rtl-editor.png' }); // looked at by a person
});

test('present mode walks a right-to-left journey from the right: the first stage is the rightmost, ← and "next" go left', async ({ page }) => {
  await createFromTemplate(page, TEMPLATE);
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('p');
  await expect(page.locator('.editor.is-presenting')).toBeVisible();
  const header = page.locator('.stage-header');
  const heading = header.getByRole('heading', { level: 2 });
  await expect(header.locator('.stage-header-step')).toHaveText('Overview');
  const screenMiddle = (await page.viewportSize())!.width / 2;

  // Next is ←: the walk starts at the first stage, which is the rightmost lane.
  await page.keyboard.press('ArrowLeft');
  await expect(heading).toHaveText(STAGE_NAMES[0]!);
  await steady(lane(page, STAGES[0]!));
  const firstLane = await box(lane(page, STAGES[0]!));
  expect(firstLane.x).toBeLessThan(screenMiddle);
  expect(firstLane.x + firstLane.width).toBeGreaterThan(screenMiddle);
  expect(await middle(lane(page, STAGES[1]!))).toBeLessThan(firstLane.x);

  // ← again: the stage on its left, now framed in the middle.
  await page.keyboard.press('ArrowLeft');
  await expect(heading).toHaveText(STAGE_NAMES[1]!);
  await steady(lane(page, STAGES[1]!));
  const secondLane = await box(lane(page, STAGES[1]!));
  expect(secondLane.x).toBeLessThan(screenMiddle);
  expect(secondLane.x + secondLane.width).toBeGreaterThan(screenMiddle);
  expect(await middle(lane(page, STAGES[0]!))).toBeGreaterThan(secondLane.x + secondLane.width);

  // → goes back; the "next" button goes on to the left, and its chevron points left.
  await page.keyboard.press('ArrowRight');
  await expect(heading).toHaveText(STAGE_NAMES[0]!);
  const nextButton = header.getByRole('button', { name: 'Next stage' });
  const previousButton = header.getByRole('button', { name: /Previous stage|Back to the overview/ });
  expect((await box(nextButton)).x).toBeLessThan((await box(previousButton)).x);
  await expect(nextButton.locator('svg')).toHaveCSS('transform', 'matrix(-1, 0, 0, 1, 0, 0)');
  await nextButton.click();
  await expect(heading).toHaveText(STAGE_NAMES[1]!);
  await nextButton.click();
  await expect(heading).toHaveText(STAGE_NAMES[2]!);
  await steady(lane(page, STAGES[2]!));
  expect(await middle(lane(page, STAGES[1]!))).toBeGreaterThan(await middle(lane(page, STAGES[2]!)));
  await page.screenshot({ path: 'test-results/rtl-present.png' }); // looked at by a person
});

test('the PNG of a right-to-left map runs right to left: the first stage is on the right', async ({ page }) => {
  await createFromTemplate(page, TEMPLATE);
  const download = await exportFromEditor(page, 'Image for slides (PNG)');
  const bytes = readFileSync(await download.path());
  await download.saveAs('test-results/insurance-claim-fa-export.png'); // looked at by a person
  const image = PNG.sync.read(bytes);
  // Each stage's colour (its lane header's top band and number) is drawn only in its own lane:
  // the average x of the pixels of each colour orders the stages on the picture.
  const target = COLOURS.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
  const sums = COLOURS.map(() => ({ x: 0, n: 0 }));
  for (let y = 0; y < image.height; y += 2) {
    for (let x = 0; x < image.width; x += 2) {
      const at = (y * image.width + x) * 4;
      const rgb = [image.data[at]!, image.data[at + 1]!, image.data[at + 2]!];
      target.forEach((colour, index) => {
        if (colour.every((value, i) => Math.abs(value - rgb[i]!) <= 6)) {
          sums[index]!.x += x;
          sums[index]!.n += 1;
        }
      });
    }
  }
  for (const sum of sums) expect(sum.n).toBeGreaterThan(200);
  const at = sums.map((sum) => sum.x / sum.n);
  expect(at[0]).toBeGreaterThan(image.width / 2);
  expect(at[3]).toBeLessThan(image.width / 2);
  expect(at).toEqual([...at].sort((a, b) => b - a));
});

test('a drag in the right-to-left view is kept through a reload, and the file keeps left-to-right positions', async ({ page }) => {
  await createFromTemplate(page, TEMPLATE);
  const moved = touchpoint(page, 'واریز به حساب'); // stage 3
  const anchor = touchpoint(page, 'ثبت در اپلیکیشن');
  const laneWidth = (await box(lane(page, STAGES[0]!))).width;
  // One lane to the left on screen (on to stage 4) and down, clear of the card there.
  const start = await centre(moved);
  await drag(page, start, { x: start.x - laneWidth, y: start.y + (await box(moved)).height * 2 });
  await expect.poll(async () => middle(moved)).toBeLessThan(start.x - laneWidth / 2);
  await expectSaved(page);
  /** Where the moved card is relative to the first card, in card widths (the zoom may differ). */
  const offset = async () => {
    const [a, b] = [await box(anchor), await box(moved)];
    return { x: (b.x - a.x) / a.width, y: (b.y - a.y) / a.width };
  };
  const before = await offset();
  expect(await middle(moved)).toBeGreaterThan((await box(lane(page, STAGES[3]!))).x);

  await page.reload();
  await expect(moved).toBeVisible();
  const after = await offset();
  expect(Math.abs(after.x - before.x)).toBeLessThan(0.02);
  expect(Math.abs(after.y - before.y)).toBeLessThan(0.02);
  const stage4 = await box(lane(page, STAGES[3]!));
  const x = await middle(moved);
  expect(x > stage4.x && x < stage4.x + stage4.width).toBe(true);

  // The file: stored left to right, the card now in stage 4, further right than where it was.
  const download = await exportFromEditor(page, 'Map file (.waymark.json)');
  const map = (JSON.parse(readFileSync(await download.path(), 'utf8')) as WaymarkDocument).maps[0]!;
  expect(map.flow).toBe('rtl');
  const xOf = (stageId: string) => map.touchpoints.filter((tp) => tp.stageId === stageId).map((tp) => tp.position.x);
  expect(Math.max(...xOf('report'))).toBeLessThan(Math.min(...xOf('assess')));
  const transfer = map.touchpoints.find((tp) => tp.id === 'transfer')!;
  expect(transfer.stageId).toBe('after');
  expect(transfer.position.x).toBeGreaterThan(640 + 160);
});

test('right to left, a double-click adds a card in the lane clicked, and an arrow is drawn from its left handle', async ({ page }) => {
  await createFromTemplate(page, TEMPLATE);
  const pay = await box(lane(page, 'pay'));
  await page.mouse.dblclick(pay.x + pay.width / 2, pay.y + pay.height - 80);
  const created = touchpoint(page, 'New touchpoint');
  await expect(created).toBeVisible();
  await steady(created);
  expect(await isInsideHorizontally(created, lane(page, 'pay'))).toBe(true);
  // Out of its left side (the way the journey runs) into the next stage's card on its right side.
  const edges = page.locator('.react-flow__edge');
  await expect(edges).toHaveCount(5);
  await connectHandles(page, created.locator('.react-flow__handle-left'), touchpoint(page, 'نظرسنجی رضایت').locator('.react-flow__handle-right'));
  await expect(edges).toHaveCount(6);
  const id = await edges.last().getAttribute('data-id');
  const ends = await arrowEnds(page, id!);
  expect(ends.end.x).toBeLessThan(ends.start.x);
});

test('the map panel sets which way the stages run', async ({ page }) => {
  await createFromTemplate(page, TEMPLATE);
  await page.getByRole('button', { name: 'Map and stages' }).click();
  const flow = page.getByRole('combobox', { name: 'Stages run' });
  await expect(flow).toHaveValue('rtl');
  await flow.selectOption('ltr');
  await expect.poll(async () => (await middle(lane(page, STAGES[0]!))) < (await middle(lane(page, STAGES[1]!)))).toBe(true);
  // "Move stage earlier" points the way the journey runs back: left here.
  await expect(page.getByRole('button', { name: `Move stage earlier: ${STAGE_NAMES[1]}` }).locator('svg')).toHaveCSS('transform', 'none');
  await flow.selectOption('rtl');
  await expect.poll(async () => (await middle(lane(page, STAGES[0]!))) > (await middle(lane(page, STAGES[1]!)))).toBe(true);
  await expect(page.getByRole('button', { name: `Move stage earlier: ${STAGE_NAMES[1]}` }).locator('svg')).toHaveCSS('transform', 'matrix(-1, 0, 0, 1, 0, 0)');
  // The whole map is framed again after the switch: every card on screen.
  await steady(lane(page, STAGES[0]!));
  const canvas = await box(page.locator('.editor-canvas'));
  for (const title of ['ثبت در اپلیکیشن', 'نظرسنجی رضایت']) {
    const card = await box(touchpoint(page, title));
    expect(card.x).toBeGreaterThanOrEqual(canvas.x);
    expect(card.x + card.width).toBeLessThanOrEqual(canvas.x + canvas.width);
  }
  await expectSaved(page);
  await page.reload();
  await expect(page.locator('.react-flow__node-touchpoint').first()).toBeVisible();
  expect(await middle(lane(page, STAGES[0]!))).toBeGreaterThan(await middle(lane(page, STAGES[1]!)));
});

test('the interface mirrors when the page reads right to left; the canvas stays left to right inside', async ({ page }) => {
  await createFromTemplate(page, 'Online order to delivery');
  await page.evaluate(() => (document.documentElement.dir = 'rtl'));
  await touchpoint(page, 'Checkout').dblclick();
  const panel = page.locator('aside.side-panel');
  await expect(panel).toBeVisible();
  const canvas = await box(page.locator('.editor-canvas'));
  const side = await box(panel);
  // The details panel comes in from the inline end: the left.
  expect(side.x + side.width).toBeLessThanOrEqual(canvas.x + 1);
  // Its close button sits at its inline end too.
  const close = await box(panel.locator('.side-panel-close'));
  expect(close.x).toBeLessThan(side.x + side.width / 2);
  // Icons that point mirror: back to the library, undo, redo.
  await expect(page.getByRole('button', { name: /Undo/ }).locator('svg')).toHaveCSS('transform', 'matrix(-1, 0, 0, 1, 0, 0)');
  // The canvas keeps React Flow's left-to-right geometry, and this map (no flow, English) runs left to right.
  await expect(page.locator('.react-flow')).toHaveCSS('direction', 'ltr');
  expect(await middle(lane(page, 'Awareness'))).toBeLessThan(await middle(lane(page, 'Consideration')));
});

test('in a Persian interface the zoom buttons sit on the right, where reading starts, and the minimap on the left', async ({ page }) => {
  await createFromTemplate(page, TEMPLATE);
  await page.getByRole('button', { name: 'Map and stages' }).click();
  const half = async () => {
    const canvas = await box(page.locator('.editor-canvas'));
    return canvas.x + canvas.width / 2;
  };
  // English first: the zoom buttons on the left.
  expect((await box(page.locator('.react-flow__controls'))).x).toBeLessThan(await half());
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'فارسی' });
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // The toolbar's lens menu follows the switch too (its labels are made at each render).
  await expect(page.locator('.lens-select select option:checked')).toHaveText('همه');
  const controls = await box(page.locator('.react-flow__controls'));
  const minimap = await box(page.locator('.react-flow__minimap'));
  expect(controls.x).toBeGreaterThan(await half());
  expect(minimap.x + minimap.width).toBeLessThan(await half());
});
