// The zoom bands of the canvas's level of detail.
import { describe, expect, it } from 'vitest';
import { FAR_BELOW, MIDDLE_BELOW, zoomBand } from '../../src/canvas/zoomBands';

describe('zoom bands', () => {
  it('draws blocks when zoomed far out, the full card when near, titles and badges between', () => {
    expect(zoomBand(0.1)).toBe('far');
    expect(zoomBand(FAR_BELOW - 0.01)).toBe('far');
    expect(zoomBand(FAR_BELOW)).toBe('middle');
    expect(zoomBand(MIDDLE_BELOW - 0.01)).toBe('middle');
    expect(zoomBand(MIDDLE_BELOW)).toBe('near');
    expect(zoomBand(1)).toBe('near');
    expect(zoomBand(2)).toBe('near');
  });
});
