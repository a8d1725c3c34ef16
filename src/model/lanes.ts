// Stage lanes are fixed-width columns in journey order: lane i starts at i * LANE_WIDTH - LANE_PADDING.
// A touchpoint belongs to the lane under its centre, so dropping it in another lane changes its stage.
import type { JourneyMap, Position } from './schema';

export const LANE_WIDTH = 320;
export const LANE_PADDING = 40;
export const NODE_WIDTH = 240;
export const NODE_HEIGHT = 120;
export const LANE_HEADER_HEIGHT = 64;
/** From one card's top to the next one's in a lane: a card and a gap that leaves room for an arrow. */
export const CARD_SPACING = 180;

export function laneLeft(index: number): number {
  return index * LANE_WIDTH - LANE_PADDING;
}

/** Index of the lane under a node placed at `x`, clamped to the existing lanes. */
export function laneIndexAt(x: number, laneCount: number): number {
  const index = Math.floor((x + NODE_WIDTH / 2 + LANE_PADDING) / LANE_WIDTH);
  return Math.min(Math.max(index, 0), Math.max(laneCount - 1, 0));
}

/** Moves a position from one lane to another, keeping its offset inside the lane. */
export function rebaseX(x: number, fromIndex: number, toIndex: number): number {
  return x + (toIndex - fromIndex) * LANE_WIDTH;
}

/** Where a double-click at `point` puts a new touchpoint: centred on the pointer. */
export function nodeOriginAt(point: Position): Position {
  return { x: Math.round(point.x - NODE_WIDTH / 2), y: Math.round(point.y - NODE_HEIGHT / 2) };
}

/** The vertical extent every lane covers, so lanes frame all touchpoints with room to add more. */
export function laneExtent(map: Pick<JourneyMap, 'touchpoints'>): { top: number; height: number } {
  let minY = 0;
  let maxY = 0;
  for (const touchpoint of map.touchpoints) {
    minY = Math.min(minY, touchpoint.position.y);
    maxY = Math.max(maxY, touchpoint.position.y);
  }
  const top = minY - LANE_HEADER_HEIGHT - 24;
  const bottom = Math.max(maxY + NODE_HEIGHT + 100, 400);
  return { top, height: bottom - top };
}

/** The rectangle that all lanes cover: the whole map, headers included. */
export function mapBounds(map: Pick<JourneyMap, 'touchpoints' | 'stages'>): { x: number; y: number; width: number; height: number } {
  const { top, height } = laneExtent(map);
  return { x: laneLeft(0), y: top, width: map.stages.length * LANE_WIDTH, height };
}
