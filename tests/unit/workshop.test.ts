import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JourneyMapSchema } from '../../src/model/schema';
import { updateTouchpoint } from '../../src/model/touchpoints';
import { emotionCurve } from '../../src/workshop/emotionCurve';
import { mostVoted, stageSummaries } from '../../src/workshop/stageSummary';

const map = JourneyMapSchema.parse(JSON.parse(readFileSync('tests/fixtures/online-order.waymark.json', 'utf8')).maps[0]);

describe('emotionCurve', () => {
  it('follows the journey stage by stage, top to bottom within a stage', () => {
    const curve = emotionCurve(map);
    expect(curve.map((p) => p.touchpointId)).toEqual(['ad', 'pdp', 'reviews', 'checkout', 'confirm', 'parcel', 'call', 'survey']);
    expect(curve.map((p) => p.emotion)).toEqual(map.touchpoints.map((t) => t.emotion));
    // Points only move forward, and stay inside their stage's lane.
    for (let i = 1; i < curve.length; i++) expect(curve[i]!.x).toBeGreaterThan(curve[i - 1]!.x);
    for (const p of curve) expect(p.x).toBeGreaterThan(p.stageIndex * 320 - 40);
  });

  it('carries friction and trust-break markers, and leaves out touchpoints with no rating', () => {
    const curve = emotionCurve(updateTouchpoint(map, 'reviews', { emotion: undefined }));
    expect(curve.map((p) => p.touchpointId)).not.toContain('reviews');
    const parcel = curve.find((p) => p.touchpointId === 'parcel');
    expect(parcel).toMatchObject({ friction: 1, highFriction: true, trustBreaks: 1 });
  });
});

describe('stageSummaries', () => {
  it('sums each stage of the online-order example', () => {
    const [awareness, consideration, purchase, delivery, support] = stageSummaries(map);
    expect(awareness).toMatchObject({ touchpoints: 1, averageEmotion: 1, trustBreaks: 0, expectations: 1 });
    expect(consideration?.averageEmotion).toBe(0.5);
    expect(purchase).toMatchObject({ touchpoints: 2, friction: { low: 0, medium: 1, high: 0 }, trustBreaks: 1, openActions: 1 });
    expect(delivery).toMatchObject({ friction: { low: 0, medium: 0, high: 1 }, trustBreaks: 1, averageEmotion: -2 });
    expect(support?.metrics).toEqual({ ces: { average: 5.8, count: 1 }, 'resolution-time': { average: 2, count: 1, unit: 'days' }, nps: { average: -12, count: 1 }, csat: { average: 61, count: 1, unit: '%' } });
    expect(support?.friction.high).toBe(1);
  });
});

describe('mostVoted', () => {
  it('lists voted touchpoints, most votes first', () => {
    let voted = updateTouchpoint(map, 'checkout', { votes: 2 });
    voted = updateTouchpoint(voted, 'parcel', { votes: 5 });
    voted = updateTouchpoint(voted, 'ad', { votes: 2 });
    expect(mostVoted(voted).map((v) => [v.id, v.votes])).toEqual([['parcel', 5], ['ad', 2], ['checkout', 2]]);
    expect(mostVoted(map)).toEqual([]);
  });
});
