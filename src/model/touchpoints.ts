// Pure operations on the touchpoints of a map. Untouched touchpoints keep their object identity,
// which lets the canvas skip re-rendering them and autosave write only what changed.
import { freeId, newId } from './ids';
import { laneIndexAt, LANE_WIDTH } from './lanes';
import { sameValue } from './sameValue';
import type { Channel, Connection, JourneyMap, Position, Touchpoint } from './schema';

export type NewTouchpoint = { position: Position; title?: string; channel?: Channel; stageId?: string };

export function blankTouchpoint(stageId: string, position: Position, title = 'New touchpoint', channel: Channel = 'web'): Touchpoint {
  return {
    id: newId(), stageId, title, channel, position,
    friction: [], trustBreaks: [], expectations: [], experiences: [], metrics: [], pillars: [], evidence: [], actions: [],
  };
}

export function stageIdAt(map: JourneyMap, x: number): string {
  const stage = map.stages[laneIndexAt(x, map.stages.length)];
  if (!stage) throw new Error('A map always has at least one stage');
  return stage.id;
}

export function addTouchpoint(map: JourneyMap, input: NewTouchpoint): { map: JourneyMap; id: string } {
  const stageId = input.stageId ?? stageIdAt(map, input.position.x);
  const touchpoint = blankTouchpoint(stageId, input.position, input.title, input.channel);
  touchpoint.id = freeId(touchpoint.id, new Set(map.touchpoints.map((t) => t.id)));
  return { map: { ...map, touchpoints: [...map.touchpoints, touchpoint] }, id: touchpoint.id };
}

export type TouchpointPatch = Partial<Omit<Touchpoint, 'id'>>;

/** Changes one touchpoint; the same map when the id is unknown or the patch changes nothing. */
export function updateTouchpoint(map: JourneyMap, id: string, patch: TouchpointPatch): JourneyMap {
  let changed = false;
  const touchpoints = map.touchpoints.map((touchpoint) => {
    if (touchpoint.id !== id) return touchpoint;
    const next: Touchpoint = { ...touchpoint, ...patch };
    // Optional fields are removed, not stored as undefined, so exports stay clean.
    for (const key of Object.keys(next) as (keyof Touchpoint)[]) if (next[key] === undefined) delete next[key];
    if (patch.stageId && patch.stageId !== touchpoint.stageId && !patch.position) {
      next.position = moveIntoStage(map, touchpoint, patch.stageId);
    }
    if (sameValue(next, touchpoint)) return touchpoint;
    changed = true;
    return next;
  });
  return changed ? { ...map, touchpoints } : map;
}

/** Keeps the touchpoint's offset inside its lane when the stage is changed from the inspector. */
function moveIntoStage(map: JourneyMap, touchpoint: Touchpoint, stageId: string): Position {
  const from = map.stages.findIndex((s) => s.id === touchpoint.stageId);
  const to = map.stages.findIndex((s) => s.id === stageId);
  if (from < 0 || to < 0) return touchpoint.position;
  return { x: touchpoint.position.x + (to - from) * LANE_WIDTH, y: touchpoint.position.y };
}

/** Moves touchpoints; each lands in the stage of the lane under it. */
export function moveTouchpoints(map: JourneyMap, moves: ReadonlyArray<{ id: string; position: Position }>): JourneyMap {
  const byId = new Map(moves.map((move) => [move.id, move.position]));
  let changed = false;
  const touchpoints = map.touchpoints.map((touchpoint) => {
    const position = byId.get(touchpoint.id);
    if (!position) return touchpoint;
    const rounded = { x: Math.round(position.x), y: Math.round(position.y) };
    if (rounded.x === touchpoint.position.x && rounded.y === touchpoint.position.y) return touchpoint;
    changed = true;
    return { ...touchpoint, position: rounded, stageId: stageIdAt(map, rounded.x) };
  });
  return changed ? { ...map, touchpoints } : map;
}

/** Deletes touchpoints and every connection that touches them; the same map when none of them is here. */
export function deleteTouchpoints(map: JourneyMap, ids: Iterable<string>): JourneyMap {
  const gone = new Set(ids);
  if (!map.touchpoints.some((t) => gone.has(t.id))) return map;
  return {
    ...map,
    touchpoints: map.touchpoints.filter((t) => !gone.has(t.id)),
    connections: map.connections.filter((c) => !gone.has(c.from) && !gone.has(c.to)),
  };
}

export type Clip = { touchpoints: Touchpoint[]; connections: Connection[] };

/** What copying these touchpoints takes: them and the connections between them. */
export function copyTouchpoints(map: JourneyMap, ids: Iterable<string>): Clip {
  const chosen = new Set(ids);
  return {
    touchpoints: structuredClone(map.touchpoints.filter((t) => chosen.has(t.id))),
    connections: structuredClone(map.connections.filter((c) => chosen.has(c.from) && chosen.has(c.to))),
  };
}

/** Pastes a clip with fresh ids, shifted by `offset`; stages follow the lanes the copies land in. */
export function pasteClip(map: JourneyMap, clip: Clip, offset: Position): { map: JourneyMap; ids: string[] } {
  if (clip.touchpoints.length === 0) return { map, ids: [] };
  const takenTouchpoints = new Set(map.touchpoints.map((t) => t.id));
  const takenConnections = new Set(map.connections.map((c) => c.id));
  const newIds = new Map<string, string>();
  const touchpoints = clip.touchpoints.map((original) => {
    const id = freeId(newId(), takenTouchpoints);
    takenTouchpoints.add(id);
    newIds.set(original.id, id);
    const position = { x: original.position.x + offset.x, y: original.position.y + offset.y };
    return { ...structuredClone(original), id, position, stageId: stageIdAt(map, position.x) };
  });
  const connections = clip.connections.flatMap((original) => {
    const from = newIds.get(original.from);
    const to = newIds.get(original.to);
    if (!from || !to) return [];
    const id = freeId(newId(), takenConnections);
    takenConnections.add(id);
    return [{ ...original, id, from, to }];
  });
  return {
    map: { ...map, touchpoints: [...map.touchpoints, ...touchpoints], connections: [...map.connections, ...connections] },
    ids: touchpoints.map((t) => t.id),
  };
}
