import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syncEdges, syncNodes, type TouchpointNode } from '../../src/canvas/flowAdapters';
import { setConnectionLabel } from '../../src/model/connections';
import { JourneyMapSchema } from '../../src/model/schema';
import { moveTouchpoints, updateTouchpoint } from '../../src/model/touchpoints';

const map = JourneyMapSchema.parse(JSON.parse(readFileSync('tests/fixtures/online-order.waymark.json', 'utf8')).maps[0]);
const none = new Set<string>();

describe('syncNodes', () => {
  it('draws one lane per stage, in journey order, and one node per touchpoint', () => {
    const nodes = syncNodes([], map, none);
    expect(nodes.filter((n) => n.type === 'lane').map((n) => n.id)).toEqual(map.stages.map((s) => `lane:${s.id}`));
    expect(nodes.filter((n) => n.type === 'touchpoint')).toHaveLength(map.touchpoints.length);
    const lanes = nodes.filter((n) => n.type === 'lane');
    expect(lanes.every((lane) => lane.selectable === false && lane.draggable === false && lane.deletable === false)).toBe(true);
  });

  it('keeps the node object of every touchpoint that did not change', () => {
    const before = syncNodes([], map, none);
    const edited = updateTouchpoint(map, 'checkout', { title: 'Pay' });
    const after = syncNodes(before, edited, none);
    const byId = (nodes: typeof before, id: string) => nodes.find((n) => n.id === id);
    expect(byId(after, 'ad')).toBe(byId(before, 'ad'));
    expect(byId(after, 'checkout')).not.toBe(byId(before, 'checkout'));
    expect((byId(after, 'checkout') as TouchpointNode).data.touchpoint.title).toBe('Pay');
  });

  it('marks selected touchpoints and replaces only the nodes whose selection changed', () => {
    const before = syncNodes([], map, none);
    const after = syncNodes(before, map, new Set(['pdp']));
    expect(after.find((n) => n.id === 'pdp')?.selected).toBe(true);
    expect(after.find((n) => n.id === 'ad')).toBe(before.find((n) => n.id === 'ad'));
  });

  it('keeps React Flow measurements when a touchpoint moves', () => {
    const before = syncNodes([], map, none).map((n) => (n.id === 'ad' ? { ...n, measured: { width: 240, height: 90 } } : n));
    const moved = moveTouchpoints(map, [{ id: 'ad', position: { x: 10, y: 400 } }]);
    const node = syncNodes(before, moved, none).find((n) => n.id === 'ad');
    expect(node?.position).toEqual({ x: 10, y: 400 });
    expect(node?.measured).toEqual({ width: 240, height: 90 });
  });
});

describe('syncEdges', () => {
  it('gives every connection an arrow and keeps unchanged arrows', () => {
    const before = syncEdges([], map.connections, none);
    expect(before.map((e) => [e.source, e.target])).toEqual(map.connections.map((c) => [c.from, c.to]));
    const relabelled = setConnectionLabel(map, 'c1', 'sees');
    const after = syncEdges(before, relabelled.connections, none);
    expect(after[0]?.data?.label).toBe('sees');
    expect(after[1]).toBe(before[1]);
  });
});
