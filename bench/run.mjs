// npm run bench: measures Waymark's production build against a bare React Flow page in
// headless Chromium, at 100, 1,000 and 5,000 touchpoints. Prints a table, writes bench/results.json.
import { chromium } from '@playwright/test';
import { createReadStream, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,5000').split(',').map(Number);
const PORT = 4190;
const FRAMES = 60;
const data = new Map();

// ---------- a static server: the app at /, the bench pages at /bench/, generated maps at /bench-data/
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.map': 'application/json' };
function serve() {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (path.startsWith('/bench-data/')) {
      const body = data.get(path.slice('/bench-data/'.length));
      response.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
      return response.end(body ?? '');
    }
    const base = path.startsWith('/bench/') ? join(root, 'bench/dist') : join(root, 'dist');
    const relative = normalize(path.startsWith('/bench/') ? path.slice('/bench/'.length) : path.slice(1)).replace(/^(\.\.[/\\])+/, '');
    let file = join(base, relative || 'index.html');
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(base, 'index.html');
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(PORT, '127.0.0.1', () => resolve(server)));
}

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

// ---------- one size
/** Every page shares one browser context, so the tools page and the app share IndexedDB. */
async function newPage(context) {
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && console.error(`console: ${message.text()}`));
  return page;
}

async function measureWaymark(context, origin, size, mapId) {
  const page = await newPage(context);
  const opens = [];
  for (let i = 0; i < 3; i++) {
    if (i === 0) await page.goto(`${origin}/#/map/${mapId}`);
    else await page.reload();
    opens.push(await waitOpened(page, '.react-flow__node-touchpoint'));
  }
  await page.waitForTimeout(300);
  const pan = await gesture(page, await emptyCanvasPoint(page), { x: 6, y: -4 });
  await page.mouse.up();
  await page.waitForTimeout(300);

  // Drag one touchpoint; count renders; then time the write that the drop causes.
  const target = await middleNode(page, '.react-flow__node-touchpoint');
  await page.evaluate(() => {
    window.__waymarkRenders = {};
    window.__pointerUpAt = undefined;
    window.__savedAt = undefined;
    addEventListener('pointerup', () => (window.__pointerUpAt = performance.now()), { capture: true, once: true });
    const status = () => document.querySelector('[data-testid="save-status"]');
    const observer = new MutationObserver(() => {
      const element = status();
      if (window.__pointerUpAt !== undefined && element?.dataset.records !== undefined && element.textContent === 'All changes saved' && window.__sawPending) {
        window.__savedAt = performance.now();
        window.__records = Number(element.dataset.records);
        observer.disconnect();
      } else if (window.__pointerUpAt !== undefined && element?.textContent !== 'All changes saved') {
        window.__sawPending = true;
      }
    });
    observer.observe(document.querySelector('.toolbar'), { subtree: true, childList: true, characterData: true, attributes: true });
  });
  const drag = await gesture(page, target, { x: 3, y: 2 });
  const renders = await page.evaluate(() => ({ ...window.__waymarkRenders }));
  await page.mouse.up();
  await page.waitForFunction(() => window.__savedAt !== undefined, null, { timeout: 30_000 });
  const write = await page.evaluate(() => ({ ms: window.__savedAt - window.__pointerUpAt, records: window.__records }));
  await page.close();
  return { open: median(opens.map((t) => t)), pan: frameStats(pan), drag: frameStats(drag), write, renders, frames: FRAMES };
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
  await page.close();
  return { open: median(opens), pan: frameStats(pan), drag: frameStats(drag) };
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
const server = await serve();
const origin = `http://127.0.0.1:${PORT}`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
const results = { date: new Date().toISOString(), machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Chromium ${browser.version()}`, sizes: [] };
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
  const png = size === 1000 ? await tools.evaluate((n) => window.benchTools.timePng(n), size) : undefined;
  const mapId = await tools.evaluate((n) => window.benchTools.seed(n), size);
  const waymark = await measureWaymark(context, origin, size, mapId);
  const baseline = await measureBaseline(context, origin, size);
  results.sizes.push({ touchpoints: size, importMs: round(importMs), auditMs: round(auditMs), ...(png ? { png: { ...png, ms: round(png.ms, 0) } } : {}), waymark, baseline });
}
await browser.close();
server.close();
results.bundle = bundle();
results.seconds = Math.round((Date.now() - started) / 1000);
writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

// ---------- the table
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}×` : '–');
const rows = [['touchpoints', 'open ms (÷ base)', 'pan p50/p95/max ms (p95 ÷ base)', 'drag p50/p95/max ms (p95 ÷ base)', 'edit→committed ms (records)', 'import+validate ms', 'audit ms', 'renders in a drag']];
for (const s of results.sizes) {
  const w = s.waymark;
  const b = s.baseline;
  rows.push([
    String(s.touchpoints),
    `${round(w.open, 0)} (${ratio(w.open, b.open)})`,
    `${w.pan.p50}/${w.pan.p95}/${w.pan.max} (${ratio(w.pan.p95, b.pan.p95)})`,
    `${w.drag.p50}/${w.drag.p95}/${w.drag.max} (${ratio(w.drag.p95, b.drag.p95)})`,
    `${round(w.write.ms, 0)} (${w.write.records})`,
    String(s.importMs),
    String(s.auditMs),
    `${w.renders.touchpoint ?? 0} nodes, ${w.renders.edge ?? 0} edges / ${w.frames} frames`,
  ]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const table = rows.map((r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`);
table.splice(1, 0, `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
console.log(`\nWaymark benchmark — ${results.date.slice(0, 10)} — ${results.machine}\n`);
console.log(table.join('\n'));
console.log(`\nbaseline (bare React Flow): ${results.sizes.map((s) => `${s.touchpoints}: open ${round(s.baseline.open, 0)} ms, pan p95 ${s.baseline.pan.p95} ms, drag p95 ${s.baseline.drag.p95} ms`).join('; ')}`);
for (const s of results.sizes) if (s.png) console.log(`PNG export of ${s.touchpoints} touchpoints: ${s.png.ms} ms, ${s.png.width}×${s.png.height} px, ${s.png.kb} KB`);
console.log(`start-up JavaScript: ${results.bundle.startupKb} KB gzip; loaded later: ${results.bundle.lazy.map((l) => `${l.chunk} ${l.kb} KB`).join(', ') || 'none'}`);

// ---------- targets (issue 3), each next to its figure
const at = (n) => results.sizes.find((s) => s.touchpoints === n);
const targets = [];
const check = (name, figure, ok) => targets.push({ name, figure, ok });
const k1 = at(1000);
const k5 = at(5000);
if (k1) {
  check('1,000: pan p95 ≤ 33 ms and ≤ 1.3× baseline', `${k1.waymark.pan.p95} ms, ${ratio(k1.waymark.pan.p95, k1.baseline.pan.p95)}`, k1.waymark.pan.p95 <= 33 && k1.waymark.pan.p95 <= 1.3 * k1.baseline.pan.p95);
  check('1,000: drag p95 ≤ 33 ms and ≤ 1.3× baseline', `${k1.waymark.drag.p95} ms, ${ratio(k1.waymark.drag.p95, k1.baseline.drag.p95)}`, k1.waymark.drag.p95 <= 33 && k1.waymark.drag.p95 <= 1.3 * k1.baseline.drag.p95);
  check('1,000: open ≤ 1 s', `${round(k1.waymark.open, 0)} ms`, k1.waymark.open <= 1000);
  check('1,000: one edit writes only what changed, committed ≤ 350 ms', `${round(k1.waymark.write.ms, 0)} ms, ${k1.waymark.write.records} records`, k1.waymark.write.ms <= 350 && k1.waymark.write.records <= 2);
}
if (k5) {
  check('5,000: pan p95 ≤ 50 ms', `${k5.waymark.pan.p95} ms`, k5.waymark.pan.p95 <= 50);
  check('5,000: import + validation ≤ 300 ms', `${k5.importMs} ms`, k5.importMs <= 300);
  if (k5.auditMs !== undefined) check('5,000 × 3 messages: audit < 50 ms', `${k5.auditMs} ms`, k5.auditMs < 50);
}
check('start-up JavaScript ≤ 200 KB gzip', `${results.bundle.startupKb} KB`, results.bundle.startupKb <= 200);
results.targets = targets;
writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\ntargets:');
for (const target of targets) console.log(`  ${target.ok ? 'met   ' : 'MISSED'}  ${target.name}: ${target.figure}`);
console.log(`finished in ${results.seconds} s; wrote bench/results.json`);
