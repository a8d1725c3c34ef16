// @ts-check
// Starts the collaboration server for the benchmark (node server/main.mjs, a free port, a fresh
// DATA_DIR) and reads its CPU time and memory from /proc.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Linux clock ticks per second (`getconf CLK_TCK`), 100 on every mainstream kernel build. */
const CLOCK_TICKS = 100;

/**
 * @param {string} root the repository
 * @param {Record<string, string>} env
 * @returns {Promise<{ url: string, pid: number, stop: () => Promise<void> }>}
 */
export function startServer(root, env) {
  const child = spawn(process.execPath, [path.join(root, 'server', 'main.mjs')], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`the server did not start within 30 s:\n${output}`)), 30_000);
    /** @param {Error} error */
    const fail = (error) => {
      clearTimeout(timer);
      void stop();
      reject(error);
    };
    child.once('exit', (code) => fail(new Error(`the server exited (code ${code}) before listening:\n${output}`)));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = output.match(/listening on (ws:\/\/\S+)/);
      if (match?.[1] && child.pid) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve({ url: match[1], pid: child.pid, stop });
      }
    });
  });
}

/**
 * CPU seconds (user + system) a process has used so far: fields 14 and 15 of /proc/<pid>/stat.
 * @param {number} pid
 */
export function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces; count fields after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/**
 * Resident memory now and at its peak, in MB (VmRSS and VmHWM of /proc/<pid>/status).
 * @param {number} pid
 */
export function memoryMB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  /** @param {string} name */
  const kB = (name) => Number(status.match(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm'))?.[1] ?? NaN);
  return { rss: kB('VmRSS') / 1024, peak: kB('VmHWM') / 1024 };
}
