// Shared by the tests of the document layer: the example maps, a clock, and two Y.Docs that
// exchange updates the way two tabs do.
import * as Y from 'yjs';
import clinicText from '../fixtures/clinic-visit-th.waymark.json?raw';
import onlineOrderText from '../fixtures/online-order.waymark.json?raw';
import { DocumentSchema, type JourneyMap } from '../../src/model/schema';

function firstMap(text: string): JourneyMap {
  const map = DocumentSchema.parse(JSON.parse(text)).maps[0];
  if (!map) throw new Error('the fixture holds a map');
  return map;
}

export const clinicMap = (): JourneyMap => firstMap(clinicText);
export const onlineOrderMap = (): JourneyMap => firstMap(onlineOrderText);

/** A clock that moves one minute on every call, so each edit gets its own time. */
export function ticking(start = Date.UTC(2026, 10, 24, 9, 0)): () => string {
  let minutes = 0;
  return () => new Date(start + 60_000 * minutes++).toISOString();
}

/** What a user sees of a map, without the time of the last edit. */
export function content(map: JourneyMap): Omit<JourneyMap, 'updatedAt'> {
  const { updatedAt: _updatedAt, ...rest } = map;
  return rest;
}

/** A second document holding what `doc` holds now, as another tab would after syncing. */
export function replicaOf(doc: Y.Doc): Y.Doc {
  const replica = new Y.Doc();
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
  return replica;
}

/** Brings two documents to the same state, each getting what it lacks from the other. */
export function exchange(a: Y.Doc, b: Y.Doc, origin: unknown = 'remote'): void {
  const forB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const forA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, forB, origin);
  Y.applyUpdate(a, forA, origin);
}
