import { describe, expect, it } from 'vitest';
import { fitViewport, initialViewport, MIN_ZOOM, READABLE_ZOOM } from '../../src/canvas/initialViewport';

describe('initialViewport', () => {
  const screen = { width: 1000, height: 800 };

  it('fits and centres a map that is readable when whole', () => {
    const v = initialViewport({ x: -40, y: -88, width: 1600, height: 500 }, screen);
    expect(v.zoom).toBeCloseTo(952 / 1600);
    // The map's centre lands on the screen's centre.
    expect(v.x + (-40 + 800) * v.zoom).toBeCloseTo(500);
    expect(v.y + (-88 + 250) * v.zoom).toBeCloseTo(400);
  });

  it('never zooms in past 100 %', () => {
    expect(initialViewport({ x: 0, y: 0, width: 300, height: 200 }, screen).zoom).toBe(1);
  });

  it('opens a huge map at its start, at a readable zoom', () => {
    const v = initialViewport({ x: -40, y: -88, width: 2560, height: 112_000 }, screen);
    expect(v.zoom).toBe(READABLE_ZOOM);
    expect(v.x + -40 * v.zoom).toBe(24);
    expect(v.y + -88 * v.zoom).toBe(24);
  });

  it('fit view never goes below the smallest zoom: a map too tall shows its start, centred across', () => {
    const v = fitViewport({ x: -40, y: -88, width: 2560, height: 112_000 }, screen);
    expect(v.zoom).toBe(MIN_ZOOM);
    expect(v.x + (-40 + 1280) * v.zoom).toBeCloseTo(500);
    expect(v.y + -88 * v.zoom).toBeCloseTo(24);
  });
});
