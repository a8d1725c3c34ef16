// Restores the invariants of a map that a merge of concurrent edits (or an old bug) can break:
// an arrow to a deleted touchpoint, a card in a deleted stage, an id twice in one list, no stage
// at all. Deterministic: every tab that sees the same map repairs it the same way, so their
// repairs agree. Pure; the result passes referenceProblems().
import { laneIndexAt, LANE_WIDTH, NODE_HEIGHT } from './lanes';
import type { Connection, JourneyMap, Stage, Touchpoint } from './schema';

export type Repair =
  | { kind: 'no-stage' }
  | { kind: 'duplicate-stage'; name: string }
  | { kind: 'duplicate-touchpoint'; title: string }
  | { kind: 'orphan-touchpoint'; title: string; stage: string }
  | { kind: 'dangling-connection'; count: number }
  | { kind: 'duplicate-connection'; count: number }
  | { kind: 'duplicate-item'; title: string; list: string }
  | { kind: 'incomplete-record'; title: string };

/** A stage every tab would create alike when merges left none (its id is fixed, so two tabs agree). */
export const RESTORED_STAGE: Stage = { id: 'restored-stage', name: 'Stage' };
const ROW_GAP = 60;

const TOUCHPOINT_LISTS = ['friction', 'trustBreaks', 'expectations', 'experiences', 'evidence', 'actions'] as const;

function firstOfEachId<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && Boolean(seen.add(item.id)));
}

/**
 * An undo can bring back a record this tab deleted while another tab changed some of its fields
 * (a stage renamed, a card moved by a stage deletion, a message edited): Yjs restores the record
 * without those fields, since the other tab's values went with the deletion and the old ones had
 * been replaced. Such a record keeps what is left and gets a placeholder for each required field.
 */
const PLACEHOLDER = '…';
const REQUIRED_ITEM_FIELDS: Record<(typeof TOUCHPOINT_LISTS)[number], Record<string, unknown>> = {
  friction: { severity: 'medium', note: '' },
  trustBreaks: { kind: 'other', note: '' },
  expectations: { topic: PLACEHOLDER, message: PLACEHOLDER },
  experiences: { topic: PLACEHOLDER },
  evidence: { quote: PLACEHOLDER },
  actions: { text: PLACEHOLDER, status: 'open' },
};

function completed<T extends object>(record: T, required: Record<string, unknown>): T {
  const missing = Object.keys(required).filter((key) => (record as Record<string, unknown>)[key] === undefined);
  if (missing.length === 0) return record;
  return { ...record, ...Object.fromEntries(missing.map((key) => [key, required[key]])) };
}

function completeTouchpoint(touchpoint: Touchpoint, repairs: Repair[]): Touchpoint {
  // The stage and the position are settled with the lanes below; an empty stage id re-homes the card.
  let next = completed(touchpoint, { title: PLACEHOLDER, channel: 'other', stageId: '' });
  for (const list of TOUCHPOINT_LISTS) {
    const items = next[list] as ReadonlyArray<object>;
    const filled = items.map((item) => completed(item, REQUIRED_ITEM_FIELDS[list]));
    if (filled.some((item, i) => item !== items[i])) next = { ...next, [list]: filled };
  }
  if (next !== touchpoint || touchpoint.position === undefined) repairs.push({ kind: 'incomplete-record', title: next.title });
  return next;
}

function repairLists(touchpoint: Touchpoint, repairs: Repair[]): Touchpoint {
  let next = touchpoint;
  for (const list of TOUCHPOINT_LISTS) {
    const items = touchpoint[list] as ReadonlyArray<{ id: string }>;
    const unique = firstOfEachId(items);
    if (unique.length !== items.length) {
      next = { ...next, [list]: unique };
      repairs.push({ kind: 'duplicate-item', title: touchpoint.title, list });
    }
  }
  return next;
}

/** Where a card of a deleted stage goes: the stage its own cards went to, else the lane under it. */
function heirStage(stageId: string, x: number, stages: readonly Stage[], removed: ReadonlyMap<string, string>): number {
  const index = new Map(stages.map((s, i) => [s.id, i]));
  let id: string | undefined = stageId;
  for (let hops = 0; id !== undefined && hops <= removed.size; hops++) {
    const found = index.get(id);
    if (found !== undefined) return found;
    id = removed.get(id);
  }
  return laneIndexAt(x, stages.length);
}

export function repairMap(map: JourneyMap, removedStages: ReadonlyMap<string, string> = new Map()): { map: JourneyMap; repairs: Repair[] } {
  const repairs: Repair[] = [];
  let stages = map.stages;
  if (stages.length === 0) {
    stages = [RESTORED_STAGE];
    repairs.push({ kind: 'no-stage' });
  } else {
    const filled = stages.map((stage) => completed(stage, { name: PLACEHOLDER }));
    if (filled.some((stage, i) => stage !== stages[i])) {
      for (const stage of filled.filter((s, i) => s !== stages[i])) repairs.push({ kind: 'incomplete-record', title: stage.name });
      stages = filled;
    }
    const unique = firstOfEachId(stages);
    if (unique.length !== stages.length) {
      for (const stage of stages.filter((s) => !unique.includes(s))) repairs.push({ kind: 'duplicate-stage', name: stage.name });
      stages = unique;
    }
  }

  let touchpoints: Touchpoint[] = firstOfEachId(map.touchpoints);
  for (const dropped of map.touchpoints.filter((t) => !touchpoints.includes(t))) repairs.push({ kind: 'duplicate-touchpoint', title: dropped.title });
  const stageIds = new Set(stages.map((s) => s.id));
  // The lowest card of each lane, so re-homed cards go below what is already there.
  const bottom = new Map<string, number>();
  for (const t of touchpoints) if (stageIds.has(t.stageId) && t.position) bottom.set(t.stageId, Math.max(bottom.get(t.stageId) ?? -Infinity, t.position.y));
  touchpoints = touchpoints.map((touchpoint) => {
    let next = repairLists(completeTouchpoint(touchpoint, repairs), repairs);
    if (next.position === undefined && stageIds.has(next.stageId)) {
      // Placed below the cards of its own lane, as a re-homed card is.
      const index = stages.findIndex((s) => s.id === next.stageId);
      const lowest = bottom.get(next.stageId) ?? -Infinity;
      const y = lowest === -Infinity ? 0 : lowest + NODE_HEIGHT + ROW_GAP;
      bottom.set(next.stageId, y);
      next = { ...next, position: { x: index * LANE_WIDTH, y } };
    }
    if (!stageIds.has(next.stageId)) {
      const index = heirStage(next.stageId, next.position?.x ?? 0, stages, removedStages);
      const stage = stages[index] as Stage;
      const y = (bottom.get(stage.id) ?? -Infinity) === -Infinity ? (next.position?.y ?? 0) : (bottom.get(stage.id) as number) + NODE_HEIGHT + ROW_GAP;
      bottom.set(stage.id, y);
      next = { ...next, stageId: stage.id, position: { x: index * LANE_WIDTH, y } };
      repairs.push({ kind: 'orphan-touchpoint', title: next.title, stage: stage.name });
    }
    return next;
  });
  if (touchpoints.every((t, i) => t === map.touchpoints[i]) && touchpoints.length === map.touchpoints.length) touchpoints = map.touchpoints;

  const touchpointIds = new Set(touchpoints.map((t) => t.id));
  const pairs = new Set<string>();
  let dangling = 0;
  let doubled = 0;
  const connections = firstOfEachId(map.connections).filter((c: Connection) => {
    if (!touchpointIds.has(c.from) || !touchpointIds.has(c.to) || c.from === c.to) {
      dangling++;
      return false;
    }
    const pair = `${c.from}\u0000${c.to}`;
    if (pairs.has(pair)) {
      doubled++;
      return false;
    }
    pairs.add(pair);
    return true;
  });
  doubled += map.connections.length - dangling - doubled - connections.length;
  if (dangling > 0) repairs.push({ kind: 'dangling-connection', count: dangling });
  if (doubled > 0) repairs.push({ kind: 'duplicate-connection', count: doubled });

  if (repairs.length === 0) return { map, repairs };
  return {
    map: {
      ...map,
      stages,
      touchpoints,
      connections: connections.length === map.connections.length ? map.connections : connections,
    },
    repairs,
  };
}
