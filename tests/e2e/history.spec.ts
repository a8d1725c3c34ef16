// Version history in the real browser with its real IndexedDB: a version when the map is opened,
// a named version, a read-only preview, restore (after a before-restore version) that undo takes
// back, and the versions still there after a reload. Nothing waits on time, only on the page.
import { expect, test, type Page } from '@playwright/test';
import { createFromTemplate, expectSaved, failWritesWhenAsked, setWritesFailing } from './helpers';

const SHOTS = process.env.E2E_DIST ? `${process.env.E2E_DIST}-results` : 'test-results';

const mapTitle = (page: Page) => page.locator('h1.toolbar-title');
const historyDialog = (page: Page) => page.getByRole('dialog', { name: 'Version history' });
const versions = (page: Page) => historyDialog(page).getByRole('list', { name: 'Versions, newest first' }).locator(':scope > li');

async function openHistory(page: Page) {
  await page.getByRole('button', { name: 'Version history' }).click();
  await expect(historyDialog(page)).toBeVisible();
}

async function setTitle(page: Page, title: string) {
  const field = page.getByRole('textbox', { name: 'Title', exact: true });
  await field.fill(title);
  await field.blur();
  await expect(mapTitle(page)).toHaveText(title);
}

test('versions: opened, named, preview read-only, restore with undo, kept after reload', async ({ page }) => {
  await createFromTemplate(page, 'Online order to delivery');
  await page.getByRole('button', { name: 'Map and stages' }).click();

  // Opening the map took a version.
  await openHistory(page);
  await expect(versions(page)).toHaveCount(1);
  await expect(versions(page).first()).toContainText('Opened');
  await expect(versions(page).first()).toContainText('5 stages · 8 touchpoints · 7 arrows');
  await historyDialog(page).getByRole('button', { name: 'Close', exact: true }).click();
  await expect(historyDialog(page)).toBeHidden();

  await setTitle(page, 'Checkout journey, workshop draft');

  await openHistory(page);
  const name = historyDialog(page).getByRole('textbox', { name: 'Name the current state' });
  await name.fill('After workshop 1');
  await historyDialog(page).getByRole('button', { name: 'Save a named version' }).click();
  await expect(historyDialog(page).getByRole('status')).toHaveText('Saved “After workshop 1”.');
  await expect(versions(page)).toHaveCount(2);
  const named = versions(page).filter({ hasText: 'After workshop 1' });
  await expect(named).toContainText('Named');
  await expect(versions(page).first()).toContainText('After workshop 1');
  await page.screenshot({ path: `${SHOTS}/history-panel.png` });
  await historyDialog(page).getByRole('button', { name: 'Close', exact: true }).click();

  await setTitle(page, 'Checkout journey, after the second round');
  await expectSaved(page);

  // Preview: the named version's title, and nothing to edit.
  await openHistory(page);
  await named.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('dialog', { name: 'Preview: After workshop 1' });
  await expect(preview).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Checkout journey, workshop draft' })).toBeVisible();
  await expect(preview).toContainText('Read only');
  await expect(preview).toContainText('Checkout');
  await expect(preview.locator('input, textarea, select, [contenteditable="true"]')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/history-preview.png` });

  // Restore from the preview, after a confirmation.
  await preview.getByRole('button', { name: 'Restore this version' }).click();
  const confirm = page.getByRole('dialog', { name: /^Restore the version of / });
  await expect(confirm).toContainText('Undo (Ctrl+Z) takes the restore back');
  await confirm.getByRole('button', { name: 'Restore this version' }).click();
  await expect(historyDialog(page)).toBeHidden();
  await expect(mapTitle(page)).toHaveText('Checkout journey, workshop draft');
  await expect(page.getByRole('status').filter({ hasText: 'Restored the version of' })).toBeVisible();

  // The state before the restore is a version of its own; the others are still there.
  await openHistory(page);
  await expect(versions(page)).toHaveCount(3);
  await expect(versions(page).first()).toContainText('Before a restore');
  await expect(versions(page).filter({ hasText: 'After workshop 1' })).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/history-after-restore.png` });
  await historyDialog(page).getByRole('button', { name: 'Close', exact: true }).click();

  // One undo takes the whole restore back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(mapTitle(page)).toHaveText('Checkout journey, after the second round');
  await expectSaved(page);

  // After a reload: the same versions. The map as reopened is what the before-restore version
  // holds (undo brought it back), so opening adds no copy of it.
  await page.reload();
  await expect(mapTitle(page)).toHaveText('Checkout journey, after the second round');
  await page.getByRole('button', { name: 'Map and stages' }).click();
  await openHistory(page);
  await expect(versions(page)).toHaveCount(3);
  await expect(versions(page).nth(0)).toContainText('Before a restore');
  await expect(versions(page).nth(1)).toContainText('After workshop 1');
  await expect(versions(page).nth(2)).toContainText('Opened');

  // Opened again after an edit: one new 'opened' version.
  await historyDialog(page).getByRole('button', { name: 'Close', exact: true }).click();
  await setTitle(page, 'Checkout journey, third round');
  await expectSaved(page);
  await page.reload();
  await expect(mapTitle(page)).toHaveText('Checkout journey, third round');
  await page.getByRole('button', { name: 'Map and stages' }).click();
  await openHistory(page);
  await expect(versions(page)).toHaveCount(4);
  await expect(versions(page).first()).toContainText('Opened');
});

test('a version that cannot be stored is said so, and nothing is restored without its copy of the current state', async ({ page }) => {
  await failWritesWhenAsked(page);
  await createFromTemplate(page, 'Online order to delivery');
  await page.getByRole('button', { name: 'Map and stages' }).click();
  await openHistory(page);
  await expect(versions(page)).toHaveCount(1);

  await setWritesFailing(page, true);
  await historyDialog(page).getByRole('textbox', { name: 'Name the current state' }).fill('Before the workshop');
  await historyDialog(page).getByRole('button', { name: 'Save a named version' }).click();
  await expect(historyDialog(page).getByRole('alert').filter({ hasText: 'The version could not be saved' })).toContainText('storage is full');

  await versions(page).first().getByRole('button', { name: 'Restore' }).click();
  await page.getByRole('dialog', { name: /^Restore the version of / }).getByRole('button', { name: 'Restore this version' }).click();
  await expect(historyDialog(page).getByRole('alert').filter({ hasText: 'Nothing was restored' })).toBeVisible();
  await expect(versions(page)).toHaveCount(1);
  await setWritesFailing(page, false);
});
