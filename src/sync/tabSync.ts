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

function post(channel: BroadcastChannel, write: (encoder: encoding.Encoder) => void) {
  const encoder = encoding.createEncoder();
  write(encoder);
  channel.postMessage(encoding.toUint8Array(encoder));
}

export type TabSync = { destroy: () => void };

export function startTabSync(mapId: string, doc: Y.Doc): TabSync {
  if (typeof BroadcastChannel === 'undefined') return { destroy: () => {} };
  const channel = new BroadcastChannel(channelName(mapId));
  channel.onmessage = (event: MessageEvent<Uint8Array>) => {
    const decoder = decoding.createDecoder(new Uint8Array(event.data));
    const reply = encoding.createEncoder();
    syncProtocol.readSyncMessage(decoder, reply, doc, OTHER_TAB);
    if (encoding.length(reply) > 0) channel.postMessage(encoding.toUint8Array(reply));
  };
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin !== OTHER_TAB && origin !== STORAGE) post(channel, (encoder) => syncProtocol.writeUpdate(encoder, update));
  };
  doc.on('update', onUpdate);
  // Ask the tabs that have this map open for anything they have and this tab lacks (and vice versa).
  post(channel, (encoder) => syncProtocol.writeSyncStep1(encoder, doc));
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
  post(channel, (encoder) => syncProtocol.writeUpdate(encoder, update));
  channel.close();
}
