import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syncNodes } from '../../src/canvas/flowAdapters';
import { maskPath, minimapShapes, minimapViewBox, visibleArea } from '../../src/canvas/minimapShapes';
import { mapBounds, NODE_HEIGHT, NODE_WIDTH } from '../../src/model/lanes';
import { JourneyMapSchema } from '../../src/model/schema';

const map = JourneyMapSchema.parse(JSON.parse(readFileSync('tests/fixtures/online-order.waymark.json', 'utf8')).maps[0]);
const none = new Set<string>();
/** The number of rectangles ("M…z" sub-paths) in a path. */
const rects = (path: string) => (path.match(/M/g) ?? []).length;

describe('minimapShapes', () => {
  it('draws every lane in its stage colour, and every card in one path', () => {
    const shapes = minimapShapes(syncNodes([], map, none));
    expect(shapes.lanes).toHaveLength(map.stages.length);
    expect(shapes.lanes.every((lane) => /^#[0-9a-f]{6}33$/i.test(lane.color))).toBe(true);
    expect(rects(shapes.cards)).toBe(map.touchpoints.length);
    expect(shapes.selectedCards).toBe('');
    expect(shapes.insights).toBeNull();
  });

  it('draws the selected cards apart, so they stand out', () => {
    const first = map.touchpoints[0]!;
    const shapes = minimapShapes(syncNodes([], map, new Set([first.id])));
    expect(rects(shapes.cards)).toBe(map.touchpoints.length - 1);
    const { x, y } = first.position;
    expect(shapes.selectedCards).toBe(`M${x},${y}h${NODE_WIDTH}v${NODE_HEIGHT}h${-NODE_WIDTH}z`);
  });

  it('frames the lanes and, below them, the summary', () => {
    const lanesOnly = minimapShapes(syncNodes([], map, none));
    expect(lanesOnly.frame).toEqual(mapBounds(map));
    const withInsights = minimapShapes(syncNodes([], map, none, undefined, true));
    expect(withInsights.insights).not.toBeNull();
    expect(withInsights.frame.height).toBeGreaterThan(lanesOnly.frame.height);
    expect(withInsights.frame.y + withInsights.frame.height).toBe(withInsights.insights!.y + withInsights.insights!.height);
  });

  it('has an empty frame for a map with no stages', () => {
    expect(minimapShapes([]).frame).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });
});

describe('minimapViewBox', () => {
  it('fits a wide frame to the width and centres it vertically, keeping the margin', () => {
    const { viewBox, scale } = minimapViewBox({ x: 0, y: 0, width: 1520, height: 100 }, { width: 160, height: 80 }, 4);
    expect(scale).toBe(10);
    expect(viewBox).toEqual({ x: -40, y: -350, width: 1600, height: 800 });
  });

  it('fits a tall frame to the height', () => {
    const { viewBox, scale } = minimapViewBox({ x: 100, y: 0, width: 100, height: 720 }, { width: 160, height: 80 }, 4);
    expect(scale).toBe(10);
    expect(viewBox.y).toBe(-40);
    expect(viewBox.x + viewBox.width / 2).toBe(150);
  });

  it('does not divide by zero for an empty map', () => {
    expect(minimapViewBox({ x: 0, y: 0, width: 0, height: 0 }, { width: 160, height: 80 }).scale).toBe(1);
  });
});

describe('the shade over what is off screen', () => {
  it('reads the visible area from the transform', () => {
    expect(visibleArea([-200, -100, 0.5], { width: 800, height: 600 })).toEqual({ x: 400, y: 200, width: 1600, height: 1200 });
  });

  it('cuts the visible area out of the view box', () => {
    expect(maskPath({ x: 0, y: 0, width: 10, height: 10 }, { x: 2, y: 3, width: 4, height: 5 })).toBe('M0,0h10v10h-10zM2,3h4v5h-4z');
  });
});
