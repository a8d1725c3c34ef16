// Present mode as a facilitator runs it (issue 10, items 14 and 16): an overview before the stage
// walk, dot-voting switched on and off and reset from present mode, lenses that dim arrows too,
// type that reads from the back of the room, and a minimap and zoom controls that never cover the
// emotion curve.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { box, createFromTemplate, expectSaved, steady, touchpoint } from './helpers';

const STAGES = ['Awareness', 'Consideration', 'Purchase', 'Delivery', 'Support'];
const TITLES = ['Social media ad', 'Product page', 'Customer reviews', 'Checkout', 'Order confirmation email', 'Parcel arrives', 'Call centre', 'Satisfaction survey'];

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function present(page: Page) {
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('p');
  await expect(page.locator('.editor.is-presenting')).toBeVisible();
}

/** The parts of `locator`'s elements that lie outside the window, as "what: where" (none when all are inside). */
async function outsideWindow(locator: Locator): Promise<string[]> {
  return locator.evaluateAll((elements) =>
    elements.flatMap((element) => {
      const r = element.getBoundingClientRect();
      const inside = r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth + 0.5 && r.bottom <= window.innerHeight + 0.5;
      return inside ? [] : [`${(element.textContent ?? '').slice(0, 40)}: ${Math.round(r.left)},${Math.round(r.top)} → ${Math.round(r.right)},${Math.round(r.bottom)}`];
    }),
  );
}

/** Waits until every element of `locator` is inside the window and stays there (the walk animates). */
async function expectInWindow(locator: Locator) {
  await expect.poll(() => outsideWindow(locator)).toEqual([]);
  await steady(locator.first());
  expect(await outsideWindow(locator)).toEqual([]);
}

/** The smallest font size, in px, of `locator`'s elements and every element inside them that holds text. */
async function smallestFontSize(locator: Locator): Promise<number> {
  return locator.evaluateAll((elements) => {
    let smallest = Infinity;
    for (const element of elements) {
      for (const node of [element, ...element.querySelectorAll('*')]) {
        const ownText = [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && (child.textContent ?? '').trim() !== '');
        if (ownText) smallest = Math.min(smallest, parseFloat(getComputedStyle(node).fontSize));
      }
    }
    return smallest;
  });
}

/** How opaque each arrow is drawn (its own opacity times its ancestors'), by arrow id. */
async function arrowOpacity(page: Page): Promise<Record<string, number>> {
  return page.locator('.react-flow__edge').evaluateAll((edges) =>
    Object.fromEntries(
      edges.map((edge) => {
        let opacity = 1;
        for (let node: Element | null = edge.querySelector('path.react-flow__edge-path'); node; node = node.parentElement) {
          opacity *= Number(getComputedStyle(node).opacity);
        }
        return [edge.getAttribute('data-id') ?? '', Math.round(opacity * 100) / 100];
      }),
    ),
  );
}

test.describe('at 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('present mode opens on an overview of the whole journey, then walks stage by stage', async ({ page }) => {
    await createFromTemplate(page, 'Online order to delivery');
    await present(page);
    const header = page.locator('.stage-header');
    await expect(header.locator('.stage-header-step')).toHaveText('Overview');
    await expect(header.getByRole('heading', { level: 2 })).toHaveText('Online order to delivery');
    await expect(header).toContainText('5 stages · 8 touchpoints · 3 friction points · 2 trust breaks');
    // The overview shows every card, the summary strip and the emotion curve, with nothing dimmed.
    await expectInWindow(page.locator('.react-flow__node-touchpoint'));
    await expect(page.locator('.react-flow__node-touchpoint')).toHaveCount(TITLES.length);
    await expectInWindow(page.getByRole('table', { name: 'Stage summary' }));
    await expectInWindow(page.getByRole('figure', { name: 'Emotion curve across the journey' }));
    for (const title of TITLES) await expect(touchpoint(page, title).locator('.tp-node')).toHaveCSS('opacity', '1');
    await expect(page.getByRole('button', { name: 'Previous stage' })).toBeDisabled();

    // Arrow keys and the buttons step through overview → stage 1 → … → stage 5.
    for (const [index, name] of STAGES.entries()) {
      if (index % 2 === 0) await page.keyboard.press(index === 2 ? 'PageDown' : 'ArrowRight');
      else await page.getByRole('button', { name: 'Next stage' }).click();
      await expect(header.getByRole('heading', { level: 2 })).toHaveText(name);
      await expect(header.locator('.stage-header-step')).toHaveText(`Stage ${index + 1} of 5`);
      // The stage's summary is in view, whole.
      await expectInWindow(page.locator(`.insights-cell:nth-child(${index + 1})`));
    }
    await expect(page.getByRole('button', { name: 'Next stage' })).toBeDisabled();
    await page.keyboard.press('ArrowRight');
    await expect(header.getByRole('heading', { level: 2 })).toHaveText('Support');

    // Back: to the previous stage, to the overview from the first stage, and Home to the overview.
    await page.keyboard.press('ArrowLeft');
    await expect(header.getByRole('heading', { level: 2 })).toHaveText('Delivery');
    await page.keyboard.press('Home');
    await expect(header.locator('.stage-header-step')).toHaveText('Overview');
    await page.keyboard.press('ArrowRight');
    await expect(header.getByRole('heading', { level: 2 })).toHaveText('Awareness');
    await page.getByRole('button', { name: 'Back to the overview' }).click();
    await expect(header.locator('.stage-header-step')).toHaveText('Overview');
    await expectInWindow(page.locator('.react-flow__node-touchpoint'));
    await page.keyboard.press('ArrowLeft');
    await expect(header.locator('.stage-header-step')).toHaveText('Overview');
  });

  test('dot-voting is switched on and off in present mode, and “Reset votes” asks, clears as one undo step, and stays cleared', async ({ page }) => {
    await createFromTemplate(page, 'Online order to delivery');
    await present(page);
    const voteButtons = page.getByRole('button', { name: /^Add a vote to / });
    const voting = page.getByRole('button', { name: 'Dot-voting' });
    await expect(voting).toHaveAttribute('aria-pressed', 'false');
    await expect(voteButtons).toHaveCount(0);
    await voting.click();
    await expect(voting).toHaveAttribute('aria-pressed', 'true');
    await expect(voteButtons).toHaveCount(TITLES.length);
    await page.getByRole('button', { name: 'Add a vote to Checkout' }).click();
    await page.getByRole('button', { name: 'Add a vote to Checkout' }).click();
    await page.getByRole('button', { name: 'Add a vote to Parcel arrives' }).click();
    await expect(touchpoint(page, 'Checkout').getByLabel('2 votes')).toBeVisible();
    await expect(touchpoint(page, 'Parcel arrives').getByLabel('1 vote', { exact: true })).toBeVisible();
    await voting.click();
    await expect(voting).toHaveAttribute('aria-pressed', 'false');
    await expect(voteButtons).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Remove a vote from / })).toHaveCount(0);
    await expect(touchpoint(page, 'Checkout').getByLabel('2 votes')).toBeVisible();

    // Cancel keeps the votes.
    const reset = page.getByRole('button', { name: 'Reset votes' });
    await reset.click();
    const dialog = page.getByRole('dialog', { name: 'Reset all votes?' });
    await expect(dialog).toContainText('This clears 3 votes on 2 touchpoints.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator('.editor.is-presenting')).toBeVisible();
    await expect(touchpoint(page, 'Checkout').getByLabel('2 votes')).toBeVisible();
    await expect(touchpoint(page, 'Parcel arrives').getByLabel('1 vote', { exact: true })).toBeVisible();

    // Confirming clears every vote; one undo brings them all back, redo clears them again.
    await reset.click();
    await dialog.getByRole('button', { name: 'Reset votes' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator('.tp-badge-votes')).toHaveCount(0);
    await expect(reset).toBeDisabled();
    await page.keyboard.press('Control+z');
    await expect(touchpoint(page, 'Checkout').getByLabel('2 votes')).toBeVisible();
    await expect(touchpoint(page, 'Parcel arrives').getByLabel('1 vote', { exact: true })).toBeVisible();
    await expect(reset).toBeEnabled();
    await page.keyboard.press('Control+Shift+z');
    await expect(page.locator('.tp-badge-votes')).toHaveCount(0);

    // A reload keeps them cleared.
    await page.keyboard.press('Escape');
    await expect(page.locator('.editor.is-presenting')).toHaveCount(0);
    await expectSaved(page);
    await page.reload();
    await expect(touchpoint(page, 'Checkout')).toBeVisible();
    await expect(page.locator('.tp-badge-votes')).toHaveCount(0);
    await page.getByRole('button', { name: 'Votes and legend' }).click();
    await expect(page.getByRole('list', { name: 'Most voted' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Most voted' })).toContainText('No votes yet');
  });

  test('a lens dims the arrows that are not between the cards it shows, and so does the walk', async ({ page }) => {
    await createFromTemplate(page, 'Online order to delivery');
    await present(page);
    await expect(page.locator('.react-flow__edge')).toHaveCount(7);
    expect(Object.values(await arrowOpacity(page))).toEqual([1, 1, 1, 1, 1, 1, 1]);
    // Friction: Checkout, Parcel arrives and Call centre. Only Parcel arrives → Call centre (c6)
    // joins two of them.
    await page.locator('.stage-header').getByRole('combobox', { name: 'Lens' }).selectOption('friction');
    await expect.poll(() => arrowOpacity(page)).toEqual({ c1: 0.15, c2: 0.15, c3: 0.15, c4: 0.15, c5: 0.15, c6: 1, c7: 0.15 });
    await expect(touchpoint(page, 'Product page').locator('.tp-node')).toHaveCSS('opacity', '0.15');
    await expect(touchpoint(page, 'Parcel arrives').locator('.tp-node')).toHaveCSS('opacity', '1');
    // An arrow's label fades with it.
    await expect(page.locator('.edge-label', { hasText: 'checks' })).toHaveCSS('opacity', '0.15');
    await expect(page.locator('.edge-label', { hasText: 'late' })).toHaveCSS('opacity', '1');

    // The walk on Purchase keeps lit the arrows into and out of it; the lens off, all come back.
    await page.locator('.stage-header').getByRole('combobox', { name: 'Lens' }).selectOption('none');
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect(page.locator('.stage-header').getByRole('heading', { level: 2 })).toHaveText('Purchase');
    await expect.poll(() => arrowOpacity(page)).toEqual({ c1: 0.15, c2: 0.15, c3: 1, c4: 1, c5: 1, c6: 0.15, c7: 0.15 });
    await page.keyboard.press('Escape');
    await expect.poll(() => arrowOpacity(page)).toEqual({ c1: 1, c2: 1, c3: 1, c4: 1, c5: 1, c6: 1, c7: 1 });

    // In the editor too.
    await page.getByRole('combobox', { name: 'Lens' }).selectOption('trust');
    await expect.poll(() => arrowOpacity(page)).toEqual({ c1: 0.15, c2: 0.15, c3: 0.15, c4: 0.15, c5: 0.15, c6: 0.15, c7: 0.15 });
  });

  test('the counts line, the legend and the most-voted list are at least 24 px and wholly on screen', async ({ page }) => {
    await createFromTemplate(page, 'Online order to delivery');
    await present(page);
    await page.getByRole('button', { name: 'Dot-voting' }).click();
    for (const [title, votes] of [['Checkout', 3], ['Parcel arrives', 2], ['Call centre', 1], ['Social media ad', 1]] as const) {
      for (let i = 0; i < votes; i++) await page.getByRole('button', { name: `Add a vote to ${title}` }).click();
    }
    await page.getByRole('button', { name: 'Votes and legend' }).click();
    const counts = page.locator('.stage-header-counts');
    const legend = page.getByRole('region', { name: 'Legend' });
    const ranking = page.getByRole('list', { name: 'Most voted' });
    await expect(ranking.getByRole('listitem')).toHaveText(['3 votes Checkout', '2 votes Parcel arrives', '1 vote Social media ad', '1 vote Call centre']);
    // On the overview, and on the stage with the most messages in the header (Purchase).
    for (const step of ['Overview', 'Stage 3 of 5']) {
      if (step !== 'Overview') for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
      await expect(page.locator('.stage-header-step')).toHaveText(step);
      for (const [what, element] of [['counts line', counts], ['legend', legend], ['most-voted list', ranking]] as const) {
        expect(await smallestFontSize(element), `${step}: the ${what}'s type`).toBeGreaterThanOrEqual(24);
        expect(await outsideWindow(element), `${step}: the ${what} is on screen`).toEqual([]);
      }
    }
    // The legend explains every mark the audit puts on cards.
    for (const mark of ['Conflicting messages', 'Broken promise', 'Silent touchpoint', 'Uncovered pain']) await expect(legend).toContainText(mark);
    await page.screenshot({ path: test.info().outputPath('present-legend-1920x1080.png') });
  });
});

for (const viewport of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
  test(`at ${viewport.width}×${viewport.height} nothing in present mode is cut off: header, lens menu, summary strip`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await createFromTemplate(page, 'Online order to delivery');
    await present(page);
    const header = page.locator('.stage-header');
    const lens = header.getByRole('combobox', { name: 'Lens' });
    for (let step = 0; step <= STAGES.length; step++) {
      if (step > 0) {
        await page.keyboard.press('ArrowRight');
        await expect(header.getByRole('heading', { level: 2 })).toHaveText(STAGES[step - 1]!);
      }
      expect(await outsideWindow(header.locator('button, select, h2, .stage-header-counts'))).toEqual([]);
      // The summary strip: all of it on the overview, the walked stage's part on a stage.
      await expectInWindow(page.locator(step === 0 ? '.insights-strip' : `.insights-cell:nth-child(${step})`));
    }
    // The lens menu shows every choice whole: its text, padding and drop-down arrow fit its width.
    const cut = await lens.evaluate((select: HTMLSelectElement) => {
      const context = document.createElement('canvas').getContext('2d')!;
      const style = getComputedStyle(select);
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16;
      return [...select.options].filter((option) => context.measureText(option.text).width > room).map((option) => option.text);
    });
    expect(cut, 'lens choices cut off').toEqual([]);
    await lens.selectOption('expectations');
    await expect(lens).toHaveValue('expectations');
    expect(await outsideWindow(lens)).toEqual([]);
  });
}

for (const viewport of [{ width: 1440, height: 900 }, { width: 1024, height: 768 }]) {
  test(`at ${viewport.width}×${viewport.height} the minimap and the zoom controls never cover the emotion curve`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await createFromTemplate(page, 'Online order to delivery');
    const curve = page.getByRole('figure', { name: 'Emotion curve across the journey' });
    const minimap = page.locator('.react-flow__minimap');
    const controls = page.locator('.react-flow__controls');
    const clear = async (when: string) => {
      await steady(curve);
      const c = await box(curve);
      expect(overlaps(c, await box(minimap)), `${when}: the minimap covers the curve`).toBe(false);
      expect(overlaps(c, await box(controls)), `${when}: the zoom controls cover the curve`).toBe(false);
    };
    await clear('first view');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Fit view' }).click();
    await clear('fit view');
    // With a side panel open the canvas is narrower: fit view still keeps clear.
    await page.getByRole('button', { name: 'Votes and legend' }).click();
    await expect(page.getByRole('region', { name: 'Legend' })).toBeVisible();
    await page.getByRole('button', { name: 'Fit view' }).click();
    await clear('fit view beside the legend');
    // Present mode has neither.
    await present(page);
    await expect(minimap).toBeHidden();
    await expect(controls).toBeHidden();
    await expect(curve).toBeVisible();
  });
}
