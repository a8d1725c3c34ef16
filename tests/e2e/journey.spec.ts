import { expect, test, type Page } from '@playwright/test';
import { box, centre, drag, expectSaved, isInsideHorizontally, lane, openLibrary, steady, touchpoint } from './helpers';

async function addTouchpointInLane(page: Page, stage: string, title: string) {
  const b = await box(lane(page, stage));
  await page.mouse.dblclick(b.x + b.width / 2, b.y + 140);
  const details = page.getByRole('region', { name: 'Touchpoint details' });
  await expect(details.getByRole('textbox', { name: 'Title' })).toHaveValue('New touchpoint');
  await details.getByRole('textbox', { name: 'Title' }).fill(title);
  await details.getByRole('textbox', { name: 'Title' }).blur();
  await expect(touchpoint(page, title)).toBeVisible();
}

test('a user maps a journey, closes the tab, and finds all of it again', async ({ page, context }) => {
  await openLibrary(page);
  await page.getByRole('button', { name: 'New map' }).click();
  await expect(page.locator('[data-testid="lane"]')).toHaveCount(5);

  await addTouchpointInLane(page, 'Awareness', 'Instagram ad');
  await addTouchpointInLane(page, 'Purchase', 'ชำระเงิน checkout');
  const details = page.getByRole('region', { name: 'Touchpoint details' });
  await details.getByRole('combobox', { name: 'Channel' }).selectOption('web');
  await details.getByRole('button', { name: 'Negative', exact: true }).click();

  // Friction and a trust break on the checkout.
  await details.getByRole('button', { name: 'Add friction' }).click();
  await details.getByRole('combobox', { name: 'Friction severity' }).selectOption('high');
  await details.getByRole('textbox', { name: 'Friction note' }).fill('Asked to re-enter the address');
  await details.getByRole('button', { name: 'Add trust break' }).click();
  await details.getByRole('combobox', { name: 'Trust break kind' }).selectOption('hidden-cost');
  await details.getByRole('textbox', { name: 'Trust break note' }).fill('Delivery fee shown only here');

  // An expectation message with a measurable promise.
  await details.getByRole('button', { name: 'Add expectation message' }).click();
  await details.getByRole('combobox', { name: 'Expectation topic' }).fill('Delivery time');
  await details.getByRole('textbox', { name: 'Expectation message' }).fill('تحویل رایگان در ۳ روز');
  await details.getByRole('checkbox', { name: 'Measurable promise' }).check();
  await details.getByRole('textbox', { name: 'Promise value' }).fill('3');
  await details.getByRole('textbox', { name: 'Promise unit' }).fill('days');
  await details.getByRole('textbox', { name: 'Promise unit' }).blur();

  const checkout = touchpoint(page, 'ชำระเงิน checkout');
  await expect(checkout.getByLabel('1 friction point')).toBeVisible();
  await expect(checkout.getByLabel('1 trust break')).toBeVisible();
  await expect(checkout.getByLabel('1 expectation message')).toBeVisible();

  // Connect the ad to the checkout.
  await steady(checkout);
  await drag(page, await centre(touchpoint(page, 'Instagram ad').locator('.react-flow__handle-right')), await centre(checkout.locator('.react-flow__handle-left')));
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await expectSaved(page);
  const url = page.url();

  // Close the tab; open the app again in a new one.
  await page.close();
  const again = await context.newPage();
  await again.goto(url);
  await expect(touchpoint(again, 'Instagram ad')).toBeVisible();
  const reopened = touchpoint(again, 'ชำระเงิน checkout');
  await expect(reopened).toBeVisible();
  expect(await isInsideHorizontally(touchpoint(again, 'Instagram ad'), lane(again, 'Awareness'))).toBe(true);
  expect(await isInsideHorizontally(reopened, lane(again, 'Purchase'))).toBe(true);
  await expect(again.locator('.react-flow__edge')).toHaveCount(1);
  await expect(reopened.getByLabel('1 friction point')).toBeVisible();
  await expect(reopened.getByRole('img', { name: 'Negative' })).toBeVisible();

  await reopened.click();
  const form = again.getByRole('region', { name: 'Touchpoint details' });
  await expect(form.getByRole('combobox', { name: 'Friction severity' })).toHaveValue('high');
  await expect(form.getByRole('textbox', { name: 'Friction note' })).toHaveValue('Asked to re-enter the address');
  await expect(form.getByRole('combobox', { name: 'Trust break kind' })).toHaveValue('hidden-cost');
  await expect(form.getByRole('textbox', { name: 'Expectation message' })).toHaveValue('تحویل رایگان در ۳ روز');
  await expect(form.getByRole('textbox', { name: 'Expectation message' })).toHaveAttribute('dir', 'auto');
  await expect(form.getByRole('textbox', { name: 'Promise value' })).toHaveValue('3');
  await expect(form.getByRole('textbox', { name: 'Promise unit' })).toHaveValue('days');

  // The library shows the map with its counts.
  await again.getByRole('link', { name: 'All maps' }).click();
  await expect(again.getByRole('list', { name: 'Maps' }).getByRole('listitem').first()).toContainText('2 touchpoints');
});

test('typing in a field is one undo step, and the map panel edits title and persona', async ({ page }) => {
  await openLibrary(page);
  await page.getByRole('button', { name: 'New map' }).click();
  await page.getByRole('button', { name: 'Map and stages' }).click();
  const title = page.getByRole('textbox', { name: 'Title' });
  await title.fill('');
  await title.pressSequentially('Kettle journey', { delay: 10 });
  await title.blur();
  await page.getByRole('textbox', { name: 'Persona', exact: true }).fill('Dao');
  await page.getByRole('textbox', { name: 'Persona', exact: true }).blur();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kettle journey');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('textbox', { name: 'Persona', exact: true })).toHaveValue('');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Kettle journey');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kettle journey');
});
