import { describe, expect, it } from 'vitest';
import { generateMap } from '../../bench/generateMap';
import { referenceProblems } from '../../src/model/references';
import { DocumentSchema, JourneyMapSchema } from '../../src/model/schema';

describe('the benchmark map generator', () => {
  it.each([100, 1000, 5000])('makes a valid map of %i touchpoints over 8 stages', (count) => {
    const map = generateMap({ touchpoints: count });
    expect(JourneyMapSchema.safeParse(map).success).toBe(true);
    expect(referenceProblems(map)).toEqual([]);
    expect(map.touchpoints).toHaveLength(count);
    expect(map.stages).toHaveLength(8);
    expect(map.connections.length / count).toBeGreaterThan(1.15);
    expect(map.connections.length / count).toBeLessThan(1.25);
    expect(map.touchpoints.every((t) => t.expectations.length === 3)).toBe(true);
  });

  it('gives the same map for the same seed and another for another seed', () => {
    expect(generateMap({ touchpoints: 300, seed: 7 })).toEqual(generateMap({ touchpoints: 300, seed: 7 }));
    expect(generateMap({ touchpoints: 300, seed: 8 })).not.toEqual(generateMap({ touchpoints: 300, seed: 7 }));
  });

  it('populates every optional list somewhere, as the examples do', () => {
    const { touchpoints } = generateMap({ touchpoints: 200 });
    for (const list of ['friction', 'trustBreaks', 'experiences', 'metrics', 'pillars', 'evidence', 'actions'] as const) {
      expect(touchpoints.some((t) => t[list].length > 0)).toBe(true);
    }
    expect(touchpoints.some((t) => t.emotion !== undefined && t.votes !== undefined && t.description)).toBe(true);
  });

  it('keeps each touchpoint in its stage lane', () => {
    const map = generateMap({ touchpoints: 1000 });
    expect(map.touchpoints.every((t) => t.position.x === Number(t.stageId.slice(1)) * 320)).toBe(true);
    const doc = { format: 'waymark', version: 1, exportedAt: '2026-11-23T00:00:00.000Z', maps: [map] };
    expect(DocumentSchema.safeParse(doc).success).toBe(true);
  });
});
