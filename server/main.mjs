#!/usr/bin/env node
// @ts-check
// The Waymark collaboration server: `npm run server`, or `node server/main.mjs`.
// Settings from the environment (see server/README.md): PORT, HOST, DATA_DIR, REDIS_URL…
// Prints one line "listening on ws://host:port" when ready (tests wait for it). Room keys and
// tokens are never logged.
import { readConfig } from './config.mjs';
import { createServer } from './createServer.mjs';

/** @param {unknown} error */
const describe = (error) => (error instanceof Error ? error.message : String(error));

let config;
try {
  config = readConfig(process.env);
} catch (error) {
  console.error(`waymark server: ${describe(error)}`);
  process.exit(2);
}

const { server, stop } = createServer(config);
server.httpServer.once('error', (error) => {
  console.error(`waymark server: cannot listen on ${config.host}:${config.port}: ${describe(error)}`);
  process.exit(1);
});

let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  try {
    await stop();
    process.exit(0);
  } catch (error) {
    console.error(`waymark server: stopping failed: ${describe(error)}`);
    process.exit(1);
  }
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

await server.listen();
const { address, port } = server.address;
const host = address.includes(':') ? `[${address}]` : address;
console.log(`listening on ws://${host}:${port}`);
console.log(`documents in ${config.dataDir}${config.redis ? `; rooms shared through Redis at ${config.redis.host}:${config.redis.port}` : ''}`);
