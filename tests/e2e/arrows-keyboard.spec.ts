// Arrows without a mouse (issue 10, item 13): once a card is selected, an arrow is added, labelled,
// undone and removed with the keyboard alone, and every arrow is named by its touchpoints' titles.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createFromTemplate, expectSaved, touchpoint } from './helpers';

/** Presses `key` until `target` has the focus, as a keyboard user tabs through the page. */
async function tabTo(page: Page, target: Locator, key = 'Shift+Tab', most = 80) {
  for (let i = 0; i < most; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${target.toString()}`);
}

test('an arrow is added, labelled, undone and removed from the keyboard, and named by its touchpoints', async ({ page }) => {
  await createFromTemplate(page, 'Online order to delivery');
  const canvas = page.getByRole('application');
  const edges = page.locator('.react-flow__edge');
  const details = page.getByRole('region', { name: 'Touchpoint details' });
  const leadsTo = details.getByRole('region', { name: 'Leads to' });
  const picker = leadsTo.getByRole('combobox', { name: 'Add arrow to…' });
  await expect(edges).toHaveCount(7);
  // Every arrow is named by titles, never by ids.
  await expect(canvas.getByRole('group', { name: 'Arrow from Product page to Customer reviews: checks' })).toHaveCount(1);
  await expect(page.locator('.react-flow__edge[aria-label*="Edge from"]')).toHaveCount(0);

  await touchpoint(page, 'Product page').click();
  await expect(details).toBeVisible();
  await expect(leadsTo.getByRole('group', { name: 'Arrow to Checkout' })).toBeVisible();

  // C: straight to the picker, which offers the other touchpoints by title.
  await page.keyboard.press('c');
  await expect(picker).toBeFocused();
  await expect(picker.locator('option:checked')).toHaveText('Choose a touchpoint…');
  await page.keyboard.type('Call');
  await expect(picker.locator('option:checked')).toHaveText('Call centre');
  await expect(edges).toHaveCount(7); // choosing alone draws nothing
  await page.keyboard.press('Enter');
  await expect(edges).toHaveCount(8);
  const arrow = canvas.getByRole('group', { name: 'Arrow from Product page to Call centre' });
  await expect(arrow).toHaveCount(1);
  await expect(leadsTo.getByRole('group', { name: 'Arrow to Call centre' })).toBeVisible();
  await expect(picker).toBeFocused();
  await expect(picker.locator('option', { hasText: 'Call centre' })).toHaveCount(0); // no duplicate offered
  await expect(picker.locator('option', { hasText: 'Product page' })).toHaveCount(0); // nor itself

  // Undo is one step: Escape goes back to the card, Ctrl+Z takes the arrow away, and nothing else is left to undo.
  await page.keyboard.press('Escape');
  await expect(touchpoint(page, 'Product page')).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(edges).toHaveCount(7);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await page.keyboard.press('Control+Shift+z');
  await expect(edges).toHaveCount(8);

  // The label, from the details panel: the arrow's row is just before the picker.
  await page.keyboard.press('c');
  await expect(picker).toBeFocused();
  const panelLabel = leadsTo.getByRole('textbox', { name: 'Label of the arrow to Call centre' });
  await tabTo(page, panelLabel);
  await page.keyboard.type('asks');
  await expect(page.locator('.edge-label-text', { hasText: 'asks' })).toBeVisible();
  await expect(canvas.getByRole('group', { name: 'Arrow from Product page to Call centre: asks' })).toHaveCount(1);

  // The label, on the canvas: tab to the arrow, Enter selects it, Enter again opens its label.
  const labelled = canvas.getByRole('group', { name: 'Arrow from Product page to Call centre: asks' });
  await tabTo(page, labelled);
  await page.keyboard.press('Enter');
  await expect(labelled).toHaveClass(/selected/);
  await page.keyboard.press('Enter');
  const field = page.getByRole('textbox', { name: 'Edit arrow label' });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('asks');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('escalates');
  await page.keyboard.press('Enter');
  await expect(page.locator('.edge-label-text', { hasText: 'escalates' })).toBeVisible();
  const escalates = canvas.getByRole('group', { name: 'Arrow from Product page to Call centre: escalates' });
  await expect(escalates).toBeFocused();
  // One step back gives the panel's label; F2 opens the field at once, and Escape leaves it unchanged.
  await page.keyboard.press('Control+z');
  await expect(page.locator('.edge-label-text', { hasText: 'asks' })).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(page.locator('.edge-label-text', { hasText: 'escalates' })).toBeVisible();
  await page.keyboard.press('F2');
  await expect(field).toBeFocused();
  await page.keyboard.type(' twice');
  await page.keyboard.press('Escape');
  await expect(field).toBeHidden();
  await expect(page.locator('.edge-label-text')).toHaveText(['checks', 'late', 'escalates']);

  // Kept after a reload.
  await expectSaved(page);
  await page.reload();
  await expect(edges).toHaveCount(8);
  await expect(page.locator('.edge-label-text', { hasText: 'escalates' })).toBeVisible();
  await expect(canvas.getByRole('group', { name: 'Arrow from Product page to Call centre: escalates' })).toHaveCount(1);

  // Removed from the details panel.
  await touchpoint(page, 'Product page').click();
  await expect(details).toBeVisible();
  await page.keyboard.press('c');
  await expect(picker).toBeFocused();
  const remove = leadsTo.getByRole('button', { name: 'Remove the arrow to Call centre' });
  await tabTo(page, remove);
  await page.keyboard.press('Enter');
  await expect(edges).toHaveCount(7);
  await expect(leadsTo.getByRole('group', { name: 'Arrow to Call centre' })).toHaveCount(0);
  await expect(page.locator('.edge-label-text', { hasText: 'escalates' })).toHaveCount(0);
  await expect(picker).toBeFocused();
  await expectSaved(page);
});
