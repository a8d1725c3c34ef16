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

type Placed = { id: string; position: { x: number; y: number } };

/**
 * The arrows that would pass under a card they do not connect: two cards one above the other
 * with another card between them in the same column. Those go round by the side instead
 * (`detourPath`). Positions are the stored ones; `cardHeight` is the usual height of a card.
 */
export function detouredConnections(
  touchpoints: readonly Placed[],
  connections: ReadonlyArray<{ id: string; from: string; to: string }>,
  cardWidth: number,
  cardHeight: number,
): Set<string> {
  const byId = new Map(touchpoints.map((t) => [t.id, t]));
  // Cards sorted by height, so the cards between two heights are found by a binary search.
  const byY = [...touchpoints].sort((a, b) => a.position.y - b.position.y);
  const firstAtOrBelow = (y: number) => {
    let low = 0;
    let high = byY.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((byY[middle] as Placed).position.y < y) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const detoured = new Set<string>();
  for (const connection of connections) {
    const from = byId.get(connection.from);
    const to = byId.get(connection.to);
    if (!from || !to || Math.abs(from.position.x - to.position.x) >= cardWidth - SIDE_BY_SIDE_SLACK) continue;
    const [upper, lower] = from.position.y <= to.position.y ? [from, to] : [to, from];
    const left = Math.min(upper.position.x, lower.position.x);
    const right = Math.max(upper.position.x, lower.position.x) + cardWidth;
    for (let i = firstAtOrBelow(upper.position.y + 1); i < byY.length; i++) {
      const card = byY[i] as Placed;
      if (card.position.y + cardHeight / 2 >= lower.position.y) break;
      if (card === upper || card === lower) continue;
      if (card.position.x < right && card.position.x + cardWidth > left) {
        detoured.add(connection.id);
        break;
      }
    }
  }
  return detoured;
}

/**
 * The way round: out of the source's side, down (or up) beside the column, into the target's same
 * side. The side the journey runs to: the right, or the left when it runs right to left ('rtl').
 */
export function detourPath(source: Rect, target: Rect, clearance: number, direction: 'ltr' | 'rtl' = 'ltr'): { path: string; labelX: number; labelY: number } {
  const rtl = direction === 'rtl';
  const sx = rtl ? source.x : source.x + source.width;
  const sy = source.y + source.height / 2;
  const tx = rtl ? target.x : target.x + target.width;
  const ty = target.y + target.height / 2;
  const side = rtl ? Math.min(sx, tx) - clearance : Math.max(sx, tx) + clearance;
  return {
    path: `M ${sx} ${sy} C ${side} ${sy}, ${side} ${ty}, ${tx} ${ty}`,
    labelX: rtl ? side + clearance / 4 : side - clearance / 4,
    labelY: (sy + ty) / 2,
  };
}
