import { expect, test } from '@playwright/test';
import { createFromTemplate, expectSaved, touchpoint } from './helpers';

test.use({ viewport: { width: 1920, height: 1080 } });

test('present mode walks every stage from the keyboard, lenses dim, and votes survive a reload', async ({ page }) => {
  await createFromTemplate(page, 'Online order to delivery');
  // The emotion curve and stage summary are drawn under the lanes.
  await expect(page.getByRole('figure', { name: 'Emotion curve across the journey' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Stage summary' })).toContainText('Resolution 2 days');

  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('p');
  await expect(page.locator('.editor.is-presenting')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeHidden();
  const header = page.locator('.stage-header');
  const names = ['Awareness', 'Consideration', 'Purchase', 'Delivery', 'Support'];
  // The walk opens on the overview of the whole journey, then goes stage by stage.
  await expect(header.locator('.stage-header-step')).toHaveText('Overview');
  await expect(header.getByRole('heading', { level: 2 })).toHaveText('Online order to delivery');
  for (const [index, name] of names.entries()) {
    await page.keyboard.press(index % 2 ? 'ArrowRight' : 'PageDown');
    await expect(header.getByRole('heading', { level: 2 })).toHaveText(name);
    await expect(header).toContainText(`Stage ${index + 1} of 5`);
  }
  await expect(header).toContainText('2 touchpoints · 1 friction point · 0 trust breaks · 1 expectation message');
  await page.keyboard.press('PageUp');
  await expect(header.getByRole('heading', { level: 2 })).toHaveText('Delivery');
  // Other stages are dimmed, the walked one is not.
  await expect(touchpoint(page, 'Parcel arrives').locator('.tp-node')).toHaveCSS('opacity', '1');
  await expect(touchpoint(page, 'Checkout').locator('.tp-node')).toHaveCSS('opacity', '0.15');
  await page.screenshot({ path: 'test-results/present-mode-1920x1080.png' });

  // Editing stays possible while presenting: a double-click opens the details over the canvas.
  await touchpoint(page, 'Parcel arrives').dblclick();
  const details = page.getByRole('region', { name: 'Touchpoint details' });
  await expect(details.getByRole('textbox', { name: 'Title' })).toHaveValue('Parcel arrives');
  await expect(page.locator('.editor.is-presenting')).toBeVisible();
  await page.getByRole('button', { name: 'Close panel' }).click();
  await expect(details).toBeHidden();

  // The friction lens, combined with present mode.
  await header.getByRole('combobox', { name: 'Lens' }).selectOption('friction');
  await page.keyboard.press('Escape');
  await expect(page.locator('.editor.is-presenting')).toHaveCount(0);
  await expect(touchpoint(page, 'Checkout').locator('.tp-node')).toHaveCSS('opacity', '1');
  await expect(touchpoint(page, 'Product page').locator('.tp-node')).toHaveCSS('opacity', '0.15');
  await page.getByRole('combobox', { name: 'Lens' }).selectOption('none');

  // Dot-voting: two votes on the checkout put it at the top of the list, after a reload too.
  await page.getByRole('button', { name: 'Votes and legend' }).click();
  await page.getByRole('checkbox', { name: 'Show + and − vote buttons on every touchpoint' }).check();
  await page.getByRole('button', { name: 'Add a vote to Parcel arrives' }).click();
  await page.getByRole('button', { name: 'Add a vote to Checkout' }).click();
  await page.getByRole('button', { name: 'Add a vote to Checkout' }).click();
  const ranking = page.getByRole('list', { name: 'Most voted' });
  await expect(ranking.getByRole('listitem').first()).toContainText('2 votes Checkout');
  await expectSaved(page);
  await page.reload();
  await page.getByRole('button', { name: 'Votes and legend' }).click();
  await expect(page.getByRole('list', { name: 'Most voted' }).getByRole('listitem')).toHaveText(['2 votes Checkout', '1 vote Parcel arrives']);
  await page.getByRole('list', { name: 'Most voted' }).getByRole('button', { name: /Parcel arrives/ }).click();
  await expect(touchpoint(page, 'Parcel arrives')).toHaveClass(/selected/);
  await expect(page.getByRole('region', { name: 'Legend' })).toContainText('Trust breaks');
  await page.getByRole('button', { name: 'Votes and legend' }).click();
  await page.locator('.react-flow__controls-fitview').click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'test-results/emotion-curve-1920x1080.png' });
});
