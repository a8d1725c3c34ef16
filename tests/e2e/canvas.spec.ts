import { expect, test } from '@playwright/test';
import { box, centre, connectHandles, createFromTemplate, drag, expectSaved, isInsideHorizontally, lane, steady, touchpoint } from './helpers';

test('a drag is one undo step; undo and redo move the touchpoint back and forth, and a drop in another lane changes its stage', async ({ page }) => {
  await createFromTemplate(page, 'Online order to delivery');
  const ad = touchpoint(page, 'Social media ad');
  // Heights are measured against a card that never moves, since the canvas may pan.
  const drop = async () => (await box(ad)).y - (await box(touchpoint(page, 'Product page'))).y;
  const start = await centre(ad.locator('.tp-title'));
  const consideration = await box(lane(page, 'Consideration'));
  // Drop it in the Consideration lane, lower down.
  await drag(page, start, { x: consideration.x + consideration.width / 2, y: start.y + 260 });
  await expect.poll(drop).toBeGreaterThan(200);
  expect(await isInsideHorizontally(ad, lane(page, 'Consideration'))).toBe(true);
  await ad.click();
  await expect(page.getByRole('combobox', { name: 'Stage' })).toHaveValue('consider');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => Math.round(await drop())).toBe(0);
  await steady(ad);
  expect(await isInsideHorizontally(ad, lane(page, 'Awareness'))).toBe(true);

  await page.getByRole('button', { name: 'Redo' }).click();
  await expect.poll(drop).toBeGreaterThan(200);

  // Keyboard: Ctrl+Z undoes the drag again, and the reload shows what was saved.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect.poll(async () => Math.round(await drop())).toBe(0);
  await expectSaved(page);
  await page.reload();
  await expect(touchpoint(page, 'Social media ad')).toBeVisible();
  await expect.poll(async () => Math.round(await drop())).toBe(0);
  expect(await isInsideHorizontally(touchpoint(page, 'Social media ad'), lane(page, 'Awareness'))).toBe(true);
});

test('deleting a stage that has touchpoints asks, moves them to the neighbour, and can be undone', async ({ page }) => {
  await createFromTemplate(page, 'Online order to delivery');
  await page.getByRole('button', { name: 'Map and stages' }).click();
  await page.getByRole('button', { name: 'Delete stage: Consideration' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete the stage “Consideration”?' });
  await expect(dialog).toContainText('2 touchpoints will move to “Awareness”');
  await dialog.getByRole('button', { name: 'Delete' }).click();

  await expect(page.locator('[data-testid="lane"]')).toHaveCount(4);
  await expect(page.locator('.react-flow__node-touchpoint')).toHaveCount(8);
  await expect(page.getByRole('status').filter({ hasText: '2 touchpoints moved to “Awareness”' })).toBeVisible();
  for (const title of ['Product page', 'Customer reviews', 'Social media ad']) {
    expect(await isInsideHorizontally(touchpoint(page, title), lane(page, 'Awareness'))).toBe(true);
  }
  // Later stages moved one lane left with their touchpoints.
  expect(await isInsideHorizontally(touchpoint(page, 'Checkout'), lane(page, 'Purchase'))).toBe(true);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('[data-testid="lane"]')).toHaveCount(5);
  expect(await isInsideHorizontally(touchpoint(page, 'Product page'), lane(page, 'Consideration'))).toBe(true);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.locator('[data-testid="lane"]')).toHaveCount(4);

  await expectSaved(page);
  await page.reload();
  await expect(page.locator('[data-testid="lane"]')).toHaveCount(4);
  expect(await isInsideHorizontally(touchpoint(page, 'Product page'), lane(page, 'Awareness'))).toBe(true);
});

test('the last stage cannot be deleted: the user is told why', async ({ page }) => {
  await createFromTemplate(page, 'Online order to delivery');
  await page.getByRole('button', { name: 'Map and stages' }).click();
  for (const name of ['Awareness', 'Consideration', 'Purchase', 'Delivery']) {
    await page.getByRole('button', { name: `Delete stage: ${name}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  }
  await expect(page.locator('[data-testid="lane"]')).toHaveCount(1);
  await expect(page.locator('.react-flow__node-touchpoint')).toHaveCount(8);
  await page.getByRole('button', { name: 'Delete stage: Support' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'at least one stage' })).toBeVisible();
  await expect(page.locator('[data-testid="lane"]')).toHaveCount(1);
});

test('copy, paste, duplicate and delete touchpoints; box selection picks several', async ({ page }) => {
  await createFromTemplate(page, 'Online order to delivery');
  const nodes = page.locator('.react-flow__node-touchpoint');
  await touchpoint(page, 'Checkout').click();
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(nodes).toHaveCount(9);
  await page.keyboard.press('Control+d');
  await expect(nodes).toHaveCount(10);
  await expect(page.locator('.tp-title', { hasText: 'Checkout' })).toHaveCount(3);
  await page.keyboard.press('Delete');
  await expect(nodes).toHaveCount(9);

  // Shift+click adds to the selection; Delete removes both with their arrows.
  await touchpoint(page, 'Call centre').click();
  // The details panel opens and the canvas pans to keep the selection in view: wait until the
  // next card has stopped moving (on a busy machine the pan ends later).
  await expect(page.getByRole('region', { name: 'Touchpoint details' })).toBeVisible();
  await steady(touchpoint(page, 'Satisfaction survey'));
  await touchpoint(page, 'Satisfaction survey').click({ modifiers: ['Shift'] });
  await expect(page.locator('.react-flow__node-touchpoint.selected')).toHaveCount(2);
  await page.keyboard.press('Delete');
  await expect(nodes).toHaveCount(7);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(nodes).toHaveCount(9);

  // Shift+drag draws a selection box around the Delivery and Support lanes' touchpoints.
  const parcel = await box(touchpoint(page, 'Parcel arrives'));
  const survey = await box(touchpoint(page, 'Satisfaction survey'));
  await page.keyboard.down('Shift');
  await drag(page, { x: parcel.x - 20, y: parcel.y - 20 }, { x: survey.x + survey.width + 20, y: survey.y + survey.height + 20 });
  await page.keyboard.up('Shift');
  await expect(page.locator('.react-flow__node-touchpoint.selected')).toHaveCount(3);
});

test('double-click on empty canvas adds a touchpoint in that lane; arrows connect touchpoints and their labels can be edited', async ({ page }) => {
  await createFromTemplate(page, 'Online order to delivery');
  const delivery = await box(lane(page, 'Delivery'));
  await page.mouse.dblclick(delivery.x + delivery.width / 2, delivery.y + delivery.height - 120);
  const created = touchpoint(page, 'New touchpoint');
  await expect(created).toBeVisible();
  await steady(created);
  expect(await isInsideHorizontally(created, lane(page, 'Delivery'))).toBe(true);

  // Connect "Parcel arrives" -> the new touchpoint by dragging between their handles.
  const edges = page.locator('.react-flow__edge');
  await expect(edges).toHaveCount(7);
  await connectHandles(page, touchpoint(page, 'Parcel arrives').locator('.react-flow__handle-right'), created.locator('.react-flow__handle-left'));
  await expect(edges).toHaveCount(8);

  // Edit an existing label in place.
  await page.locator('.edge-label-text', { hasText: 'checks' }).dblclick();
  const input = page.getByRole('textbox', { name: 'Edit arrow label' });
  await input.fill('reads reviews');
  await input.press('Enter');
  await expect(page.locator('.edge-label-text', { hasText: 'reads reviews' })).toBeVisible();

  // An arrow without a label gets one by double-clicking the arrow itself.
  const unlabelled = page.locator('.react-flow__edge[data-id="c3"]');
  const arrow = await centre(unlabelled);
  await page.mouse.dblclick(arrow.x, arrow.y);
  await page.getByRole('textbox', { name: 'Edit arrow label' }).fill('adds to basket');
  await page.getByRole('textbox', { name: 'Edit arrow label' }).press('Enter');
  await expect(page.locator('.edge-label-text', { hasText: 'adds to basket' })).toBeVisible();

  // A selected arrow is deleted with the Delete key.
  const vertical = await centre(page.locator('.react-flow__edge[data-id="c4"]'));
  await page.mouse.click(vertical.x, vertical.y);
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__edge')).toHaveCount(7);
  await expectSaved(page);
  await page.reload();
  await expect(page.locator('.edge-label-text', { hasText: 'reads reviews' })).toBeVisible();
  await expect(page.locator('.edge-label-text', { hasText: 'adds to basket' })).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(7);
});
