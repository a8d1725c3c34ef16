// Keeps one map's document in step across the tabs of this browser: the y-protocols sync
// messages (state vector, missing updates, then every update) over a BroadcastChannel per map.
// A tab that joins asks the others for what it lacks; every local change is sent as it happens.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';
import { STORAGE } from '../doc/origins';

/** Updates that came from another tab: not sent back, not stored again (their tab stores them). */
export const OTHER_TAB = { name: 'other tab' } as const;

const channelName = (mapId: string) => `waymark-map:${mapId}`;

// Each message is one byte saying what it is, then a y-protocols sync message. A tab that joins
// sends JOIN with its state vector; every tab answers with what the joiner lacks and with its own
// state vector (ANSWER), so the joiner sends back what it has that they lack (changes it made
// while opening: a migration, a repair). Answers are never answered with a state vector again.
const JOIN = 0;
const ANSWER = 1;

function post(channel: BroadcastChannel, kind: number, write: (encoder: encoding.Encoder) => void) {
  const encoder = encoding.createEncoder();
  encoding.writeUint8(encoder, kind);
  write(encoder);
  channel.postMessage(encoding.toUint8Array(encoder));
}

export type TabSync = { destroy: () => void };

export function startTabSync(mapId: string, doc: Y.Doc): TabSync {
  if (typeof BroadcastChannel === 'undefined') return { destroy: () => {} };
  const channel = new BroadcastChannel(channelName(mapId));
  channel.onmessage = (event: MessageEvent<Uint8Array>) => {
    const decoder = decoding.createDecoder(new Uint8Array(event.data));
    const kind = decoding.readUint8(decoder);
    const reply = encoding.createEncoder();
    syncProtocol.readSyncMessage(decoder, reply, doc, OTHER_TAB);
    if (encoding.length(reply) > 0) post(channel, ANSWER, (encoder) => encoding.writeUint8Array(encoder, encoding.toUint8Array(reply)));
    if (kind === JOIN) post(channel, ANSWER, (encoder) => syncProtocol.writeSyncStep1(encoder, doc));
  };
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin !== OTHER_TAB && origin !== STORAGE) post(channel, ANSWER, (encoder) => syncProtocol.writeUpdate(encoder, update));
  };
  doc.on('update', onUpdate);
  post(channel, JOIN, (encoder) => syncProtocol.writeSyncStep1(encoder, doc));
  return {
    destroy: () => {
      doc.off('update', onUpdate);
      channel.close();
    },
  };
}

/** Sends one update made outside an open editor (a rename in the library) to the tabs that have the map open. */
export function broadcastUpdate(mapId: string, update: Uint8Array) {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(channelName(mapId));
  post(channel, ANSWER, (encoder) => syncProtocol.writeUpdate(encoder, update));
  channel.close();
}
