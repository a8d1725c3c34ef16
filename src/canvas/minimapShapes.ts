// What the minimap draws, from the canvas's own nodes. Pure: no React.
// Every card is one sub-path of a single SVG path, so a map of thousands of cards is still one
// element, and nothing here follows each node on its own (React Flow's minimap subscribed to
// every node and ran a selector per node on every frame of a pan).
import { NODE_HEIGHT, NODE_WIDTH } from '../model/lanes';
import { stageColor } from '../model/maps';
import type { FlowNode } from './flowAdapters';
import { INSIGHTS_HEIGHT } from './fitMap';

export type Rect = { x: number; y: number; width: number; height: number };
export type MinimapLane = Rect & { color: string };
export type MinimapShapes = {
  /** What the minimap frames: every lane, card and the summary below them. */
  frame: Rect;
  lanes: MinimapLane[];
  insights: Rect | null;
  /** One path of all cards; the selected ones in a path of their own, drawn on top. */
  cards: string;
  selectedCards: string;
};

const EMPTY: Rect = { x: 0, y: 0, width: 0, height: 0 };

function cardPath(x: number, y: number): string {
  return `M${Math.round(x)},${Math.round(y)}h${NODE_WIDTH}v${NODE_HEIGHT}h${-NODE_WIDTH}z`;
}

/**
 * Cards are drawn at their nominal size: a measured height would change the path each time a
 * card is mounted and measured, for a difference too small to see at this scale.
 */
export function minimapShapes(nodes: readonly FlowNode[]): MinimapShapes {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  const include = (r: Rect) => {
    left = Math.min(left, r.x);
    top = Math.min(top, r.y);
    right = Math.max(right, r.x + r.width);
    bottom = Math.max(bottom, r.y + r.height);
  };
  const lanes: MinimapLane[] = [];
  let insights: Rect | null = null;
  const cards: string[] = [];
  const selectedCards: string[] = [];
  for (const node of nodes) {
    const { x, y } = node.position;
    if (node.type === 'lane') {
      const lane = { x, y, width: node.width ?? 0, height: node.height ?? 0, color: `${stageColor(node.data.stage, node.data.index)}33` };
      lanes.push(lane);
      include(lane);
    } else if (node.type === 'insights') {
      insights = { x, y, width: node.measured?.width ?? lanes.reduce((sum, lane) => sum + lane.width, 0), height: node.measured?.height ?? INSIGHTS_HEIGHT };
      include(insights);
    } else {
      (node.selected ? selectedCards : cards).push(cardPath(x, y));
      include({ x, y, width: NODE_WIDTH, height: NODE_HEIGHT });
    }
  }
  const frame = left === Infinity ? EMPTY : { x: left, y: top, width: right - left, height: bottom - top };
  return { frame, lanes, insights, cards: cards.join(''), selectedCards: selectedCards.join('') };
}

/**
 * How the frame fits a minimap of `size` pixels: centred, with `margin` pixels around it.
 * `scale` is flow units per minimap pixel (what a drag in the minimap moves the view by).
 */
export function minimapViewBox(frame: Rect, size: { width: number; height: number }, margin = 4): { viewBox: Rect; scale: number } {
  const inner = { width: Math.max(1, size.width - 2 * margin), height: Math.max(1, size.height - 2 * margin) };
  const scale = Math.max(frame.width / inner.width, frame.height / inner.height) || 1;
  const width = size.width * scale;
  const height = size.height * scale;
  return {
    viewBox: { x: frame.x - (width - frame.width) / 2, y: frame.y - (height - frame.height) / 2, width, height },
    scale,
  };
}

/** The part of the map the screen shows, in flow units, from React Flow's transform [x, y, zoom]. */
export function visibleArea(transform: readonly [number, number, number], screen: { width: number; height: number }): Rect {
  const [x, y, zoom] = transform;
  return { x: -x / zoom, y: -y / zoom, width: screen.width / zoom, height: screen.height / zoom };
}

/** The shade outside the visible area: the whole view box, with the visible area cut out. */
export function maskPath(viewBox: Rect, visible: Rect): string {
  const outer = `M${viewBox.x},${viewBox.y}h${viewBox.width}v${viewBox.height}h${-viewBox.width}z`;
  return `${outer}M${visible.x},${visible.y}h${visible.width}v${visible.height}h${-visible.width}z`;
}
