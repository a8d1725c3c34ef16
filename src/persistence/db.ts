// The IndexedDB database. Its version (Dexie's) is apart from the file format's version.
// A map is stored as one row for its header and stages plus one row per touchpoint and per
// connection, so an edit rewrites only the records it changed.
import { Dexie, type Table } from 'dexie';
import type { Connection, JourneyMap, Touchpoint } from '../model/schema';

/** The map's header and stages; the id lists keep the order of its touchpoints and connections. */
export type MapRow = Omit<JourneyMap, 'touchpoints' | 'connections'> & { touchpointOrder: string[]; connectionOrder: string[] };
export type TouchpointRow = Touchpoint & { mapId: string };
export type ConnectionRow = Connection & { mapId: string };

export type WaymarkDb = Dexie & {
  maps: Table<MapRow, string>;
  touchpoints: Table<TouchpointRow, [string, string]>;
  connections: Table<ConnectionRow, [string, string]>;
};

export const DATABASE_NAME = 'waymark';

export function openDatabase(name = DATABASE_NAME): WaymarkDb {
  const db = new Dexie(name) as WaymarkDb;
  db.version(1).stores({
    maps: 'id, updatedAt',
    touchpoints: '[mapId+id], mapId',
    connections: '[mapId+id], mapId',
  });
  return db;
}
