import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createFromTemplate, openLibrary, touchpoint } from './helpers';

// Every control has an accessible name, every form field a label, and nothing uses ARIA wrongly:
// axe-core's rules for names, labels and ARIA, on each screen a workshop uses.
const RULES = [
  'button-name', 'link-name', 'label', 'select-name', 'input-button-name', 'image-alt', 'svg-img-alt', 'role-img-alt',
  'aria-allowed-attr', 'aria-required-attr', 'aria-valid-attr', 'aria-valid-attr-value', 'aria-roles', 'aria-command-name',
  'aria-input-field-name', 'aria-toggle-field-name', 'duplicate-id-aria', 'nested-interactive', 'document-title', 'html-has-lang',
];

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withRules(RULES).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
}

test('the library, the editor, its panels and present mode name every control', async ({ page }) => {
  // axe analyses the whole page once per screen: CPU work that takes minutes on a busy 2-core machine.
  test.setTimeout(240_000);
  await openLibrary(page);
  expect(await violations(page)).toEqual([]);

  await createFromTemplate(page, 'Online order to delivery');
  expect(await violations(page)).toEqual([]);

  await touchpoint(page, 'Checkout').click();
  await expect(page.getByRole('region', { name: 'Touchpoint details' })).toBeVisible();
  expect(await violations(page)).toEqual([]);

  for (const panel of ['Map and stages', 'Votes and legend']) {
    await page.getByRole('button', { name: panel }).click();
    expect(await violations(page)).toEqual([]);
  }
  await page.getByRole('button', { name: /^Audit/ }).click();
  expect(await violations(page)).toEqual([]);
  await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Priorities' }).click();
  await expect(page.getByRole('list', { name: 'Touchpoints ranked worst first' })).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('p');
  await expect(page.locator('.editor.is-presenting')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
