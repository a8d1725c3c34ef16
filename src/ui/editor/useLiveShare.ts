// The open map's live session: connects when the map is shared (remembered per map in this
// browser), sends this person's selection and drags as presence, and exposes what the toolbar
// shows (status, who is here) and what it can do (start, stop, connect again).
import { createContext, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { t } from '../../i18n/en';
import type { EditorStores } from '../../store/context';
import { newRoomKey } from '../../sync/liveLink';
import type { LiveSession, LiveStatus } from '../../sync/liveSession';
import { knownKey, rememberServer, saveIdentity, saveShareInfo, savedIdentity, shareInfo, type ShareInfo } from '../../sync/liveSettings';
import { pickColour, type DragPosition, type Identity, type Peer } from '../../sync/presence';

export type LiveShare = {
  mapId: string;
  share: ShareInfo | null;
  status: LiveStatus | null;
  peers: Peer[];
  identity: Identity | null;
  start: (server: string, identity: Identity) => void;
  stop: () => void;
  reconnect: () => void;
  setIdentity: (identity: Identity) => void;
  /** The cards this person is dragging, where they are now (stored coordinates); [] when the drag ends. */
  drag: (positions: readonly DragPosition[]) => void;
};

export function useLiveShare(stores: EditorStores, mapId: string): LiveShare {
  const [share, setShare] = useState<ShareInfo | null>(() => shareInfo(mapId));
  const [identity, setIdentityState] = useState<Identity | null>(() => savedIdentity());
  const [status, setStatus] = useState<LiveStatus | null>(null);
  const [peers, setPeers] = useState<Peer[]>([]);
  const [attempt, setAttempt] = useState(0);
  const session = useRef<LiveSession | null>(null);
  const identityRef = useRef(identity);
  identityRef.current = identity;

  useEffect(() => {
    if (!share) {
      setStatus(null);
      setPeers([]);
      return;
    }
    let stopped = false;
    let stop = () => undefined as void;
    // The collaboration client loads only when a map is shared.
    import('../../sync/liveSession').then(
      ({ startLiveSession }) => {
        if (stopped) return;
        const running = startLiveSession({
          server: share.server,
          mapId,
          key: share.key,
          doc: stores.doc.ydoc,
          identity: identityRef.current ?? { name: t.liveShare.name, colour: pickColour() },
          onStatus: setStatus,
          onPeers: setPeers,
        });
        session.current = running;
        running.setSelection([...stores.ui.getState().selectedTouchpoints]);
        const unsubscribe = stores.ui.subscribe((state, previous) => {
          if (state.selectedTouchpoints !== previous.selectedTouchpoints) running.setSelection([...state.selectedTouchpoints]);
        });
        stop = () => {
          unsubscribe();
          running.destroy();
          session.current = null;
        };
      },
      // Its code could not load (the network dropped): shown as offline; "Reconnect" tries again.
      () => {
        if (!stopped) setStatus({ state: 'offline' });
      },
    );
    return () => {
      stopped = true;
      stop();
    };
  }, [share, attempt, mapId, stores]);

  // Another tab of this browser started or stopped sharing this map.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== null && !event.key.endsWith(`.${mapId}`)) return;
      const next = shareInfo(mapId);
      setShare((current) => (JSON.stringify(current) === JSON.stringify(next) ? current : next));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [mapId]);

  return useMemo(() => ({
    mapId,
    share,
    status,
    peers,
    identity,
    start: (server, chosen) => {
      const info = { server, key: knownKey(mapId, server) ?? newRoomKey() };
      saveIdentity(chosen);
      rememberServer(server);
      saveShareInfo(mapId, info);
      setIdentityState(chosen);
      setShare(info);
    },
    stop: () => {
      saveShareInfo(mapId, null);
      setShare(null);
    },
    reconnect: () => setAttempt((n) => n + 1),
    setIdentity: (chosen) => {
      saveIdentity(chosen);
      setIdentityState(chosen);
      session.current?.setIdentity(chosen);
    },
    drag: (positions) => session.current?.setDrag(positions),
  }), [mapId, share, status, peers, identity]);
}

export const LiveShareContext = createContext<LiveShare | null>(null);

export function useLiveShareContext(): LiveShare | null {
  return useContext(LiveShareContext);
}
