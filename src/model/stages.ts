// Pure operations on stages. Lanes sit at fixed places in stage order, so whenever a stage's
// index changes its touchpoints move with it: nothing is left behind in the wrong lane.
import { newId } from './ids';
import { CARD_SPACING, rebaseX } from './lanes';
import { STAGE_COLORS } from './maps';
import { sameValue } from './sameValue';
import type { JourneyMap, Stage } from './schema';
import { LIMITS } from './schema';

/** Re-places every touchpoint after the stage order changed from `before` to `map.stages`. */
function followStages(map: JourneyMap, before: readonly Stage[]): JourneyMap {
  const oldIndex = new Map(before.map((s, i) => [s.id, i]));
  const newIndex = new Map(map.stages.map((s, i) => [s.id, i]));
  const touchpoints = map.touchpoints.map((t) => {
    const from = oldIndex.get(t.stageId);
    const to = newIndex.get(t.stageId);
    if (from === undefined || to === undefined || from === to) return t;
    return { ...t, position: { x: rebaseX(t.position.x, from, to), y: t.position.y } };
  });
  return { ...map, touchpoints };
}

export function addStage(map: JourneyMap, name: string, atIndex = map.stages.length): { map: JourneyMap; id: string } | null {
  if (map.stages.length >= LIMITS.maxStages) return null;
  const stage: Stage = { id: newId(), name, color: STAGE_COLORS[map.stages.length % STAGE_COLORS.length] };
  const stages = [...map.stages];
  stages.splice(atIndex, 0, stage);
  return { map: followStages({ ...map, stages }, map.stages), id: stage.id };
}

/** Renames or recolours a stage; the same map when the id is unknown or nothing changes. */
export function updateStage(map: JourneyMap, id: string, patch: Partial<Omit<Stage, 'id'>>): JourneyMap {
  const index = map.stages.findIndex((s) => s.id === id);
  const stage = map.stages[index];
  if (!stage) return map;
  const next = { ...stage, ...patch };
  if (sameValue(next, stage)) return map;
  return { ...map, stages: map.stages.with(index, next) };
}

export function moveStage(map: JourneyMap, id: string, toIndex: number): JourneyMap {
  const from = map.stages.findIndex((s) => s.id === id);
  if (from < 0 || toIndex < 0 || toIndex >= map.stages.length || from === toIndex) return map;
  const stages = [...map.stages];
  const [stage] = stages.splice(from, 1);
  stages.splice(toIndex, 0, stage as Stage);
  return followStages({ ...map, stages }, map.stages);
}

export type StageDeletion =
  | { ok: true; map: JourneyMap; moved: number }
  | { ok: false; reason: 'last-stage' | 'unknown-stage' | 'has-touchpoints' };

/** The stage that receives a deleted stage's touchpoints: the previous one, else the next. */
export function neighbourStage(map: JourneyMap, id: string): Stage | undefined {
  const index = map.stages.findIndex((s) => s.id === id);
  return map.stages[index - 1] ?? map.stages[index + 1];
}

/**
 * Deletes a stage. Its touchpoints move to `moveTo` (keeping their place inside the lane);
 * without `moveTo` a stage that has touchpoints is refused, so nothing disappears silently.
 */
export function deleteStage(map: JourneyMap, id: string, moveTo?: string): StageDeletion {
  const index = map.stages.findIndex((s) => s.id === id);
  if (index < 0) return { ok: false, reason: 'unknown-stage' };
  if (map.stages.length === 1) return { ok: false, reason: 'last-stage' };
  const orphans = map.touchpoints.filter((t) => t.stageId === id);
  const target = map.stages.findIndex((s) => s.id === moveTo);
  if (orphans.length > 0 && (target < 0 || target === index)) return { ok: false, reason: 'has-touchpoints' };
  // The moved cards go below the neighbour's own cards, keeping their order and spacing, so
  // none lands on another.
  const resident = map.touchpoints.filter((t) => t.stageId === moveTo);
  const shift = resident.length === 0 || orphans.length === 0
    ? 0
    : Math.max(...resident.map((t) => t.position.y)) + CARD_SPACING - Math.min(...orphans.map((t) => t.position.y));
  const rehomed: JourneyMap = {
    ...map,
    touchpoints: map.touchpoints.map((t) =>
      t.stageId === id ? { ...t, stageId: moveTo as string, position: { x: rebaseX(t.position.x, index, target), y: t.position.y + shift } } : t,
    ),
  };
  const stages = map.stages.filter((s) => s.id !== id);
  return { ok: true, map: followStages({ ...rehomed, stages }, map.stages), moved: orphans.length };
}
