// Shared steps of the browser tests: what a user does to get somewhere.
import { expect, type Locator, type Page } from '@playwright/test';

export async function openLibrary(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Waymark' })).toBeVisible();
  // The list is read from IndexedDB: "New map" shows once it has loaded.
  await expect(page.getByRole('button', { name: 'New map' })).toBeVisible();
}

export async function createFromTemplate(page: Page, title: string) {
  await openLibrary(page);
  const template = page.getByRole('button', { name: title, exact: true });
  if (!(await template.isVisible())) await page.getByRole('button', { name: 'From template' }).click();
  await page.getByRole('button', { name: title, exact: true }).click();
  await expect(page).toHaveURL(/#\/map\//);
  await expect(page.locator('.react-flow__node-touchpoint').first()).toBeVisible();
}

export function touchpoint(page: Page, title: string): Locator {
  return page.locator('.react-flow__node-touchpoint', { has: page.locator('.tp-title', { hasText: title }) });
}

export function lane(page: Page, name: string): Locator {
  return page.locator('[data-testid="lane"]', { has: page.locator('.lane-name', { hasText: name }) });
}

export async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('element is not visible');
  return b;
}

export async function centre(locator: Locator) {
  const b = await box(locator);
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** Waits until autosave reports that everything is in IndexedDB. */
export async function expectSaved(page: Page) {
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
}

/**
 * Chromium throws QuotaExceededError from IndexedDB when the disk quota is used up. A test
 * cannot fill a real disk, so this makes the real IndexedDB's `put` and `add` throw that same
 * error while `setWritesFailing(page, true)` is in force. Call before the page loads.
 */
export async function failWritesWhenAsked(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __failWrites?: boolean };
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
        if (w.__failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      } as typeof original;
    }
  });
}

export async function setWritesFailing(page: Page, failing: boolean) {
  await page.evaluate((on) => ((window as unknown as { __failWrites?: boolean }).__failWrites = on), failing);
}

/** Drags with real mouse events, in small steps, as a hand would. */
export async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + (to.x - from.x) / 3, from.y + (to.y - from.y) / 3, { steps: 5 });
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
}

/**
 * Draws an arrow by dragging from one handle to another. React Flow pans the canvas while a
 * connection is dragged near its edge, so the target is found again once the drag is under way
 * and the canvas has stopped, as a person's eyes follow it.
 */
export async function connectHandles(page: Page, from: Locator, to: Locator) {
  const start = await centre(from);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  // Halfway first, away from the edge where React Flow would keep panning.
  const seen = await centre(to);
  await page.mouse.move((start.x + seen.x) / 2, (start.y + seen.y) / 2, { steps: 5 });
  await steady(to);
  const end = await centre(to);
  await page.mouse.move(end.x, end.y, { steps: 10 });
  await page.mouse.up();
}

/** True when the centre of `item` lies inside `container`, horizontally. */
export async function isInsideHorizontally(item: Locator, container: Locator) {
  const c = await centre(item);
  const b = await box(container);
  return c.x > b.x && c.x < b.x + b.width;
}

/** Waits until an element stops moving (the canvas may pan to keep a selection in view). */
export async function steady(locator: Locator) {
  // Unchanged over three readings in a row: on a busy machine an animation (fit view, keeping the
  // selection in view) may start a few frames after the click that asked for it.
  let last = '';
  let still = 0;
  await expect
    .poll(async () => {
      const now = JSON.stringify(await locator.boundingBox());
      still = now === last ? still + 1 : 0;
      last = now;
      return still >= 3;
    }, { intervals: [100] })
    .toBe(true);
}

/** RFC 4180: quoted cells, doubled quotes, CRLF between rows. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** A Waymark collaboration server (server/main.mjs) run by a test: its address, and how to stop it. */
export type CollabServer = { url: string; stop: () => Promise<void> };

/**
 * Starts `node server/main.mjs` on a free port (PORT=0, or the port given) with its documents in
 * `dataDir`, and resolves once it prints "listening on ws://…". Stop it in afterAll, even on failure.
 */
export async function startCollabServer(dataDir: string, port = 0): Promise<CollabServer> {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, ['server/main.mjs'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (ws:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the collaboration server stopped (${code}): ${output}`)));
  });
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
