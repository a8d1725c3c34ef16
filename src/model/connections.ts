// Pure operations on the arrows between touchpoints.
import { freeId, newId } from './ids';
import type { JourneyMap, Stage, Touchpoint } from './schema';

export type ConnectionRefusal = 'self-loop' | 'duplicate' | 'missing-end';

export function connectionRefusal(map: JourneyMap, from: string, to: string): ConnectionRefusal | null {
  if (from === to) return 'self-loop';
  const ids = new Set(map.touchpoints.map((t) => t.id));
  if (!ids.has(from) || !ids.has(to)) return 'missing-end';
  if (map.connections.some((c) => c.from === from && c.to === to)) return 'duplicate';
  return null;
}

/** Adds an arrow, or returns the map unchanged when FORMAT.md would not allow it. */
export function addConnection(map: JourneyMap, from: string, to: string, label?: string): JourneyMap {
  if (connectionRefusal(map, from, to)) return map;
  const id = freeId(newId(), new Set(map.connections.map((c) => c.id)));
  const connection = label ? { id, from, to, label } : { id, from, to };
  return { ...map, connections: [...map.connections, connection] };
}

/** Sets (or, when blank, removes) an arrow's label; the same map when the id is unknown or nothing changes. */
export function setConnectionLabel(map: JourneyMap, id: string, label: string): JourneyMap {
  const trimmed = label.trim();
  const index = map.connections.findIndex((c) => c.id === id);
  const connection = map.connections[index];
  if (!connection || (connection.label ?? '') === trimmed) return map;
  const { label: _dropped, ...rest } = connection;
  return { ...map, connections: map.connections.with(index, trimmed ? { ...rest, label: trimmed } : rest) };
}

/** Deletes arrows; the same map when none of them is here. */
export function deleteConnections(map: JourneyMap, ids: Iterable<string>): JourneyMap {
  const gone = new Set(ids);
  if (!map.connections.some((c) => gone.has(c.id))) return map;
  return { ...map, connections: map.connections.filter((c) => !gone.has(c.id)) };
}

/** The touchpoints of one stage that a new arrow may go to. */
export type ArrowTargetGroup = { stage: Stage; touchpoints: Touchpoint[] };

/**
 * Where a new arrow from `from` may go, for a picker: every other touchpoint it does not already
 * lead to, grouped by stage in journey order (the stages' order, then top to bottom in a lane).
 * Stages with nothing to offer are left out.
 */
export function arrowTargets(map: Pick<JourneyMap, 'stages' | 'touchpoints' | 'connections'>, from: string): ArrowTargetGroup[] {
  const taken = new Set(map.connections.filter((c) => c.from === from).map((c) => c.to));
  taken.add(from);
  const byStage = new Map<string, Touchpoint[]>();
  for (const touchpoint of map.touchpoints) {
    if (taken.has(touchpoint.id)) continue;
    const list = byStage.get(touchpoint.stageId);
    if (list) list.push(touchpoint);
    else byStage.set(touchpoint.stageId, [touchpoint]);
  }
  return map.stages.flatMap((stage) => {
    const touchpoints = byStage.get(stage.id);
    if (!touchpoints) return [];
    touchpoints.sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x);
    return [{ stage, touchpoints }];
  });
}
