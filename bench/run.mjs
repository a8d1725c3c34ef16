// npm run bench: measures Waymark's production build against a bare React Flow page in
// headless Chromium, at 100, 1,000 and 5,000 touchpoints. Prints a table, writes bench/results.json.
// Also (issue 9): what opening reads from IndexedDB, how long an edit takes to be durable, how a
// stored 1,000-touchpoint map grows over BENCH_EDITS edits (default 10,000), and the JavaScript
// heap with a 5,000-touchpoint map open.
import { chromium } from '@playwright/test';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { serveBench } from './staticServer.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const SIZES = (process.env.BENCH_SIZES ?? '100,300,1000,5000').split(',').map(Number);
const PORT = Number(process.env.BENCH_PORT ?? 4190);
const FRAMES = 60;
const EDITS = Number(process.env.BENCH_EDITS ?? 10_000);
const GROWTH_SIZE = 1000;
// BENCH_SKIP=png,growth leaves out the PNG export and the storage growth (for quick runs).
const SKIP = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
const HEAP_SIZE = 5000;
const data = new Map();

// ---------- statistics
const percentile = (values, p) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const median = (values) => percentile(values, 50);
const round = (n, digits = 1) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : null);
const frameStats = (deltas) => ({ p50: round(percentile(deltas, 50)), p95: round(percentile(deltas, 95)), max: round(Math.max(...deltas)) });

// ---------- in-page measurements
const nextFrame = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
async function startFrames(page) {
  await page.evaluate(() => {
    const w = window;
    w.__frames = [];
    w.__recording = true;
    const tick = (now) => {
      if (!w.__recording) return;
      w.__frames.push(now);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}
async function stopFrames(page) {
  const stamps = await page.evaluate(() => {
    window.__recording = false;
    return window.__frames;
  });
  return stamps.slice(1).map((t, i) => t - stamps[i]);
}

/** A point on empty canvas (not on a node, an arrow or a control), near the middle. */
function emptyCanvasPoint(page) {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane').getBoundingClientRect();
    const busy = '.react-flow__node-touchpoint, .react-flow__node-default, .react-flow__edge, .react-flow__panel, .react-flow__minimap, .react-flow__controls, .edge-label, .lane-header';
    for (let dy = 0; dy < pane.height / 2; dy += 7) {
      for (let dx = 0; dx < pane.width / 2; dx += 7) {
        for (const [x, y] of [[pane.x + pane.width / 2 - dx, pane.y + pane.height / 2 + dy], [pane.x + pane.width / 2 + dx, pane.y + pane.height / 2 - dy]]) {
          const element = document.elementFromPoint(x, y);
          if (element && element.closest('.react-flow') && !element.closest(busy)) return { x, y };
        }
      }
    }
    throw new Error('no empty canvas point');
  });
}

/** The touchpoint node closest to the middle of the screen. */
function middleNode(page, selector) {
  return page.evaluate((selector) => {
    const pane = document.querySelector('.react-flow__pane').getBoundingClientRect();
    const cx = pane.x + pane.width / 2;
    const cy = pane.y + pane.height / 2;
    let best = null;
    for (const node of document.querySelectorAll(selector)) {
      const r = node.getBoundingClientRect();
      const d = Math.hypot(r.x + r.width / 2 - cx, r.y + r.height / 2 - cy);
      if (!best || d < best.d) best = { d, x: r.x + r.width / 2, y: r.y + Math.min(r.height / 2, 30) };
    }
    return best;
  }, selector);
}

/** Moves the mouse with the button down, one step per frame, as a hand does at 60 Hz. */
async function gesture(page, from, step) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await startFrames(page);
  for (let i = 1; i <= FRAMES; i++) {
    await page.mouse.move(from.x + step.x * i, from.y + step.y * i);
    await nextFrame(page);
  }
  const deltas = await stopFrames(page);
  return deltas;
}

async function waitOpened(page, nodeSelector) {
  await page.waitForSelector(nodeSelector, { timeout: 60_000 }).catch(async (error) => {
    console.error(`nothing opened; the page says: ${(await page.locator('body').innerText()).slice(0, 500)}`);
    throw error;
  });
  await page.waitForFunction(() => window.__openedAt !== undefined || document.querySelector('.react-flow__node-touchpoint'), null, { timeout: 60_000 });
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.__openedAt ?? performance.now())))));
}

/**
 * Runs in an app page before its own code: notes every IndexedDB transaction (stores, mode, when
 * it started and committed) and the bytes of update rows it wrote, so the harness sees what an
 * open read and when a write really committed, not only what the screen says.
 */
function recordIndexedDb() {
  const log = (window.__idb = []);
  const entries = new WeakMap();
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode, options) {
    const tx = transaction.call(this, stores, mode, options);
    const entry = { stores: typeof stores === 'string' ? [stores] : [...stores], mode: mode ?? 'readonly', start: performance.now(), committed: undefined, updateBytes: 0 };
    log.push(entry);
    entries.set(tx, entry);
    tx.addEventListener('complete', () => (entry.committed = performance.now()));
    return tx;
  };
  for (const method of ['add', 'put']) {
    const write = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (value, ...key) {
      const entry = entries.get(this.transaction);
      if (entry && this.name === 'updates' && value?.update) entry.updateBytes += value.update.byteLength;
      return write.call(this, value, ...key);
    };
  }
}

/** The read that opened the map: the first read-only transaction over the update log. */
function logRead(page) {
  return page.evaluate(() => window.__idb.find((e) => e.mode === 'readonly' && e.stores.includes('updates') && e.stores.includes('headers')) ?? null);
}

/** A forced full GC, then the JavaScript heap in use (MB), through the DevTools protocol. */
async function heapMb(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 2 ** 20;
}

/** Lets rendering, effects and idle work finish before a heap figure. */
async function settle(page) {
  await nextFrame(page);
  await nextFrame(page);
  await page.waitForTimeout(1500);
}

// ---------- one size
/** Every page shares one browser context, so the tools page and the app share IndexedDB. */
async function newPage(context, { instrument = false } = {}) {
  const page = await context.newPage();
  if (instrument) await page.addInitScript(recordIndexedDb);
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && console.error(`console: ${message.text()}`));
  return page;
}

async function measureWaymark(context, tools, origin, mapId) {
  const page = await newPage(context, { instrument: true });
  const opens = [];
  const reads = [];
  const readAt = [];
  for (let i = 0; i < 3; i++) {
    if (i === 0) await page.goto(`${origin}/#/map/${mapId}`);
    else await page.reload();
    const openedAt = await waitOpened(page, '.react-flow__node-touchpoint');
    opens.push(openedAt);
    // The map came from the update log: its read committed before the cards were on screen.
    const read = await logRead(page);
    if (!read?.committed || read.committed > openedAt) throw new Error(`the open did not read the update log first: ${JSON.stringify(read)}`);
    reads.push(read.committed - read.start);
    readAt.push(read.committed);
  }
  await page.waitForTimeout(300);
  const pan = await gesture(page, await emptyCanvasPoint(page), { x: 6, y: -4 });
  await page.mouse.up();
  await page.waitForTimeout(300);

  // Drag one touchpoint; count renders; then time the write that the drop causes: until the
  // tools page (another tab) can read it (durable: its transaction committed), until the
  // editor's own page hears that it committed (told: the complete event, which waits for the
  // editor's main thread), and until the toolbar says so (shown).
  const target = await middleNode(page, '.react-flow__node-touchpoint');
  await page.evaluate(() => {
    window.__waymarkRenders = {};
    window.__pointerUpAt = undefined;
    window.__savedAt = undefined;
    window.__dragFrom = window.__idb.length;
    addEventListener('pointerup', (event) => {
      window.__pointerUpAt = event.timeStamp;
      window.__pointerUpEpoch = performance.timeOrigin + event.timeStamp;
    }, { capture: true, once: true });
    const status = () => document.querySelector('[data-testid="save-status"]');
    const observer = new MutationObserver(() => {
      const element = status();
      if (window.__pointerUpAt !== undefined && element?.dataset.records !== undefined && element.textContent === 'All changes saved' && window.__sawPending) {
        window.__savedAt = performance.now();
        observer.disconnect();
      } else if (window.__pointerUpAt !== undefined && element?.textContent !== 'All changes saved') {
        window.__sawPending = true;
      }
    });
    observer.observe(document.querySelector('.toolbar'), { subtree: true, childList: true, characterData: true, attributes: true });
  });
  const drag = await gesture(page, target, { x: 3, y: 2 });
  const renders = await page.evaluate(() => ({ ...window.__waymarkRenders }));
  await tools.evaluate((id) => window.benchTools.watchLog(id), mapId);
  await page.mouse.up();
  await page.waitForFunction(() => window.__savedAt !== undefined, null, { timeout: 30_000 });
  await page.waitForTimeout(300); // a second write, if the drop made one, shows up here
  const seenAt = await tools.evaluate(() => window.benchTools.stopWatching());
  const write = await page.evaluate((seenAt) => {
    const writes = window.__idb.slice(window.__dragFrom).filter((e) => e.mode === 'readwrite' && e.stores.includes('updates'));
    const first = writes.find((e) => e.start >= window.__pointerUpAt);
    return {
      durableMs: seenAt === null ? null : seenAt - window.__pointerUpEpoch,
      issuedMs: first === undefined ? null : first.start - window.__pointerUpAt,
      toldMs: first?.committed === undefined ? null : first.committed - window.__pointerUpAt,
      shownMs: window.__savedAt - window.__pointerUpAt,
      writes: writes.length,
      bytes: writes.reduce((sum, e) => sum + e.updateBytes, 0),
    };
  }, seenAt);
  const fit = await measureAtFitView(page, '.react-flow__node-touchpoint', () => page.getByRole('button', { name: 'Fit View' }).click());
  await page.close();
  return { open: median(opens), logReadMs: median(reads), logReadAt: median(readAt), pan: frameStats(pan), drag: frameStats(drag), write, renders, frames: FRAMES, fit };
}

/**
 * Pan and drag with the whole map in view: the first thing a facilitator does with a big map.
 * `fit` brings the page there (Waymark's Fit View button; the bare page opens fitted).
 */
async function measureAtFitView(page, nodeSelector, fit) {
  await fit();
  await settle(page);
  const cards = await mountedNodes(page, nodeSelector);
  // Elements per card, the card's own element included.
  const domPerCard = await page.evaluate((selector) => {
    const nodes = document.querySelectorAll(selector);
    return nodes.length && (nodes.length + document.querySelectorAll(`${selector} *`).length) / nodes.length;
  }, nodeSelector);
  const pan = await gesture(page, await emptyCanvasPoint(page), { x: 3, y: -2 });
  await page.mouse.up();
  await settle(page);
  const drag = await gesture(page, await middleNode(page, nodeSelector), { x: 1, y: 1 });
  await page.mouse.up();
  await settle(page);
  return { cards, domPerCard: round(domPerCard), pan: frameStats(pan), drag: frameStats(drag) };
}

/** From a click on the map's Open button in the library until its cards are drawn. */
async function measureOpenFromLibrary(context, origin, size) {
  const page = await newPage(context);
  const opens = [];
  for (let i = 0; i < 3; i++) {
    await page.goto(`${origin}/#/`);
    const open = page.getByRole('button', { name: `Open Benchmark journey, ${size} touchpoints`, exact: true });
    await open.waitFor({ timeout: 60_000 });
    await settle(page);
    await page.evaluate(() => addEventListener('click', (event) => (window.__clickedAt = event.timeStamp), { capture: true, once: true }));
    await open.click();
    const drawnAt = await waitOpened(page, '.react-flow__node-touchpoint');
    opens.push(drawnAt - (await page.evaluate(() => window.__clickedAt)));
  }
  await page.close();
  return median(opens);
}

async function measureBaseline(context, origin, size) {
  const page = await newPage(context);
  const opens = [];
  for (let i = 0; i < 3; i++) {
    await page.goto(`${origin}/bench/baseline.html?n=${size}&run=${i}`);
    opens.push(await waitOpened(page, '.react-flow__node-default'));
  }
  await page.waitForTimeout(300);
  const pan = await gesture(page, await emptyCanvasPoint(page), { x: 6, y: -4 });
  await page.mouse.up();
  await page.waitForTimeout(300);
  const drag = await gesture(page, await middleNode(page, '.react-flow__node-default'), { x: 3, y: 2 });
  await page.mouse.up();
  await page.goto(`${origin}/bench/baseline.html?n=${size}&view=fit`);
  await waitOpened(page, '.react-flow__node-default');
  const fit = await measureAtFitView(page, '.react-flow__node-default', async () => undefined);
  await page.close();
  return { open: median(opens), pan: frameStats(pan), drag: frameStats(drag), fit };
}

// ---------- heap with a large map open, at the view it opens at and at "Fit view"
const mountedNodes = (page, selector) => page.evaluate((selector) => document.querySelectorAll(selector).length, selector);

async function measureWaymarkHeap(context, origin, mapId) {
  const page = await newPage(context);
  await page.goto(`${origin}/#/map/${mapId}`);
  await waitOpened(page, '.react-flow__node-touchpoint');
  await settle(page);
  const readable = { mb: await heapMb(page), cards: await mountedNodes(page, '.react-flow__node-touchpoint') };
  await page.getByRole('button', { name: 'Fit View' }).click();
  await settle(page);
  const fit = { mb: await heapMb(page), cards: await mountedNodes(page, '.react-flow__node-touchpoint') };
  await page.close();
  return { readable, fit };
}

/** What the map itself weighs, held alone in the tools page: as its Y.Doc, and as plain objects. */
async function heapBreakdown(tools, mapId) {
  const weigh = async (as) => {
    await tools.evaluate(() => window.benchTools.hold(null));
    const before = await heapMb(tools);
    const { structs } = await tools.evaluate(([id, as]) => window.benchTools.hold(id, as), [mapId, as]);
    const mb = (await heapMb(tools)) - before;
    await tools.evaluate(() => window.benchTools.hold(null));
    return { mb, structs };
  };
  const doc = await weigh('doc');
  const map = await weigh('map');
  return { docMb: doc.mb, structs: doc.structs, plainMb: map.mb };
}

async function measureBaselineHeap(context, origin, size) {
  const at = async (view) => {
    const page = await newPage(context);
    await page.goto(`${origin}/bench/baseline.html?n=${size}&view=${view}`);
    await waitOpened(page, '.react-flow__node-default');
    await settle(page);
    const figure = { mb: await heapMb(page), cards: await mountedNodes(page, '.react-flow__node-default') };
    await page.close();
    return figure;
  };
  return { readable: await at('readable'), fit: await at('fit') };
}

// ---------- bundle
function bundle() {
  const html = readFileSync(join(root, 'dist/index.html'), 'utf8');
  const startup = new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]));
  const gz = (file) => gzipSync(readFileSync(join(root, 'dist', file))).length / 1024;
  const chunks = readdirSync(join(root, 'dist/assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
  return {
    startupKb: round(chunks.filter((c) => startup.has(c)).reduce((sum, c) => sum + gz(c), 0)),
    startupChunks: [...startup],
    lazy: chunks.filter((c) => !startup.has(c)).map((c) => ({ chunk: c, kb: round(gz(c)) })),
  };
}

// ---------- main
const started = Date.now();
// The last run's figures, for the "no regression" comparison (this run overwrites the file).
const resultsFile = join(root, 'bench/results.json');
const previous = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : null;
const server = await serveBench(root, PORT, data);
const origin = `http://127.0.0.1:${PORT}`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
// The load average says how busy the machine was (other people's browser tests share it).
const load = () => loadavg().map((n) => n.toFixed(1)).join(' ');
const results = { date: new Date().toISOString(), machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Chromium ${browser.version()}`, loadAtStart: load(), sizes: [] };
const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
const tools = await newPage(context);
await tools.goto(`${origin}/bench/tools.html`);
await tools.waitForFunction(() => document.title === 'ready');
for (const size of SIZES) {
  process.stdout.write(`measuring ${size} touchpoints…\n`);
  const text = await tools.evaluate((n) => window.benchTools.documentText(n), size);
  data.set(`map-${size}.json`, text);
  const importMs = await tools.evaluate((t) => window.benchTools.timeImport(t), text);
  const auditMs = await tools.evaluate((n) => window.benchTools.timeAudit(n), size);
  const png = size === 1000 && !SKIP.has('png') ? await tools.evaluate((n) => window.benchTools.timePng(n), size) : undefined;
  const mapId = await tools.evaluate((n) => window.benchTools.seed(n), size);
  // What opening reads: the map's update log, and the data part of opening it (no rendering).
  const log = await tools.evaluate((id) => window.benchTools.storedSize(id), mapId);
  const load = await tools.evaluate((id) => window.benchTools.timeLoad(id), mapId);
  const waymark = await measureWaymark(context, tools, origin, mapId);
  waymark.openFromLibrary = await measureOpenFromLibrary(context, origin, size);
  const baseline = await measureBaseline(context, origin, size);
  results.sizes.push({ touchpoints: size, importMs: round(importMs), auditMs: round(auditMs), ...(png ? { png: { ...png, ms: round(png.ms, 0) } } : {}), mapId, log, load, waymark, baseline });
}
if (SIZES.includes(GROWTH_SIZE) && !SKIP.has('growth')) {
  process.stdout.write(`editing a stored ${GROWTH_SIZE}-touchpoint map ${EDITS} times…\n`);
  results.growth = await tools.evaluate(([n, edits]) => window.benchTools.storageGrowth(n, edits), [GROWTH_SIZE, EDITS]);
}
// The heap last, with the tools page closed: nothing else of this origin holds memory then.
const heapMap = results.sizes.find((s) => s.touchpoints === HEAP_SIZE);
const breakdown = heapMap && (await heapBreakdown(tools, heapMap.mapId));
await tools.close();
if (heapMap) {
  process.stdout.write(`heap with ${HEAP_SIZE} touchpoints open…\n`);
  results.heap = { touchpoints: HEAP_SIZE, waymark: await measureWaymarkHeap(context, origin, heapMap.mapId), baseline: await measureBaselineHeap(context, origin, HEAP_SIZE), breakdown };
}
await browser.close();
server.close();
results.bundle = bundle();
results.seconds = Math.round((Date.now() - started) / 1000);
results.loadAtEnd = load();
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);

// ---------- the table
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}×` : '–');
const kb = (bytes) => `${round(bytes / 1024)} KB`;
const thousands = (n) => n.toLocaleString('en');
const rows = [['touchpoints', 'open ms (÷ base)', 'pan p50/p95/max ms (p95 ÷ base)', 'drag p50/p95/max ms (p95 ÷ base)', 'edit→durable ms (write issued at)', 'edit→told / shown ms', 'writes on drop', 'import+validate ms', 'audit ms', 'renders in a drag']];
for (const s of results.sizes) {
  const w = s.waymark;
  const b = s.baseline;
  rows.push([
    String(s.touchpoints),
    `${round(w.open, 0)} (${ratio(w.open, b.open)})`,
    `${w.pan.p50}/${w.pan.p95}/${w.pan.max} (${ratio(w.pan.p95, b.pan.p95)})`,
    `${w.drag.p50}/${w.drag.p95}/${w.drag.max} (${ratio(w.drag.p95, b.drag.p95)})`,
    `${round(w.write.durableMs, 0)} (${round(w.write.issuedMs, 0)})`,
    `${round(w.write.toldMs, 0)} / ${round(w.write.shownMs, 0)}`,
    `${w.write.writes} × ${w.write.bytes} B`,
    String(s.importMs),
    String(s.auditMs),
    `${w.renders.touchpoint ?? 0} nodes, ${w.renders.edge ?? 0} edges / ${w.frames} frames`,
  ]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const table = rows.map((r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`);
table.splice(1, 0, `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
console.log(`\nWaymark benchmark — ${results.date.slice(0, 10)} — ${results.machine} — load average ${results.loadAtStart} at start, ${results.loadAtEnd} at end\n`);
console.log(table.join('\n'));
console.log(`\nbaseline (bare React Flow): ${results.sizes.map((s) => `${s.touchpoints}: open ${round(s.baseline.open, 0)} ms, pan p95 ${s.baseline.pan.p95} ms, drag p95 ${s.baseline.drag.p95} ms`).join('; ')}`);
// Issue 11: the whole journey at a glance.
const fitRows = [['touchpoints', 'cards mounted at fit view (base)', 'fit view: pan p50/p95 ms (p95 ÷ base)', 'fit view: drag p50/p95 ms (p95 ÷ base)', 'open from the library ms (click → cards)', 'open from the map URL ms']];
for (const s of results.sizes) {
  const w = s.waymark.fit;
  const b = s.baseline.fit;
  fitRows.push([
    String(s.touchpoints),
    `${w.cards}, ${w.domPerCard} elements each (${b.cards}, ${b.domPerCard})`,
    `${w.pan.p50}/${w.pan.p95} (${ratio(w.pan.p95, b.pan.p95)})`,
    `${w.drag.p50}/${w.drag.p95} (${ratio(w.drag.p95, b.drag.p95)})`,
    String(round(s.waymark.openFromLibrary, 0)),
    String(round(s.waymark.open, 0)),
  ]);
}
const fitWidths = fitRows[0].map((_, i) => Math.max(...fitRows.map((r) => r[i].length)));
const fitTable = fitRows.map((r) => `| ${r.map((c, i) => c.padEnd(fitWidths[i])).join(' | ')} |`);
fitTable.splice(1, 0, `| ${fitWidths.map((w) => '-'.repeat(w)).join(' | ')} |`);
console.log(`\nat fit view (the whole map on screen), and opening:\n${fitTable.join('\n')}`);
console.log(`bare React Flow at fit view: ${results.sizes.map((s) => `${s.touchpoints}: pan p95 ${s.baseline.fit.pan.p95} ms, drag p95 ${s.baseline.fit.drag.p95} ms`).join('; ')}`);
console.log(`open = load from IndexedDB + first render. It reads the map's Yjs update log: ${results.sizes.map((s) => `${s.touchpoints}: ${s.log.rows} row${s.log.rows === 1 ? '' : 's'}, ${kb(s.log.bytes)}, read transaction ${round(s.waymark.logReadMs, 0)} ms done at ${round(s.waymark.logReadAt, 0)} ms of the open, loadDoc ${round(s.load.loadMs, 0)} ms + openLoadedMap ${round(s.load.documentMs, 0)} ms`).join('; ')}`);
console.log('edit→durable = the drop of a drag until another page can read the update (the transaction holding it committed); issued at = when the editor began that transaction; told = its complete event in the editor, which waits for the editor\'s main thread; shown = the toolbar says "All changes saved"');
const g = results.growth;
if (g) {
  console.log(`storage of ${thousands(GROWTH_SIZE)} touchpoints after ${thousands(g.edits)} edits (${g.sessions} openings, each edit durable before the next): fresh ${kb(g.fresh.bytes)} (${g.fresh.rows} row); before the last compaction ${kb(g.beforeCompaction.bytes)} (${g.beforeCompaction.rows} rows); compacted ${kb(g.compacted.bytes)} (${g.compacted.rows} row) = ${ratio(g.compacted.bytes, g.fresh.bytes)} fresh; map intact after reload: ${g.intact ? 'yes' : 'NO'}; edit→durable p50/p95/max ${round(g.durableMs.p50)}/${round(g.durableMs.p95)}/${round(g.durableMs.max)} ms, ${g.durableMs.over50} over 50 ms (${g.durableMs.over50WhileCompacting} of them during a compaction); took ${round(g.seconds, 0)} s`);
}
const h = results.heap;
if (h) {
  const view = (v) => `${round(v.mb)} MB (${v.cards} cards mounted)`;
  console.log(`JavaScript heap after a forced GC, ${thousands(h.touchpoints)} touchpoints open: readable zoom ${view(h.waymark.readable)}, fit view ${view(h.waymark.fit)}; bare React Flow: readable zoom ${view(h.baseline.readable)}, fit view ${view(h.baseline.fit)}`);
  const b = h.breakdown;
  console.log(`the map alone on the heap: its Y.Doc ${round(b.docMb)} MB (${thousands(b.structs)} Yjs structs), the same map as plain objects ${round(b.plainMb)} MB`);
}
for (const s of results.sizes) if (s.png) console.log(`PNG export of ${s.touchpoints} touchpoints: ${s.png.ms} ms, ${s.png.width}×${s.png.height} px, ${s.png.kb} KB`);
console.log(`start-up JavaScript: ${results.bundle.startupKb} KB gzip; loaded later: ${results.bundle.lazy.map((l) => `${l.chunk} ${l.kb} KB`).join(', ') || 'none'}`);

// ---------- against the previous run (bench/results.json as it was): "no regression"
// Frame times come in 16.7 ms steps, so a p95 may move one frame; import and audit are a few
// ms and noisy on this machine, so they may move 25 %.
const regressions = [];
const compared = [];
for (const n of [1000, 5000]) {
  const before = previous?.sizes?.find((s) => s.touchpoints === n);
  const now = results.sizes.find((s) => s.touchpoints === n);
  if (!before || !now) continue;
  const figures = [
    ['pan p95', before.waymark.pan.p95, now.waymark.pan.p95, (a, b) => b <= a + 16.7],
    ['drag p95', before.waymark.drag.p95, now.waymark.drag.p95, (a, b) => b <= a + 16.7],
    ['import', before.importMs, now.importMs, (a, b) => b <= a * 1.25],
    ['audit', before.auditMs, now.auditMs, (a, b) => b <= a * 1.25],
  ];
  compared.push(`${thousands(n)}: ${figures.map(([name, a, b]) => `${name} ${a} → ${b} ms`).join(', ')}`);
  for (const [name, a, b, ok] of figures) if (!ok(a, b)) regressions.push(`${thousands(n)} ${name} ${a} → ${b} ms`);
}
if (previous) console.log(`against the previous run (${previous.date.slice(0, 10)}): ${compared.join('; ')}`);

// ---------- targets (issues 3 and 9), each next to its figure
const at = (n) => results.sizes.find((s) => s.touchpoints === n);
const targets = [];
const check = (name, figure, ok) => targets.push({ name, figure, ok });
const k1 = at(1000);
const k5 = at(5000);
if (k1) {
  check('1,000: pan p95 ≤ 33 ms and ≤ 1.3× baseline', `${k1.waymark.pan.p95} ms, ${ratio(k1.waymark.pan.p95, k1.baseline.pan.p95)}`, k1.waymark.pan.p95 <= 33 && k1.waymark.pan.p95 <= 1.3 * k1.baseline.pan.p95);
  check('1,000: drag p95 ≤ 33 ms and ≤ 1.3× baseline', `${k1.waymark.drag.p95} ms, ${ratio(k1.waymark.drag.p95, k1.baseline.drag.p95)}`, k1.waymark.drag.p95 <= 33 && k1.waymark.drag.p95 <= 1.3 * k1.baseline.drag.p95);
  check('1,000: open from IndexedDB (update log) ≤ 1 s', `${round(k1.waymark.open, 0)} ms`, k1.waymark.open <= 1000);
  const w = k1.waymark.write;
  check('1,000: one edit → durable ≤ 50 ms, written once, on drop', `${round(w.durableMs, 0)} ms (write issued at ${round(w.issuedMs, 0)} ms), ${w.writes} write of ${w.bytes} B`, w.durableMs !== null && w.durableMs <= 50 && w.writes === 1);
}
for (const n of [300, 1000, 5000]) {
  const fit = at(n);
  if (!fit) continue;
  const w = fit.waymark.fit;
  const b = fit.baseline.fit;
  // Frame times come in 16.7 ms steps: "no worse" allows for the rounding of one measurement.
  if (n < 5000) check(`${thousands(n)} at fit view: pan and drag p95 ≤ 33 ms and no worse than the bare page`, `pan ${w.pan.p95} ms (base ${b.pan.p95}), drag ${w.drag.p95} ms (base ${b.drag.p95})`, w.pan.p95 <= 33.4 && w.drag.p95 <= 33.4 && w.pan.p95 <= b.pan.p95 + 0.5 && w.drag.p95 <= b.drag.p95 + 0.5);
  else check('5,000 at fit view: pan p95 ≤ 50 ms', `${w.pan.p95} ms (base ${b.pan.p95})`, w.pan.p95 <= 50.1);
  if (n === 1000) check('1,000 at fit view: ≤ 5 DOM elements per card', `${w.domPerCard}`, w.domPerCard <= 5);
  const limit = { 300: 600, 1000: 1000, 5000: 2500 }[n];
  check(`${thousands(n)}: open from the library ≤ ${limit / 1000} s`, `${round(fit.waymark.openFromLibrary, 0)} ms`, fit.waymark.openFromLibrary <= limit);
}
if (k5) {
  check('5,000: pan p95 ≤ 50 ms', `${k5.waymark.pan.p95} ms`, k5.waymark.pan.p95 <= 50);
  check('5,000: import + validation ≤ 300 ms', `${k5.importMs} ms`, k5.importMs <= 300);
  if (k5.auditMs !== undefined) check('5,000 × 3 messages: audit < 50 ms', `${k5.auditMs} ms`, k5.auditMs < 50);
}
if (previous && compared.length > 0) {
  check(`pan, drag, import, audit: no regression against the previous run (${previous.date.slice(0, 10)})`, regressions.length === 0 ? 'none' : regressions.join(', '), regressions.length === 0);
}
if (g) {
  check(`${thousands(GROWTH_SIZE)}: size after ${thousands(g.edits)} edits, compacted, ≤ 2× fresh, nothing lost`, `${kb(g.compacted.bytes)} / ${kb(g.fresh.bytes)} = ${ratio(g.compacted.bytes, g.fresh.bytes)}${g.intact ? '' : ', MAP CHANGED'}`, g.compacted.bytes <= 2 * g.fresh.bytes && g.intact);
}
if (h && h.touchpoints === 5000) {
  // Issue 9: 1.5× the heap measured before the map became a Yjs document (32 MB and 69 MB).
  check('5,000: heap at readable zoom ≤ 1.5 × 32 MB = 48 MB', `${round(h.waymark.readable.mb)} MB`, h.waymark.readable.mb <= 48);
  check('5,000: heap at fit view ≤ 1.5 × 69 MB = 103.5 MB', `${round(h.waymark.fit.mb)} MB`, h.waymark.fit.mb <= 103.5);
}
check('start-up JavaScript ≤ 160 KB gzip', `${results.bundle.startupKb} KB`, results.bundle.startupKb <= 160);
results.targets = targets;
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
console.log('\ntargets:');
for (const target of targets) console.log(`  ${target.ok ? 'met   ' : 'MISSED'}  ${target.name}: ${target.figure}`);
console.log(`finished in ${results.seconds} s; wrote bench/results.json`);
