// Writes every change this tab makes to a map's document into IndexedDB as it happens: no
// throttle, no save on `pagehide` (a write started there often never commits). A failed write is reported, kept in memory and retried
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
  /** Makes one update durable. */
  append: (update: Uint8Array) => Promise<void>;
  compact: () => Promise<void>;
  /** Refreshes the map's row in the library after appends; MapDeletedError when the map is gone. */
  header?: () => Promise<void>;
};

export type DocWriter = {
  /** Writes what is waiting now (a retry), and resolves when nothing is left or a write failed. */
  flush: () => Promise<void>;
  /**
   * Stops listening and makes a last attempt at what is still waiting (after failed writes);
   * resolves true when everything this tab changed is in storage, false when something is not.
   */
  stop: () => Promise<boolean>;
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
  /** Updates not yet handed to IndexedDB: those of the current task, or all of them while writes fail. */
  let waiting: Uint8Array[] = [];
  /** Writes handed to IndexedDB and not yet committed. IndexedDB runs them in order. */
  const inFlight = new Set<Promise<void>>();
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the pending retry runs (while retryTimer is set). */
  let retryAt = 0;
  /** Failed writes since the last one that succeeded: sets how long the next retry waits. */
  let failures = 0;
  /** An update failed to write and waits for the retry: new edits wait with it. */
  let holding = false;
  let stopped = false;
  let deleted = false;
  let appended = options.appendedBefore ?? 0;

  // The library's row follows the appends, one write at a time, the last one with the latest map.
  let headerWriting = false;
  let headerStale = false;
  function writeHeader() {
    if (!storage.header || deleted) return;
    if (headerWriting) {
      headerStale = true;
      return;
    }
    headerWriting = true;
    headerStale = false;
    storage.header().then(
      () => {
        // The row is written after failing: storage works again, and if nothing else waits, all
        // is saved. (After an append the append already said so.)
        if (failures > 0 && !holding && inFlight.size === 0) {
          failures = 0;
          reportSettled();
        }
      },
      (error: unknown) => {
        if (error instanceof MapDeletedError) {
          deleted = true;
          onStatus({ state: 'deleted' });
        } else {
          headerStale = true;
          scheduleRetry(error);
        }
      },
    ).finally(() => {
      headerWriting = false;
      if (headerStale && !deleted && failures === 0 && retryTimer === undefined) writeHeader();
    });
  }

  function reportSettled() {
    if (inFlight.size === 0 && waiting.length === 0 && failures === 0 && !deleted) onStatus({ state: 'saved', records: RECORDS_PER_WRITE });
  }

  /**
   * After any failed write (an update or the library's row): the next retry waits one step longer
   * than the last. A retry already announced for later is kept, never brought forward: a failure
   * reported meanwhile (a row started before the disk filled up) does not cut a backoff short.
   */
  function scheduleRetry(error: unknown) {
    const delay = RETRY_DELAYS_MS[Math.min(failures, RETRY_DELAYS_MS.length - 1)] as number;
    failures++;
    const at = clock.now() + delay;
    if (retryTimer === undefined || at > retryAt) {
      clearTimeout(retryTimer);
      retryAt = at;
      retryTimer = stopped ? undefined : setTimeout(() => void retry(), delay);
    }
    onStatus({ state: 'failed', problem: describeStorageError(error), retryAt });
  }

  function fail(update: Uint8Array, error: unknown) {
    waiting.unshift(update);
    holding = true;
    if (error instanceof MapDeletedError) {
      deleted = true;
      onStatus({ state: 'deleted' });
      return;
    }
    scheduleRetry(error);
  }

  /**
   * Hands what is waiting to IndexedDB now, without waiting for earlier writes to commit: an edit
   * must reach the database within milliseconds, whatever the machine is doing, to survive a crash.
   */
  function writeNow(): Promise<void> {
    if (waiting.length === 0 || deleted) return Promise.resolve();
    const update = waiting.length === 1 ? (waiting[0] as Uint8Array) : Y.mergeUpdates(waiting);
    waiting = [];
    onStatus({ state: 'saving' });
    const write: Promise<void> = storage.append(update).then(
      () => {
        inFlight.delete(write);
        failures = 0;
        holding = false;
        appended++;
        writeHeader();
        if (failures === 0 && inFlight.size === 0 && appended >= COMPACT_EVERY) {
          appended = 0;
          // Compaction failing is no loss: the log stays as it is and is compacted next time.
          void storage.compact().catch(() => undefined);
        }
        reportSettled();
      },
      (error: unknown) => {
        inFlight.delete(write);
        fail(update, error);
      },
    );
    inFlight.add(write);
    return write;
  }

  /** The retry timer, "Retry now" and flush: everything waiting, in one write. */
  function retry(): Promise<void> {
    clearTimeout(retryTimer);
    retryTimer = undefined;
    if (headerStale && waiting.length === 0) writeHeader();
    const written = writeNow();
    return Promise.allSettled([...inFlight, written]).then(() => undefined);
  }

  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === OTHER_TAB || origin === STORAGE || stopped) return;
    waiting.push(update);
    // While updates fail to write, an edit waits for the announced retry with the rest (a failing
    // library row holds nothing back). Otherwise it goes to IndexedDB now, in the edit's own
    // task: a microtask would run after the re-render.
    if (holding || deleted) return;
    void writeNow();
  };
  doc.on('update', onUpdate);
  // What opening changed (a migration, a repair) is written like any edit.
  for (const update of options.initial ?? []) onUpdate(update, null);

  return {
    // "Retry now": at once, and the next failure waits as long as the last one did.
    flush: retry,
    // Leaving the map: what waits for a retry gets one last attempt now, not dropped unseen. A
    // failure is still reported (onStatus) and the promise says whether everything was written.
    stop: () => {
      stopped = true;
      clearTimeout(retryTimer);
      retryTimer = undefined;
      doc.off('update', onUpdate);
      const last = writeNow();
      return Promise.allSettled([...inFlight, last]).then(() => !deleted && waiting.length === 0);
    },
  };
}
