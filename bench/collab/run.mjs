// @ts-check
// npm run bench:collab — N headless clients (@hocuspocus/provider in Node) co-edit one generated
// Waymark map (300 touchpoints) through the collaboration server on loopback, each making an
// edit every 1–2 s (rename a touchpoint, move a card, type in a description) with presence in
// awareness. Reports propagation latency (edit -> every other client has it), the server's CPU
// and resident memory, and whether every client, and a client joining at the end, has the same
// document. Prints a table and writes bench/collab-results.json.
// Env: BENCH_CLIENTS (20), BENCH_SECONDS (60), BENCH_TOUCHPOINTS (300).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { Propagation } from './propagation.mjs';
import { cpuSeconds, memoryMB, startServer } from './serverProcess.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RESULTS = path.join(ROOT, 'bench', 'collab-results.json');
/** @type {typeof import('./makeDoc')} */
const waymark = await import(pathToFileURL(path.join(ROOT, 'bench', 'dist', 'collab', 'makeDoc.mjs')).href);

/** @param {string} name @param {number} fallback */
function setting(name, fallback) {
  const text = process.env[name];
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number above 0, not "${text}"`);
  return value;
}
const CLIENTS = Math.max(2, setting('BENCH_CLIENTS', 20));
const SECONDS = setting('BENCH_SECONDS', 60);
const TOUCHPOINTS = setting('BENCH_TOUCHPOINTS', 300);
const DOCUMENT = 'bench-collab-map';
const ROOM_KEY = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64url');
const EDIT_KINDS = /** @type {const} */ (['rename', 'move', 'type']);
const COLORS = ['#e11d48', '#2563eb', '#16a34a', '#9333ea', '#ea580c', '#0891b2'];
/** Marks this process' own edits, as the app's LOCAL origin does. */
const LOCAL = { name: 'bench edit' };

/**
 * @param {() => boolean} condition
 * @param {string} what
 * @param {number} timeoutMs
 */
async function waitFor(condition, what, timeoutMs) {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * @param {string} url
 * @param {Y.Doc} doc
 */
function connect(url, doc) {
  const websocketProvider = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  /** @type {string | undefined} */
  let refused;
  const provider = new HocuspocusProvider({
    websocketProvider,
    name: DOCUMENT,
    token: ROOM_KEY,
    document: doc,
    onAuthenticationFailed: ({ reason }) => (refused = reason),
  });
  provider.attach();
  return {
    doc,
    provider,
    inSync: () => {
      if (refused) throw new Error(`the server refused a client: ${refused}`);
      return provider.isAuthenticated && provider.isSynced && !provider.hasUnsyncedChanges;
    },
    destroy: () => {
      provider.destroy();
      websocketProvider.destroy();
    },
  };
}

/** The document's Yjs snapshot (state vector and deletions): the same once clients have the same updates. */
const snapshotOf = (/** @type {Y.Doc} */ doc) => Buffer.from(Y.encodeSnapshot(Y.snapshot(doc))).toString('base64');
/** @param {Array<{ doc: Y.Doc }>} clients @param {(doc: Y.Doc) => string} view */
const allSame = (clients, view) => new Set(clients.map((client) => view(client.doc))).size === 1;

const round = (/** @type {number} */ value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'waymark-bench-collab-'));
  const connectionsPerMinute = Math.max(120, CLIENTS * 2 + 10);
  const server = await startServer(ROOT, { DATA_DIR: dataDir, CONNECTIONS_PER_MINUTE: String(connectionsPerMinute) });
  /** @type {Array<ReturnType<typeof connect>>} */
  const clients = [];
  /** @type {NodeJS.Timeout[]} */
  const timers = [];
  try {
    console.log(`server ${server.url} (pid ${server.pid}); ${CLIENTS} clients, ${SECONDS} s, ${TOUCHPOINTS} touchpoints`);

    // The map's first owner brings it to the server.
    const seedDoc = new Y.Doc();
    Y.applyUpdate(seedDoc, waymark.benchMapUpdate(TOUCHPOINTS));
    const seeder = connect(server.url, seedDoc);
    await waitFor(seeder.inSync, 'the map to reach the server', 60_000);
    const mapBytes = Y.encodeStateAsUpdate(seedDoc).byteLength;
    seeder.destroy();

    for (let i = 0; i < CLIENTS; i += 1) clients.push(connect(server.url, new Y.Doc()));
    await waitFor(
      () => clients.every((client) => client.inSync() && waymark.touchpointCount(client.doc) === TOUCHPOINTS),
      `all ${CLIENTS} clients to load the map`,
      120_000,
    );
    console.log(`all clients have the map (${round(mapBytes / 1024)} KB encoded); editing for ${SECONDS} s…`);

    const propagation = new Propagation(CLIENTS);
    for (const client of clients) propagation.watch(client.doc);
    clients.forEach((client, index) => {
      client.provider.setAwarenessField('user', { name: `Bench ${index + 1}`, color: COLORS[index % COLORS.length] });
    });

    // How late this process' own timers run: on a busy machine the clients wait for a CPU too,
    // and that wait is part of every latency measured here.
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    const loadAtStart = os.loadavg().map((value) => round(value, 2));
    const cpuAtStart = cpuSeconds(server.pid);
    const wallAtStart = performance.now();
    const benchCpuAtStart = process.cpuUsage();
    let rssMax = memoryMB(server.pid).rss;
    let editing = true;
    const sampler = setInterval(() => (rssMax = Math.max(rssMax, memoryMB(server.pid).rss)), 500);
    timers.push(sampler);

    clients.forEach((client, index) => {
      let count = 0;
      const editOnce = () => {
        if (!editing) return;
        count += 1;
        const touchpoint = Math.floor(Math.random() * TOUCHPOINTS);
        const kind = EDIT_KINDS[Math.floor(Math.random() * EDIT_KINDS.length)] ?? 'rename';
        client.provider.setAwarenessField('selected', touchpoint);
        waymark.editTouchpoint(client.doc, touchpoint, kind, `Renamed by client ${index + 1}, edit ${count}`, LOCAL);
        propagation.recordEdit(client.doc);
        timers.push(setTimeout(editOnce, 1000 + Math.random() * 1000));
      };
      timers.push(setTimeout(editOnce, Math.random() * 1000));
    });

    await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
    editing = false;
    const wallSeconds = (performance.now() - wallAtStart) / 1000;
    const serverCpu = cpuSeconds(server.pid) - cpuAtStart;
    const benchCpu = process.cpuUsage(benchCpuAtStart);
    clearInterval(sampler);
    loopDelay.disable();

    await waitFor(() => propagation.pending === 0, 'the last edits to reach every client', 60_000).catch((error) => console.warn(String(error)));
    await waitFor(() => clients.every((client) => client.inSync()), 'every client to be acknowledged', 60_000).catch((error) => console.warn(String(error)));
    // Convergence: every client, and a client that joins now, must end with the same document.
    const late = connect(server.url, new Y.Doc());
    clients.push(late);
    await waitFor(late.inSync, 'a late client to load the map', 60_000);
    await waitFor(() => allSame(clients, snapshotOf), 'every client to have the same updates', 30_000).catch((error) => console.warn(String(error)));
    const sameUpdates = allSame(clients, snapshotOf);
    const sameContent = allSame(clients, waymark.contentOf);
    const converged = sameUpdates && sameContent;
    const memory = memoryMB(server.pid);

    const results = {
      date: new Date().toISOString(),
      machine: {
        cpu: os.cpus()[0]?.model ?? 'unknown',
        cores: os.cpus().length,
        memoryGiB: round(os.totalmem() / 2 ** 30),
        loadAverageAtStart: loadAtStart,
        loadAverageAtEnd: os.loadavg().map((value) => round(value, 2)),
        node: process.version,
      },
      settings: { clients: CLIENTS, seconds: SECONDS, touchpoints: TOUCHPOINTS, mapKB: round(mapBytes / 1024), editEverySeconds: '1–2' },
      edits: { made: propagation.sent, reachedEveryone: propagation.latencies.length, stillPending: propagation.pending },
      latencyMs: {
        p50: round(propagation.percentile(0.5)),
        p95: round(propagation.percentile(0.95)),
        p99: round(propagation.percentile(0.99)),
        max: round(propagation.percentile(1)),
      },
      server: {
        cpuSeconds: round(serverCpu, 2),
        cpuPercentOfOneCore: round((serverCpu / wallSeconds) * 100),
        rssMaxMB: round(rssMax),
        rssPeakMB: round(memory.peak),
        rssEndMB: round(memory.rss),
      },
      clientsProcess: {
        cpuPercentOfOneCore: round(((benchCpu.user + benchCpu.system) / 1e6 / wallSeconds) * 100),
        eventLoopDelayP95Ms: round(loopDelay.percentile(95) / 1e6),
        eventLoopDelayMaxMs: round(loopDelay.max / 1e6),
      },
      converged,
      sameUpdates,
      sameContent,
    };
    const targets = [
      ['p95 latency ≤ 200 ms', results.latencyMs.p95 <= 200, `${results.latencyMs.p95} ms`],
      ['every client ends with the same document', converged && results.edits.stillPending === 0, converged ? 'yes' : 'no'],
      ['server resident memory ≤ 200 MB', results.server.rssPeakMB <= 200, `peak ${results.server.rssPeakMB} MB`],
    ];
    writeFileSync(RESULTS, `${JSON.stringify({ ...results, targets: targets.map(([name, met, value]) => ({ name, met, value })) }, null, 2)}\n`);

    console.log('');
    console.table({
      'edits made': propagation.sent,
      'edits that reached every other client': results.edits.reachedEveryone,
      'latency p50 (ms)': results.latencyMs.p50,
      'latency p95 (ms)': results.latencyMs.p95,
      'latency p99 (ms)': results.latencyMs.p99,
      'latency max (ms)': results.latencyMs.max,
      'server CPU (s)': results.server.cpuSeconds,
      'server CPU (% of one core)': results.server.cpuPercentOfOneCore,
      'server RSS peak (MB)': results.server.rssPeakMB,
      'server RSS at end (MB)': results.server.rssEndMB,
      'clients process CPU (% of one core)': results.clientsProcess.cpuPercentOfOneCore,
      'clients process timer delay p95 (ms)': results.clientsProcess.eventLoopDelayP95Ms,
      'load average at start (1 min)': loadAtStart[0],
      'all converged': converged,
    });
    for (const [name, met, value] of targets) console.log(`${met ? 'met   ' : 'MISSED'} ${name}: ${value}`);
    console.log(`wrote ${path.relative(ROOT, RESULTS)}`);
    if (!converged) process.exitCode = 1;
  } finally {
    for (const timer of timers) clearTimeout(timer);
    for (const client of clients) client.destroy();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
