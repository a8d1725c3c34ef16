// The benchmarks' static server: the app's build at /, the bench pages' build at /bench/, and
// generated maps at /bench-data/<name> (from `data`, filled by the caller).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.map': 'application/json' };

/** Listens on 127.0.0.1:`port`; resolves to the server once it does. */
export function serveBench(root, port, data) {
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
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
