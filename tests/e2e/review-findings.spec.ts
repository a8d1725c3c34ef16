// A reviewer's findings (issue 15), each reproduced in the browser: a malformed address, leaving
// the editor while writes fail, and the editor's code failing to load.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createFromTemplate, failWritesWhenAsked, openLibrary, setWritesFailing } from './helpers';

// The editor's chunk is made to fail on the network; a service worker would serve it from its
// cache instead (Playwright's routes do not see what it serves), so none is registered here.
test.use({ serviceWorkers: 'block' });

/** Uncaught errors and unhandled rejections of the page. */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test('a map address that cannot be decoded says the map is not found, not a blank page', async ({ page }) => {
  const errors = pageErrors(page);
  await page.goto('/#/map/%E0%A4%A');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This map is not in this browser');
  expect(errors).toEqual([]);
  await alert.getByRole('link', { name: 'All maps' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Waymark' })).toBeVisible();

  // The same address reached from the library, not only on start.
  await page.evaluate(() => (window.location.hash = '#/map/%E0%A4%A'));
  await expect(page.getByRole('alert')).toContainText('This map is not in this browser');
  expect(errors).toEqual([]);
});

test('leaving the editor while writes fail asks first: stay, or export the map and leave', async ({ page }) => {
  // Chromium's QuotaExceededError from IndexedDB (see failWritesWhenAsked).
  await failWritesWhenAsked(page);
  await createFromTemplate(page, 'Online order to delivery');
  const mapUrl = page.url();
  await setWritesFailing(page, true);

  await page.getByRole('button', { name: 'Map and stages' }).click();
  const title = page.getByRole('textbox', { name: 'Title' });
  await title.fill('Kettle order, not saved anywhere');
  await title.blur();
  await expect(page.getByRole('alert').filter({ hasText: 'storage is full' })).toBeVisible();

  // "All maps" in the toolbar.
  await page.getByRole('link', { name: 'All maps' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your latest changes are not saved' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Stay' })).toBeFocused();
  await page.screenshot({ path: '.scratch/leave-while-failing.png' });

  await dialog.getByRole('button', { name: 'Stay' }).click();
  await expect(dialog).toBeHidden();
  expect(page.url()).toBe(mapUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kettle order, not saved anywhere');

  // The browser's Back button asks too, and Escape stays.
  await page.goBack();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(page.url()).toBe(mapUrl);
  await expect(page.locator('.react-flow__node-touchpoint').first()).toBeVisible();

  // Closing the tab gets the browser's warning (kept open here by dismissing it).
  const warning = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const beforeUnload = await warning;
  expect(beforeUnload.type()).toBe('beforeunload');
  await beforeUnload.dismiss();
  expect(page.isClosed()).toBe(false);

  await page.getByRole('link', { name: 'All maps' }).click();
  await expect(dialog).toBeVisible();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export as JSON and leave' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.waymark\.json$/);
  const saved = JSON.parse(readFileSync((await file.path()) as string, 'utf8')) as { format: string; maps: Array<{ title: string; touchpoints: unknown[] }> };
  expect(saved.format).toBe('waymark');
  expect(saved.maps).toHaveLength(1);
  expect(saved.maps[0]?.title).toBe('Kettle order, not saved anywhere');
  expect(saved.maps[0]?.touchpoints.length).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Waymark' })).toBeVisible();
});

test('leaving while writes fail can discard the unsaved changes', async ({ page }) => {
  await failWritesWhenAsked(page);
  await createFromTemplate(page, 'Online order to delivery');
  await setWritesFailing(page, true);
  await page.getByRole('button', { name: 'Map and stages' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill('Thrown away');
  await expect(page.getByRole('alert').filter({ hasText: 'storage is full' })).toBeVisible();
  await page.getByRole('link', { name: 'All maps' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Leave and lose changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Waymark' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open Online order to delivery' })).toBeVisible();
  await expect(page.getByText('Thrown away')).toHaveCount(0);
});

type Watched = { __rejections: string[]; __importFailures: number };

/**
 * Records, in the page, every failed load of lazily imported code (Vite's "vite:preloadError",
 * dispatched just before the import's promise rejects) and every unhandled rejection.
 */
async function watchImports(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as Watched;
    w.__rejections = [];
    w.__importFailures = 0;
    window.addEventListener('vite:preloadError', () => void w.__importFailures++);
    window.addEventListener('unhandledrejection', (event) => void w.__rejections.push(String(event.reason)));
  });
  return {
    importFailures: () => page.evaluate(() => (window as unknown as Watched).__importFailures),
    /** After a macrotask, so a rejection of the last failure had its chance to be reported. */
    rejections: () => page.evaluate(() => new Promise<string[]>((resolve) => setTimeout(() => resolve((window as unknown as Watched).__rejections), 0))),
  };
}

const EDITOR_CHUNK = '**/assets/EditorScreen-*.js';

test('a failure to load the editor says so and offers a retry that loads it', async ({ page }) => {
  await createFromTemplate(page, 'Online order to delivery');
  const watched = await watchImports(page);
  await page.route(EDITOR_CHUNK, (route) => route.abort('internetdisconnected'));
  await page.reload();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The editor could not be loaded');
  // Opening (main.tsx), the editor's route, and the background fetch 1.5 s later all failed.
  await expect.poll(watched.importFailures).toBeGreaterThanOrEqual(3);
  expect(await watched.rejections()).toEqual([]);

  await page.unroute(EDITOR_CHUNK);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('.react-flow__node-touchpoint').first()).toBeVisible();
  expect(await watched.rejections()).toEqual([]);
});

test('a failed background fetch of the editor is no unhandled rejection, and opening a map still works', async ({ page }) => {
  const watched = await watchImports(page);
  await page.route(EDITOR_CHUNK, (route) => route.abort('internetdisconnected'));
  await openLibrary(page);
  // The library fetches the editor 1.5 s after it is up.
  await expect.poll(watched.importFailures).toBe(1);
  expect(await watched.rejections()).toEqual([]);
  await page.unroute(EDITOR_CHUNK);
  await page.getByRole('button', { name: 'New map' }).click();
  await expect(page).toHaveURL(/#\/map\//);
  await expect(page.locator('[data-testid="lane"]').first()).toBeVisible();
  expect(await watched.rejections()).toEqual([]);
});
