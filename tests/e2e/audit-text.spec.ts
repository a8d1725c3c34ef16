// Promises read from the words of a message: typed with no promise fields, found by the audit, in
// its panel and its CSV, offered in the inspector (accept, dismiss), kept over a reload. And the
// priorities: the ranking worst first, its exports, and the "Top priorities" lens.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { box, createFromTemplate, expectSaved, lane, openLibrary, parseCsv, touchpoint } from './helpers';

async function addTouchpoint(page: Page, stage: string, title: string, topic: string, message: string) {
  // The whole map in view, beside the details panel: each lane gets one card.
  await page.getByRole('button', { name: 'Fit View' }).click();
  const b = await box(lane(page, stage));
  await page.mouse.dblclick(b.x + b.width / 2, b.y + 140);
  const details = page.getByRole('region', { name: 'Touchpoint details' });
  await expect(details.getByRole('textbox', { name: 'Title' })).toHaveValue('New touchpoint');
  await details.getByRole('textbox', { name: 'Title' }).fill(title);
  await details.getByRole('textbox', { name: 'Title' }).blur();
  await details.getByRole('button', { name: 'Add expectation message' }).click();
  await details.getByRole('combobox', { name: 'Expectation topic' }).fill(topic);
  await details.getByRole('textbox', { name: 'Expectation message' }).fill(message);
  await details.getByRole('textbox', { name: 'Expectation message' }).blur();
  await expect(touchpoint(page, title).getByLabel('1 expectation message')).toBeVisible();
}

const kindCount = (page: Page, kind: string) => page.locator(`.side-panel-audit .audit-kind.is-${kind} .audit-count`);

test('promises typed only in the words are compared, exported, offered in the inspector, accepted and dismissed', async ({ page }) => {
  await openLibrary(page);
  await page.getByRole('button', { name: 'New map' }).click();
  await expect(page.locator('[data-testid="lane"]')).toHaveCount(5);
  await addTouchpoint(page, 'Awareness', 'Product page', 'Delivery', 'Delivered within 2 days');
  await addTouchpoint(page, 'Consideration', 'Checkout', 'Delivery', 'Ships in 5 working days');
  await addTouchpoint(page, 'Purchase', 'Chat', 'Reply', 'Reply within 2 hours');
  await addTouchpoint(page, 'Delivery', 'Email', 'reply', 'Reply within 120 minutes');

  // The audit: "2 days" against "5 working days" (5 to 9 calendar days) conflicts, and says it was
  // read from the text; "2 hours" and "120 minutes" are one promise.
  await page.getByRole('button', { name: /^Audit, \d+ findings?$/ }).click();
  const panel = page.getByRole('region', { name: 'Expectation audit' });
  const conflicts = panel.getByRole('region', { name: /^Conflicting messages/ });
  await expect(kindCount(page, 'conflict')).toHaveText('1');
  const delivery = conflicts.getByRole('listitem').filter({ has: page.getByRole('button', { name: /^Delivery/ }) });
  await expect(delivery.locator('.audit-version')).toHaveText(['2 days (read from the text)', '5 working days (5 to 9 calendar days; read from the text)']);
  await expect(delivery.locator('.audit-from-text')).toHaveText('Relies on a promise read from the message text, not typed in.');
  await expect(conflicts.getByRole('button', { name: /^Reply/ })).toHaveCount(0);

  // The CSV (a real download): the conflict's rows say where their promise comes from; the
  // agreeing messages are rows with no finding.
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'CSV', exact: true }).click()]);
  const rows = parseCsv((await readFile(await download.path(), 'utf8')).slice(1));
  const [headers, ...body] = rows as [string[], ...string[][]];
  const cell = (row: string[], name: string) => row[headers.indexOf(name)];
  const conflictRows = body.filter((row) => cell(row, 'Finding') === 'Conflicting messages');
  expect(conflictRows.map((row) => [cell(row, 'Touchpoint'), cell(row, 'Message'), cell(row, 'Promise'), cell(row, 'Promise source')])).toEqual([
    ['Product page', 'Delivered within 2 days', '2 days (read from the text; lower is better)', 'Read from the text'],
    ['Checkout', 'Ships in 5 working days', '5 working days (5 to 9 calendar days; read from the text; lower is better)', 'Read from the text'],
  ]);
  expect(body.filter((row) => cell(row, 'Topic') === 'Reply').map((row) => [cell(row, 'Finding'), cell(row, 'Promise'), cell(row, 'Promise source')])).toEqual([
    ['No finding', '2 hours (read from the text; lower is better)', 'Read from the text'],
    ['No finding', '120 minutes (read from the text; lower is better)', 'Read from the text'],
  ]);

  // The inspector offers the promise it read beside the message. Accept makes it typed.
  await delivery.getByRole('button', { name: 'Product page' }).click();
  const details = page.getByRole('region', { name: 'Touchpoint details' });
  await expect(details.getByRole('textbox', { name: 'Title' })).toHaveValue('Product page');
  const offer = details.getByRole('group', { name: 'Promise read from the text: within 2 days' });
  await expect(offer).toContainText('Read from the text: within 2 days');
  await expect(details.getByRole('checkbox', { name: 'Measurable promise' })).not.toBeChecked();
  await page.screenshot({ path: 'test-results/audit-text-offer-1440x900.png' });
  await offer.getByRole('button', { name: 'Accept' }).click();
  await expect(offer).toBeHidden();
  await expect(details.getByRole('checkbox', { name: 'Measurable promise' })).toBeChecked();
  await expect(details.getByRole('textbox', { name: 'Promise value' })).toHaveValue('2');
  await expect(details.getByRole('textbox', { name: 'Promise unit' })).toHaveValue('days');
  await expect(delivery.locator('.audit-version')).toHaveText(['2 days', '5 working days (5 to 9 calendar days; read from the text)']);

  // Dismiss the checkout's reading: it is then compared by its words, so no conflict is left.
  await delivery.getByRole('button', { name: 'Checkout' }).click();
  await expect(details.getByRole('textbox', { name: 'Title' })).toHaveValue('Checkout');
  const checkoutOffer = details.getByRole('group', { name: 'Promise read from the text: in 5 working days' });
  await checkoutOffer.getByRole('button', { name: 'Dismiss' }).click();
  await expect(checkoutOffer).toBeHidden();
  await expect(details.getByText('No promise is read from this message.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Audit, 0 findings' })).toBeVisible();
  await expect(panel.getByText('No findings: the messages agree')).toBeVisible();
  await expectSaved(page);

  // After a reload the reading stays dismissed, and the accepted promise stays typed.
  await page.reload();
  await expect(touchpoint(page, 'Checkout')).toBeVisible();
  await touchpoint(page, 'Checkout').click();
  await expect(details.getByRole('textbox', { name: 'Title' })).toHaveValue('Checkout');
  await expect(details.getByText('No promise is read from this message.')).toBeVisible();
  await expect(details.getByRole('group', { name: /^Promise read from the text/ })).toHaveCount(0);
  await expect(details.getByRole('button', { name: 'Read the text again' })).toBeVisible();
  await touchpoint(page, 'Product page').click();
  await expect(details.getByRole('textbox', { name: 'Promise value' })).toHaveValue('2');
  await expect(details.getByRole('group', { name: /^Promise read from the text/ })).toHaveCount(0);
});

test('priorities rank the template worst first; a click selects the card; the ranking downloads; the lens lights the top', async ({ page }) => {
  await createFromTemplate(page, 'Online order to delivery');
  await page.getByRole('button', { name: /^Audit, \d+ findings?$/ }).click();
  const panel = page.getByRole('region', { name: 'Expectation audit' });
  await panel.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Priorities' }).click();
  const ranking = panel.getByRole('list', { name: 'Touchpoints ranked worst first' });
  const rows = ranking.locator(':scope > li');
  await expect(rows).toHaveCount(4);
  await expect(rows.locator('.audit-priority-rank')).toHaveText(['#1', '#2', '#3', '#4']);
  await expect(rows.locator('.audit-priority-score-value')).toHaveText(['13', '9', '7', '2']);
  await expect(rows.locator('.audit-finding-title')).toHaveText(['Parcel arrives', 'Checkout', 'Call centre', 'Satisfaction survey']);
  await expect(rows.nth(0).getByRole('list', { name: 'Why' }).getByRole('listitem')).toHaveText([
    'Very negative emotion+4', '1 high friction point+3', '1 trust break+3', '1 broken promise+3',
  ]);
  await expect(rows.nth(1)).toContainText('Show delivery fee on the product page');
  await expect(rows.nth(0)).toContainText('No open action yet');
  await page.screenshot({ path: 'test-results/audit-priorities-1440x900.png' });

  await rows.nth(1).getByRole('button', { name: /Checkout/ }).click();
  await expect(touchpoint(page, 'Checkout')).toHaveClass(/\bselected\b/);
  await expect(page.getByRole('region', { name: 'Touchpoint details' }).getByRole('textbox', { name: 'Title' })).toHaveValue('Checkout');

  const [csv] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Ranking CSV' }).click()]);
  expect(csv.suggestedFilename()).toBe('Online-order-to-delivery-priorities.csv');
  const table = parseCsv((await readFile(await csv.path(), 'utf8')).slice(1));
  expect(table.map((row) => row.slice(0, 4))).toEqual([
    ['Rank', 'Score', 'Stage', 'Touchpoint'],
    ['1', '13', 'Delivery', 'Parcel arrives'],
    ['2', '9', 'Purchase', 'Checkout'],
    ['3', '7', 'Support', 'Call centre'],
    ['4', '2', 'Support', 'Satisfaction survey'],
  ]);
  const [report] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Ranking report' }).click()]);
  expect(report.suggestedFilename()).toBe('Online-order-to-delivery-priorities.md');
  expect(await readFile(await report.path(), 'utf8')).toContain('| #1 | 13 | **Parcel arrives** | Delivery |');

  // The full page, on the shared screen, starts with the same ranking; a row selects its card.
  await panel.getByRole('button', { name: 'Full page' }).click();
  const full = page.getByRole('dialog', { name: 'Expectation audit' });
  const fullRanking = full.getByRole('list', { name: 'Touchpoints ranked worst first' }).locator(':scope > li');
  await expect(fullRanking.locator('.audit-finding-title')).toHaveText(['Parcel arrives', 'Checkout', 'Call centre', 'Satisfaction survey']);
  await page.screenshot({ path: 'test-results/audit-full-page-priorities-1440x900.png' });
  await fullRanking.nth(2).getByRole('button', { name: /Call centre/ }).click();
  await expect(full).toBeHidden();
  await expect(touchpoint(page, 'Call centre')).toHaveClass(/\bselected\b/);

  // The lens: the ranked cards stay lit, the rest fade.
  await page.getByRole('combobox', { name: 'Lens' }).selectOption('priorities');
  await expect(touchpoint(page, 'Parcel arrives').locator('.tp-node')).toHaveCSS('opacity', '1');
  await expect(touchpoint(page, 'Satisfaction survey').locator('.tp-node')).toHaveCSS('opacity', '1');
  await expect(touchpoint(page, 'Product page').locator('.tp-node')).toHaveCSS('opacity', '0.15');
  await expect(touchpoint(page, 'Social media ad').locator('.tp-node')).toHaveCSS('opacity', '0.15');
});
