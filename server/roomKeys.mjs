// @ts-check
// Room keys: a client may open a document only with its room key (the provider's `token`). The
// first client to open a document sets the key (trust on first use). Only a SHA-256 hash of the
// key is stored: the keys are random (at least 128 bits), so a plain hash cannot be reversed.
// Keys are never logged.
import { createHash, timingSafeEqual } from 'node:crypto';
import { REASONS, refuse } from './reasons.mjs';

/** base64url of at least 16 bytes (22 characters), at most 512 characters. */
const ROOM_KEY = /^[A-Za-z0-9_-]{22,512}$/;
/**
 * A map id: 1 to 64 characters as FORMAT.md says, and no control characters.
 * @param {string} name
 */
const isMapId = (name) =>
  name.length >= 1 && name.length <= 64 && [...name].every((char) => char.charCodeAt(0) >= 0x20 && char.charCodeAt(0) !== 0x7f);

const SCHEMA = `CREATE TABLE IF NOT EXISTS "room_keys" (
  "document" TEXT PRIMARY KEY NOT NULL,
  "key_sha256" BLOB NOT NULL,
  "created_at" TEXT NOT NULL
)`;

/** @param {string} key */
const hashOf = (key) => createHash('sha256').update(key, 'utf8').digest();

/**
 * The `onAuthenticate` hook checking room keys against the `room_keys` table.
 * @param {import('better-sqlite3').Database} db
 * @returns {import('@hocuspocus/server').Extension}
 */
export function roomKeys(db) {
  db.exec(SCHEMA);
  // INSERT OR IGNORE then SELECT: atomic in SQLite, so when two clients (or two processes) open
  // a new document at once, one key wins and the other client is told its key is wrong.
  const claim = db.prepare('INSERT OR IGNORE INTO room_keys (document, key_sha256, created_at) VALUES (?, ?, ?)');
  const lookup = db.prepare('SELECT key_sha256 FROM room_keys WHERE document = ?');

  return {
    extensionName: 'WaymarkRoomKeys',
    async onAuthenticate({ documentName, token }) {
      // A name that fails the check is not logged: it may hold anything.
      if (!isMapId(documentName)) throw refuse(REASONS.invalidDocumentName, 4400, '(invalid name)');
      if (!token) throw refuse(REASONS.missingRoomKey, 4401, documentName);
      if (!ROOM_KEY.test(token)) throw refuse(REASONS.invalidRoomKey, 4401, documentName);
      const offered = hashOf(token);
      claim.run(documentName, offered, new Date().toISOString());
      const row = /** @type {{ key_sha256: Buffer } | undefined} */ (lookup.get(documentName));
      const stored = row?.key_sha256;
      if (!stored || stored.length !== offered.length || !timingSafeEqual(stored, offered)) {
        throw refuse(REASONS.wrongRoomKey, 4403, documentName);
      }
    },
  };
}
