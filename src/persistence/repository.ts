// Reading and writing maps. Every read goes through the same validation as an imported file.
import { validateStoredMap, type ImportError, type Result } from '../io/importDocument';
import type { JourneyMap, Touchpoint, Connection } from '../model/schema';
import type { MapSummary } from '../model/maps';
import type { ConnectionRow, MapRow, TouchpointRow, WaymarkDb } from './db';

function strip<T extends { mapId: string }>(row: T): Omit<T, 'mapId'> {
  const { mapId: _mapId, ...rest } = row;
  return rest;
}

function headerRow(map: JourneyMap): MapRow {
  const { touchpoints, connections, ...header } = map;
  return { ...header, touchpointOrder: touchpoints.map((t) => t.id), connectionOrder: connections.map((c) => c.id) };
}

export type LoadResult = Result<JourneyMap, ImportError | { kind: 'not-found' }>;

export function createRepository(db: WaymarkDb) {
  return {
    db,

    async listSummaries(): Promise<MapSummary[]> {
      // Sorted by instant, not by text: FORMAT.md allows offsets ("+07:00"), which sort wrongly as strings.
      const rows = (await db.maps.toArray()).sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
      return rows.map((row) => ({
        id: row.id,
        title: row.title,
        ...(row.persona ? { personaName: row.persona.name } : {}),
        stageCount: row.stages.length,
        touchpointCount: row.touchpointOrder.length,
        updatedAt: row.updatedAt,
      }));
    },

    async loadMap(id: string): Promise<LoadResult> {
      const [header, touchpoints, connections] = await db.transaction('r', db.maps, db.touchpoints, db.connections, () =>
        Promise.all([db.maps.get(id), db.touchpoints.where('mapId').equals(id).toArray(), db.connections.where('mapId').equals(id).toArray()]),
      );
      if (!header) return { ok: false, error: { kind: 'not-found' } };
      const { touchpointOrder, connectionOrder, ...rest } = header;
      return validateStoredMap({
        ...rest,
        touchpoints: inOrder(touchpoints, touchpointOrder).map(strip),
        connections: inOrder(connections, connectionOrder).map(strip),
      });
    },

    async loadAll(): Promise<JourneyMap[]> {
      const ids = await db.maps.toCollection().primaryKeys();
      const maps: JourneyMap[] = [];
      for (const id of ids) {
        const loaded = await this.loadMap(id);
        if (loaded.ok) maps.push(loaded.value);
      }
      return maps;
    },

    /** Adds whole maps (new, duplicated, from a template or a file) in one transaction. */
    async insertMaps(maps: readonly JourneyMap[]): Promise<void> {
      await db.transaction('rw', db.maps, db.touchpoints, db.connections, async () => {
        for (const map of maps) {
          await db.maps.add(headerRow(map));
          await db.touchpoints.bulkAdd(map.touchpoints.map((t) => ({ ...t, mapId: map.id })));
          await db.connections.bulkAdd(map.connections.map((c) => ({ ...c, mapId: map.id })));
        }
      });
    },

    async deleteMap(id: string): Promise<void> {
      await db.transaction('rw', db.maps, db.touchpoints, db.connections, async () => {
        await db.touchpoints.where('mapId').equals(id).delete();
        await db.connections.where('mapId').equals(id).delete();
        await db.maps.delete(id);
      });
    },

    async renameMap(id: string, title: string, now: string): Promise<void> {
      await db.maps.update(id, { title, updatedAt: now });
    },

    async existingIds(): Promise<Set<string>> {
      return new Set(await db.maps.toCollection().primaryKeys());
    },

    /**
     * Writes the difference between the last saved state and the current one: the header row,
     * and only the touchpoints and connections that were added, changed (a new object) or removed.
     * Returns how many records it touched.
     */
    async saveChanges(saved: JourneyMap, current: JourneyMap): Promise<number> {
      const touchpoints = diffById(saved.touchpoints, current.touchpoints);
      const connections = diffById(saved.connections, current.connections);
      await db.transaction('rw', db.maps, db.touchpoints, db.connections, async () => {
        await db.maps.put(headerRow(current));
        if (touchpoints.put.length) await db.touchpoints.bulkPut(touchpoints.put.map((t): TouchpointRow => ({ ...t, mapId: current.id })));
        if (touchpoints.removed.length) await db.touchpoints.bulkDelete(touchpoints.removed.map((id): [string, string] => [current.id, id]));
        if (connections.put.length) await db.connections.bulkPut(connections.put.map((c): ConnectionRow => ({ ...c, mapId: current.id })));
        if (connections.removed.length) await db.connections.bulkDelete(connections.removed.map((id): [string, string] => [current.id, id]));
      });
      return 1 + touchpoints.put.length + touchpoints.removed.length + connections.put.length + connections.removed.length;
    },
  };
}

/** Rows come back in key order; this restores the map's own order (rows missing from the list go last). */
function inOrder<T extends { id: string }>(rows: T[], order: readonly string[]): T[] {
  const rank = new Map(order.map((id, index) => [id, index]));
  return rows.sort((a, b) => (rank.get(a.id) ?? order.length) - (rank.get(b.id) ?? order.length));
}

export type Repository = ReturnType<typeof createRepository>;

export function diffById<T extends Touchpoint | Connection>(before: readonly T[], after: readonly T[]): { put: T[]; removed: string[] } {
  const previous = new Map(before.map((item) => [item.id, item]));
  const put = after.filter((item) => previous.get(item.id) !== item);
  const kept = new Set(after.map((item) => item.id));
  const removed = before.filter((item) => !kept.has(item.id)).map((item) => item.id);
  return { put, removed };
}
