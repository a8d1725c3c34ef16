// Converts maps stored by version 1 (rows per touchpoint and connection) into documents, once,
// on the first start of this release. Each map is read through the same validation as an import
// and converted in one transaction that writes the document and removes the old rows; a map that
// cannot be converted keeps its old rows untouched and is reported.
import { validateStoredMap } from '../io/importDocument';
import type { Problem } from '../model/references';
import type { JourneyMap } from '../model/schema';
import type { LegacyMapRow, WaymarkDb } from './db';
import { encodeWholeMap, headerOf } from './docStorage';

export type UpgradeFailure = { id: string; title: string; problems: Problem[] } | { id: string; title: string; error: string };
export type UpgradeReport = { converted: number; failures: UpgradeFailure[] };

function strip<T extends { mapId: string }>(row: T): Omit<T, 'mapId'> {
  const { mapId: _mapId, ...rest } = row;
  return rest;
}

function inOrder<T extends { id: string }>(rows: T[], order: readonly string[]): T[] {
  const rank = new Map(order.map((id, index) => [id, index]));
  return rows.sort((a, b) => (rank.get(a.id) ?? order.length) - (rank.get(b.id) ?? order.length));
}

async function readLegacyMap(db: WaymarkDb, header: LegacyMapRow) {
  const [touchpoints, connections] = await Promise.all([
    db.touchpoints.where('mapId').equals(header.id).toArray(),
    db.connections.where('mapId').equals(header.id).toArray(),
  ]);
  const { touchpointOrder, connectionOrder, ...rest } = header;
  return validateStoredMap({
    ...rest,
    touchpoints: inOrder(touchpoints, touchpointOrder).map(strip),
    connections: inOrder(connections, connectionOrder).map(strip),
  });
}

async function convert(db: WaymarkDb, map: JourneyMap) {
  const update = encodeWholeMap(map);
  await db.transaction('rw', [db.headers, db.updates, db.maps, db.touchpoints, db.connections], async () => {
    // A map converted by another tab a moment ago is not converted twice.
    if (!(await db.headers.get(map.id))) {
      await db.updates.add({ mapId: map.id, update });
      await db.headers.add(headerOf(map));
    }
    await db.touchpoints.where('mapId').equals(map.id).delete();
    await db.connections.where('mapId').equals(map.id).delete();
    await db.maps.delete(map.id);
  });
}

export async function upgradeLegacyMaps(db: WaymarkDb): Promise<UpgradeReport> {
  const report: UpgradeReport = { converted: 0, failures: [] };
  const legacy = await db.maps.toArray();
  for (const header of legacy) {
    try {
      const loaded = await readLegacyMap(db, header);
      if (!loaded.ok) {
        const problems = loaded.error.kind === 'invalid' ? loaded.error.problems : [{ path: 'map', message: loaded.error.kind }];
        report.failures.push({ id: header.id, title: header.title, problems });
        continue;
      }
      await convert(db, loaded.value);
      report.converted++;
    } catch (error) {
      report.failures.push({ id: header.id, title: header.title, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return report;
}
