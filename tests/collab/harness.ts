// Real processes and real clients for the co-editing tests and the benchmark's checks: the
// collaboration server (`node server/main.mjs`) on a free port with its own DATA_DIR, a local
// redis-server, and @hocuspocus/provider clients in Node. Everything started is registered with
// a `Cleanup`, which stops it even when a test fails.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SERVER_MAIN = path.join(ROOT, 'server', 'main.mjs');

/** Things to stop after a test, last started first. */
export class Cleanup {
  private readonly steps: Array<() => unknown> = [];
  add(step: () => unknown) {
    this.steps.push(step);
  }
  async run() {
    const errors: unknown[] = [];
    while (this.steps.length > 0) {
      try {
        await this.steps.pop()?.();
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length > 0) throw new AggregateError(errors, 'cleanup failed');
  }
}

/** A temporary directory, removed by the cleanup. */
export function tempDir(cleanup: Cleanup, prefix = 'waymark-collab-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  cleanup.add(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * Waits until `condition` holds, checking every 20 ms; fails after `timeoutMs` saying what it
 * waited for. Conditions, not sleeps: a slow machine only takes longer.
 */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Resolves with the first line of `child`'s output matching `pattern`; rejects if it exits first. */
function waitForLine(child: ChildProcess, pattern: RegExp, name: string, timeoutMs: number): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => finish(new Error(`${name} did not print ${pattern} within ${timeoutMs} ms. Output:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(pattern);
      if (match) finish(undefined, match);
    };
    const onExit = (code: number | null, signal: string | null) =>
      finish(new Error(`${name} exited (code ${code}, signal ${signal}) before it was ready. Output:\n${output}`));
    function finish(error?: Error, match?: RegExpMatchArray) {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(match as RegExpMatchArray);
    }
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}

/** Sends SIGTERM and waits for the exit; SIGKILL if it does not come within `graceMs`. */
async function stopProcess(child: ChildProcess, graceMs = 15_000): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  const code = await exited;
  clearTimeout(timer);
  return code;
}

export type RunningServer = { url: string; pid: number; process: ChildProcess; output: () => string; stop: () => Promise<number | null> };

/** Starts `node server/main.mjs` on a free port (PORT=0) and waits for its "listening on" line. */
export async function startServer(cleanup: Cleanup, env: Record<string, string>): Promise<RunningServer> {
  const child = spawn(process.execPath, [SERVER_MAIN], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = () => stopProcess(child);
  cleanup.add(stop);
  const [, url] = await waitForLine(child, /listening on (ws:\/\/\S+)/, 'the collaboration server', 30_000);
  return { url: url as string, pid: child.pid as number, process: child, output: () => output, stop };
}

/** A TCP port free right now (redis-server cannot be told to pick one itself). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Starts a throwaway redis-server on loopback (no persistence) and returns its URL. */
export async function startRedis(cleanup: Cleanup): Promise<string> {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.once('error', () => {}); // reported by waitForLine as an exit
  cleanup.add(() => stopProcess(child));
  await waitForLine(child, /Ready to accept connections/, `redis-server on port ${port} (is it installed? tests/ensure-redis.sh)`, 20_000);
  return `redis://127.0.0.1:${port}`;
}

export type Client = {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Set when the server refused this client: the reason it gave. */
  refusedBecause: () => string | undefined;
  /** The reason of the last close the server sent (e.g. "document-too-large"). */
  closedBecause: () => string | undefined;
  /** Connected, authenticated, first sync done and every local change acknowledged by the server. */
  inSync: () => boolean;
  destroy: () => void;
};

/** A provider client in Node (the `ws` package as its WebSocket) for document `name`. */
export function connectClient(cleanup: Cleanup, url: string, name: string, token: string | null, doc = new Y.Doc()): Client {
  let refused: string | undefined;
  let closed: string | undefined;
  const websocketProvider = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({
    websocketProvider,
    name,
    token,
    document: doc,
    onAuthenticationFailed: ({ reason }) => (refused = reason),
    onClose: ({ event }) => (closed = event.reason),
  });
  provider.attach();
  let destroyed = false;
  const destroy = () => {
    if (destroyed) return;
    destroyed = true;
    provider.destroy();
    websocketProvider.destroy();
  };
  cleanup.add(destroy);
  return {
    doc,
    provider,
    refusedBecause: () => refused,
    closedBecause: () => closed,
    inSync: () => provider.isAuthenticated && provider.isSynced && !provider.hasUnsyncedChanges,
    destroy,
  };
}

/** A random room key as the app makes them: 128 bits, base64url. */
export function newRoomKey(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64url');
}
