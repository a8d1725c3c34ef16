// Starts reading a map from IndexedDB as soon as its route is known, so the read runs while
// the editor's code is still loading; the editor then takes the read that is already under way.
import type { Repository } from '../persistence/repository';

type DocLoad = ReturnType<Repository['openDoc']>;
const pending = new Map<string, DocLoad>();

export function prefetchMap(repository: Repository, mapId: string) {
  if (!pending.has(mapId)) pending.set(mapId, repository.openDoc(mapId));
}

/** The read started by prefetchMap, used once; a later open reads again. */
export function takeMapLoad(repository: Repository, mapId: string): DocLoad {
  const started = pending.get(mapId);
  pending.delete(mapId);
  return started ?? repository.openDoc(mapId);
}
