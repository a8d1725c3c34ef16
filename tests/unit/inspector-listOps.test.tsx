import { describe, expect, it } from 'vitest';
import { addItem, applyPatch, removeAt, removeItem, toggleMember, updateAt, updateItem } from '../../src/ui/inspector/listOps';
import { distinctTopics } from '../../src/ui/inspector/topics';
import { PILLARS, type Experience, type Friction, type Metric, type Touchpoint } from '../../src/model/schema';

const friction: Friction[] = [
  { id: 'a', severity: 'low', note: 'slow' },
  { id: 'b', severity: 'high', note: 'confusing' },
];

describe('inspector list operations', () => {
  it('applies a patch, removing keys set to undefined, and keeps identity when nothing changes', () => {
    const experience: Experience = { id: 'x', topic: 'Delivery', note: 'late', actual: { value: 7, unit: 'days' } };
    const patched = applyPatch(experience, { note: undefined, topic: 'Delivery time' });
    expect(patched).toEqual({ id: 'x', topic: 'Delivery time', actual: { value: 7, unit: 'days' } });
    expect('note' in patched).toBe(false);
    expect(experience.note).toBe('late'); // not mutated
    expect(applyPatch(experience, { topic: 'Delivery' })).toBe(experience);
    expect(applyPatch({ id: 'y', topic: 'T' } as Experience, { note: undefined })).toEqual({ id: 'y', topic: 'T' });
  });

  it('adds, updates and removes items by id', () => {
    const added = addItem(friction, { id: 'c', severity: 'medium', note: '' });
    expect(added.map((f) => f.id)).toEqual(['a', 'b', 'c']);
    expect(friction).toHaveLength(2);

    const updated = updateItem(friction, 'b', { severity: 'medium' });
    expect(updated[1]).toEqual({ id: 'b', severity: 'medium', note: 'confusing' });
    expect(updated[0]).toBe(friction[0]);
    expect(updateItem(friction, 'b', { severity: 'high' })).toBe(friction);
    expect(updateItem(friction, 'missing', { note: 'x' })).toBe(friction);

    expect(removeItem(friction, 'a')).toEqual([friction[1]]);
    expect(removeItem(friction, 'missing')).toBe(friction);
  });

  it('updates and removes items by position (metrics have no id)', () => {
    const metrics: Metric[] = [{ key: 'nps', value: 20 }, { key: 'csat', value: 80, unit: '%' }];
    expect(updateAt(metrics, 1, { unit: undefined, target: 90 })[1]).toEqual({ key: 'csat', value: 80, target: 90 });
    expect(updateAt(metrics, 5, { value: 1 })).toBe(metrics);
    expect(removeAt(metrics, 0)).toEqual([metrics[1]]);
    expect(removeAt(metrics, -1)).toBe(metrics);
  });

  it('toggles pillars in their canonical order', () => {
    expect(toggleMember(['empathy'], 'integrity', true, PILLARS)).toEqual(['integrity', 'empathy']);
    expect(toggleMember(['integrity', 'empathy'], 'integrity', false, PILLARS)).toEqual(['empathy']);
    const same: Touchpoint['pillars'] = ['empathy'];
    expect(toggleMember(same, 'empathy', true, PILLARS)).toBe(same);
  });

  it('suggests each topic once, folding case and white space', () => {
    const touchpoint = (topics: string[], experiences: string[] = []) =>
      ({
        expectations: topics.map((topic, i) => ({ id: `e${i}`, topic, message: 'm' })),
        experiences: experiences.map((topic, i) => ({ id: `x${i}`, topic })),
      }) as unknown as Touchpoint;
    const map = { touchpoints: [touchpoint(['Delivery time', 'Returns']), touchpoint([' delivery  TIME'], ['Price', 'returns'])] };
    expect(distinctTopics(map)).toEqual(['Delivery time', 'Price', 'Returns']);
  });
});
