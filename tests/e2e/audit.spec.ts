import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { box, createFromTemplate, parseCsv, steady, touchpoint } from './helpers';

async function openAudit(page: Page) {
  await page.getByRole('button', { name: /^Audit, \d+ findings?$/ }).click();
  const panel = page.getByRole('region', { name: 'Expectation audit' });
  await expect(panel).toBeVisible();
  return panel;
}

const kindCount = (page: Page, kind: string) => page.locator(`.side-panel-audit .audit-kind.is-${kind} .audit-count`);

test('the audit finds the delivery-time conflict and the broken promise, follows edits and undo, and exports CSV', async ({ page }) => {
  await createFromTemplate(page, 'Online order to delivery');
  await expect(page.getByRole('button', { name: 'Audit, 8 findings' })).toBeVisible();
  const panel = await openAudit(page);

  // Conflicting messages: delivery time (3 days vs 5 days vs the checkout's "5-7 working days",
  // read from its text) and returns (30 days vs 14 days, both read from the text).
  const conflicts = panel.getByRole('region', { name: /^Conflicting messages/ });
  await expect(kindCount(page, 'conflict')).toHaveText('2');
  const delivery = conflicts.getByRole('listitem').filter({ has: page.getByRole('button', { name: /^Delivery time/ }) });
  await expect(delivery.locator('.audit-version')).toHaveText(['3 days', '5 days', '5–7 working days (5 to 11 calendar days; read from the text)']);
  await expect(delivery.locator('.audit-from-text')).toHaveText('Relies on a promise read from the message text, not typed in.');
  await expect(delivery.locator('.audit-versions li').first().getByRole('button')).toHaveText(['Social media ad', 'Order confirmation email']);

  // The broken promise, in words; a click selects "Parcel arrives" and centres the canvas on it.
  const broken = panel.getByRole('region', { name: /^Broken promises/ });
  await expect(kindCount(page, 'broken-promise')).toHaveText('1');
  const brokenFinding = broken.getByRole('button', { name: /Delivery time.*Parcel arrives.*promised 3 days, experienced 7 days: broken by 4 days/ });
  await expect(brokenFinding).toBeVisible();
  await brokenFinding.click();
  const parcel = touchpoint(page, 'Parcel arrives');
  await expect(parcel).toHaveClass(/\bselected\b/);
  const details = page.getByRole('region', { name: 'Touchpoint details' });
  await expect(details.getByRole('textbox', { name: 'Title' })).toHaveValue('Parcel arrives');
  await expect(panel).toBeVisible(); // the audit stays open beside the details
  await steady(parcel);
  const canvas = await box(page.locator('.react-flow'));
  const card = await box(parcel);
  expect(Math.abs(card.x + card.width / 2 - (canvas.x + canvas.width / 2))).toBeLessThan(40);
  expect(Math.abs(card.y + card.height / 2 - (canvas.y + canvas.height / 2))).toBeLessThan(40);

  // Touchpoints with findings carry a mark (every one here: the checkout's "5-7 working days" is
  // read from its text and conflicts); the toggle fades the others.
  await page.getByRole('button', { name: 'Fit View' }).click();
  await expect(parcel.getByRole('img', { name: 'Audit: Broken promise, Silent touchpoint, Uncovered pain' })).toBeVisible();
  await expect(touchpoint(page, 'Checkout').getByRole('img', { name: 'Audit: Conflicting messages' })).toBeVisible();
  await panel.getByRole('checkbox', { name: 'Show only touchpoints with findings' }).check();
  await expect(page.locator('.tp-node.is-dimmed')).toHaveCount(0);
  await panel.getByRole('group', { name: 'Kinds of finding to show on the canvas' }).getByRole('button', { name: 'Silent touchpoint' }).click();
  await panel.getByRole('group', { name: 'Kinds of finding to show on the canvas' }).getByRole('button', { name: 'Conflicting messages' }).click();
  await expect(touchpoint(page, 'Customer reviews').locator('.tp-node')).toHaveClass(/is-dimmed/); // silent only
  await expect(touchpoint(page, 'Checkout').locator('.tp-node')).toHaveClass(/is-dimmed/); // conflicting only
  await expect(parcel.locator('.tp-node')).not.toHaveClass(/is-dimmed/);
  // The ad and the email made the promise broken at the parcel: they take part in it, so they stay lit.
  await expect(touchpoint(page, 'Social media ad').locator('.tp-node')).not.toHaveClass(/is-dimmed/);
  await expect(touchpoint(page, 'Order confirmation email').locator('.tp-node')).not.toHaveClass(/is-dimmed/);
  await panel.getByRole('checkbox', { name: 'Show only touchpoints with findings' }).uncheck();
  await expect(page.locator('.tp-node.is-dimmed')).toHaveCount(0);

  // Fix the ad's promise in the inspector: it now agrees with the product page, but the
  // confirmation email still says 3 days, so the topic still conflicts…
  await delivery.getByRole('button', { name: 'Social media ad' }).click();
  await expect(details.getByRole('textbox', { name: 'Title' })).toHaveValue('Social media ad');
  await details.getByRole('textbox', { name: 'Expectation message' }).fill('Free delivery within 5 days');
  await details.getByRole('textbox', { name: 'Promise value' }).fill('5');
  await details.getByRole('textbox', { name: 'Promise value' }).blur();
  await expect(delivery.locator('.audit-version')).toHaveText(['5 days', '5–7 working days (5 to 11 calendar days; read from the text)', '3 days']);
  await expect(delivery.locator('.audit-versions li').first().getByRole('button')).toHaveText(['Social media ad', 'Product page']);
  await expect(kindCount(page, 'conflict')).toHaveText('2');
  // …and the broken promise is now measured against the confirmation email's 3 days.
  await expect(broken.getByRole('button', { name: /promised 3 days, experienced 7 days: broken by 4 days/ })).toBeVisible();

  // Fix the confirmation email too: delivery time agrees everywhere (5 days is within the
  // checkout's 5 to 11 calendar days), one conflict is left.
  await delivery.getByRole('button', { name: 'Order confirmation email' }).click();
  await expect(details.getByRole('textbox', { name: 'Title' })).toHaveValue('Order confirmation email');
  await details.getByRole('textbox', { name: 'Promise value' }).fill('5');
  await details.getByRole('textbox', { name: 'Promise value' }).blur();
  await expect(kindCount(page, 'conflict')).toHaveText('1');
  await expect(conflicts.getByRole('button', { name: /^Delivery time/ })).toHaveCount(0);
  await expect(broken.getByRole('button', { name: /promised 5 days, experienced 7 days: broken by 2 days/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Audit, 7 findings' })).toBeVisible();

  // Undo takes the email's change back, and the conflict with it.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(kindCount(page, 'conflict')).toHaveText('2');
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(kindCount(page, 'conflict')).toHaveText('1');

  // Export the CSV: a real download, UTF-8 with BOM and CRLF, a row per finding (each message of a
  // conflict, each judged experience, each silent touchpoint and uncovered pain), then the messages
  // in no finding, with their promise typed or read from the text.
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'CSV', exact: true }).click()]);
  expect(download.suggestedFilename()).toBe('Online-order-to-delivery-audit.csv');
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  const rows = parseCsv(text);
  const returns = '30 days (read from the text) vs 14 days (read from the text)';
  const none = ['', '', '', '', '', '', '', '', ''];
  expect(rows).toEqual([
    ['Stage', 'Touchpoint', 'Channel', 'Finding', 'Topic', 'Message', 'Promise', 'Promise source', 'Experienced', 'Gap', 'Detail', 'Actions', 'Owners'],
    ['Consideration', 'Product page', 'Website', 'Conflicting messages', 'Returns', 'Free returns for 30 days', '30 days (read from the text; higher is better)',
      'Read from the text', '', '', returns, '', ''],
    ['Support', 'Satisfaction survey', 'Email', 'Conflicting messages', 'Returns', 'Returns accepted within 14 days', '14 days (read from the text; higher is better)',
      'Read from the text', '', '', returns, '', ''],
    ['Delivery', 'Parcel arrives', 'Delivery', 'Broken promise', 'Delivery time',
      'Free delivery within 5 days; Delivered within 5 days; Your order arrives in 3 days', '5 days (lower is better)', 'Typed', '7 days', '2 days',
      'promised 5 days, experienced 7 days: broken by 2 days; Promised at: Social media ad, Product page, Order confirmation email; Carrier backlog at the port', '', ''],
    ['Consideration', 'Customer reviews', 'Website', 'Silent touchpoint', ...none],
    ['Delivery', 'Parcel arrives', 'Delivery', 'Silent touchpoint', ...none],
    ['Support', 'Call centre', 'Phone', 'Silent touchpoint', ...none],
    ['Delivery', 'Parcel arrives', 'Delivery', 'Uncovered pain', '', '', '', '', '', '',
      "High friction: No tracking updates for four days; Trust break (Broken promise): Arrived four days after the ad's promise; No open or doing action", '', ''],
    ['Support', 'Call centre', 'Phone', 'Uncovered pain', '', '', '', '', '', '', 'High friction: 45 minute wait before an agent answered; No open or doing action', '', ''],
    // The checkout's "5-7 working days" (5 to 11 calendar days) now agrees with every "5 days".
    ['Purchase', 'Checkout', 'Website', 'No finding', 'Delivery time', 'Estimated delivery: 5-7 working days',
      '5–7 working days (5 to 11 calendar days; read from the text; lower is better)', 'Read from the text', '', '', '',
      'Show delivery fee on the product page (Open, due 2027-01-15)', 'Web team'],
  ]);
});

test('topics are renamed and merged everywhere, each as one undo step; the report downloads', async ({ page }) => {
  await createFromTemplate(page, 'Online order to delivery');
  const panel = await openAudit(page);
  await panel.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Topics' }).click();
  const returns = panel.getByRole('article', { name: 'Returns' });
  await returns.getByRole('button', { name: 'Rename' }).click();
  await returns.getByRole('textbox', { name: 'New name of the topic' }).fill('  Return   policy ');
  await returns.getByRole('button', { name: 'Rename everywhere' }).click();
  await expect(panel.getByRole('article', { name: 'Return policy' })).toBeVisible();
  await expect(page.locator('.notice')).toContainText('Renamed “Returns” to “Return policy” everywhere.');

  await page.getByRole('button', { name: 'Fit View' }).click();
  await touchpoint(page, 'Satisfaction survey').click();
  const details = page.getByRole('region', { name: 'Touchpoint details' });
  await expect(details.getByRole('combobox', { name: 'Expectation topic' })).toHaveValue('Return policy');

  // Merge "Return policy" into "Delivery time": one topic left, and one undo brings both back.
  const policy = panel.getByRole('article', { name: 'Return policy' });
  await policy.getByRole('button', { name: 'Merge' }).click();
  await policy.getByRole('combobox', { name: 'Merge into' }).selectOption({ label: 'Delivery time' });
  await policy.getByRole('button', { name: 'Merge', exact: true }).last().click();
  await expect(panel.getByRole('article')).toHaveCount(1);
  await expect(details.getByRole('combobox', { name: 'Expectation topic' })).toHaveValue('Delivery time');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(panel.getByRole('article')).toHaveCount(2);
  await expect(details.getByRole('combobox', { name: 'Expectation topic' })).toHaveValue('Return policy');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(details.getByRole('combobox', { name: 'Expectation topic' })).toHaveValue('Returns');

  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Report', exact: true }).click()]);
  expect(download.suggestedFilename()).toBe('Online-order-to-delivery-audit.md');
  const report = await readFile(await download.path(), 'utf8');
  expect(report).toContain('# Expectation audit: Online order to delivery');
  expect(report).toContain('| Conflicting messages | 2 |');
  expect(report).toContain('promised 3 days, experienced 7 days: broken by 4 days');
});

test('the audit panel and the full-page view at 1440×900 (screenshots for review)', async ({ page }) => {
  await createFromTemplate(page, 'Online order to delivery');
  const panel = await openAudit(page);
  await expect(panel.getByRole('button', { name: /Parcel arrives/ }).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/audit-panel-1440x900.png' });
  await panel.getByRole('checkbox', { name: 'Show only touchpoints with findings' }).check();
  await page.getByRole('button', { name: 'Fit View' }).click();
  await panel.getByRole('group', { name: 'Kinds of finding to show on the canvas' }).getByRole('button', { name: 'Silent touchpoint' }).click();
  await expect(page.locator('.tp-node.is-dimmed')).toHaveCount(1); // Customer reviews: silent only
  await page.screenshot({ path: 'test-results/audit-highlight-1440x900.png' });
  await panel.getByRole('checkbox', { name: 'Show only touchpoints with findings' }).uncheck();
  await panel.getByRole('button', { name: /Parcel arrives.*broken by 4 days/ }).click();
  await expect(page.getByRole('region', { name: 'Touchpoint details' })).toBeVisible();
  await steady(touchpoint(page, 'Parcel arrives'));
  await page.screenshot({ path: 'test-results/audit-finding-selected-1440x900.png' });
  await page.getByRole('button', { name: 'Close touchpoint details' }).click();
  await expect(page.getByRole('region', { name: 'Touchpoint details' })).toBeHidden();
  await panel.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Messages' }).click();
  await expect(panel.getByRole('table')).toBeVisible();
  await page.screenshot({ path: 'test-results/audit-panel-messages-1440x900.png' });
  await panel.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Topics' }).click();
  await page.screenshot({ path: 'test-results/audit-panel-topics-1440x900.png' });

  await panel.getByRole('button', { name: 'Full page' }).click();
  const full = page.getByRole('dialog', { name: 'Expectation audit' });
  await expect(full).toBeVisible();
  await expect(full.getByRole('table')).toBeVisible();
  await page.screenshot({ path: 'test-results/audit-full-page-1440x900.png' });
  await full.locator('.audit-page-body').evaluate((el) => el.scrollTo(0, 520));
  await page.screenshot({ path: 'test-results/audit-full-page-scrolled-1440x900.png' });

  // A click on a touchpoint in the full page closes it and selects the touchpoint on the canvas.
  await full.getByRole('button', { name: 'Call centre' }).first().click();
  await expect(full).toBeHidden();
  await expect(touchpoint(page, 'Call centre')).toHaveClass(/\bselected\b/);
});

test('the Thai clinic map: the broken waiting-time promise, with Thai text isolated', async ({ page }) => {
  await createFromTemplate(page, 'การไปพบแพทย์ที่คลินิก');
  const panel = await openAudit(page);
  await expect(panel.getByRole('button', { name: /เวลารอ.*ห้องตรวจเล็ก.*promised 15 minutes, experienced 45 minutes: broken by 30 minutes/ })).toBeVisible();
  await expect(panel.locator('bdi[dir="auto"]', { hasText: 'เวลารอ' }).first()).toBeVisible();
  await panel.getByRole('button', { name: 'Full page' }).click();
  await expect(page.getByRole('dialog', { name: 'Expectation audit' })).toBeVisible();
  await page.screenshot({ path: 'test-results/audit-full-page-thai-1440x900.png' });
});
