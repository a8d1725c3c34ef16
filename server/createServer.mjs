// @ts-check
// Puts the collaboration server together from its settings: Hocuspocus with SQLite storage,
// room keys, the document size limit, the connection throttle and, when configured, Redis.
import { Server } from '@hocuspocus/server';
import { SQLite } from '@hocuspocus/extension-sqlite';
import { Redis } from '@hocuspocus/extension-redis';
import path from 'node:path';
import { connectionThrottle } from './connectionThrottle.mjs';
import { DATABASE_FILE, openDatabase } from './database.mjs';
import { documentSizeLimit } from './documentSizeLimit.mjs';
import { documentStore } from './documentStore.mjs';
import { roomKeys } from './roomKeys.mjs';

/**
 * @param {import('./config.mjs').ServerConfig} config
 */
export function createServer(config) {
  // Opened before the SQLite extension opens its own connection, so WAL is on from the start.
  const db = openDatabase(config.dataDir);
  const store = documentStore(db);

  /** @type {import('@hocuspocus/server').Extension[]} */
  const extensions = [
    ...connectionThrottle({ perMinute: config.connectionsPerMinute, trustProxy: config.trustProxy }),
    roomKeys(db),
    documentSizeLimit(config.maxDocumentBytes),
    new SQLite({ database: path.join(config.dataDir, DATABASE_FILE), fetch: store.fetch, store: store.store }),
  ];
  if (config.redis) {
    const { host, port, tls, ...auth } = config.redis;
    extensions.push(new Redis({ host, port, options: { ...auth, ...(tls ? { tls: {} } : {}) } }));
  }

  const server = new Server({
    address: config.host,
    port: config.port,
    quiet: true,
    // server/main.mjs handles signals: it stores every document and closes the database first.
    stopOnSignals: false,
    // Stores at most every 2 s while edits come in, and at least every 10 s.
    debounce: 2000,
    maxDebounce: 10_000,
    // A client back from working offline sends its queued edits at once, before its document is
    // ready on the server; the default (1,000 messages) would drop it. Bytes keep the 5 MiB cap.
    maxUnauthenticatedQueueMessages: 20_000,
    // No single message may be larger than a whole document (ws' default allows 100 MiB).
    websocketOptions: { maxPayload: config.maxDocumentBytes + 1024 * 1024 },
    extensions,
  });

  /** Stops accepting connections, stores every open document, closes the database. */
  const stop = async () => {
    await server.destroy();
    db.close();
  };
  return { server, stop };
}
