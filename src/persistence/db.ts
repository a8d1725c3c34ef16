// The IndexedDB database. Its version (Dexie's) is apart from the file format's version.
// Since version 2 a map is a Yjs document stored as a log of its updates (compacted now and
// then), with a small header row per map for the library. Version 1 stored each map as rows
// (a header, one row per touchpoint and per connection); those tables stay declared so that
// maps stored by version 1 can be converted once (legacyUpgrade.ts). Version 3 adds each map's
// version history (versions.ts).
import { Dexie, type Table } from 'dexie';
import type { Connection, JourneyMap, Touchpoint } from '../model/schema';
import type { MapSummary } from '../model/maps';
import type { VersionContentRow, VersionRow } from './versionsRules';

/** Version 1's rows. */
export type LegacyMapRow = Omit<JourneyMap, 'touchpoints' | 'connections'> & { touchpointOrder: string[]; connectionOrder: string[] };
export type LegacyTouchpointRow = Touchpoint & { mapId: string };
export type LegacyConnectionRow = Connection & { mapId: string };

/** What the library lists, kept beside the document so listing never opens a document. */
export type HeaderRow = MapSummary & {
  createdAt: string;
  /** The file format version the document's content follows (FORMAT.md `version`). */
  formatVersion: number;
};
/** One Yjs update of one map. `seq` orders them; order does not matter to Yjs, but compaction uses it. */
export type UpdateRow = { seq?: number; mapId: string; update: Uint8Array };

export type WaymarkDb = Dexie & {
  maps: Table<LegacyMapRow, string>;
  touchpoints: Table<LegacyTouchpointRow, [string, string]>;
  connections: Table<LegacyConnectionRow, [string, string]>;
  headers: Table<HeaderRow, string>;
  updates: Table<UpdateRow, number>;
  /** Since version 3: saved versions of each map (version history, versions.ts). */
  versions: Table<VersionRow, number>;
  versionContents: Table<VersionContentRow, number>;
};

export const DATABASE_NAME = 'waymark';
/** The storage schema this release writes (Dexie's version, not the file format's). */
export const STORAGE_VERSION = 3;

export function openDatabase(name = DATABASE_NAME): WaymarkDb {
  // Relaxed durability: a commit is in the operating system's hands at once (it survives the
  // browser being killed) without waiting for the disk; only a crash of the whole machine could
  // lose the last moments.
  const db = new Dexie(name, { chromeTransactionDurability: 'relaxed' }) as WaymarkDb;
  db.version(1).stores({
    maps: 'id, updatedAt',
    touchpoints: '[mapId+id], mapId',
    connections: '[mapId+id], mapId',
  });
  db.version(2).stores({
    headers: 'id, updatedAt',
    updates: '++seq, mapId',
  });
  // Version 3 adds the version history; the tables above are unchanged.
  db.version(STORAGE_VERSION).stores({
    versions: '++id, mapId, [mapId+time]',
    versionContents: 'id',
  });
  return db;
}
