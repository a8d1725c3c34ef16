// Writes every change this tab makes to a map's document into IndexedDB as it happens: no
// throttle, no save on `pagehide` (a write started there often never commits). Updates made in
// one task are merged into one write. A failed write is reported, kept in memory and retried
// with a growing delay; the log is compacted now and then.
import * as Y from 'yjs';
import { OTHER_TAB } from '../sync/tabSync';
import { STORAGE } from '../doc/origins';
import { describeStorageError, type StorageProblem } from './storageErrors';
import { MapDeletedError } from './docStorage';

export type SaveStatus =
  | { state: 'saved'; records: number }
  | { state: 'saving' }
  | { state: 'failed'; problem: StorageProblem; retryAt: number }
  | { state: 'deleted' };

export type DocStorage = {
  append: (update: Uint8Array) => Promise<void>;
  compact: () => Promise<void>;
};

export type DocWriter = {
  /** Writes what is waiting now (a retry), and resolves when nothing is left or a write failed. */
  flush: () => Promise<void>;
  stop: () => void;
};

const RETRY_DELAYS_MS = [1000, 2000, 5000, 10000, 30000];
/** Compact after this many appended updates: a fresh map is one update, and reading stays fast. */
export const COMPACT_EVERY = 200;
/** Records one write touches: the update and the map's header. */
const RECORDS_PER_WRITE = 2;

export function startDocWriter(
  doc: Y.Doc,
  storage: DocStorage,
  onStatus: (status: SaveStatus) => void,
  options: { clock?: { now: () => number }; appendedBefore?: number; initial?: readonly Uint8Array[] } = {},
): DocWriter {
  const clock = options.clock ?? Date;
  let waiting: Uint8Array[] = [];
  let writing: Promise<void> | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let stopped = false;
  let deleted = false;
  let appended = options.appendedBefore ?? 0;
  let scheduled = false;

  /** `retry`: called by the retry timer; any other call leaves a failed write to that timer. */
  async function writeWaiting(retry = false): Promise<void> {
    while (writing) await writing;
    // An edit made while a write was failing must not retry before the announced time.
    if (waiting.length === 0 || deleted || (failures > 0 && !retry)) return;
    const update = waiting.length === 1 ? (waiting[0] as Uint8Array) : Y.mergeUpdates(waiting);
    waiting = [];
    onStatus({ state: 'saving' });
    writing = storage.append(update).then(
      () => {
        failures = 0;
        appended++;
        if (waiting.length === 0) onStatus({ state: 'saved', records: RECORDS_PER_WRITE });
      },
      (error: unknown) => {
        waiting.unshift(update);
        if (error instanceof MapDeletedError) {
          deleted = true;
          onStatus({ state: 'deleted' });
          return;
        }
        const delay = RETRY_DELAYS_MS[Math.min(failures, RETRY_DELAYS_MS.length - 1)] as number;
        failures++;
        onStatus({ state: 'failed', problem: describeStorageError(error), retryAt: clock.now() + delay });
        clearTimeout(retryTimer);
        if (!stopped) retryTimer = setTimeout(() => void writeWaiting(true), delay);
      },
    );
    try {
      await writing;
    } finally {
      writing = null;
    }
    if (failures === 0 && waiting.length > 0) return writeWaiting();
    if (failures === 0 && appended >= COMPACT_EVERY) {
      appended = 0;
      // Compaction failing is no loss: the log stays as it is and is compacted next time.
      await storage.compact().catch(() => undefined);
    }
  }

  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === OTHER_TAB || origin === STORAGE || stopped) return;
    waiting.push(update);
    if (failures > 0 || scheduled) return;
    // The updates of one task (an edit and the repair it causes) go in one write.
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      void writeWaiting();
    });
  };
  doc.on('update', onUpdate);
  // What opening changed (a migration, a repair) is written like any edit.
  for (const update of options.initial ?? []) onUpdate(update, null);

  return {
    flush: () => {
      clearTimeout(retryTimer);
      failures = 0;
      return writeWaiting();
    },
    stop: () => {
      stopped = true;
      clearTimeout(retryTimer);
      doc.off('update', onUpdate);
    },
  };
}
