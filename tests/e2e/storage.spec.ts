import { expect, test } from '@playwright/test';
import * as Y from 'yjs';
import { createFromTemplate, expectSaved, failWritesWhenAsked, setWritesFailing } from './helpers';

// Chromium throws QuotaExceededError from IndexedDB when the disk quota is used up. The test
// cannot fill a real disk, so it makes the real IndexedDB's write calls throw that same error
// while the flag is set, and checks what the user sees and that nothing is lost.
test('a failed save is shown, the work stays, and a retry saves it', async ({ page }) => {
  await failWritesWhenAsked(page);
  await createFromTemplate(page, 'Online order to delivery');
  await setWritesFailing(page, true);

  await page.getByRole('button', { name: 'Map and stages' }).click();
  const title = page.getByRole('textbox', { name: 'Title' });
  await title.fill('Kettle order, after the workshop');
  await title.blur();

  const alert = page.getByRole('alert').filter({ hasText: 'storage is full' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('your work is kept in this tab');
  // The edit is still on screen, in memory.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kettle order, after the workshop');

  // The disk frees up at the moment the user presses "Retry now" (not before: the automatic
  // retry would otherwise win the race on a slow machine and take the button away).
  const retryNow = alert.getByRole('button', { name: 'Retry now' });
  await page.evaluate(() =>
    document.addEventListener('pointerdown', (event) => {
      if ((event.target as Element).closest('button')?.textContent === 'Retry now') (window as unknown as { __failWrites?: boolean }).__failWrites = false;
    }, { capture: true }),
  );
  await retryNow.click();
  await expectSaved(page);
  await expect(alert).toBeHidden();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kettle order, after the workshop');
});

test('a map that fails validation in storage is not opened, and the user is told what is wrong', async ({ page }) => {
  await createFromTemplate(page, 'Online order to delivery');
  await expectSaved(page);
  const mapId = decodeURIComponent(page.url().split('#/map/')[1] ?? '');
  // Something outside Waymark (an old version, an extension) appended a damaging change to the
  // map's update log: the 'checkout' touchpoint's emotion set to 7.
  const stored = await page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('waymark');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const rows = await new Promise<Array<{ update: Uint8Array }>>((resolve, reject) => {
      const request = db.transaction('updates').objectStore('updates').index('mapId').getAll(id);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return rows.map((row) => Array.from(row.update));
  }, mapId);
  expect(stored.length).toBeGreaterThan(0);
  const doc = new Y.Doc();
  for (const update of stored) Y.applyUpdate(doc, Uint8Array.from(update));
  const before = Y.encodeStateVector(doc);
  const checkout = doc.getArray<Y.Map<unknown>>('touchpoints').toArray().find((touchpoint) => touchpoint.get('id') === 'checkout');
  if (!checkout) throw new Error('no checkout touchpoint in the stored document');
  expect(checkout.get('emotion')).toBe(-1);
  checkout.set('emotion', 7);
  const damage = Array.from(Y.encodeStateAsUpdate(doc, before));
  await page.evaluate(
    async ({ id, update }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('waymark');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('updates', 'readwrite');
        tx.objectStore('updates').add({ mapId: id, update: Uint8Array.from(update) });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { id: mapId, update: damage },
  );
  await page.reload();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('does not pass validation');
  await expect(alert).toContainText('emotion');
});
