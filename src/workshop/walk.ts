// The steps of present mode's walk: first the overview (the whole journey), then each stage in
// journey order. The UI store keeps the stage the walk is on, or null for the overview. Pure.

/** Where the walk is: `null` is the overview, a number is the index of a stage. */
export type WalkStage = number | null;

/** How many steps the walk has: the overview and one per stage. */
export function walkStepCount(stageCount: number): number {
  return stageCount + 1;
}

/** The step's position from 0 (the overview) to the number of stages (the last stage). */
export function walkPosition(stage: WalkStage, stageCount: number): number {
  if (stage === null || stageCount === 0) return 0;
  return Math.min(Math.max(stage, 0), stageCount - 1) + 1;
}

/** The step `by` steps away, stopping at the overview and at the last stage. */
export function stepWalk(stage: WalkStage, by: number, stageCount: number): WalkStage {
  const position = Math.min(Math.max(walkPosition(stage, stageCount) + by, 0), stageCount);
  return position === 0 ? null : position - 1;
}

export function isFirstStep(stage: WalkStage, stageCount: number): boolean {
  return walkPosition(stage, stageCount) === 0;
}

export function isLastStep(stage: WalkStage, stageCount: number): boolean {
  return walkPosition(stage, stageCount) === stageCount;
}
