// Import and export in the real browser: real downloads, the file picker, a real drop and a real
// paste; the PNG decoded and measured; bad files that change nothing.
import { expect, test, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { extractITXt, pngSize } from '../../src/io/pngChunks';
import { pageSize, PNG_PADDING } from '../../src/io/pngLayout';
import { mapBounds, NODE_HEIGHT, NODE_WIDTH } from '../../src/model/lanes';
import type { JourneyMap, WaymarkDocument } from '../../src/model/schema';
import { generateMap } from '../../bench/generateMap';
import { createFromTemplate, expectSaved, openLibrary } from './helpers';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const CORPUS = join(FIXTURES, 'invalid');
const onlineOrder = (JSON.parse(readFileSync(join(FIXTURES, 'online-order.waymark.json'), 'utf8')) as WaymarkDocument).maps[0]!;

async function bytesOf(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFileSync(path);
}

async function exportFromEditor(page: Page, what: 'Map file (.waymark.json)' | 'Image for slides (PNG)'): Promise<Download> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: what }).click();
  return download;
}

/** Every record of the app's IndexedDB, to compare before and after. */
async function dumpDatabase(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('waymark');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const out: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      out[name] = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    return JSON.stringify(out);
  });
}

const mapList = (page: Page) => page.getByRole('list', { name: 'Maps' }).getByRole('listitem');

/** Drags a file over the app (the overlay shows) and drops it, with DataTransfer as a browser does. */
async function dropFile(page: Page, name: string, bytes: Buffer, type: string) {
  await page.evaluate(
    ({ name, base64, type }) => {
      const data = Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], name, { type }));
      (window as unknown as { __drop: DataTransfer }).__drop = transfer;
      const target = document.elementFromPoint(innerWidth / 2, innerHeight / 2) ?? document.body;
      target.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: transfer }));
      target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    },
    { name, base64: bytes.toString('base64'), type },
  );
  await expect(page.getByTestId('drop-overlay')).toBeVisible();
  await expect(page.getByTestId('drop-overlay')).toContainText('Drop to import');
  const prevented = await page.evaluate(() => {
    const transfer = (window as unknown as { __drop: DataTransfer }).__drop;
    const target = document.elementFromPoint(innerWidth / 2, innerHeight / 2) ?? document.body;
    return !target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  });
  expect(prevented).toBe(true); // the browser does not open the file instead of the app
  await expect(page.getByTestId('drop-overlay')).toBeHidden();
}

const withoutId = ({ id: _id, ...rest }: JourneyMap) => rest;

test('Export JSON from the editor and the library; import it back with the picker: a copy with a new id, equal in every other field', async ({ page }) => {
  await createFromTemplate(page, 'Online order to delivery');
  await expectSaved(page);
  const fromEditor = await exportFromEditor(page, 'Map file (.waymark.json)');
  expect(fromEditor.suggestedFilename()).toBe('Online order to delivery.waymark.json');
  const document = JSON.parse((await bytesOf(fromEditor)).toString('utf8')) as WaymarkDocument;
  expect(document).toMatchObject({ format: 'waymark', version: 1, maps: [{ title: 'Online order to delivery' }] });
  expect(Date.parse(document.exportedAt)).toBeGreaterThan(Date.now() - 60_000);
  expect(withoutId(document.maps[0]!)).toMatchObject({ ...withoutId(onlineOrder), createdAt: expect.any(String), updatedAt: expect.any(String) });
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded “Online order to delivery.waymark.json”' })).toBeVisible();

  await page.getByRole('link', { name: 'All maps' }).click();
  const perMap = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Online order to delivery as JSON' }).click();
  expect(JSON.parse((await bytesOf(await perMap)).toString('utf8')).maps).toEqual(document.maps);

  // The same file back through the picker: the id is taken, so the import is a copy beside it.
  await page.getByTestId('import-input').setInputFiles({ name: 'Online order to delivery.waymark.json', mimeType: 'application/json', buffer: await bytesOf(fromEditor) });
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'Imported 1 map' })).toBeVisible();
  await expect(dialog).toContainText('added beside it with a new id');
  await expect(dialog.getByRole('listitem')).toContainText('5 stages · 8 touchpoints');
  await expect(dialog.getByRole('button', { name: 'Open Online order to delivery' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(mapList(page)).toHaveCount(2);

  const backup = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all' }).click();
  expect((await backup).suggestedFilename()).toMatch(/^waymark-backup-\d{4}-\d{2}-\d{2}\.waymark\.json$/);
  const all = JSON.parse((await bytesOf(await backup)).toString('utf8')) as WaymarkDocument;
  expect(all.maps).toHaveLength(2);
  expect(all.maps[0]!.id).not.toBe(all.maps[1]!.id);
  // The copy says in its title that it was imported, so the two are told apart in the library.
  const [copy, original] = all.maps[0]!.id === document.maps[0]!.id ? [all.maps[1]!, all.maps[0]!] : [all.maps[0]!, all.maps[1]!];
  expect(copy.title).toMatch(/^Online order to delivery \(imported .+\)$/);
  expect({ ...withoutId(copy), title: original.title }).toEqual(withoutId(original));
  expect(all.maps.map((map) => map.id)).toContain(document.maps[0]!.id);

  // Open goes to the imported map.
  await page.getByTestId('import-input').setInputFiles({ name: 'again.json', mimeType: 'application/json', buffer: await bytesOf(fromEditor) });
  await page.getByRole('dialog').getByRole('button', { name: 'Open Online order to delivery' }).click();
  await expect(page).toHaveURL(/#\/map\//);
  expect(all.maps.map((map) => map.id)).not.toContain(decodeURIComponent(page.url().split('#/map/')[1] ?? ''));
  await expect(page.locator('.react-flow__node-touchpoint')).toHaveCount(8);
});

test('Export PNG: the whole map at 2×, arrows drawn, the map in an iTXt chunk; dropping the PNG on the app imports the map', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await createFromTemplate(page, 'Online order to delivery');
  // The PNG code (html-to-image, fonts, chunks) is not loaded until an image is asked for.
  expect(scripts.filter((path) => /renderMapPng|pngChunks/.test(path))).toEqual([]);
  const download = await exportFromEditor(page, 'Image for slides (PNG)');
  expect(scripts.some((path) => /renderMapPng/.test(path))).toBe(true);
  expect(download.suggestedFilename()).toBe('Online order to delivery.png');
  const bytes = await bytesOf(download);
  await download.saveAs('test-results/online-order-export.png'); // looked at by a person: slide material

  // Size: the bounds of every lane and touchpoint plus the margin, at 2×, and a title above.
  const bounds = mapBounds(onlineOrder);
  const page1x = pageSize(bounds);
  const size = pngSize(new Uint8Array(bytes));
  expect(size?.width).toBe(2 * page1x.width);
  expect(Math.max(size!.width, size!.height)).toBeLessThanOrEqual(8192);

  const image = PNG.sync.read(bytes);
  expect([image.width, image.height]).toEqual([size!.width, size!.height]);
  const pixel = (x: number, y: number) => {
    const at = (Math.round(y) * image.width + Math.round(x)) * 4;
    return [image.data[at]!, image.data[at + 1]!, image.data[at + 2]!];
  };
  const white = (rgb: number[]) => rgb.every((value) => value === 255);
  // The lanes start below the title: find the top of the last lane (no title text above it).
  const lastLaneX = 2 * (PNG_PADDING + bounds.width - 160); // the middle of the last lane
  let laneTop = 0;
  while (laneTop < image.height && white(pixel(lastLaneX, laneTop))) laneTop += 1;
  const headerHeight = laneTop / 2 - PNG_PADDING;
  expect(headerHeight).toBeGreaterThan(60);
  expect(headerHeight).toBeLessThan(250);
  // The lanes end below the last touchpoint, without the room the editor keeps for new ones;
  // under them come the stage summary strip and the emotion curve (about 330 px).
  expect(image.height / 2).toBeLessThan(headerHeight + page1x.height + 330);
  // The emotion curve is drawn (its line is the only #1d4ed8 in the picture), below the lanes.
  const lanesBottom = laneTop + 2 * (Math.max(...onlineOrder.touchpoints.map((t) => t.position.y)) + NODE_HEIGHT - bounds.y);
  let curvePixels = 0;
  for (let y = Math.round(lanesBottom); y < image.height; y += 2) {
    for (let x = 0; x < image.width; x += 2) {
      const [r, g, b] = pixel(x, y);
      if (Math.abs(r! - 29) < 30 && Math.abs(g! - 78) < 30 && Math.abs(b! - 216) < 30) curvePixels += 1;
    }
  }
  expect(curvePixels).toBeGreaterThan(200);
  const lowest = Math.max(...onlineOrder.touchpoints.map((t) => t.position.y)) + NODE_HEIGHT;
  expect(image.height / 2).toBeGreaterThan(headerHeight + PNG_PADDING + lowest - bounds.y - 40);
  const toImage = (x: number, y: number) => ({ x: 2 * (x - bounds.x + PNG_PADDING), y: laneTop + 2 * (y - bounds.y) });
  const dark = ([r, g, b]: number[]) => r! < 140 && g! < 140 && b! < 160;
  // The light background, in the margin.
  expect(pixel(4, 4)).toEqual([255, 255, 255]);
  expect(pixel(image.width - 4, image.height - 4)).toEqual([255, 255, 255]);
  // Every straight arrow between side-by-side touchpoints (the same y) crosses the gap between them.
  const byId = new Map(onlineOrder.touchpoints.map((t) => [t.id, t]));
  const straight = onlineOrder.connections.filter((c) => byId.get(c.from)!.position.y === byId.get(c.to)!.position.y && !c.label);
  expect(straight.length).toBeGreaterThanOrEqual(2);
  for (const connection of straight) {
    const from = byId.get(connection.from)!.position;
    const to = byId.get(connection.to)!.position;
    const column = toImage((from.x + NODE_WIDTH + to.x) / 2, 0).x;
    const rows: number[] = [];
    for (let y = from.y; y < from.y + NODE_HEIGHT; y += 0.5) {
      const at = toImage(0, y).y;
      if (dark(pixel(column, at))) rows.push(at);
    }
    expect(rows.length, `arrow ${connection.id} at x=${column}`).toBeGreaterThan(0);
    expect(Math.max(...rows) - Math.min(...rows), `arrow ${connection.id} is a thin line`).toBeLessThan(10);
  }

  // The map's document, in an iTXt chunk named "waymark".
  const chunk = await extractITXt(new Uint8Array(bytes), 'waymark');
  if (!chunk.ok) throw new Error(`no document in the PNG: ${JSON.stringify(chunk.error)}`);
  const carried = JSON.parse(chunk.text) as WaymarkDocument;
  expect(carried).toMatchObject({ format: 'waymark', version: 1 });
  expect(withoutId(carried.maps[0]!)).toMatchObject({ ...withoutId(onlineOrder), createdAt: expect.any(String), updatedAt: expect.any(String) });

  // Dropped on the maps library: the map is imported, beside the one it was made from.
  await page.getByRole('link', { name: 'All maps' }).click();
  await expect(mapList(page)).toHaveCount(1);
  await dropFile(page, 'Online order to delivery.png', bytes, 'image/png');
  await expect(page.getByRole('dialog').getByRole('heading', { name: 'Imported 1 map' })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await expect(mapList(page)).toHaveCount(2);

  // Dropped on the editor too: import works on every screen.
  await mapList(page).first().getByRole('button', { name: /^Open / }).click();
  await expect(page.locator('.react-flow__node-touchpoint').first()).toBeVisible();
  await dropFile(page, 'again.png', bytes, 'image/png');
  await expect(page.getByRole('dialog').getByRole('heading', { name: 'Imported 1 map' })).toBeVisible();
});

test('A bad file shows what is wrong and where, and changes nothing', async ({ page }) => {
  await createFromTemplate(page, 'Online order to delivery');
  await expectSaved(page);
  await page.getByRole('link', { name: 'All maps' }).click();
  await expect(mapList(page)).toHaveCount(1);
  const before = await dumpDatabase(page);
  const listBefore = await mapList(page).allInnerTexts();

  const cases: Array<{ name: string; buffer: Buffer; says: RegExp[] }> = [
    { name: 'touchpoint-in-unknown-stage.json', buffer: readFileSync(join(CORPUS, 'touchpoint-in-unknown-stage.json')), says: [/maps\[0\]\.touchpoints\[3\]\.stageId: expected the id of a stage of this map, got "no-such-stage"/] },
    { name: 'sixty-problems.json', buffer: readFileSync(join(CORPUS, 'sixty-problems.json')), says: [/maps\[0\]\.touchpoints\[0\]\.emotion:/, /…and 10 more problems\./] },
    { name: 'version-99.json', buffer: readFileSync(join(CORPUS, 'version-99.json')), says: [/format version 99, newer than this Waymark understands \(version 1\)/] },
    { name: 'truncated.waymark.json', buffer: readFileSync(join(CORPUS, 'truncated.waymark.json')), says: [/not valid JSON/] },
    { name: 'png-without-waymark-chunk.png', buffer: readFileSync(join(CORPUS, 'png-without-waymark-chunk.png')), says: [/carries no Waymark map/] },
    { name: 'png-with-corrupt-waymark-chunk.png', buffer: readFileSync(join(CORPUS, 'png-with-corrupt-waymark-chunk.png')), says: [/damaged: .*CRC/] },
    { name: 'huge.waymark.json', buffer: Buffer.alloc(26_000_000, 0x20), says: [/The file is 26\.0 MB; the limit is 25 MB\./] },
  ];
  for (const { name, buffer, says } of cases) {
    await page.getByTestId('import-input').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading', { name: 'Nothing was imported' })).toBeVisible();
    const failure = dialog.getByRole('alert');
    await expect(failure).toContainText(`“${name}” could not be imported:`);
    for (const text of says) await expect(failure).toContainText(text);
    await expect(dialog).toContainText('Nothing was changed.');
    if (name === 'sixty-problems.json') await expect(failure.getByRole('listitem')).toHaveCount(51);
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
  expect(await dumpDatabase(page)).toBe(before);
  expect(await mapList(page).allInnerTexts()).toEqual(listBefore);
  await page.reload();
  await expect(mapList(page)).toHaveCount(1);
  expect(await dumpDatabase(page)).toBe(before);
});

test('HTML and script in every text field are shown as text and never run', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openLibrary(page);
  await page.getByTestId('import-input').setInputFiles(join(CORPUS, 'html-and-script-in-every-text-field.waymark.json'));
  const title = '<img src=x onerror=window.__xss=1><script>window.__xss=2</script><b>title</b>';
  await expect(page.getByRole('dialog')).toContainText(title);
  await page.getByRole('dialog').getByRole('button', { name: /^Open / }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('.lane-name').first()).toHaveText('<img src=x onerror=window.__xss=1><script>window.__xss=2</script><b>stage0</b>');
  await expect(page.locator('.tp-title').first()).toHaveText(/^<img src=x onerror=window.__xss=1><script>window.__xss=2<\/script><b>touchpoint\d<\/b>$/);
  await expect(page.locator('.edge-label-text').first()).toContainText('<script>');
  await page.locator('.react-flow__node-touchpoint').first().click();
  await expect(page.getByRole('textbox', { name: 'Description' })).toHaveValue(/<script>window.__xss=2<\/script><b>touchpoint\d-description<\/b>$/);
  await page.getByRole('link', { name: 'All maps' }).click();
  await expect(mapList(page).first()).toContainText(title);
  // Nothing of it became markup, and nothing ran.
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(await page.locator('img[src="x"], b:text-is("title"), script:not([src]):not([type])').count()).toBe(0);
  expect(errors).toEqual([]);
});

test('Pasting a Waymark document on the library imports it; pasting into a text field does not', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openLibrary(page);
  const text = readFileSync(join(FIXTURES, 'clinic-visit-th.waymark.json'), 'utf8');
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('Control+V');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'Imported 1 map' })).toBeVisible();
  await expect(dialog).toContainText('การไปพบแพทย์ที่คลินิก');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(mapList(page)).toHaveCount(1);

  // In the rename field, Ctrl+V pastes text, as everywhere.
  await page.evaluate(() => navigator.clipboard.writeText('Renamed by paste'));
  await page.getByRole('button', { name: 'Rename การไปพบแพทย์ที่คลินิก' }).click();
  const field = page.getByRole('textbox', { name: 'Map title' });
  await field.fill('');
  await page.keyboard.press('Control+V');
  await expect(field).toHaveValue('Renamed by paste');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Escape');

  // Pasted text that is not a Waymark document says so.
  await page.evaluate(() => navigator.clipboard.writeText('just some notes from the workshop'));
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('Control+V');
  await expect(dialog.getByRole('alert')).toContainText('“Pasted text” could not be imported:');
  await expect(dialog.getByRole('alert')).toContainText('not valid JSON');
  await page.keyboard.press('Escape');
  await expect(mapList(page)).toHaveCount(1);
});

test('The Thai example exports with the bundled Thai font, and imports back from the PNG', async ({ page }) => {
  await createFromTemplate(page, 'การไปพบแพทย์ที่คลินิก');
  const fontRequest = page.waitForRequest(/noto-sans-thai-thai-(400|700)-normal.*\.woff2$/);
  const download = await exportFromEditor(page, 'Image for slides (PNG)');
  await fontRequest;
  expect(download.suggestedFilename()).toBe('การไปพบแพทย์ที่คลินิก.png');
  await download.saveAs('test-results/clinic-visit-th-export.png');
  const bytes = await bytesOf(download);
  // The Thai title is drawn, in this first export of the session too (fonts are warmed up first).
  const image = PNG.sync.read(bytes);
  let ink = 0;
  for (let y = 2 * PNG_PADDING; y < 2 * PNG_PADDING + 80; y++) {
    for (let x = 2 * PNG_PADDING; x < 1200; x++) {
      const at = (y * image.width + x) * 4;
      if (image.data[at]! + image.data[at + 1]! + image.data[at + 2]! < 200) ink += 1;
    }
  }
  expect(ink).toBeGreaterThan(5000);
  const chunk = await extractITXt(new Uint8Array(bytes), 'waymark');
  expect(chunk.ok && (JSON.parse(chunk.text) as WaymarkDocument).maps[0]?.title).toBe('การไปพบแพทย์ที่คลินิก');
  await page.getByRole('link', { name: 'All maps' }).click();
  await page.getByTestId('import-input').setInputFiles({ name: 'thai.png', mimeType: 'image/png', buffer: bytes });
  await expect(page.getByRole('dialog').getByRole('heading', { name: 'Imported 1 map' })).toBeVisible();
});

test('A large map in Thai, Chinese and Persian: the import is quick, and its PNG is scaled to 8192 px', async ({ page }) => {
  test.setTimeout(180_000);
  const big = generateMap({ touchpoints: 2000, seed: 11 });
  const text = JSON.stringify({ format: 'waymark', version: 1, exportedAt: new Date().toISOString(), maps: [big] });
  await openLibrary(page);
  const started = Date.now();
  await page.getByTestId('import-input').setInputFiles({ name: 'big.waymark.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByRole('dialog').getByRole('heading', { name: 'Imported 1 map' })).toBeVisible();
  console.log(`import of ${big.touchpoints.length} touchpoints (${(text.length / 1e6).toFixed(1)} MB): ${Date.now() - started} ms`);
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

  // 30 stages are 9,600 px wide: drawn at 2× that would be 19,392 px, so it is scaled down.
  const wide = generateMap({ touchpoints: 90, stages: 30, seed: 3 });
  await page.getByTestId('import-input').setInputFiles({
    name: 'wide.waymark.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'waymark', version: 1, exportedAt: new Date().toISOString(), maps: [wide] })),
  });
  await page.getByRole('dialog').getByRole('button', { name: `Open ${wide.title}` }).click();
  await expect(page.locator('.react-flow__node-touchpoint').first()).toBeVisible();
  const exportStarted = Date.now();
  const download = await exportFromEditor(page, 'Image for slides (PNG)');
  const bytes = await bytesOf(download);
  const size = pngSize(new Uint8Array(bytes))!;
  console.log(`PNG of ${wide.touchpoints.length} touchpoints in ${wide.stages.length} stages: ${size.width}×${size.height}, ${(bytes.length / 1e6).toFixed(1)} MB, ${Date.now() - exportStarted} ms`);
  expect(size.width).toBeLessThanOrEqual(8192);
  expect(size.width).toBeGreaterThanOrEqual(8190);
  expect(size.height).toBeLessThan(size.width);
  const chunk = await extractITXt(new Uint8Array(bytes), 'waymark');
  expect(chunk.ok && (JSON.parse(chunk.text) as WaymarkDocument).maps[0]?.touchpoints).toHaveLength(90);
});
