// The classic journey-map line: each rated touchpoint's emotion, in journey order (stage by
// stage, top to bottom within a stage), spread evenly across its stage's lane. Pure.
import { laneLeft, LANE_WIDTH } from '../model/lanes';
import type { JourneyMap } from '../model/schema';

export type CurvePoint = {
  touchpointId: string;
  title: string;
  stageIndex: number;
  /** Flow x coordinate, inside the stage's lane. */
  x: number;
  emotion: number;
  friction: number;
  highFriction: boolean;
  trustBreaks: number;
};

export function emotionCurve(map: Pick<JourneyMap, 'stages' | 'touchpoints'>): CurvePoint[] {
  const stageIndex = new Map(map.stages.map((s, i) => [s.id, i]));
  const rated = map.touchpoints
    .filter((t) => t.emotion !== undefined && stageIndex.has(t.stageId))
    .map((t) => ({ t, stage: stageIndex.get(t.stageId) as number }))
    .sort((a, b) => a.stage - b.stage || a.t.position.y - b.t.position.y || a.t.position.x - b.t.position.x);
  const perStage = new Map<number, number>();
  for (const { stage } of rated) perStage.set(stage, (perStage.get(stage) ?? 0) + 1);
  const seen = new Map<number, number>();
  return rated.map(({ t, stage }) => {
    const k = seen.get(stage) ?? 0;
    seen.set(stage, k + 1);
    const count = perStage.get(stage) ?? 1;
    return {
      touchpointId: t.id,
      title: t.title,
      stageIndex: stage,
      x: laneLeft(stage) + ((k + 1) * LANE_WIDTH) / (count + 1),
      emotion: t.emotion as number,
      friction: t.friction.length,
      highFriction: t.friction.some((f) => f.severity === 'high'),
      trustBreaks: t.trustBreaks.length,
    };
  });
}
