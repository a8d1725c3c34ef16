// Durability: an edit is in IndexedDB soon after the keystroke, whatever happens to the browser
// next. Playwright cannot kill a browser it launched with a persistent profile, so this test
// starts Debian's Chromium itself on a profile of its own, drives it over the DevTools protocol,
// and kills the whole browser (every process of it, SIGKILL: no unload, no pagehide, no flush)
// 150 ms after the last keystroke. Then it starts Chromium again on the same profile.
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import config from '../../playwright.config';

// Playwright's trace recorder attaches to every context of the test, the killed browser's too,
// and then fails the test when it cannot stop recording there.
test.use({ trace: 'off' });

const FLAGS = config.use?.launchOptions?.args ?? [];

type Running = { child: ChildProcess; browser: Browser; exited: Promise<void> };

async function startChromium(profile: string): Promise<Running> {
  const child = spawn(
    '/usr/bin/chromium',
    ['--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`, '--window-size=1440,900', ...FLAGS, 'about:blank'],
    // Its own process group, so that the kill reaches every Chromium process at once.
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    // Reading stderr to the end also keeps Chromium from blocking on a full pipe.
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (found) resolve(found[1] as string);
    });
    void exited.then(() => reject(new Error(`Chromium exited before it listened:\n${output}`)));
  });
  return { child, browser: await chromium.connectOverCDP(url), exited };
}

async function killChromium(running: Running) {
  if (running.child.exitCode !== null || running.child.signalCode !== null) return;
  process.kill(-(running.child.pid as number), 'SIGKILL');
  await running.exited;
}

async function newPage(running: Running): Promise<Page> {
  const context = running.browser.contexts()[0];
  if (!context) throw new Error('Chromium has no default context');
  return context.newPage();
}

/** Types into the Map panel's title field from the keyboard, as a person does. */
async function typeTitle(page: Page, text: string) {
  await page.getByRole('button', { name: 'Map and stages' }).click();
  const title = page.getByRole('textbox', { name: 'Title' });
  await title.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
  await expect(title).toHaveValue(text);
}

test('an edit survives the browser being killed 150 ms after the last keystroke', async ({ baseURL }) => {
  const BASE = baseURL as string;
  const profile = mkdtempSync(join(tmpdir(), 'waymark-crash-'));
  let running = await startChromium(profile);
  try {
    let page = await newPage(running);
    await page.goto(`${BASE}/`);
    await expect(page.getByRole('button', { name: 'New map' })).toBeVisible();
    await page.getByRole('button', { name: 'Online order to delivery', exact: true }).click();
    await expect(page).toHaveURL(/#\/map\//);
    await expect(page.locator('.react-flow__node-touchpoint')).toHaveCount(8);
    const mapUrl = page.url();

    for (const text of ['Kettle order, typed before the crash', 'Kettle order — typed before a second crash']) {
      await typeTitle(page, text);
      await new Promise((resolve) => setTimeout(resolve, 150));
      await killChromium(running);

      running = await startChromium(profile);
      page = await newPage(running);
      await page.goto(mapUrl);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
      await expect(page.locator('.react-flow__node-touchpoint')).toHaveCount(8);
    }
    await page.goto(`${BASE}/`);
    await expect(page.getByRole('list', { name: 'Maps' }).getByRole('listitem')).toHaveCount(1);
    await expect(page.getByRole('list', { name: 'Maps' })).toContainText('Kettle order — typed before a second crash');
  } finally {
    await killChromium(running);
    rmSync(profile, { recursive: true, force: true });
  }
});

test('an edit survives the tab being closed right after typing', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'New map' })).toBeVisible();
  await page.getByRole('button', { name: 'Online order to delivery', exact: true }).click();
  await expect(page.locator('.react-flow__node-touchpoint')).toHaveCount(8);
  const mapUrl = page.url();
  await typeTitle(page, 'Kettle order, typed before closing the tab');
  await page.close();

  const again = await context.newPage();
  await again.goto(mapUrl);
  await expect(again.getByRole('heading', { level: 1 })).toHaveText('Kettle order, typed before closing the tab');
});
