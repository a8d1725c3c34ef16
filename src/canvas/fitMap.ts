// The frames the canvas fits: the whole map (lanes, then the summary strip and the emotion curve
// under them) and, for the stage walk, one stage's lane down to its summary. Measured sizes come
// from the page when the insights are drawn; estimates stand in before that.
import type { JourneyMap } from '../model/schema';
import { laneExtent, laneLeft, mapBounds, LANE_WIDTH, NODE_HEIGHT } from '../model/lanes';
import { INSIGHTS_GAP, INSIGHTS_NODE_ID } from './flowAdapters';
import { viewRect, type Direction } from './flowMirror';
import type { Corners } from './initialViewport';

/** About how tall the summary strip and emotion curve are, before they are measured. */
export const INSIGHTS_HEIGHT = 346;
/** About how tall the summary strip alone is, before it is measured. */
const STRIP_HEIGHT = 110;
/** Between the panels in the corners and the map. */
const CORNER_GAP = 8;

type Rect = { x: number; y: number; width: number; height: number };

/** The whole map, as the view shows it; `insightsHeight` is the measured height of the strip and curve, if known. */
export function wholeMapFrame(map: Pick<JourneyMap, 'touchpoints' | 'stages'>, showInsights: boolean, insightsHeight?: number, direction: Direction = 'ltr'): Rect {
  const lanes = viewRect(mapBounds(map), direction);
  if (!showInsights) return lanes;
  return { ...lanes, height: lanes.height + INSIGHTS_GAP + (insightsHeight || INSIGHTS_HEIGHT) };
}

/**
 * One stage of the walk: its lane, from the header down to the stage's summary under the lanes
 * (so the summary is never cut off); without the insights, down to the stage's lowest card.
 */
export function stageFrame(map: Pick<JourneyMap, 'touchpoints' | 'stages'>, index: number, showInsights: boolean, stripHeight?: number, direction: Direction = 'ltr'): Rect {
  const { top, height } = laneExtent(map);
  const stageId = map.stages[index]?.id;
  const bottom = showInsights
    ? top + height + INSIGHTS_GAP + (stripHeight || STRIP_HEIGHT) + 8
    : map.touchpoints.filter((tp) => tp.stageId === stageId).reduce((max, tp) => Math.max(max, tp.position.y + NODE_HEIGHT), top + NODE_HEIGHT) + 40;
  return viewRect({ x: laneLeft(index), y: top, width: LANE_WIDTH, height: bottom - top }, direction);
}

/** The measured height of the insights node, or of its summary strip (unscaled CSS pixels). */
export function measuredInsights(canvas: Element | null): { insights?: number; strip?: number } {
  const node = canvas?.querySelector<HTMLElement>(`.react-flow__node[data-id="${INSIGHTS_NODE_ID}"]`);
  const strip = node?.querySelector<HTMLElement>('.insights-strip');
  return { insights: node?.offsetHeight || undefined, strip: strip?.offsetHeight || undefined };
}

/** Defaults for the first view, before the panels are drawn: React Flow's 15 px panel margin, the controls and the minimap. */
export const DEFAULT_CORNERS: Corners = {
  bottomLeft: { width: 15 + 26 + CORNER_GAP, height: 15 + 3 * 26 + CORNER_GAP },
  bottomRight: { width: 15 + 160 + CORNER_GAP, height: 15 + 80 + CORNER_GAP },
};

/** The room the zoom controls (bottom left) and the minimap (bottom right) take from the canvas. */
export function measureCorners(canvas: Element | null): Corners {
  const pane = canvas?.querySelector('.react-flow');
  if (!pane) return DEFAULT_CORNERS;
  const box = pane.getBoundingClientRect();
  const room = (selector: string, side: 'left' | 'right') => {
    const element = pane.querySelector(selector);
    const r = element?.getBoundingClientRect();
    if (!r || r.width === 0 || r.height === 0) return { width: 0, height: 0 };
    return { width: (side === 'left' ? r.right - box.left : box.right - r.left) + CORNER_GAP, height: box.bottom - r.top + CORNER_GAP };
  };
  return { bottomLeft: room('.react-flow__controls', 'left'), bottomRight: room('.react-flow__minimap', 'right') };
}
