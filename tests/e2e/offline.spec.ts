// Installable and offline (vite-plugin-pwa, generateSW): after one visit the service worker holds
// the app shell, so the app starts and opens a saved map with no network; a new build is
// offered with "Reload" and "Later" and never taken without asking.
import { expect, test, type Page } from '@playwright/test';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createFromTemplate, expectSaved } from './helpers';

/** Resolves once a service worker controls the page (it claims the page on its first install). */
async function controlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('the manifest names the app and its icons', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await request.get(href as string)).json()) as { name: string; short_name: string; theme_color: string; icons: { src: string; sizes: string; purpose?: string }[] };
  expect(manifest).toMatchObject({ name: 'Waymark', short_name: 'Waymark', display: 'standalone', start_url: '/' });
  expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  for (const icon of manifest.icons) {
    const response = await request.get(`/${icon.src}`);
    expect(response.headers()['content-type']).toBe('image/png');
  }
});

test('after one visit, the app starts and opens a saved map with no network', async ({ page, context }) => {
  await createFromTemplate(page, 'Online order to delivery');
  await expectSaved(page);
  await controlled(page);

  await context.setOffline(true);
  const fromNetwork: string[] = [];
  page.on('response', (response) => {
    if (!response.fromServiceWorker() && !response.url().startsWith('data:')) fromNetwork.push(response.url());
  });
  await page.getByRole('link', { name: 'All maps' }).click();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Waymark' })).toBeVisible();
  await page.getByRole('button', { name: 'Open Online order to delivery', exact: true }).click();
  await expect(page.locator('.react-flow__node-touchpoint')).toHaveCount(8);
  await expect(page.locator('.tp-title', { hasText: 'Checkout' })).toBeVisible();

  // The network really is gone: what the service worker does not hold cannot be fetched.
  expect(await page.evaluate(() => fetch(`/not-cached-${Date.now()}.json`).then(() => 'fetched', () => 'failed'))).toBe('failed');
  // Everything the page loaded came from the service worker's cache.
  expect(fromNetwork).toEqual([]);

  // The PNG export's code is in the cache too.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Image for slides (PNG)' }).click();
  expect((await download).suggestedFilename()).toBe('Online order to delivery.png');
});

// ---------- updates: a server of its own, whose service worker changes when told to
const DIST = process.env.E2E_DIST ?? 'dist';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json', '.woff2': 'font/woff2' };

function serveBuild(): Promise<{ server: Server; origin: string; publish: () => void }> {
  let build = 1;
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    let file = join(DIST, normalize(path).replace(/^(\.\.[/\\])+/, ''));
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(DIST, 'index.html');
    response.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
    response.setHeader('cache-control', 'no-cache');
    // A new build: another service worker script (its precache is the same here).
    if (path === '/sw.js') return response.end(`${readFileSync(file, 'utf8')}\n// build ${build}\n`);
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, publish: () => void build++ });
    });
  });
}

test('a new version is offered with Reload and Later, and taken only on Reload', async ({ page }) => {
  const { server, origin, publish } = await serveBuild();
  try {
    await page.goto(`${origin}/`);
    await expect(page.getByRole('button', { name: 'New map' })).toBeVisible();
    await controlled(page);
    const prompt = page.getByRole('status').filter({ hasText: 'A new version of Waymark is ready' });
    await expect(prompt).toHaveCount(0);

    publish();
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await expect(prompt).toBeVisible();
    await expect(prompt.getByRole('button', { name: 'Reload' })).toBeVisible();

    // Later: the banner goes; the new version waits, and is offered again on the next start.
    await prompt.getByRole('button', { name: 'Later' }).click();
    await expect(prompt).toHaveCount(0);
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(true);
    await page.reload();
    await expect(prompt).toBeVisible();

    // Reload: the new version takes over and the page reloads on it.
    await page.evaluate(() => ((window as unknown as { __before: boolean }).__before = true));
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await page.waitForFunction(() => !(window as unknown as { __before?: boolean }).__before);
    await expect(page.getByRole('button', { name: 'New map' })).toBeVisible();
    await expect(prompt).toHaveCount(0);
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(false);
  } finally {
    server.closeAllConnections();
    server.close();
  }
});
