import { expect, test } from '@playwright/test';
import { box, createFromTemplate } from './helpers';

// The view a facilitator puts on the shared screen: the whole journey must fit and be legible.
test('the online-order template fits the 1440×900 editor at a readable size (screenshot for review)', async ({ page }) => {
  await createFromTemplate(page, 'Online order to delivery');
  const canvas = await box(page.locator('.react-flow'));
  for (const node of await page.locator('.react-flow__node-touchpoint').all()) {
    const b = await box(node);
    expect(b.x).toBeGreaterThanOrEqual(canvas.x);
    expect(b.x + b.width).toBeLessThanOrEqual(canvas.x + canvas.width);
    expect(b.y + b.height).toBeLessThanOrEqual(canvas.y + canvas.height);
  }
  // Titles are drawn at 17 px and scaled by the zoom: they must stay at least 13 px on screen.
  const zoom = await page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  expect(17 * zoom).toBeGreaterThanOrEqual(13);
  await page.screenshot({ path: 'test-results/editor-online-order-1440x900.png' });
});
