import { Position } from '@xyflow/react';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detourPath } from '../../src/canvas/edgeGeometry';
import { INSIGHTS_NODE_ID, syncNodes, type FlowNode, type TouchpointNode } from '../../src/canvas/flowAdapters';
import { stageFrame, wholeMapFrame } from '../../src/canvas/fitMap';
import { flowDirection, fromView, handleSides, mirrorX, storedPoint, toView, viewRect } from '../../src/canvas/flowMirror';
import { fitViewport, initialViewport } from '../../src/canvas/initialViewport';
import { arrangeMap } from '../../src/model/arrange';
import { laneIndexAt, LANE_WIDTH, mapBounds, NODE_WIDTH } from '../../src/model/lanes';
import { setMapFlow } from '../../src/model/maps';
import { JourneyMapSchema } from '../../src/model/schema';
import { moveTouchpoints } from '../../src/model/touchpoints';

const map = JourneyMapSchema.parse(JSON.parse(readFileSync('tests/fixtures/online-order.waymark.json', 'utf8')).maps[0]);
const none = new Set<string>();
const lanes = (nodes: FlowNode[]) => nodes.filter((n) => n.type === 'lane');
const card = (nodes: FlowNode[], id: string) => nodes.find((n) => n.id === id) as TouchpointNode;

describe('flowDirection', () => {
  it("is the map's own flow, else the interface's direction", () => {
    expect(flowDirection('rtl', 'ltr')).toBe('rtl');
    expect(flowDirection('ltr', 'rtl')).toBe('ltr');
    expect(flowDirection(undefined, 'rtl')).toBe('rtl');
    expect(flowDirection(undefined, 'ltr')).toBe('ltr');
  });
});

describe('the mirror', () => {
  it('leaves left to right alone, object and all', () => {
    const position = { x: 320, y: 40 };
    expect(toView(position, NODE_WIDTH, 'ltr')).toBe(position);
    expect(mirrorX(320, NODE_WIDTH, 'ltr')).toBe(320);
  });

  it('mirrors a box about x = 0 and reads it back exactly (round trip)', () => {
    for (const x of [-1000, -40, 0, 17.5, 320, 9999]) {
      const view = toView({ x, y: 5 }, NODE_WIDTH, 'rtl');
      expect(view).toEqual({ x: -x - NODE_WIDTH, y: 5 });
      expect(fromView(view, NODE_WIDTH, 'rtl')).toEqual({ x, y: 5 });
    }
  });

  it('keeps the right edge of a box where its left edge was, so a lane still frames its cards', () => {
    const lane = viewRect({ x: -40, y: 0, width: LANE_WIDTH, height: 400 }, 'rtl');
    const inLane = toView({ x: 0, y: 0 }, NODE_WIDTH, 'rtl');
    expect(inLane.x).toBeGreaterThan(lane.x);
    expect(inLane.x + NODE_WIDTH).toBeLessThan(lane.x + lane.width);
    // Centred in the lane as before: 40 px either side.
    expect(inLane.x - lane.x).toBe(lane.x + lane.width - (inLane.x + NODE_WIDTH));
  });

  it('reads a point on screen (a double-click, the centre of the view) back into its lane', () => {
    const third = toView({ x: 2 * LANE_WIDTH, y: 0 }, NODE_WIDTH, 'rtl');
    const centre = storedPoint({ x: third.x + NODE_WIDTH / 2, y: 10 }, 'rtl');
    expect(laneIndexAt(centre.x - NODE_WIDTH / 2, 5)).toBe(2);
  });

  it('swaps the handles: arrows go out on the left when the journey runs right to left', () => {
    expect(handleSides('ltr')).toEqual({ target: Position.Left, source: Position.Right });
    expect(handleSides('rtl')).toEqual({ target: Position.Right, source: Position.Left });
  });
});

describe('syncNodes right to left', () => {
  const ltr = syncNodes([], map, none, undefined, true);
  const rtl = syncNodes([], map, none, undefined, true, 'rtl');

  it('orders the lanes from the right: the first stage is the rightmost', () => {
    const xs = lanes(rtl).map((lane) => lane.position.x);
    expect(xs).toEqual([...xs].sort((a, b) => b - a));
    expect(lanes(rtl).map((l) => l.id)).toEqual(lanes(ltr).map((l) => l.id));
  });

  it('mirrors every card and keeps its height', () => {
    for (const touchpoint of map.touchpoints) {
      const node = card(rtl, touchpoint.id);
      expect(node.position).toEqual({ x: -touchpoint.position.x - NODE_WIDTH, y: touchpoint.position.y });
    }
  });

  it('puts the summary strip under all the lanes', () => {
    const insights = rtl.find((n) => n.id === INSIGHTS_NODE_ID) as FlowNode;
    const laneXs = lanes(rtl).map((l) => l.position.x);
    expect(insights.position.x).toBe(Math.min(...laneXs));
  });

  it('keeps unchanged nodes, and rebuilds them all when the direction changes', () => {
    expect(syncNodes(rtl, map, none, undefined, true, 'rtl')).toBe(rtl);
    const back = syncNodes(rtl, map, none, undefined, true, 'ltr');
    expect(back.map((n) => n.position)).toEqual(ltr.map((n) => n.position));
  });

  it('assumes mirrored handles on cards not yet measured', () => {
    const handles = card(rtl, map.touchpoints[0]!.id).handles!;
    expect(handles.find((h) => h.type === 'source')?.position).toBe(Position.Left);
    expect(handles.find((h) => h.type === 'source')?.x).toBeLessThan(0);
  });
});

describe('a drag in a right-to-left view', () => {
  it('writes back left-to-right coordinates, and the card shows where it was dropped', () => {
    const touchpoint = map.touchpoints[0]!;
    const shown = card(syncNodes([], map, none, undefined, false, 'rtl'), touchpoint.id);
    // Dragged 320 px to the left on screen: one stage further along the journey.
    const dropped = { x: shown.position.x - LANE_WIDTH, y: shown.position.y + 30 };
    const stored = fromView(dropped, NODE_WIDTH, 'rtl');
    expect(stored).toEqual({ x: touchpoint.position.x + LANE_WIDTH, y: touchpoint.position.y + 30 });
    const moved = moveTouchpoints(map, [{ id: touchpoint.id, position: stored }]);
    const stageIndex = map.stages.findIndex((s) => s.id === touchpoint.stageId);
    expect(moved.touchpoints.find((t) => t.id === touchpoint.id)?.stageId).toBe(map.stages[stageIndex + 1]?.id);
    expect(card(syncNodes([], moved, none, undefined, false, 'rtl'), touchpoint.id).position).toEqual(dropped);
  });
});

describe('framing right to left', () => {
  it('frames the mirrored map and the mirrored stage', () => {
    const whole = wholeMapFrame(map, false, undefined, 'rtl');
    const bounds = mapBounds(map);
    expect(whole).toEqual({ ...bounds, x: -bounds.x - bounds.width });
    const first = stageFrame(map, 0, false, undefined, 'rtl');
    const firstLane = lanes(syncNodes([], map, none, undefined, false, 'rtl'))[0]!;
    expect(first.x).toBe(firstLane.position.x);
  });

  it('opens a map too wide to read at its beginning: the right end', () => {
    const bounds = { x: -5000, y: 0, width: 5000, height: 400 };
    const screen = { width: 1000, height: 800 };
    const view = initialViewport(bounds, screen, 1, undefined, 'rtl');
    // The right edge of the map sits inside the screen's right edge.
    expect(view.x + (bounds.x + bounds.width) * view.zoom).toBeLessThan(screen.width);
    expect(view.x + (bounds.x + bounds.width) * view.zoom).toBeGreaterThan(screen.width - 100);
    const fit = fitViewport({ ...bounds, height: 100_000 }, screen, 1, undefined, undefined, 'rtl');
    expect(fit.x + (bounds.x + bounds.width) * fit.zoom).toBeLessThanOrEqual(screen.width);
  });

  it('goes round a column on the side the journey runs to', () => {
    const a = { x: -240, y: 0, width: 240, height: 100 };
    const b = { x: -240, y: 300, width: 240, height: 100 };
    expect(detourPath(a, b, 56, 'rtl').path).toBe('M -240 50 C -296 50, -296 350, -240 350');
    expect(detourPath(a, b, 56, 'rtl').labelX).toBeLessThan(-240);
  });
});

describe('stored positions stay left to right', () => {
  it('arrange does not depend on the flow', () => {
    const rtlMap = setMapFlow(map, 'rtl');
    expect(arrangeMap(rtlMap).touchpoints.map((t) => t.position)).toEqual(arrangeMap(map).touchpoints.map((t) => t.position));
  });

  it('setMapFlow sets and clears the field', () => {
    const rtlMap = setMapFlow(map, 'rtl');
    expect(rtlMap.flow).toBe('rtl');
    expect(setMapFlow(rtlMap, 'rtl')).toBe(rtlMap);
    expect('flow' in setMapFlow(rtlMap, undefined)).toBe(false);
  });
});
