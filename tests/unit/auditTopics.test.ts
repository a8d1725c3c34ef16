import { describe, expect, it } from 'vitest';
import onlineText from '../fixtures/online-order.waymark.json?raw';
import { auditMap, cachedAudit, isTopicName, mergeTopics, renameTopic, topicSpelling } from '../../src/audit';
import { DocumentSchema, type JourneyMap } from '../../src/model/schema';
import { createMapDocument } from '../../src/store/mapStore';
import { felt, mapOf, say } from './auditHelpers';
import { content } from './docHelpers';

const online = DocumentSchema.parse(JSON.parse(onlineText)).maps[0] as JourneyMap;
const topicsOf = (map: JourneyMap) =>
  map.touchpoints.flatMap((t) => [...t.expectations.map((e) => `${t.id}:${e.topic}`), ...t.experiences.map((x) => `${t.id}~${x.topic}`)]);

describe('renameTopic', () => {
  it('renames every expectation and experience on the topic, whatever its spelling, and nothing else', () => {
    const map = mapOf(
      { id: 'a', expectations: [say('Delivery time', 'In 3 days', 3, 'days'), say('Returns', 'Free')] },
      { id: 'b', expectations: [say(' delivery  TIME', 'In 5 days', 5, 'days')], experiences: [felt('DELIVERY time', 7, 'days')] },
      { id: 'c', expectations: [say('Returns', 'Within 14 days')] },
    );
    const renamed = renameTopic(map, 'delivery time', '  Shipping   time ');
    expect(topicsOf(renamed)).toEqual(['a:Shipping time', 'a:Returns', 'b:Shipping time', 'b~Shipping time', 'c:Returns']);
    // Untouched touchpoints keep their identity, so only the changed ones are written to the document.
    expect(renamed.touchpoints[2]).toBe(map.touchpoints[2]);
    expect(renamed.touchpoints[0]?.expectations[1]).toBe(map.touchpoints[0]?.expectations[1]);
    expect(auditMap(renamed).topics.map((t) => t.topic)).toEqual(['Shipping time', 'Returns']);
  });

  it('changes nothing for an invalid name, an unknown topic, or the same spelling', () => {
    const map = mapOf({ id: 'a', expectations: [say('Returns', 'Free')] });
    expect(renameTopic(map, 'returns', '   ')).toBe(map);
    expect(renameTopic(map, 'returns', 'x'.repeat(121))).toBe(map);
    expect(renameTopic(map, 'nothing', 'Other')).toBe(map);
    expect(renameTopic(map, 'returns', ' Returns ')).toBe(map);
    expect(isTopicName(` ${'x'.repeat(120)} `)).toBe(true);
  });

  it('merges when the new name is another topic', () => {
    const merged = renameTopic(online, 'returns', 'delivery TIME');
    expect(auditMap(merged).topics.map((t) => [t.key, t.messages.length])).toEqual([['delivery time', 6]]);
  });
});

describe('mergeTopics', () => {
  it('gives the merged topic the spelling the target first has along the journey', () => {
    const map = mapOf(
      { id: 'a', stageId: 's2', expectations: [say('delivery time', 'In 5 days', 5, 'days')] },
      { id: 'b', stageId: 's1', expectations: [say('Delivery  Time', 'In 3 days', 3, 'days')] },
      { id: 'c', stageId: 's3', expectations: [say('Shipping', 'Fast')], experiences: [felt('shipping', 2, 'days')] },
    );
    expect(topicSpelling(map, 'delivery time')).toBe('Delivery Time');
    const merged = mergeTopics(map, 'shipping', 'delivery time');
    expect(topicsOf(merged)).toEqual(['a:delivery time', 'b:Delivery  Time', 'c:Delivery Time', 'c~Delivery Time']);
    expect(mergeTopics(map, 'shipping', 'shipping')).toBe(map);
    expect(mergeTopics(map, 'shipping', 'nowhere')).toBe(map);
  });

  it('turns the returns conflict into part of the delivery-time topic in the online-order example', () => {
    const merged = mergeTopics(online, 'returns', 'delivery time');
    const audit = auditMap(merged);
    expect(audit.counts.conflict).toBe(1);
    const [conflict] = audit.findings;
    // Every message has a promise, typed or read from its text; return windows (higher is better)
    // and delivery times (lower is better) in one topic all disagree.
    expect(conflict?.kind === 'conflict' && conflict.variants.map((v) => (v.basis === 'promise' ? [v.promise.value, v.promise.better] : v.message))).toEqual([
      [3, 'lower'], [5, 'lower'], [30, 'higher'], [5, 'lower'], [14, 'higher'],
    ]);
  });
});

describe('topic operations in the editor', () => {
  it('are one undo step each, and the audit follows', () => {
    const doc = createMapDocument(online);
    const topics = () => cachedAudit(doc.store.getState().map).topics.map((t) => t.topic);
    doc.edit((map) => renameTopic(map, 'returns', 'Return policy'));
    expect(topics()).toEqual(['Delivery time', 'Return policy']);
    doc.edit((map) => mergeTopics(map, 'return policy', 'delivery time'));
    expect(topics()).toEqual(['Delivery time']);
    doc.undo();
    expect(topics()).toEqual(['Delivery time', 'Return policy']);
    doc.undo();
    expect(topics()).toEqual(['Delivery time', 'Returns']);
    expect(doc.history.getState().canUndo).toBe(false);
    expect(content(doc.store.getState().map)).toEqual(content(online));
  });
});
