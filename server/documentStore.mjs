// @ts-check
// Loading and storing documents for @hocuspocus/extension-sqlite. When several processes share
// the file (Redis, a load balancer), the one storing last might not have every edit of the other
// yet, and a plain overwrite would lose them. So storing first merges what another process
// stored since this one last wrote, in one write transaction. Usually nothing else wrote (the
// stored data is what this process wrote last), and the store is a plain write of the state the
// extension already encoded: encoding and merging a large map takes a while, and the server
// answers no one meanwhile.
import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import { selectQuery, upsertQuery } from '@hocuspocus/extension-sqlite';

/** Changes merged in from storage: not a client's edit, so they must not schedule another store. */
const FROM_STORAGE = { source: 'local', skipStoreHooks: true };

/** @param {Uint8Array} data */
const digest = (data) => createHash('sha256').update(data).digest('base64');

/**
 * @param {import('better-sqlite3').Database} db
 */
export function documentStore(db) {
  const select = db.prepare(selectQuery);
  const upsert = db.prepare(upsertQuery);
  /** What this process last read or wrote for each open document, as a digest. */
  const lastSeen = new WeakMap();

  /** @param {string} name @returns {Buffer | null} */
  const read = (name) => {
    const row = /** @type {{ data: Buffer } | undefined} */ (select.get({ name }));
    return row ? row.data : null;
  };

  const mergeAndWrite = db.transaction(
    /** @param {string} name @param {Y.Doc} document @param {Buffer} state the document's state, encoded */
    (name, document, state) => {
      const stored = read(name);
      let data = state;
      if (stored && digest(stored) !== lastSeen.get(document)) {
        Y.applyUpdate(document, stored, FROM_STORAGE);
        data = Buffer.from(Y.encodeStateAsUpdate(document));
      }
      upsert.run({ name, data });
      lastSeen.set(document, digest(data));
    },
  );

  return {
    /** @param {{ documentName: string, document: Y.Doc }} payload */
    fetch: async ({ documentName, document }) => {
      const stored = read(documentName);
      if (stored) lastSeen.set(document, digest(stored));
      return stored ? new Uint8Array(stored) : null;
    },
    /** @param {{ documentName: string, document: Y.Doc, state: Buffer }} payload */
    store: async ({ documentName, document, state }) => {
      // IMMEDIATE takes the write lock before reading, so no other process writes in between.
      mergeAndWrite.immediate(documentName, document, state);
    },
  };
}
