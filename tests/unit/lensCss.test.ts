import { describe, expect, it } from 'vitest';
import { dimmingCss, lensSelector } from '../../src/workshop/lensCss';

describe('lenses as CSS', () => {
  it('keeps lit only the cards that carry what the lens shows', () => {
    expect(lensSelector({ kind: 'friction' })).toBe('[data-friction]');
    expect(lensSelector({ kind: 'pillar', pillar: 'time-and-effort' })).toBe('[data-pillars~="time-and-effort"]');
    expect(lensSelector({ kind: 'channel', channel: 'in-person' })).toBe('[data-channel="in-person"]');
    expect(lensSelector({ kind: 'none' })).toBeNull();
  });

  it('dims other stages during the walk, combined with a lens', () => {
    const css = dimmingCss('.canvas', { kind: 'trust' }, 'st"1');
    expect(css).toContain('.canvas .tp-node:not([data-trust]) { opacity: 0.15; }');
    expect(css).toContain('.canvas .lane:not([data-stage-id="st\\"1"]) { opacity: 0.35; }');
    expect(dimmingCss('.canvas', { kind: 'none' }, null)).toBe('');
  });
});
