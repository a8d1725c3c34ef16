// node bench/trace.mjs: where a pan's frame time goes at fit view. Opens a generated map
// (TRACE_SIZE touchpoints, default 1,000) in the built app (dist/) and the bare React Flow page
// (bench/dist/), fits the whole map, records a Chrome trace while panning as the benchmark does,
// and prints the time per kind of work (script, style, layout, paint, raster...) on the
// renderer's threads, per frame. Build first: npm run build && vite build --config bench/vite.config.ts.
// TRACE_OUT=file.json keeps the raw traces (open them in chrome://tracing or DevTools);
// TRACE_VARIANTS, TRACE_SCRIPT and TRACE_SCREENSHOT: see below.
import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveBench } from './staticServer.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const SIZE = Number(process.env.TRACE_SIZE ?? 1000);
const PORT = Number(process.env.BENCH_PORT ?? 4191);
const FRAMES = 60;
const data = new Map();
const server = await serveBench(root, PORT, data);
const origin = `http://127.0.0.1:${PORT}`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
const tools = await context.newPage();
await tools.goto(`${origin}/bench/tools.html`);
await tools.waitForFunction(() => document.title === 'ready');
data.set(`map-${SIZE}.json`, await tools.evaluate((n) => window.benchTools.documentText(n), SIZE));
const mapId = await tools.evaluate((n) => window.benchTools.seed(n), SIZE);

const nextFrame = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));

/** A point on empty canvas near the middle (as bench/run.mjs finds it). */
const emptyPoint = (page) => page.evaluate(() => {
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

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'viz', 'toplevel', 'v8.execute', 'disabled-by-default-devtools.timeline.frame', 'benchmark', 'disabled-by-default-devtools.timeline.invalidationTracking'].join(',');

/** Self time per event name on each named thread of the renderer, from a trace. */
function summarise(trace) {
  const events = trace.traceEvents ?? trace;
  const threadNames = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args.name);
  // The renderer: the process whose main thread ran the most.
  const byThread = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || typeof e.dur !== 'number') continue;
    const key = `${e.pid}:${e.tid}`;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(e);
  }
  const result = {};
  for (const [key, list] of byThread) {
    const name = threadNames.get(key) ?? key;
    if (!/CrRendererMain|Compositor|Raster|TileWorker|ThreadPoolForegroundWorker|VizCompositor|CrGpuMain/.test(name)) continue;
    list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const self = new Map();
    const stack = [];
    // CPU time (tdur) where the trace has it, so that a busy machine counts less.
    const cost = (e) => (typeof e.tdur === 'number' ? e.tdur : e.dur);
    for (const e of list) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
      const parent = stack.at(-1);
      if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - cost(e));
      self.set(e.name, (self.get(e.name) ?? 0) + cost(e));
      stack.push(e);
    }
    const thread = `${name} (${key.split(':')[0]})`;
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    if (total < 5000) continue; // under 5 ms in all
    result[thread] = { totalMs: Math.round(total / 1000), top: [...self].sort((a, b) => b[1] - a[1]).slice(0, 18).map(([n, us]) => `${n} ${(us / 1000).toFixed(1)}`) };
  }
  // CPU time of the stages of a frame, whole (not self): Blink's paint of the document, the
  // layerization, raster of tiles (on worker threads), drawing by the display compositor.
  const stage = { script: 'FunctionCall', hitTest: 'HitTest', paint: 'Paint', layerize: 'PaintArtifactCompositor::Update', raster: 'RasterTask', draw: 'DirectRenderer::DrawFrame' };
  const totals = Object.fromEntries(Object.keys(stage).map((k) => [k, 0]));
  let tiles = 0;
  for (const e of events) {
    if (e.ph !== 'X') continue;
    if (e.name === 'Paint' && e.args?.data?.nodeName !== '#document') continue;
    for (const [k, name] of Object.entries(stage)) if (e.name === name) totals[k] += e.tdur ?? e.dur ?? 0;
    if (e.name === 'RasterTask') tiles++;
  }
  result.stages = `${Object.entries(totals).map(([k, us]) => `${k} ${(us / 1000).toFixed(0)}`).join(', ')} ms CPU; ${tiles} tiles rastered`;
  return result;
}

/** Frame times (rAF deltas) of the same pan without tracing: p50/p95/max. */
async function frames(page) {
  const from = await emptyPoint(page);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.evaluate(() => {
    window.__frames = [];
    window.__recording = true;
    const tick = (now) => {
      if (!window.__recording) return;
      window.__frames.push(now);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  for (let i = 1; i <= FRAMES; i++) {
    await page.mouse.move(from.x + 3 * i, from.y - 2 * i);
    await nextFrame(page);
  }
  const stamps = await page.evaluate(() => {
    window.__recording = false;
    return window.__frames;
  });
  await page.mouse.up();
  const deltas = stamps.slice(1).map((t, i) => t - stamps[i]).sort((a, b) => a - b);
  const at = (p) => deltas[Math.min(deltas.length - 1, Math.ceil((p / 100) * deltas.length) - 1)].toFixed(1);
  return `p50 ${at(50)} p95 ${at(95)} max ${deltas.at(-1).toFixed(1)}`;
}

async function pan(page, label) {
  const from = await emptyPoint(page);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await browser.startTracing(page, { categories: CATEGORIES.split(',') });
  const start = await page.evaluate(() => performance.now());
  for (let i = 1; i <= FRAMES; i++) {
    await page.mouse.move(from.x + 3 * i, from.y - 2 * i);
    await nextFrame(page);
  }
  const ms = (await page.evaluate(() => performance.now())) - start;
  const buffer = await browser.stopTracing();
  await page.mouse.up();
  const trace = JSON.parse(buffer.toString());
  if (process.env.TRACE_OUT && (label === 'waymark' || label === 'bare React Flow')) writeFileSync(label === 'waymark' ? process.env.TRACE_OUT : `${process.env.TRACE_OUT}.bare.json`, buffer);
  console.log(`\n${label}: ${FRAMES} pan steps in ${Math.round(ms)} ms (${(ms / FRAMES).toFixed(1)} ms a step); self ms by thread:`);
  const { stages, ...threads } = summarise(trace);
  console.log(`  ${stages}`);
  if (process.env.TRACE_THREADS) for (const [thread, { totalMs, top }] of Object.entries(threads)) console.log(`  ${thread} ${totalMs} ms: ${top.join(', ')}`);
}

const settle = async (page) => {
  await nextFrame(page);
  await nextFrame(page);
  await page.waitForTimeout(1500);
};

const app = await context.newPage();
await app.goto(`${origin}/#/map/${mapId}`);
await app.waitForSelector('.react-flow__node-touchpoint', { timeout: 60_000 });
await settle(app);
await app.getByRole('button', { name: 'Fit View' }).click();
await settle(app);
// TRACE_VARIANTS: CSS rules to try, separated by '||' (each measured after a fresh Fit view,
// against the page as it is before and after), e.g. '.react-flow__background{display:none}'.
const fitView = async () => {
  await app.getByRole('button', { name: 'Fit View' }).click();
  await settle(app);
};
for (const css of (process.env.TRACE_VARIANTS ?? '').split('||').filter(Boolean)) {
  await fitView();
  const plain = await frames(app);
  await app.evaluate((css) => {
    const style = document.createElement('style');
    style.id = 'trace-variant';
    style.textContent = css;
    document.head.append(style);
  }, css);
  await fitView();
  const changed = await frames(app);
  console.log(`as is: ${plain}; with ${css}: ${changed}`);
  if (process.env.TRACE_VARIANTS_TRACED) {
    await fitView();
    await pan(app, `with ${css}`);
    await app.evaluate(() => document.getElementById('trace-variant').remove());
    await fitView();
    await pan(app, 'as is');
  }
  await app.evaluate(() => document.getElementById('trace-variant')?.remove());
}
if (process.env.TRACE_VARIANTS && !process.env.TRACE_SCRIPT) await fitView();
// TRACE_SCRIPT: JavaScript to run in Waymark's page before its traced pan (an experiment).
if (process.env.TRACE_SCRIPT) {
  await app.evaluate((code) => new Function(code)(), process.env.TRACE_SCRIPT);
  await fitView();
}
// TRACE_SCREENSHOT=file.png: what the fit view looks like, to check it by eye.
if (process.env.TRACE_SCREENSHOT) await app.screenshot({ path: process.env.TRACE_SCREENSHOT });
console.log(`waymark at fit view: zoom ${await app.evaluate(() => document.querySelector('.react-flow__viewport').style.transform)}, ${await app.evaluate(() => document.querySelectorAll('.react-flow__node-touchpoint').length)} cards, ${await app.evaluate(() => document.querySelectorAll('.react-flow__edge').length)} arrows, ${await app.evaluate(() => document.querySelectorAll('.react-flow *').length)} elements in the flow`);
await pan(app, 'waymark');
await app.close();

const bare = await context.newPage();
await bare.goto(`${origin}/bench/baseline.html?n=${SIZE}&view=fit`);
await bare.waitForSelector('.react-flow__node-default', { timeout: 60_000 });
await settle(bare);
await pan(bare, 'bare React Flow');
await browser.close();
server.close();
