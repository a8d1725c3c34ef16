// Connects one map's Y.Doc to a Hocuspocus collaboration server: the document named by the map id,
// the room key as the provider's token. Updates from the server reach the document with the
// provider as their origin and flow like another tab's (the store reads them, repairs and checks
// them); unlike another tab's they are stored here too (docWriter stores every origin but another
// tab's and storage's), so the map stays in this browser. Undo tracks only LOCAL, so it never
// undoes what the server brought. Presence (name, colour, selection, drag) rides on awareness.
import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import type { ImportError } from '../io/importDocument';
import { readPresence, type DragPosition, type Identity, type Peer } from './presence';
import { onRejected } from './rejections';
import { markRemoteOrigin } from './remoteOrigins';

export type LiveStatus =
  | { state: 'connecting' }
  | { state: 'syncing' }
  | { state: 'connected' }
  | { state: 'offline' }
  /** The server refused the key (or the document): `reason` is the server's own word for it. */
  | { state: 'refused'; reason: string }
  /** A change from the session failed validation: the session stopped, the map kept its last good state. */
  | { state: 'rejected'; error: ImportError };

export type LiveSession = {
  setSelection: (ids: readonly string[]) => void;
  /** Where the cards being dragged are now; sent at most once a frame. Empty when the drag ends. */
  setDrag: (positions: readonly DragPosition[]) => void;
  setIdentity: (identity: Identity) => void;
  destroy: () => void;
};

export type LiveSessionOptions = {
  server: string;
  mapId: string;
  key: string;
  doc: Y.Doc;
  identity: Identity;
  onStatus: (status: LiveStatus) => void;
  onPeers: (peers: Peer[]) => void;
};

/** What the editor shows from the socket's state, whether the first sync happened and what is unsent. */
export function liveStatusOf(socket: WebSocketStatus | 'never', synced: boolean, unsynced: number, online: boolean): LiveStatus {
  if (!online) return { state: 'offline' };
  if (socket === WebSocketStatus.Connected) return synced && unsynced === 0 ? { state: 'connected' } : { state: 'syncing' };
  if (socket === 'never' || socket === WebSocketStatus.Connecting) return { state: 'connecting' };
  return { state: 'offline' };
}

const isOnline = () => typeof navigator === 'undefined' || navigator.onLine !== false;

export function startLiveSession(options: LiveSessionOptions): LiveSession {
  const { doc, onStatus, onPeers } = options;
  let socket: WebSocketStatus | 'never' = 'never';
  let everConnected = false;
  let synced = false;
  let unsynced = 0;
  let ended: LiveStatus | null = null;
  let lastReported = '';

  const report = () => {
    const status = ended ?? liveStatusOf(socket === WebSocketStatus.Connecting && everConnected ? WebSocketStatus.Disconnected : socket, synced, unsynced, isOnline());
    const key = JSON.stringify(status);
    if (key === lastReported) return;
    lastReported = key;
    onStatus(status);
  };

  const provider = new HocuspocusProvider({
    url: options.server,
    name: options.mapId,
    document: doc,
    token: options.key,
    onStatus: ({ status }) => {
      socket = status;
      if (status === WebSocketStatus.Connected) everConnected = true;
      if (status !== WebSocketStatus.Connected) synced = false;
      report();
    },
    onSynced: ({ state }) => {
      synced = state;
      report();
    },
    onUnsyncedChanges: ({ number }) => {
      unsynced = number;
      report();
    },
    onAuthenticationFailed: ({ reason }) => stop({ state: 'refused', reason }),
    // Refusals after the door (server/reasons.mjs) close the socket with their reason; one that
    // would come again on every reconnect ends the session instead of looping.
    onClose: ({ event }) => {
      if (event.reason === 'document-too-large') stop({ state: 'refused', reason: event.reason });
    },
    onAwarenessChange: () => publishPeers(),
  });
  // Set before any message can arrive (the socket opens in a later task).
  markRemoteOrigin(provider);
  const awareness = provider.awareness;
  awareness?.setLocalState({ user: options.identity, selection: [], drag: [] });

  function publishPeers() {
    if (!awareness) return;
    const peers: Peer[] = [];
    awareness.getStates().forEach((state, clientId) => {
      if (clientId === doc.clientID) return;
      const peer = readPresence(clientId, state);
      if (peer) peers.push(peer);
    });
    peers.sort((a, b) => a.clientId - b.clientId);
    onPeers(peers);
  }

  // The browser says the network is gone: close the socket now rather than wait for a timeout,
  // and connect again as soon as it is back (the provider then exchanges what each side lacks).
  const goOffline = () => {
    provider.disconnect();
    report();
  };
  const goOnline = () => {
    if (ended) return;
    void provider.connect();
    report();
  };
  if (typeof window !== 'undefined') {
    window.addEventListener('offline', goOffline);
    window.addEventListener('online', goOnline);
  }

  let destroyed = false;
  function stop(status: LiveStatus | null) {
    if (status) ended = status;
    if (destroyed) return;
    destroyed = true;
    stopListening();
    if (typeof window !== 'undefined') {
      window.removeEventListener('offline', goOffline);
      window.removeEventListener('online', goOnline);
    }
    cancelAnimationFrame(dragFrame);
    provider.destroy();
    onPeers([]);
    report();
  }
  // A change that failed validation: stop before the document is put back to its last good state,
  // so that nothing more is exchanged until the person chooses to connect again.
  const stopListening = onRejected(doc, (error) => stop({ state: 'rejected', error }));

  let dragFrame = 0;
  let pendingDrag: readonly DragPosition[] | null = null;
  const sendDrag = () => {
    dragFrame = 0;
    if (pendingDrag && awareness && !destroyed) awareness.setLocalStateField('drag', pendingDrag);
    pendingDrag = null;
  };

  report();
  return {
    setSelection: (ids) => {
      if (!destroyed) awareness?.setLocalStateField('selection', [...ids]);
    },
    setDrag: (positions) => {
      if (destroyed) return;
      if (positions.length === 0) {
        cancelAnimationFrame(dragFrame);
        dragFrame = 0;
        pendingDrag = null;
        awareness?.setLocalStateField('drag', []);
        return;
      }
      pendingDrag = positions;
      if (dragFrame === 0) dragFrame = requestAnimationFrame(sendDrag);
    },
    setIdentity: (identity) => {
      if (!destroyed) awareness?.setLocalStateField('user', identity);
    },
    destroy: () => stop(null),
  };
}
