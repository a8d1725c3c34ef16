// Where an arrow leaves and enters its touchpoints: sideways between lanes, vertically within
// one lane, so arrows never loop around the cards they join. Pure, for unit tests.
import { Position } from '@xyflow/react';

export type Rect = { x: number; y: number; width: number; height: number };
export type Anchors = { sx: number; sy: number; sourcePosition: Position; tx: number; ty: number; targetPosition: Position };

/** How far cards may overlap horizontally and still count as side by side. */
const SIDE_BY_SIDE_SLACK = 24;

export function edgeAnchors(source: Rect, target: Rect): Anchors {
  const sourceCentre = { x: source.x + source.width / 2, y: source.y + source.height / 2 };
  const targetCentre = { x: target.x + target.width / 2, y: target.y + target.height / 2 };
  if (target.x >= source.x + source.width - SIDE_BY_SIDE_SLACK) {
    return { sx: source.x + source.width, sy: sourceCentre.y, sourcePosition: Position.Right, tx: target.x, ty: targetCentre.y, targetPosition: Position.Left };
  }
  if (target.x + target.width <= source.x + SIDE_BY_SIDE_SLACK) {
    return { sx: source.x, sy: sourceCentre.y, sourcePosition: Position.Left, tx: target.x + target.width, ty: targetCentre.y, targetPosition: Position.Right };
  }
  if (targetCentre.y >= sourceCentre.y) {
    return { sx: sourceCentre.x, sy: source.y + source.height, sourcePosition: Position.Bottom, tx: targetCentre.x, ty: target.y, targetPosition: Position.Top };
  }
  return { sx: sourceCentre.x, sy: source.y, sourcePosition: Position.Top, tx: targetCentre.x, ty: target.y + target.height, targetPosition: Position.Bottom };
}
