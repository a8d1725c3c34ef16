// Takes the versions of one open map: when it is opened (and, before that, the stored state a
// repair on opening changed), after 10 minutes of editing (checked when an edit arrives: an idle
// tab runs nothing), by name, and before a restore. Restoring makes the map equal to a version
// through `apply`, the editor's own one-undo-step edit, so it is a new change, never an overwrite.
import { liveQuery } from 'dexie';
import * as Y from 'yjs';
import { STORAGE } from '../doc/origins';
import { createMapReader } from '../doc/readMap';
import type { ImportError, Result } from '../io/importDocument';
import type { JourneyMap } from '../model/schema';
import type { WaymarkDb } from './db';
import { snapshotOf } from './mapSnapshot';
import { describeStorageError, type StorageProblem } from './storageErrors';
import { addVersion, latestVersion, listVersions, readVersionContent } from './versions';
import { countsOf, digestOf, intervalSnapshotDue, VERSION_NAME_MAX, worthKeeping, type AutomaticTrigger, type VersionRow, type VersionTrigger } from './versionsRules';

/** What the recorder needs of the open map (the editor's MapDocument gives it). */
export type RecordedMap = {
  ydoc: Y.Doc;
  /** The map as the editor shows it. */
  current: () => JourneyMap;
  /** Makes the map equal to `map` as one local edit (one undo step). */
  apply: (map: JourneyMap) => void;
};

export type RecorderOptions = {
  db: WaymarkDb;
  mapId: string;
  map: RecordedMap;
  /** The stored document before opening repaired or migrated it (openLoadedMap), if it did. */
  storedBeforeRepair?: Uint8Array | null;
  /** Findings of the audit, for the counts (optional: storage does not load the audit). */
  findings?: (map: JourneyMap) => number;
  now?: () => number;
  /** When a write nobody asked for fails (an automatic snapshot): it must be shown, not swallowed. */
  onError: (problem: StorageProblem) => void;
  /** Heavy work (encoding the document) waits for a quiet moment; tests run it at once. */
  whenIdle?: () => Promise<void>;
};

export type PreviewResult = Result<JourneyMap, ImportError | { kind: 'missing' }>;

export type VersionRecorder = {
  /** Records 'before-repair' (if opening changed the map) and 'opened', then follows edits. */
  start: () => Promise<void>;
  stop: () => void;
  /** Follows the map's versions (newest first), in this tab and others; returns the unsubscribe. */
  watch: (onList: (versions: VersionRow[]) => void, onError: (problem: StorageProblem) => void) => () => void;
  /** Saves the current state under a name; throws when storage fails. */
  /** Records a named version; an empty name (after trimming) records nothing. */
  saveNamed: (name: string) => Promise<void>;
  /** The map a version holds, checked like an opened map. */
  preview: (id: number) => Promise<PreviewResult>;
  /** Snapshots the current state ('before-restore'), then makes the map equal to the version. */
  restore: (id: number) => Promise<PreviewResult>;
};

/** A version's content read into a map: migrated, repaired and validated as an opened map is. */
export function mapOfContent(content: Uint8Array): Result<JourneyMap, ImportError> {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, content, STORAGE);
    return snapshotOf(doc);
  } finally {
    doc.destroy();
  }
}

/**
 * The content as stored, unrepaired: what a 'before-repair' version is counted and compared by
 * (its preview, like any, shows it repaired: a map with an arrow to nowhere cannot be drawn).
 */
function rawMapOf(content: Uint8Array): JourneyMap {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, content, STORAGE);
    return createMapReader(doc).read();
  } finally {
    doc.destroy();
  }
}

export function createVersionRecorder(options: RecorderOptions): VersionRecorder {
  const { db, mapId, map } = options;
  const now = options.now ?? Date.now;
  const whenIdle = options.whenIdle ?? (() => Promise.resolve());
  /** Time of the map's latest version as this tab last knew it (null: none yet). */
  let lastVersionAt: number | null = null;
  let started = false;
  let stopped = false;
  let intervalPending = false;

  async function record(trigger: VersionTrigger, content: Uint8Array, snapshot: JourneyMap, name?: string) {
    const time = now();
    const counts = countsOf(snapshot, options.findings?.(snapshot));
    await addVersion(db, { mapId, time, trigger, counts, digest: digestOf(snapshot), content, ...(name ? { name } : {}) });
    lastVersionAt = Math.max(lastVersionAt ?? time, time);
  }

  const recordCurrent = (trigger: VersionTrigger, name?: string) => record(trigger, Y.encodeStateAsUpdate(map.ydoc), map.current(), name);

  /**
   * An automatic snapshot, in two quiet moments: the fingerprint first (an unchanged map is not
   * stored again, and needs no encoding), then the encoding of the whole document.
   */
  async function recordIfNew(trigger: AutomaticTrigger) {
    if (!worthKeeping(await latestVersion(db, mapId), digestOf(map.current()))) return;
    await whenIdle();
    if (!stopped) await recordCurrent(trigger);
  }

  const report = (error: unknown) => {
    if (!stopped) options.onError(describeStorageError(error));
  };

  async function intervalSnapshot() {
    try {
      await whenIdle();
      if (stopped) return;
      // Another tab on this map may have taken one meanwhile: the stored latest decides.
      const latest = await latestVersion(db, mapId);
      lastVersionAt = latest?.time ?? null;
      if (!intervalSnapshotDue(lastVersionAt, now())) return;
      await recordIfNew('interval');
      // Unchanged content is not stored again, but the clock restarts all the same.
      lastVersionAt = Math.max(lastVersionAt ?? 0, now());
    } catch (error) {
      report(error);
    } finally {
      intervalPending = false;
    }
  }

  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    // Reading back from storage is no editing; edits from this tab, other tabs and people are.
    if (!started || stopped || origin === STORAGE || intervalPending) return;
    if (!intervalSnapshotDue(lastVersionAt, now())) return;
    intervalPending = true;
    void intervalSnapshot();
  };

  return {
    async start() {
      if (started) return;
      started = true;
      map.ydoc.on('update', onUpdate);
      try {
        // After the map is on screen: encoding and fingerprinting a large map takes a moment.
        await whenIdle();
        if (stopped) return;
        lastVersionAt = (await latestVersion(db, mapId))?.time ?? null;
        const before = options.storedBeforeRepair;
        if (before) await record('before-repair', before, rawMapOf(before));
        if (stopped) return;
        await recordIfNew('opened');
      } catch (error) {
        report(error);
      }
    },
    stop() {
      stopped = true;
      map.ydoc.off('update', onUpdate);
    },
    watch(onList, onError) {
      const subscription = liveQuery(() => listVersions(db, mapId)).subscribe({
        next: onList,
        error: (error: unknown) => onError(describeStorageError(error)),
      });
      return () => subscription.unsubscribe();
    },
    async saveNamed(name: string) {
      const trimmed = name.trim().slice(0, VERSION_NAME_MAX);
      // The dialog asks for a name first; an empty one records nothing.
      if (!trimmed) return;
      await recordCurrent('named', trimmed);
    },
    async preview(id: number) {
      const content = await readVersionContent(db, id);
      if (!content) return { ok: false, error: { kind: 'missing' } };
      return mapOfContent(content);
    },
    async restore(id: number) {
      const version = await this.preview(id);
      if (!version.ok) return version;
      // The safety net first: if it cannot be stored, nothing is restored (the caller shows why).
      await recordCurrent('before-restore');
      map.apply(version.value);
      return version;
    },
  };
}
