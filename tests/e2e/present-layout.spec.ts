// Present mode on a journey drawn as a facilitator draws one: cards about 150 px apart in their
// lanes. No card may cover another at any step of the stage walk, and every vote button must
// take a click.
import { expect, test, type Page } from '@playwright/test';
import { openLibrary } from './helpers';

const STAGES = ['Discover', 'Apply', 'Verify', 'Activate', 'Use'];
const TITLES = [
  ['Search ad for current accounts', 'Comparison site listing', 'Friend recommends the bank'],
  ['Online application form', 'Video ID call'],
  ['Branch ID check', 'Application status page', 'Welcome email with next steps'],
  ['Debit card arrives', 'PIN letter arrives'],
  ['First card payment', 'Call to the helpline about fees'],
];

// Branch ID check → Welcome email skips the card between them, as a facilitator's arrows do.
const CONNECTIONS = [['tp-1-1', 'tp-2-1'], ['tp-2-0', 'tp-2-2'], ['tp-1-0', 'tp-1-1'], ['tp-3-0', 'tp-3-1'], ['tp-4-0', 'tp-4-1']] as const;

function bankJourney() {
  const touchpoints = TITLES.flatMap((titles, stage) =>
    titles.map((title, row) => ({
      id: `tp-${stage}-${row}`,
      stageId: `stage-${stage}`,
      title,
      channel: 'web',
      position: { x: stage * 320, y: row * 150 },
      friction: row === 1 ? [{ id: 'f1', severity: 'high', note: 'Waiting' }] : [],
      expectations: [{ id: 'e1', topic: 'Account ready', message: 'Open in 10 minutes' }],
      votes: stage,
    })),
  );
  const connections = CONNECTIONS.map(([from, to], i) => ({ id: `c${i}`, from, to }));
  const map = {
    id: 'bank-account', title: 'Opening a bank account', createdAt: '2026-12-01T09:00:00Z', updatedAt: '2026-12-01T09:00:00Z',
    stages: STAGES.map((name, i) => ({ id: `stage-${i}`, name })), touchpoints, connections,
  };
  return JSON.stringify({ format: 'waymark', version: 1, exportedAt: '2026-12-01T09:00:00Z', maps: [map] });
}

async function openBankJourney(page: Page) {
  await openLibrary(page);
  await page.getByTestId('import-input').setInputFiles({ name: 'bank.waymark.json', mimeType: 'application/json', buffer: Buffer.from(bankJourney()) });
  await page.getByRole('dialog').getByRole('button', { name: 'Open Opening a bank account' }).click();
  await expect(page.locator('.react-flow__node-touchpoint')).toHaveCount(12);
}

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function expectNoCardCovered(page: Page, step: string) {
  await page.screenshot({ path: `test-results/present-${step}-${page.viewportSize()?.width}.png` });
  const boxes = await page.locator('.react-flow__node-touchpoint').evaluateAll((nodes) =>
    nodes.map((node) => {
      const r = node.getBoundingClientRect();
      return { title: node.querySelector('.tp-title')?.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      expect(overlap(boxes[i]!, boxes[j]!), `${step}: “${boxes[i]!.title}” and “${boxes[j]!.title}” overlap`).toBe(false);
    }
  }
}

for (const viewport of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
  test(`present mode at ${viewport.width}×${viewport.height}: no card covers another, every vote button takes a click`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openBankJourney(page);
    await page.getByRole('button', { name: 'Votes and legend' }).click();
    await page.getByRole('checkbox', { name: 'Show + and − vote buttons on every touchpoint' }).check();
    await page.getByRole('button', { name: 'Votes and legend' }).click();
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('p');
    await expect(page.locator('.editor.is-presenting')).toBeVisible();
    const header = page.locator('.stage-header');
    // The walk starts on the overview of the whole journey; each step after it frames a stage.
    await expect(header.locator('.stage-header-step')).toHaveText('Overview');
    await expectNoCardCovered(page, 'overview');
    for (const [index, name] of STAGES.entries()) {
      await page.keyboard.press('ArrowRight');
      await expect(header.getByRole('heading', { level: 2 })).toHaveText(name);
      await expect(header.locator('.stage-header-step')).toHaveText(`Stage ${index + 1} of ${STAGES.length}`);
      await expectNoCardCovered(page, name);
      for (const title of TITLES[index]!) {
        await page.getByRole('button', { name: `Add a vote to ${title}` }).click({ trial: true });
      }
    }
  });
}

/** Arrows (by their ends' titles) whose drawn path passes under a card they do not connect. */
async function arrowsUnderCards(page: Page): Promise<string[]> {
  return page.evaluate((ends) => {
    const cards = [...document.querySelectorAll<HTMLElement>('.react-flow__node-touchpoint')].map((node) => ({
      id: node.dataset.id ?? '',
      title: node.querySelector('.tp-title')?.textContent ?? '',
      rect: node.getBoundingClientRect(),
    }));
    const problems: string[] = [];
    for (const edge of document.querySelectorAll<SVGGElement>('.react-flow__edge')) {
      const path = edge.querySelector<SVGPathElement>('path.react-flow__edge-path');
      const [source, target] = ends[Number((edge.dataset.id ?? '').slice(1))] ?? ['', ''];
      const matrix = path?.getScreenCTM();
      if (!path || !matrix) continue;
      const length = path.getTotalLength();
      for (let at = 0; at <= length; at += 4) {
        const point = new DOMPoint(path.getPointAtLength(at).x, path.getPointAtLength(at).y).matrixTransform(matrix);
        const under = cards.find(
          (card) => card.id !== source && card.id !== target &&
            point.x > card.rect.left + 2 && point.x < card.rect.right - 2 && point.y > card.rect.top + 2 && point.y < card.rect.bottom - 2,
        );
        if (under) {
          const title = (id: string | undefined) => cards.find((card) => card.id === id)?.title;
          problems.push(`${title(source)} → ${title(target)} passes under ${under.title}`);
          break;
        }
      }
    }
    return problems;
  }, CONNECTIONS.map(([from, to]) => [from, to]));
}

test('no arrow passes under a card it does not connect, in the editor and in present mode', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openBankJourney(page);
  await expect(page.locator('.react-flow__edge')).toHaveCount(5);
  expect(await arrowsUnderCards(page)).toEqual([]);
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('p');
  await expect(page.locator('.editor.is-presenting')).toBeVisible();
  expect(await arrowsUnderCards(page)).toEqual([]);
  for (const name of STAGES) {
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.stage-header').getByRole('heading', { level: 2 })).toHaveText(name);
    expect(await arrowsUnderCards(page)).toEqual([]);
  }
});
