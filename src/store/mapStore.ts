// The document store of one open map, with undo history (zundo). Only the map is tracked:
// selection and panels live in the UI store, so selecting is never an undo step.
import { temporal } from 'zundo';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { JourneyMap } from '../model/schema';

export type MapState = { map: JourneyMap };
export type History = StoreApi<{
  pastStates: Partial<MapState>[];
  futureStates: Partial<MapState>[];
  undo: (steps?: number) => void;
  redo: (steps?: number) => void;
  clear: () => void;
  pause: () => void;
  resume: () => void;
  isTracking: boolean;
}>;
export type MapStore = StoreApi<MapState> & { temporal: History };

export type EditOptions = {
  /**
   * Edits sharing a group key form one undo step (typing in one field, say) until the group is
   * closed with `closeGroup` (on blur) or another edit comes.
   */
  group?: string;
};

export type MapDocument = {
  store: MapStore;
  edit: (change: (map: JourneyMap) => JourneyMap, options?: EditOptions) => void;
  closeGroup: () => void;
  undo: () => void;
  redo: () => void;
};

const HISTORY_LIMIT = 200;

export function createMapDocument(initial: JourneyMap, now: () => string = () => new Date().toISOString()): MapDocument {
  const store = createStore<MapState>()(
    temporal(() => ({ map: initial }), {
      partialize: (state) => ({ map: state.map }),
      equality: (past, current) => past.map === current.map,
      limit: HISTORY_LIMIT,
    }),
  ) as unknown as MapStore;

  let openGroup: string | null = null;

  function edit(change: (map: JourneyMap) => JourneyMap, options: EditOptions = {}) {
    const current = store.getState().map;
    const changed = change(current);
    if (changed === current) return;
    const next = { ...changed, updatedAt: now() };
    const history = store.temporal.getState();
    if (options.group !== undefined && options.group === openGroup) {
      history.pause();
      store.setState({ map: next });
      history.resume();
      return;
    }
    openGroup = options.group ?? null;
    store.setState({ map: next });
  }

  return {
    store,
    edit,
    closeGroup: () => {
      openGroup = null;
    },
    undo: () => {
      openGroup = null;
      store.temporal.getState().undo();
    },
    redo: () => {
      openGroup = null;
      store.temporal.getState().redo();
    },
  };
}
