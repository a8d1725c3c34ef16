import { expect, test } from '@playwright/test';
import { createFromTemplate, openLibrary } from './helpers';

test('every shipped template opens and renders all its touchpoints, Thai included', async ({ page }) => {
  await createFromTemplate(page, 'Online order to delivery');
  await expect(page.locator('.react-flow__node-touchpoint')).toHaveCount(8);
  await expect(page.locator('[data-testid="lane"]')).toHaveCount(5);
  await expect(page.locator('.react-flow__edge')).toHaveCount(7);

  await createFromTemplate(page, 'การไปพบแพทย์ที่คลินิก');
  await expect(page.locator('.react-flow__node-touchpoint')).toHaveCount(4);
  await expect(page.locator('.tp-title', { hasText: 'แอปนัดหมาย' })).toBeVisible();
  await expect(page.locator('.lane-name', { hasText: 'รอตรวจ' })).toBeVisible();

  await createFromTemplate(page, 'ثبت خسارت بیمه خودرو');
  await expect(page.locator('.react-flow__node-touchpoint')).toHaveCount(6);
  await expect(page.locator('[data-testid="lane"]')).toHaveCount(4);
  await expect(page.locator('.tp-title', { hasText: 'ثبت در اپلیکیشن' })).toBeVisible();
  await expect(page.locator('.lane-name', { hasText: 'اعلام خسارت' })).toBeVisible();
});

test('the library finds maps by title and persona', async ({ page }) => {
  await createFromTemplate(page, 'Online order to delivery');
  await createFromTemplate(page, 'การไปพบแพทย์ที่คลินิก');
  await openLibrary(page);
  const maps = page.getByRole('list', { name: 'Maps' });
  await expect(maps.getByRole('listitem')).toHaveCount(2);
  const search = page.getByRole('searchbox', { name: 'Search maps' });
  await search.fill('dao');
  await expect(maps.getByRole('listitem')).toHaveCount(1);
  await expect(maps.getByRole('listitem')).toContainText('Online order to delivery');
  await search.fill('คลินิก');
  await expect(maps.getByRole('listitem')).toHaveCount(1);
  await expect(maps.getByRole('listitem')).toContainText('การไปพบแพทย์ที่คลินิก');
  await search.fill('nothing like this');
  await expect(maps.getByRole('listitem')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'No map matches “nothing like this”.' })).toBeVisible();
  await search.fill('');
  await expect(maps.getByRole('listitem')).toHaveCount(2);
});

test('the library lists maps with their counts; rename, duplicate and a confirmed delete', async ({ page }) => {
  await createFromTemplate(page, 'Online order to delivery');
  await page.getByRole('link', { name: 'All maps' }).click();
  const maps = page.getByRole('list', { name: 'Maps' });
  await expect(maps.getByRole('listitem')).toHaveCount(1);
  await expect(maps.getByRole('listitem').first()).toContainText('5 stages');
  await expect(maps.getByRole('listitem').first()).toContainText('8 touchpoints');
  await expect(maps.getByRole('listitem').first()).toContainText('Dao, first-time online buyer');

  await page.getByRole('button', { name: 'Rename Online order to delivery' }).click();
  await page.getByRole('textbox', { name: 'Map title' }).fill('Kettle order — ร้านค้า');
  await page.getByRole('textbox', { name: 'Map title' }).press('Enter');
  await expect(maps).toContainText('Kettle order — ร้านค้า');

  await page.getByRole('button', { name: 'Duplicate Kettle order — ร้านค้า' }).click();
  await expect(maps.getByRole('listitem')).toHaveCount(2);

  // Cancel keeps the map; only the confirmed delete removes it.
  await page.getByRole('button', { name: 'Delete Kettle order — ร้านค้า', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(maps.getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Delete Kettle order — ร้านค้า', exact: true }).click();
  await expect(page.getByRole('dialog')).toContainText('8 touchpoints');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(maps.getByRole('listitem')).toHaveCount(1);

  await page.reload();
  await expect(page.getByRole('list', { name: 'Maps' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Maps' })).toContainText('Kettle order — ร้านค้า (copy)');
});

test('a new map opens with the five default stages', async ({ page }) => {
  await openLibrary(page);
  await page.getByRole('button', { name: 'New map' }).click();
  await expect(page).toHaveURL(/#\/map\//);
  await expect(page.locator('.lane-name')).toHaveText(['Awareness', 'Consideration', 'Purchase', 'Delivery', 'Support']);
});
