// After the build (npm run test:e2e): the service worker's precache must hold the app shell,
// every file of it under workbox's size limit. A file over the limit is left out of the precache
// (vite-plugin-pwa then fails the build; this check does not rely on that), and the app would
// not start offline. Usage: node tests/check-precache.mjs [build directory, default dist].
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** workbox's default maximumFileSizeToCacheInBytes, which vite.config.ts keeps. */
const LIMIT = 2 * 1024 * 1024;
const dist = process.argv[2] ?? 'dist';
const problems = [];

const swFile = join(dist, 'sw.js');
if (!existsSync(swFile)) {
  console.error(`check-precache: ${swFile} is missing: the build made no service worker`);
  process.exit(1);
}
const sw = readFileSync(swFile, 'utf8');
const call = sw.indexOf('precacheAndRoute(');
const list = call < 0 ? '' : sw.slice(call, sw.indexOf(']', call) + 1);
const urls = [...list.matchAll(/url:\s*"([^"]+)"/g)].map((m) => m[1]);
if (urls.length === 0) problems.push('sw.js has no precache manifest (precacheAndRoute)');

let total = 0;
for (const url of new Set(urls)) {
  const file = join(dist, url);
  if (!existsSync(file)) {
    problems.push(`precached ${url} is not in the build`);
    continue;
  }
  const size = statSync(file).size;
  total += size;
  if (size > LIMIT) problems.push(`precached ${url} is ${size} bytes, over the ${LIMIT}-byte limit`);
}
if (!urls.includes('index.html')) problems.push('index.html is not precached');
if (!urls.includes('manifest.webmanifest')) problems.push('manifest.webmanifest is not precached');

// Every script and stylesheet the build made: the editor's and the PNG export's chunks too.
const assets = readdirSync(join(dist, 'assets')).filter((name) => /\.(js|css)$/.test(name));
for (const name of assets) {
  if (!urls.includes(`assets/${name}`)) problems.push(`assets/${name} is not precached`);
}
// And what index.html loads at start.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
for (const [, path] of html.matchAll(/(?:src|href)="\/([^"]+)"/g)) {
  if (/\.(js|css|webmanifest)$/.test(path) && !urls.includes(path)) problems.push(`index.html loads ${path}, which is not precached`);
}

if (problems.length > 0) {
  console.error(`check-precache: ${dist}/sw.js\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
const largest = Math.max(...urls.filter((url) => existsSync(join(dist, url))).map((url) => statSync(join(dist, url)).size));
console.log(`check-precache: ${new Set(urls).size} files, ${(total / 1024).toFixed(0)} KiB; largest ${(largest / 1024).toFixed(0)} KiB of ${LIMIT / 1024} KiB allowed`);
