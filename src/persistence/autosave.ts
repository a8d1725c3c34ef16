// Saves the open map without a save button: throttled, diffed against what was last written,
// flushed when the page is hidden. A failed write is reported, kept in memory and retried.
import type { JourneyMap } from '../model/schema';
import type { MapStore } from '../store/mapStore';
import { describeStorageError, type StorageProblem } from './storageErrors';

export type SaveStatus =
  | { state: 'saved'; records: number }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'failed'; problem: StorageProblem; retryAt: number };

export type SaveChanges = (saved: JourneyMap, current: JourneyMap) => Promise<number>;

export type Autosave = { flush: () => Promise<void>; stop: () => void };

export const THROTTLE_MS = 300;
const RETRY_DELAYS_MS = [1000, 2000, 5000, 10000, 30000];

export function startAutosave(
  store: MapStore,
  save: SaveChanges,
  onStatus: (status: SaveStatus) => void,
  clock: { now: () => number } = Date,
): Autosave {
  let saved = store.getState().map;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> | null = null;
  let failures = 0;
  let stopped = false;

  // After stop() nothing is scheduled any more, not even by a write that was under way.
  const schedule = (delay: number) => {
    if (!stopped && timer === undefined) timer = setTimeout(() => void write(), delay);
  };

  async function write(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    if (writing) {
      await writing;
      if (store.getState().map !== saved) return write();
      return;
    }
    const current = store.getState().map;
    if (current === saved) return;
    onStatus({ state: 'saving' });
    writing = save(saved, current).then(
      (records) => {
        saved = current;
        failures = 0;
        onStatus(store.getState().map === saved ? { state: 'saved', records } : { state: 'pending' });
      },
      (error: unknown) => {
        const delay = RETRY_DELAYS_MS[Math.min(failures, RETRY_DELAYS_MS.length - 1)] as number;
        failures += 1;
        onStatus({ state: 'failed', problem: describeStorageError(error), retryAt: clock.now() + delay });
        schedule(delay);
      },
    );
    try {
      await writing;
    } finally {
      writing = null;
    }
    if (store.getState().map !== saved && failures === 0) schedule(THROTTLE_MS);
  }

  const unsubscribe = store.subscribe((state) => {
    // Undo can bring back exactly what is stored: then nothing is unsaved.
    if (failures === 0) onStatus(state.map === saved && !writing ? { state: 'saved', records: 0 } : { state: 'pending' });
    if (state.map !== saved) schedule(THROTTLE_MS);
  });

  return {
    flush: () => write(),
    stop: () => {
      stopped = true;
      unsubscribe();
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
