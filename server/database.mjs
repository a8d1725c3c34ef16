// @ts-check
// The one SQLite file under DATA_DIR: documents (the schema of @hocuspocus/extension-sqlite) and
// room keys. Several server processes may share it (one machine, behind a load balancer): WAL
// lets readers and a writer work at once, and the busy timeout makes a writer wait its turn
// instead of failing.
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { schema as documentsSchema } from '@hocuspocus/extension-sqlite';

export const DATABASE_FILE = 'waymark-collab.sqlite';

/**
 * Opens (and creates when missing) DATA_DIR and its database.
 * @param {string} dataDir
 * @returns {import('better-sqlite3').Database}
 */
export function openDatabase(dataDir) {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw new Error(`Cannot create DATA_DIR ${dataDir}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const file = path.join(dataDir, DATABASE_FILE);
  const db = new BetterSqlite3(file, { timeout: 10_000 });
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 10000');
  // WAL with NORMAL sync is durable against a crashed process; only a power loss may lose the
  // last transactions, and clients still hold those edits and send them again on reconnect.
  db.pragma('synchronous = NORMAL');
  db.exec(documentsSchema);
  return db;
}
