// One map open in two tabs of one browser (two pages of one context: one IndexedDB, real
// BroadcastChannel). Each scenario checks that every tab shows the other's edits live, then
// closes both tabs' copies of the map and opens it again from IndexedDB: every edit is there.
//
// Concurrent edits: every page gets a BroadcastChannel whose map channels (`waymark-map:<id>`)
// can be held. While `window.__holdSync` is true, messages on those channels are queued instead
// of sent; setting it false sends them in order. So the two tabs edit "at the same time" (neither
// hears the other) and then meet, as tabs do when one of them was busy or asleep.
import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WaymarkDocument } from '../../src/model/schema';
import { centre, createFromTemplate, drag, expectSaved, isInsideHorizontally, lane, openLibrary, steady, touchpoint } from './helpers';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const onlineOrder = (JSON.parse(readFileSync(join(FIXTURES, 'online-order.waymark.json'), 'utf8')) as WaymarkDocument).maps[0]!;
const checkout = onlineOrder.touchpoints.find((t) => t.id === 'checkout')!;

const REPAIRED = 'Edits made at the same time did not fit together, so Waymark repaired the map:';

/** Runs in every page before the app: map channels that can be held (see the top of the file). */
function holdableMapChannels() {
  const Native = window.BroadcastChannel;
  const held: Array<{ channel: BroadcastChannel; message: unknown }> = [];
  let holding = false;
  class HoldableChannel extends Native {
    override postMessage(message: unknown) {
      if (holding && this.name.startsWith('waymark-map:')) held.push({ channel: this, message });
      else super.postMessage(message);
    }
  }
  window.BroadcastChannel = HoldableChannel;
  Object.defineProperty(window, '__heldMessages', { configurable: true, get: () => held.length });
  Object.defineProperty(window, '__holdSync', {
    configurable: true,
    get: () => holding,
    set: (value: boolean) => {
      holding = value;
      // A channel closed meanwhile throws here, and the test fails: nothing is dropped silently.
      if (!value) for (const { channel, message } of held.splice(0)) Native.prototype.postMessage.call(channel, message);
    },
  });
}

type Held = { __holdSync: boolean; __heldMessages: number };
const setHold = (page: Page, value: boolean) => page.evaluate((on) => ((window as unknown as Held).__holdSync = on), value);
const heldMessages = (page: Page) => page.evaluate(() => (window as unknown as Held).__heldMessages);

/** Both tabs edit while neither hears the other; then they meet. */
async function apart(a: Page, b: Page, edits: () => Promise<void>) {
  await setHold(a, true);
  await setHold(b, true);
  await edits();
  // The edits really were kept from the other tab until now.
  expect(await heldMessages(a)).toBeGreaterThan(0);
  expect(await heldMessages(b)).toBeGreaterThan(0);
  await setHold(a, false);
  await setHold(b, false);
}

/** The editor's notice (role=status) announcing a repair after a merge. */
async function expectRepairNotice(page: Page, repair: string) {
  const notice = page.getByRole('status').filter({ hasText: REPAIRED });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(repair);
}

const cards = (page: Page) => page.locator('.react-flow__node-touchpoint');
const details = (page: Page) => page.getByRole('region', { name: 'Touchpoint details' });
const values = (locator: Locator) => locator.evaluateAll((elements) => elements.map((element) => (element as HTMLInputElement).value));
const sorted = (list: string[]) => [...list].sort();

/** Page A makes a map from the template; page B opens the same address. */
async function twoTabs(context: BrowserContext) {
  await context.addInitScript(holdableMapChannels);
  const a = await context.newPage();
  const b = await context.newPage();
  await createFromTemplate(a, 'Online order to delivery');
  const url = a.url();
  await b.goto(url);
  await expect(cards(b)).toHaveCount(8);
  return { a, b, url };
}

/** Both tabs leave the map, then open it again: what they show now comes from IndexedDB. */
async function reopenBoth(a: Page, b: Page, url: string) {
  await expectSaved(a);
  await expectSaved(b);
  await a.goto('about:blank');
  await b.goto('about:blank');
  for (const page of [a, b]) {
    await page.goto(url);
    await expect(cards(page).first()).toBeVisible();
  }
}

test('two fields of one touchpoint: a title renamed in one tab and a description typed in the other both stay', async ({ context }) => {
  const { a, b, url } = await twoTabs(context);
  await touchpoint(a, 'Checkout').click();
  await details(a).getByRole('textbox', { name: 'Title' }).fill('Payment page');
  // B sees A's rename live, then types a description into the same card; A sees it live.
  await expect(touchpoint(b, 'Payment page')).toBeVisible();
  await touchpoint(b, 'Payment page').click();
  await expect(details(b).getByRole('textbox', { name: 'Title' })).toHaveValue('Payment page');
  await details(b).getByRole('textbox', { name: 'Description' }).fill('Dao pays by card; the address form shows up again.');
  await expect(details(a).getByRole('textbox', { name: 'Description' })).toHaveValue('Dao pays by card; the address form shows up again.');

  // The same two fields, edited at the same time.
  await apart(a, b, async () => {
    await details(a).getByRole('textbox', { name: 'Title' }).fill('Payment step');
    await details(b).getByRole('textbox', { name: 'Description' }).fill('The saved address is asked for a second time — ที่อยู่');
    await expect(touchpoint(a, 'Payment step')).toBeVisible();
    await expect(details(b).getByRole('textbox', { name: 'Description' })).toHaveValue('The saved address is asked for a second time — ที่อยู่');
  });
  for (const page of [a, b]) {
    await expect(touchpoint(page, 'Payment step')).toBeVisible();
    await expect(details(page).getByRole('textbox', { name: 'Title' })).toHaveValue('Payment step');
    await expect(details(page).getByRole('textbox', { name: 'Description' })).toHaveValue('The saved address is asked for a second time — ที่อยู่');
  }

  await reopenBoth(a, b, url);
  for (const page of [a, b]) {
    await touchpoint(page, 'Payment step').click();
    await expect(details(page).getByRole('textbox', { name: 'Title' })).toHaveValue('Payment step');
    await expect(details(page).getByRole('textbox', { name: 'Description' })).toHaveValue('The saved address is asked for a second time — ที่อยู่');
    await expect(cards(page)).toHaveCount(8);
  }
});

test('the map title edited in one tab and a touchpoint in the other both stay', async ({ context }) => {
  const { a, b, url } = await twoTabs(context);
  await a.getByRole('button', { name: 'Map and stages' }).click();
  const mapTitle = a.getByRole('textbox', { name: 'Title' });
  await mapTitle.fill('Kettle order, reviewed');
  await expect(b.getByRole('heading', { level: 1 })).toHaveText('Kettle order, reviewed');
  await touchpoint(b, 'Call centre').click();
  await details(b).getByRole('textbox', { name: 'Title' }).fill('Helpline');
  await expect(touchpoint(a, 'Helpline')).toBeVisible();

  await apart(a, b, async () => {
    await mapTitle.fill('Kettle order, after the workshop');
    await details(b).getByRole('textbox', { name: 'Title' }).fill('Phone support');
    await expect(a.getByRole('heading', { level: 1 })).toHaveText('Kettle order, after the workshop');
    await expect(touchpoint(b, 'Phone support')).toBeVisible();
  });
  for (const page of [a, b]) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kettle order, after the workshop');
    await expect(touchpoint(page, 'Phone support')).toBeVisible();
  }

  await reopenBoth(a, b, url);
  for (const page of [a, b]) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kettle order, after the workshop');
    await expect(touchpoint(page, 'Phone support')).toBeVisible();
    await expect(touchpoint(page, 'Helpline')).toHaveCount(0);
  }
});

test('list inserts in both tabs: friction and expectation messages added to one touchpoint in each tab are all kept', async ({ context }) => {
  const { a, b, url } = await twoTabs(context);
  for (const page of [a, b]) await touchpoint(page, 'Checkout').click();

  // Live: an action added in A shows in B's inspector.
  await details(a).getByRole('button', { name: 'Add action' }).click();
  await details(a).getByRole('textbox', { name: 'Action text' }).last().fill('Prefill the saved address');
  await expect.poll(() => values(details(b).getByRole('textbox', { name: 'Action text' }))).toContain('Prefill the saved address');

  const addFriction = async (page: Page, note: string) => {
    await details(page).getByRole('button', { name: 'Add friction' }).click();
    await details(page).getByRole('textbox', { name: 'Friction note' }).last().fill(note);
  };
  const addExpectation = async (page: Page, topic: string, message: string) => {
    await details(page).getByRole('button', { name: 'Add expectation message' }).click();
    await details(page).getByRole('combobox', { name: 'Expectation topic' }).last().fill(topic);
    await details(page).getByRole('textbox', { name: 'Expectation message' }).last().fill(message);
  };
  await apart(a, b, async () => {
    await addFriction(a, 'A: the coupon field is hidden');
    await addExpectation(a, 'Returns', 'A: free returns for 30 days');
    await addFriction(b, 'B: the card form resets on error');
    await addExpectation(b, 'Payment', 'B: pay later with no fee');
    await expect(touchpoint(a, 'Checkout').getByLabel('2 expectation messages')).toBeVisible();
    await expect(touchpoint(b, 'Checkout').getByLabel('2 expectation messages')).toBeVisible();
  });

  const frictionNotes = sorted([checkout.friction[0]!.note, 'A: the coupon field is hidden', 'B: the card form resets on error']);
  const messages = sorted([checkout.expectations[0]!.message, 'A: free returns for 30 days', 'B: pay later with no fee']);
  const expectAll = async (page: Page) => {
    await expect(touchpoint(page, 'Checkout').getByLabel('3 friction points')).toBeVisible();
    await expect(touchpoint(page, 'Checkout').getByLabel('3 expectation messages')).toBeVisible();
    await expect.poll(async () => sorted(await values(details(page).getByRole('textbox', { name: 'Friction note' })))).toEqual(frictionNotes);
    await expect.poll(async () => sorted(await values(details(page).getByRole('textbox', { name: 'Expectation message' })))).toEqual(messages);
    await expect.poll(() => values(details(page).getByRole('textbox', { name: 'Action text' }))).toContain('Prefill the saved address');
  };
  for (const page of [a, b]) await expectAll(page);
  // Both tabs hold the lists in the same order.
  expect(await values(details(a).getByRole('textbox', { name: 'Friction note' }))).toEqual(await values(details(b).getByRole('textbox', { name: 'Friction note' })));
  expect(await values(details(a).getByRole('textbox', { name: 'Expectation message' }))).toEqual(await values(details(b).getByRole('textbox', { name: 'Expectation message' })));

  await reopenBoth(a, b, url);
  for (const page of [a, b]) {
    await touchpoint(page, 'Checkout').click();
    await expectAll(page);
  }
});

test('votes given in both tabs while presenting add up', async ({ context }) => {
  const { a, b, url } = await twoTabs(context);
  for (const page of [a, b]) {
    await page.getByRole('button', { name: 'Votes and legend' }).click();
    await page.getByRole('checkbox', { name: 'Show + and − vote buttons on every touchpoint' }).check();
  }
  await a.getByRole('button', { name: 'Add a vote to Checkout' }).click();
  await expect(touchpoint(b, 'Checkout').getByLabel('1 vote', { exact: true })).toBeVisible();

  // Both tabs present, walk to the Purchase stage, and vote at the same time.
  for (const page of [a, b]) {
    await page.getByRole('button', { name: 'Votes and legend' }).click();
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('p');
    await expect(page.locator('.editor.is-presenting')).toBeVisible();
    // Overview → Awareness → Consideration → Purchase.
    for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowRight');
    await expect(page.locator('.stage-header').getByRole('heading', { level: 2 })).toHaveText('Purchase');
  }
  await apart(a, b, async () => {
    await a.getByRole('button', { name: 'Add a vote to Checkout' }).click();
    await b.getByRole('button', { name: 'Add a vote to Checkout' }).click();
    await expect(touchpoint(a, 'Checkout').getByLabel('2 votes')).toBeVisible();
    await expect(touchpoint(b, 'Checkout').getByLabel('2 votes')).toBeVisible();
  });
  for (const page of [a, b]) await expect(touchpoint(page, 'Checkout').getByLabel('3 votes')).toBeVisible();

  for (const page of [a, b]) {
    await page.keyboard.press('Escape');
    await expect(page.locator('.editor.is-presenting')).toHaveCount(0);
  }
  await reopenBoth(a, b, url);
  for (const page of [a, b]) {
    await expect(touchpoint(page, 'Checkout').getByLabel('3 votes')).toBeVisible();
    await page.getByRole('button', { name: 'Votes and legend' }).click();
    await expect(page.getByRole('list', { name: 'Most voted' }).getByRole('listitem')).toHaveText(['3 votes Checkout']);
  }
});

test('an arrow drawn into a touchpoint the other tab deleted: the arrow is dropped in both tabs, the repair is announced, and the map opens and exports', async ({ context }) => {
  const { a, b, url } = await twoTabs(context);
  const edges = (page: Page) => page.locator('.react-flow__edge');
  const edgeIds = (page: Page) => edges(page).evaluateAll((elements) => elements.map((element) => element.getAttribute('data-id')).sort());
  await expect(edges(a)).toHaveCount(7);

  await apart(a, b, async () => {
    // A: Customer reviews -> Order confirmation email.
    const source = await centre(touchpoint(a, 'Customer reviews').locator('.react-flow__handle-right'));
    const target = await centre(touchpoint(a, 'Order confirmation email').locator('.react-flow__handle-left'));
    await drag(a, source, target);
    await expect(edges(a)).toHaveCount(8);
    // B: deletes Order confirmation email (and, with it, its two arrows).
    await touchpoint(b, 'Order confirmation email').click();
    await b.keyboard.press('Delete');
    await expect(cards(b)).toHaveCount(7);
    await expect(edges(b)).toHaveCount(5);
    expect(await cards(a).count()).toBe(8);
  });

  // The notice fades after a few seconds: both tabs are checked for it at once, first.
  await Promise.all([a, b].map((page) => expectRepairNotice(page, 'an arrow to a deleted touchpoint was removed')));
  for (const page of [a, b]) {
    await expect(cards(page)).toHaveCount(7);
    await expect(touchpoint(page, 'Order confirmation email')).toHaveCount(0);
    await expect.poll(() => edgeIds(page)).toEqual(['c1', 'c2', 'c3', 'c6', 'c7']);
  }

  await reopenBoth(a, b, url);
  for (const page of [a, b]) {
    await expect(cards(page)).toHaveCount(7);
    await expect.poll(() => edgeIds(page)).toEqual(['c1', 'c2', 'c3', 'c6', 'c7']);
  }
  // The map exports, and the file imports back.
  await a.getByRole('button', { name: 'Export', exact: true }).click();
  const download = a.waitForEvent('download');
  await a.getByRole('button', { name: 'Map file (.waymark.json)' }).click();
  const bytes = readFileSync(await (await download).path());
  const exported = (JSON.parse(bytes.toString('utf8')) as WaymarkDocument).maps[0]!;
  expect(exported.touchpoints.map((t) => t.id)).not.toContain('confirm');
  expect(exported.connections.map((c) => c.id).sort()).toEqual(['c1', 'c2', 'c3', 'c6', 'c7']);
  await a.getByRole('link', { name: 'All maps' }).click();
  await a.getByTestId('import-input').setInputFiles({ name: 'after-the-merge.waymark.json', mimeType: 'application/json', buffer: bytes });
  const dialog = a.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'Imported 1 map' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Open Online order to delivery' }).click();
  await expect(cards(a)).toHaveCount(7);
  await expect(edges(a)).toHaveCount(5);
});

test('a card added to a stage the other tab deleted moves to the neighbouring stage in both tabs, announced', async ({ context }) => {
  const { a, b, url } = await twoTabs(context);
  await b.getByRole('button', { name: 'Map and stages' }).click();

  await apart(a, b, async () => {
    // A: a new card in the Delivery lane, below Parcel arrives.
    const delivery = await lane(a, 'Delivery').boundingBox();
    if (!delivery) throw new Error('no Delivery lane');
    await a.mouse.dblclick(delivery.x + delivery.width / 2, delivery.y + delivery.height - 120);
    await expect(touchpoint(a, 'New touchpoint')).toBeVisible();
    // B: deletes the Delivery stage; its card goes to the neighbour.
    await b.getByRole('button', { name: 'Delete stage: Delivery' }).click();
    const dialog = b.getByRole('dialog', { name: 'Delete the stage “Delivery”?' });
    await expect(dialog).toContainText('1 touchpoint will move to “Purchase”');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(b.locator('[data-testid="lane"]')).toHaveCount(4);
    await expect(a.locator('[data-testid="lane"]')).toHaveCount(5);
  });

  await Promise.all([a, b].map((page) => expectRepairNotice(page, '“New touchpoint” was in a deleted stage and moved to “Purchase”')));
  for (const page of [a, b]) {
    await expect(page.locator('.lane-name')).toHaveText(['Awareness', 'Consideration', 'Purchase', 'Support']);
    await expect(cards(page)).toHaveCount(9);
    await steady(touchpoint(page, 'New touchpoint'));
    expect(await isInsideHorizontally(touchpoint(page, 'New touchpoint'), lane(page, 'Purchase'))).toBe(true);
    expect(await isInsideHorizontally(touchpoint(page, 'Parcel arrives'), lane(page, 'Purchase'))).toBe(true);
  }

  await reopenBoth(a, b, url);
  for (const page of [a, b]) {
    await expect(page.locator('.lane-name')).toHaveText(['Awareness', 'Consideration', 'Purchase', 'Support']);
    await expect(cards(page)).toHaveCount(9);
    await steady(touchpoint(page, 'New touchpoint'));
    expect(await isInsideHorizontally(touchpoint(page, 'New touchpoint'), lane(page, 'Purchase'))).toBe(true);
    await touchpoint(page, 'New touchpoint').click();
    await expect(details(page).getByRole('combobox', { name: 'Stage' })).toHaveValue('buy');
  }
});

test('undo in one tab undoes only that tab’s edit, never the other tab’s', async ({ context }) => {
  const { a, b, url } = await twoTabs(context);
  await touchpoint(a, 'Checkout').click();
  const titleA = details(a).getByRole('textbox', { name: 'Title' });
  await titleA.fill('Checkout, edited in A');
  await titleA.blur();
  await expect(touchpoint(b, 'Checkout, edited in A')).toBeVisible();
  await touchpoint(b, 'Call centre').click();
  const titleB = details(b).getByRole('textbox', { name: 'Title' });
  await titleB.fill('Call centre, edited in B');
  await titleB.blur();
  await expect(touchpoint(a, 'Call centre, edited in B')).toBeVisible();

  await a.keyboard.press('Control+z');
  for (const page of [a, b]) {
    await expect(page.locator('.tp-title', { hasText: /^Checkout$/ })).toBeVisible();
    await expect(touchpoint(page, 'Checkout, edited in A')).toHaveCount(0);
    await expect(touchpoint(page, 'Call centre, edited in B')).toBeVisible();
  }
  // A has nothing more of its own to undo: a second Ctrl+Z leaves B's edit; redo brings A's back.
  await a.keyboard.press('Control+z');
  await expect(a.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await a.keyboard.press('Control+Shift+z');
  for (const page of [a, b]) {
    await expect(touchpoint(page, 'Checkout, edited in A')).toBeVisible();
    await expect(touchpoint(page, 'Call centre, edited in B')).toBeVisible();
  }
  // And the other way round: B's undo takes back B's edit only.
  await b.keyboard.press('Control+z');
  for (const page of [a, b]) {
    await expect(page.locator('.tp-title', { hasText: /^Call centre$/ })).toBeVisible();
    await expect(touchpoint(page, 'Checkout, edited in A')).toBeVisible();
  }

  await reopenBoth(a, b, url);
  for (const page of [a, b]) {
    await expect(touchpoint(page, 'Checkout, edited in A')).toBeVisible();
    await expect(page.locator('.tp-title', { hasText: /^Call centre$/ })).toBeVisible();
    await expect(touchpoint(page, 'Call centre, edited in B')).toHaveCount(0);
  }
});

test('a map deleted in the library of one tab closes in the other tab with a message', async ({ context }) => {
  const { a, b, url } = await twoTabs(context);
  await openLibrary(b);
  await b.getByRole('button', { name: 'Delete Online order to delivery', exact: true }).click();
  await b.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();

  const alert = a.getByRole('alert').filter({ hasText: 'This map was deleted in another tab.' });
  await expect(alert).toBeVisible();
  await expect(cards(a)).toHaveCount(0);
  await alert.getByRole('link', { name: 'All maps' }).click();
  await expect(a.getByRole('heading', { name: 'Map your first customer journey' })).toBeVisible();
  // The tab that deleted it no longer lists it either. (Soft: the reload below is checked too.)
  await expect.soft(b.getByRole('heading', { name: 'Map your first customer journey' })).toBeVisible();

  for (const page of [a, b]) {
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Map your first customer journey' })).toBeVisible();
  }
  await a.goto(url);
  await expect(a.getByRole('alert')).toContainText('This map is not in this browser.');
});

test('the library in one tab follows title and counts edited in another tab, without a reload', async ({ context }) => {
  const { a, b } = await twoTabs(context);
  await openLibrary(a);
  const card = a.getByRole('list', { name: 'Maps' }).getByRole('listitem');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('Online order to delivery');
  await expect(card).toContainText('5 stages · 8 touchpoints');
  const editedBefore = Date.parse((await card.locator('time').getAttribute('datetime')) ?? '');

  // Soft: when the library does not follow, what a reload shows is still checked below.
  await b.getByRole('button', { name: 'Map and stages' }).click();
  await b.getByRole('textbox', { name: 'Title' }).fill('Kettle order — ร้านค้า');
  await expect.soft(card.getByRole('heading', { name: 'Kettle order — ร้านค้า' })).toBeVisible();
  await b.getByRole('button', { name: 'Add touchpoint' }).click();
  await b.getByRole('button', { name: 'Add stage' }).first().click();
  await expect.soft(card).toContainText('6 stages · 9 touchpoints');
  await expect.soft.poll(async () => Date.parse((await card.locator('time').getAttribute('datetime')) ?? '')).toBeGreaterThan(editedBefore);

  await expectSaved(b);
  await a.reload();
  await expect(card.getByRole('heading', { name: 'Kettle order — ร้านค้า' })).toBeVisible();
  await expect(card).toContainText('6 stages · 9 touchpoints');
  expect(Date.parse((await card.locator('time').getAttribute('datetime')) ?? '')).toBeGreaterThan(editedBefore);
});
