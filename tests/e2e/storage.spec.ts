import { expect, test } from '@playwright/test';
import { createFromTemplate, expectSaved } from './helpers';

// Chromium throws QuotaExceededError from IndexedDB when the disk quota is used up. The test
// cannot fill a real disk, so it makes the real IndexedDB's write calls throw that same error
// while the flag is set, and checks what the user sees and that nothing is lost.
test('a failed save is shown, the work stays, and a retry saves it', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __failWrites?: boolean };
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
        if (w.__failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      } as typeof original;
    }
  });
  await createFromTemplate(page, 'Online order to delivery');
  await page.evaluate(() => ((window as unknown as { __failWrites?: boolean }).__failWrites = true));

  await page.getByRole('button', { name: 'Map and stages' }).click();
  const title = page.getByRole('textbox', { name: 'Title' });
  await title.fill('Kettle order, after the workshop');
  await title.blur();

  const alert = page.getByRole('alert').filter({ hasText: 'storage is full' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('your work is kept in this tab');
  // The edit is still on screen, in memory.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kettle order, after the workshop');

  await page.evaluate(() => ((window as unknown as { __failWrites?: boolean }).__failWrites = false));
  await alert.getByRole('button', { name: 'Retry now' }).click();
  await expectSaved(page);
  await expect(alert).toBeHidden();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kettle order, after the workshop');
});

test('a map that fails validation in storage is not opened, and the user is told what is wrong', async ({ page }) => {
  await createFromTemplate(page, 'Online order to delivery');
  await expectSaved(page);
  const mapId = decodeURIComponent(page.url().split('#/map/')[1] ?? '');
  // Something outside Waymark (an old version, an extension) damaged a record.
  await page.evaluate(async (id) => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('waymark');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('touchpoints', 'readwrite');
        const store = tx.objectStore('touchpoints');
        const get = store.get([id, 'checkout']);
        get.onsuccess = () => store.put({ ...get.result, emotion: 7 });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      };
    });
  }, mapId);
  await page.reload();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('does not pass validation');
  await expect(alert).toContainText('emotion');
});
