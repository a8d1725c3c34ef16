// Present mode's pure logic: the walk's steps, resetting votes, arrows under a lens, and fit view
// clear of the minimap and the zoom controls.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitViewport, initialViewport } from '../../src/canvas/initialViewport';
import { JourneyMapSchema } from '../../src/model/schema';
import { updateTouchpoint } from '../../src/model/touchpoints';
import { dimmingCss, litConnections } from '../../src/workshop/lensCss';
import { clearVotes, voteTotals } from '../../src/workshop/votes';
import { isFirstStep, isLastStep, stepWalk, walkPosition, walkStepCount } from '../../src/workshop/walk';

const map = JourneyMapSchema.parse(JSON.parse(readFileSync('tests/fixtures/online-order.waymark.json', 'utf8')).maps[0]);

describe('the walk', () => {
  it('goes overview → stage 1 → … → last stage, and back', () => {
    expect(walkStepCount(5)).toBe(6);
    const forward = [null as number | null];
    for (let i = 0; i < 7; i++) forward.push(stepWalk(forward[forward.length - 1] ?? null, 1, 5));
    expect(forward).toEqual([null, 0, 1, 2, 3, 4, 4, 4]);
    expect(stepWalk(4, -1, 5)).toBe(3);
    expect(stepWalk(0, -1, 5)).toBeNull();
    expect(stepWalk(null, -1, 5)).toBeNull();
    expect(stepWalk(null, 10, 5)).toBe(4);
  });

  it('knows its first and last steps, and survives a stage deleted under it', () => {
    expect(isFirstStep(null, 5)).toBe(true);
    expect(isFirstStep(0, 5)).toBe(false);
    expect(isLastStep(4, 5)).toBe(true);
    expect(isLastStep(3, 5)).toBe(false);
    expect(walkPosition(7, 5)).toBe(5);
    expect(stepWalk(7, -1, 5)).toBe(3);
    // A map with no stages has only the overview.
    expect(stepWalk(null, 1, 0)).toBeNull();
    expect(isLastStep(null, 0)).toBe(true);
  });
});

describe('votes', () => {
  it('counts votes and the touchpoints that have them', () => {
    const voted = updateTouchpoint(updateTouchpoint(map, 'checkout', { votes: 3 }), 'parcel', { votes: 2 });
    expect(voteTotals(voted)).toEqual({ votes: 5, touchpoints: 2 });
    expect(voteTotals(map)).toEqual({ votes: 0, touchpoints: 0 });
  });

  it('clears every vote, keeping untouched touchpoints as they are, and is no edit without votes', () => {
    const voted = updateTouchpoint(updateTouchpoint(map, 'checkout', { votes: 3 }), 'parcel', { votes: 2 });
    const cleared = clearVotes(voted);
    expect(voteTotals(cleared)).toEqual({ votes: 0, touchpoints: 0 });
    expect(cleared.touchpoints.every((tp) => !('votes' in tp))).toBe(true);
    const untouched = voted.touchpoints.filter((tp) => tp.votes === undefined);
    for (const tp of untouched) expect(cleared.touchpoints).toContain(tp);
    expect(clearVotes(map)).toBe(map);
  });
});

describe('lenses dim arrows', () => {
  it('keeps lit only the arrows between cards the lens shows', () => {
    // Checkout and Parcel arrives have friction; the arrows between others do not stay lit.
    const lit = litConnections(map, { kind: 'friction' }, null);
    for (const id of lit) {
      const c = map.connections.find((x) => x.id === id)!;
      for (const end of [c.from, c.to]) expect(map.touchpoints.find((tp) => tp.id === end)!.friction.length).toBeGreaterThan(0);
    }
    expect(lit.size).toBeLessThan(map.connections.length);
    const css = dimmingCss('.canvas', { kind: 'friction' }, null, map);
    expect(css).toContain('.react-flow__edge');
    expect(css).toContain('opacity: 0.15');
  });

  it('during the walk keeps lit the arrows into and out of the stage, and nothing dims without a lens or a walk', () => {
    const purchase = map.stages.find((s) => s.name === 'Purchase')!;
    const inPurchase = new Set(map.touchpoints.filter((tp) => tp.stageId === purchase.id).map((tp) => tp.id));
    const lit = litConnections(map, { kind: 'none' }, purchase.id);
    expect([...lit].sort()).toEqual(map.connections.filter((c) => inPurchase.has(c.from) || inPurchase.has(c.to)).map((c) => c.id).sort());
    expect(dimmingCss('.canvas', { kind: 'none' }, null, map)).toBe('');
  });

  it('dims every arrow when none is between lit cards', () => {
    const css = dimmingCss('.canvas', { kind: 'channel', channel: 'in-person' }, null, map);
    expect(css).toContain('.canvas .react-flow__edge, .canvas .edge-label { opacity: 0.15; }');
  });
});

describe('fit view clear of the minimap and the controls', () => {
  const corners = { bottomLeft: { width: 49, height: 127 }, bottomRight: { width: 183, height: 123 } };
  const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  const bounds = { x: -40, y: -88, width: 1600, height: 1000 };

  for (const screen of [{ width: 1440, height: 813 }, { width: 1024, height: 681 }, { width: 1920, height: 1029 }, { width: 700, height: 900 }]) {
    it(`leaves the corners free at ${screen.width}×${screen.height}`, () => {
      const v = fitViewport(bounds, screen, 1, corners);
      const drawn = { x: v.x + bounds.x * v.zoom, y: v.y + bounds.y * v.zoom, width: bounds.width * v.zoom, height: bounds.height * v.zoom };
      expect(drawn.x).toBeGreaterThanOrEqual(0);
      expect(drawn.y).toBeGreaterThanOrEqual(0);
      expect(drawn.x + drawn.width).toBeLessThanOrEqual(screen.width + 1e-6);
      expect(drawn.y + drawn.height).toBeLessThanOrEqual(screen.height + 1e-6);
      const left = { x: 0, y: screen.height - corners.bottomLeft.height, ...corners.bottomLeft };
      const right = { x: screen.width - corners.bottomRight.width, y: screen.height - corners.bottomRight.height, ...corners.bottomRight };
      expect(overlaps(drawn, left)).toBe(false);
      expect(overlaps(drawn, right)).toBe(false);
      // Of the two ways to keep clear, the larger zoom is taken.
      const above = Math.min((screen.width - 48) / 1600, (screen.height - 127 - 48) / 1000, 1);
      const between = Math.min((screen.width - 49 - 183 - 48) / 1600, (screen.height - 48) / 1000, 1);
      expect(v.zoom).toBeCloseTo(Math.max(above, between));
    });
  }

  it('without corners fits as the first view always did', () => {
    const screen = { width: 1000, height: 800 };
    expect(fitViewport({ x: -40, y: -88, width: 1600, height: 500 }, screen).zoom).toBeCloseTo(952 / 1600);
    // A map shaped like the screen has no room to spare for the corners: it is shown smaller.
    const square = { x: 0, y: 0, width: 1000, height: 800 };
    expect(fitViewport(square, screen).zoom).toBeCloseTo(752 / 800);
    expect(initialViewport(square, screen, 1, corners).zoom).toBeCloseTo((800 - 127 - 48) / 800);
  });
});
