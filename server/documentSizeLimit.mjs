// @ts-check
// Refuses a client's update that would make a document larger than the limit (its encoded state,
// Y.encodeStateAsUpdate). Measuring the whole state on every message would cost O(document) per
// keystroke, so the size is measured once when the document loads and then estimated: each
// applied update adds its own length (an upper bound: deletions and overwrites shrink the state).
// Only when the estimate reaches the limit is the state measured again. The check itself is
// conservative: measured size + the incoming update's length must stay within the limit.
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { REASONS, refuse } from './reasons.mjs';

// y-protocols and Hocuspocus message numbers.
const MESSAGE_SYNC = 0;
const MESSAGE_SYNC_REPLY = 4;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** WebSocket close code for the refusal (4000–4999 belong to the application; 413 as in HTTP). */
const CLOSE_TOO_LARGE = 4413;

/**
 * The Yjs update a Hocuspocus message carries, or null for any other message (sync step 1,
 * awareness, auth…). Message: document name, message type, sync type, update.
 * @param {Uint8Array} message
 * @returns {Uint8Array | null}
 */
export function updateIn(message) {
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  if (type !== MESSAGE_SYNC && type !== MESSAGE_SYNC_REPLY) return null;
  const syncType = decoding.readVarUint(decoder);
  if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return null;
  return decoding.readVarUint8Array(decoder);
}

/**
 * @param {number} maxBytes
 * @returns {import('@hocuspocus/server').Extension}
 */
export function documentSizeLimit(maxBytes) {
  /** @type {WeakMap<Y.Doc, { measured: number, growth: number }>} */
  const sizes = new WeakMap();

  /** @param {Y.Doc} document */
  const measure = (document) => {
    const size = { measured: Y.encodeStateAsUpdate(document).byteLength, growth: 0 };
    sizes.set(document, size);
    return size;
  };

  return {
    extensionName: 'WaymarkDocumentSizeLimit',
    async afterLoadDocument({ document }) {
      measure(document);
      // Every change counts, whatever its source: clients, Redis, storage.
      document.on('update', (/** @type {Uint8Array} */ update) => {
        const size = sizes.get(document);
        if (size) size.growth += update.byteLength;
      });
    },
    async beforeHandleMessage({ document, documentName, update: message }) {
      const update = updateIn(message);
      if (!update) return;
      let size = sizes.get(document) ?? measure(document);
      if (size.measured + size.growth + update.byteLength <= maxBytes) return;
      if (size.growth > 0) size = measure(document);
      if (size.measured + update.byteLength > maxBytes) throw refuse(REASONS.documentTooLarge, CLOSE_TOO_LARGE, documentName);
    },
  };
}
