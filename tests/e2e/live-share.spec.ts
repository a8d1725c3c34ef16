// Sharing a map live on a real collaboration server (server/main.mjs, started here on a free port
// with its own data folder): two browsers (two contexts: separate storage, as two laptops) join
// one map through the link and edit different fields of one touchpoint; one goes offline, edits,
// comes back and both converge; a wrong key is refused and said so; the server restarts and the
// map is still there for someone joining afterwards.
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { box, centre, createFromTemplate, expectSaved, openLibrary, startCollabServer, touchpoint, type CollabServer } from './helpers';

let server: CollabServer;
let dataDir: string;
const contexts: BrowserContext[] = [];

test.beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'waymark-live-'));
  server = await startCollabServer(dataDir);
});

test.afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

test.afterAll(async () => {
  await server?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  contexts.push(context);
  return context.newPage();
}

const liveStatus = (page: Page) => page.getByTestId('live-status');

/** In the open map: "Share live", giving a name the first time; returns the link to send. */
async function shareLive(page: Page, name: string): Promise<string> {
  await page.getByRole('button', { name: 'Share live' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this map live' });
  await dialog.getByRole('textbox', { name: 'Server address' }).fill(server.url);
  await dialog.getByRole('textbox', { name: 'Your name' }).fill(name);
  await dialog.getByRole('radio', { name: 'Blue' }).check();
  await dialog.getByRole('button', { name: 'Start sharing' }).click();
  const link = await dialog.getByTestId('live-link').inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(liveStatus(page)).toHaveText('Live');
  return link;
}

/** Opens a join link in a fresh browser, gives a name, and waits for the map to be live there. */
async function joinAs(browser: Browser, link: string, name: string): Promise<Page> {
  const page = await newPage(browser);
  await page.goto(link);
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page).toHaveURL(/#\/map\//);
  await expect(liveStatus(page)).toHaveText('Live');
  return page;
}

async function openDetails(page: Page, title: string) {
  await touchpoint(page, title).dblclick();
  const details = page.getByRole('region', { name: 'Touchpoint details' });
  await expect(details.getByRole('textbox', { name: 'Title' })).toBeVisible();
  return details;
}

test('two browsers join one map through the link, edit two fields of one touchpoint, and both see both edits', async ({ browser }) => {
  const a = await newPage(browser);
  await createFromTemplate(a, 'Online order to delivery');
  const link = await shareLive(a, 'Ana Lima');
  expect(link).toMatch(/#\/join\?server=ws%3A%2F%2F127\.0\.0\.1%3A\d+&map=[^&]+&key=[A-Za-z0-9_-]{22,}$/);

  const b = await joinAs(browser, link, 'Bo Chen');
  // Each sees the other.
  await expect(a.getByTestId('live-peer')).toHaveAttribute('title', 'Bo Chen');
  await expect(b.getByTestId('live-peer')).toHaveAttribute('title', 'Ana Lima');

  // A selects Checkout: B sees it outlined with A's name.
  const detailsA = await openDetails(a, 'Checkout');
  const outlined = touchpoint(b, 'Checkout').locator('.tp-node');
  await expect(outlined).toHaveCSS('outline-style', 'solid');
  await expect(outlined).toHaveCSS('outline-color', 'rgb(37, 99, 235)');
  const detailsB = await openDetails(b, 'Checkout');

  await detailsA.getByRole('textbox', { name: 'Title' }).fill('Checkout (one page)');
  await detailsB.getByRole('textbox', { name: 'Description' }).fill('Written in browser B');
  await detailsA.getByRole('textbox', { name: 'Title' }).blur();
  await detailsB.getByRole('textbox', { name: 'Description' }).blur();

  for (const page of [a, b]) {
    await expect(touchpoint(page, 'Checkout (one page)')).toBeVisible();
    const details = page.getByRole('region', { name: 'Touchpoint details' });
    await expect(details.getByRole('textbox', { name: 'Title' })).toHaveValue('Checkout (one page)');
    await expect(details.getByRole('textbox', { name: 'Description' })).toHaveValue('Written in browser B');
    await expect(liveStatus(page)).toHaveText('Live');
    await expectSaved(page);
  }

  // Undo in A undoes A's title only, never B's description.
  await a.keyboard.press('Escape');
  await a.getByRole('button', { name: 'Undo' }).click();
  await expect(touchpoint(a, 'Checkout')).toBeVisible();
  await expect(detailsA.getByRole('textbox', { name: 'Description' })).toHaveValue('Written in browser B');

  // A drags a card: B sees it move while A's pointer moves (presence), and stay where A drops it (the document).
  await b.getByRole('button', { name: 'Close panel' }).click();
  const inB = touchpoint(b, 'Customer reviews');
  const startY = (await box(inB)).y;
  const from = await centre(touchpoint(a, 'Customer reviews'));
  await a.mouse.move(from.x, from.y);
  await a.mouse.down();
  await a.mouse.move(from.x + 10, from.y + 60, { steps: 5 });
  await a.mouse.move(from.x + 20, from.y + 120, { steps: 5 });
  await expect.poll(async () => (await box(inB)).y - startY).toBeGreaterThan(60);
  await a.mouse.up();
  await expect(liveStatus(a)).toHaveText('Live');
  await expect.poll(async () => (await box(inB)).y - startY).toBeGreaterThan(100);
  await expect(b.getByTestId('presence-styles')).toHaveCount(1);

  // B kept the map: it is in B's library.
  await b.goto(b.url().replace(/#.*$/, '#/'));
  await expect(b.getByRole('heading', { name: 'Online order to delivery' })).toBeVisible();
});

test('a browser that goes offline keeps editing; back online, both converge', async ({ browser }) => {
  const a = await newPage(browser);
  await createFromTemplate(a, 'Online order to delivery');
  const link = await shareLive(a, 'Ana Lima');
  const b = await joinAs(browser, link, 'Bo Chen');

  await b.context().setOffline(true);
  await expect(liveStatus(b)).toHaveText('Offline');
  // The joined map is B's own: it opens from B's library with no connection.
  await b.getByRole('link', { name: 'All maps' }).click();
  await b.getByRole('button', { name: 'Open Online order to delivery' }).click();
  await expect(liveStatus(b)).toHaveText('Offline');
  const detailsB = await openDetails(b, 'Parcel arrives');
  await detailsB.getByRole('textbox', { name: 'Description' }).fill('Written offline in B');
  await detailsB.getByRole('textbox', { name: 'Description' }).blur();
  await expectSaved(b);
  // Meanwhile A edits the same touchpoint's title.
  const detailsA = await openDetails(a, 'Parcel arrives');
  await detailsA.getByRole('textbox', { name: 'Title' }).fill('Parcel arrives (tracked)');
  await detailsA.getByRole('textbox', { name: 'Title' }).blur();
  await expect(detailsA.getByRole('textbox', { name: 'Description' })).not.toHaveValue('Written offline in B');

  await b.context().setOffline(false);
  for (const page of [a, b]) {
    await expect(liveStatus(page)).toHaveText('Live');
    const details = page.getByRole('region', { name: 'Touchpoint details' });
    await expect(details.getByRole('textbox', { name: 'Title' })).toHaveValue('Parcel arrives (tracked)');
    await expect(details.getByRole('textbox', { name: 'Description' })).toHaveValue('Written offline in B');
  }
});

test('a wrong room key is refused, the person is told why, and nothing local is lost', async ({ browser }) => {
  const a = await newPage(browser);
  await createFromTemplate(a, 'Online order to delivery');
  const link = await shareLive(a, 'Ana Lima');

  // The right server and map, a key of the right form that is not this map's.
  const wrong = link.replace(/key=[^&]+/, `key=${'A'.repeat(22)}`);
  const b = await newPage(browser);
  await b.goto(wrong);
  await b.getByRole('textbox', { name: 'Your name' }).fill('Mallory');
  await b.getByRole('button', { name: 'Join' }).click();
  await expect(b.getByRole('alert')).toContainText('The server refused this map: the link’s room key is not the key this map has on the server.');
  await b.getByRole('link', { name: 'All maps' }).click();
  await openLibrary(b);
  await expect(b.getByText('Map your first customer journey')).toBeVisible();

  // A link with parts missing says which.
  await b.goto(link.replace(/&key=[^&]+/, '').replace(/server=[^&]+&/, ''));
  await expect(b.getByRole('alert')).toContainText('This link cannot be used to join a map:');
  await expect(b.getByRole('alert')).toContainText('it names no server');
  await expect(b.getByRole('alert')).toContainText('it has no room key');

  // A is still live with its map intact.
  await expect(liveStatus(a)).toHaveText('Live');
  await expect(touchpoint(a, 'Checkout')).toBeVisible();
});

test('after the server restarts, the map is still there for someone joining', async ({ browser }) => {
  const a = await newPage(browser);
  await createFromTemplate(a, 'Online order to delivery');
  const link = await shareLive(a, 'Ana Lima');
  const detailsA = await openDetails(a, 'Checkout');
  await detailsA.getByRole('textbox', { name: 'Title' }).fill('Checkout before the restart');
  await detailsA.getByRole('textbox', { name: 'Title' }).blur();
  await expect(liveStatus(a)).toHaveText('Live');

  const port = Number(new URL(server.url).port);
  await server.stop();
  await expect(liveStatus(a)).toHaveText('Offline');
  server = await startCollabServer(dataDir, port);

  const c = await joinAs(browser, link, 'Cy Diaz');
  await expect(touchpoint(c, 'Checkout before the restart')).toBeVisible();
});
