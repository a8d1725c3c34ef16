import { expect, test } from '@playwright/test';
import { createFromTemplate, expectSaved, isInsideHorizontally, lane, touchpoint } from './helpers';

test('stages are renamed, recoloured and reordered, and their touchpoints move with them', async ({ page }) => {
  await createFromTemplate(page, 'Online order to delivery');
  await page.getByRole('button', { name: 'Map and stages' }).click();
  const name = page.getByRole('textbox', { name: 'Stage name 2' });
  await name.fill('Research — مقایسه');
  await name.blur();
  await expect(page.locator('.lane-name').nth(1)).toHaveText('Research — مقایسه');
  await expect(page.locator('.lane-name').nth(1)).toHaveAttribute('dir', 'auto');

  await page.getByRole('textbox', { name: 'Stage colour: Research — مقایسه' }).fill('#123456');
  await expect(lane(page, 'Research')).toHaveAttribute('style', /--lane-color: #123456/);

  await page.getByRole('button', { name: 'Move stage later: Research — مقایسه' }).click();
  await expect(page.locator('.lane-name')).toHaveText(['Awareness', 'Purchase', 'Research — مقایسه', 'Delivery', 'Support']);
  expect(await isInsideHorizontally(touchpoint(page, 'Product page'), lane(page, 'Research'))).toBe(true);
  expect(await isInsideHorizontally(touchpoint(page, 'Checkout'), lane(page, 'Purchase'))).toBe(true);

  await page.getByRole('button', { name: 'Add stage' }).last().click();
  await expect(page.locator('.lane-name')).toHaveCount(6);
  await expect(page.locator('.lane-name').last()).toHaveText('New stage');

  await expectSaved(page);
  await page.reload();
  await expect(page.locator('.lane-name')).toHaveText(['Awareness', 'Purchase', 'Research — مقایسه', 'Delivery', 'Support', 'New stage']);
  expect(await isInsideHorizontally(touchpoint(page, 'Customer reviews'), lane(page, 'Research'))).toBe(true);
});

test('metrics, pillars, evidence, actions, experiences and votes are kept through a reload', async ({ page }) => {
  await createFromTemplate(page, 'Online order to delivery');
  await touchpoint(page, 'Call centre').click();
  const details = page.getByRole('region', { name: 'Touchpoint details' });

  await details.getByRole('button', { name: 'Add metric' }).click();
  const metric = details.getByRole('group', { name: 'Metric 2', exact: true });
  await metric.getByRole('combobox', { name: 'Metric type' }).selectOption('nps');
  await metric.getByRole('textbox', { name: 'Metric value' }).fill('-35');
  await metric.getByRole('textbox', { name: 'Metric target' }).fill('10');

  await details.getByRole('checkbox', { name: 'Empathy' }).check();

  await details.getByRole('button', { name: 'Add quote' }).click();
  await details.getByRole('textbox', { name: 'Customer quote' }).last().fill('我打了三次电话才找到人');
  await details.getByRole('textbox', { name: 'Quote source' }).last().fill('Call transcript');

  await details.getByRole('button', { name: 'Add action' }).click();
  await details.getByRole('textbox', { name: 'Action text' }).fill('Send tracking links before customers have to call');
  await details.getByRole('textbox', { name: 'Action owner' }).fill('Logistics lead');
  await details.getByRole('textbox', { name: 'Due date' }).fill('2026-12-15');
  await details.getByRole('combobox', { name: 'Action status' }).selectOption('doing');

  await details.getByRole('button', { name: 'Add experience' }).click();
  await details.getByRole('combobox', { name: 'Experience topic' }).fill('Delivery time');
  await details.getByRole('checkbox', { name: 'Measured result' }).check();
  await details.getByRole('textbox', { name: 'Actual value' }).fill('7');
  await details.getByRole('textbox', { name: 'Actual unit' }).fill('days');

  await details.getByRole('button', { name: 'Add a vote' }).click();
  await details.getByRole('button', { name: 'Add a vote' }).click();
  await details.getByRole('textbox', { name: 'Actual unit' }).blur();
  await expect(touchpoint(page, 'Call centre').getByLabel('2 votes')).toBeVisible();

  await expectSaved(page);
  await page.reload();
  await touchpoint(page, 'Call centre').click();
  const again = page.getByRole('region', { name: 'Touchpoint details' });
  const nps = again.getByRole('group', { name: 'Metric 2', exact: true });
  await expect(nps.getByRole('combobox', { name: 'Metric type' })).toHaveValue('nps');
  await expect(nps.getByRole('textbox', { name: 'Metric value' })).toHaveValue('-35');
  await expect(nps.getByRole('textbox', { name: 'Metric target' })).toHaveValue('10');
  await expect(again.getByRole('checkbox', { name: 'Empathy' })).toBeChecked();
  await expect(again.getByRole('textbox', { name: 'Customer quote' }).last()).toHaveValue('我打了三次电话才找到人');
  await expect(again.getByRole('textbox', { name: 'Action owner' })).toHaveValue('Logistics lead');
  await expect(again.getByRole('textbox', { name: 'Due date' })).toHaveValue('2026-12-15');
  await expect(again.getByRole('combobox', { name: 'Action status' })).toHaveValue('doing');
  await expect(again.getByRole('textbox', { name: 'Actual value' })).toHaveValue('7');
  await expect(again.getByRole('textbox', { name: 'Votes' })).toHaveValue('2');
});
