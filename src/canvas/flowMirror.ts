// A journey that runs right to left is a view of the same map: stored positions always run left
// to right (FORMAT.md `flow`), and the view mirrors every box about x = 0 (x_view = −x − width).
// Mirroring about 0 rather than about the map's extent keeps view coordinates independent of the
// number of stages: adding a stage grows the map at its end (the left) and nothing else moves.
// The mirror is its own inverse, so the same function reads a drop back into stored coordinates.
// Pure: no React.
import { Position } from '@xyflow/react';
import type { Direction } from '../i18n/locale';
import type { JourneyMap } from '../model/schema';

export type { Direction };
type Point = { x: number; y: number };
type Rect = { x: number; y: number; width: number; height: number };

/** Which way a map's stages run on screen: its own `flow`, else the interface's reading direction. */
export function flowDirection(flow: JourneyMap['flow'], interfaceDirection: Direction): Direction {
  return flow ?? interfaceDirection;
}

/** The left edge on screen of a box `width` wide whose stored left edge is `x` (and back again). */
export function mirrorX(x: number, width: number, direction: Direction): number {
  return direction === 'rtl' ? -x - width : x;
}

/** A box's stored position -> its position in the view. Left to right returns `position` itself. */
export function toView<P extends Point>(position: P, width: number, direction: Direction): P {
  return direction === 'rtl' ? { ...position, x: mirrorX(position.x, width, direction) } : position;
}

/** A box's position in the view (a drop, an arrow-key move) -> the position to store. */
export const fromView = toView;

/** A rectangle (a lane, the whole map, a frame to fit) as the view shows it. */
export function viewRect<R extends Rect>(rect: R, direction: Direction): R {
  return direction === 'rtl' ? { ...rect, x: mirrorX(rect.x, rect.width, direction) } : rect;
}

/** A point in the view (a double-click, the centre of the screen) -> the stored point. */
export function storedPoint(point: Point, direction: Direction): Point {
  return { x: mirrorX(point.x, 0, direction), y: point.y };
}

/** Where a card's arrows come in and go out: "out" is on the side the journey runs to. */
export function handleSides(direction: Direction): { target: Position; source: Position } {
  return direction === 'rtl' ? { target: Position.Right, source: Position.Left } : { target: Position.Left, source: Position.Right };
}
