import { describe, expect, it } from 'vitest';
import clinicText from '../fixtures/clinic-visit-th.waymark.json?raw';
import onlineText from '../fixtures/online-order.waymark.json?raw';
import { auditMap, cachedAudit, type Audit, type Judgement } from '../../src/audit';
import { DocumentSchema, type JourneyMap } from '../../src/model/schema';
import { updateTouchpoint } from '../../src/model/touchpoints';
import { createMapDocument } from '../../src/store/mapStore';
import { felt, mapOf, say } from './auditHelpers';

function fixture(text: string): JourneyMap {
  const map = DocumentSchema.parse(JSON.parse(text)).maps[0];
  if (!map) throw new Error('the fixture holds a map');
  return map;
}
const online = fixture(onlineText);
const clinic = fixture(clinicText);

const days = (value: number) => ({ value, unit: 'days', better: 'lower' as const });
/** A promise the audit read from a message's text. */
const read = (value: number, unit: string, better: 'lower' | 'higher' = 'lower', to?: number) =>
  ({ value, unit, better, fromText: true as const, ...(to === undefined ? {} : { to }) });
const at = (touchpointId: string, index = 0) => ({ touchpointId, index });
const kinds = (audit: Audit) => audit.findings.map((f) => f.kind);
const judgementOf = (audit: Audit, topic: string, n = 0): Judgement | undefined =>
  audit.topics.find((t) => t.key === topic)?.experiences[n]?.judgement;

describe('the audit of the online-order example', () => {
  const audit = auditMap(online);
  const parcel = online.touchpoints.find((t) => t.id === 'parcel');
  const call = online.touchpoints.find((t) => t.id === 'call');

  it('finds exactly these findings, grouped by kind, in journey order', () => {
    expect(audit.findings).toEqual([
      {
        kind: 'conflict',
        id: 'conflict:delivery time',
        topicKey: 'delivery time',
        topic: 'Delivery time',
        variants: [
          { basis: 'promise', promise: days(3), messages: [at('ad'), at('confirm')] },
          { basis: 'promise', promise: days(5), messages: [at('pdp')] },
          // The checkout types no promise: "5-7 working days" is read from its text, 5 to 11
          // calendar days, which overlaps "5 days" but not "3 days".
          { basis: 'promise', promise: read(5, 'working days', 'lower', 7), messages: [at('checkout')] },
        ],
        touchpointIds: ['ad', 'pdp', 'checkout', 'confirm'],
        fromText: true,
      },
      {
        kind: 'conflict',
        id: 'conflict:returns',
        topicKey: 'returns',
        topic: 'Returns',
        variants: [
          // Return windows, read from the text: the customer's time, so higher is better.
          { basis: 'promise', promise: read(30, 'days', 'higher'), messages: [at('pdp', 1)] },
          { basis: 'promise', promise: read(14, 'days', 'higher'), messages: [at('survey')] },
        ],
        touchpointIds: ['pdp', 'survey'],
        fromText: true,
      },
      {
        kind: 'broken-promise',
        id: 'broken:parcel:0',
        touchpointIds: ['parcel'],
        topicKey: 'delivery time',
        topic: 'Delivery time',
        experience: at('parcel'),
        judgement: {
          status: 'broken',
          promise: days(3),
          promisedAt: [at('ad'), at('confirm')],
          actual: { value: 7, unit: 'days' },
          gap: { value: 4, unit: 'day', timeUnit: 'day' },
        },
      },
      { kind: 'silent', id: 'silent:reviews', touchpointIds: ['reviews'] },
      { kind: 'silent', id: 'silent:parcel', touchpointIds: ['parcel'] },
      { kind: 'silent', id: 'silent:call', touchpointIds: ['call'] },
      // The checkout's hidden cost is covered by an open action; its friction is only medium.
      { kind: 'uncovered-pain', id: 'pain:parcel', touchpointIds: ['parcel'], friction: parcel?.friction, trustBreaks: parcel?.trustBreaks },
      { kind: 'uncovered-pain', id: 'pain:call', touchpointIds: ['call'], friction: call?.friction, trustBreaks: [] },
    ]);
    expect(audit.counts).toEqual({ conflict: 2, 'broken-promise': 1, silent: 3, 'uncovered-pain': 2 });
  });

  it('summarises each topic: messages, most favourable promise, experiences', () => {
    expect(audit.topics).toEqual([
      {
        key: 'delivery time',
        topic: 'Delivery time',
        messages: [at('ad'), at('pdp'), at('checkout'), at('confirm')],
        experiences: [
          {
            touchpointId: 'parcel',
            index: 0,
            experience: parcel?.experiences[0],
            judgement: (audit.findings[2] as { judgement: Judgement }).judgement,
          },
        ],
        favourable: [{ promise: days(3), promisedAt: [at('ad'), at('confirm')] }],
        incomparableUnits: false,
        conflictId: 'conflict:delivery time',
      },
      {
        key: 'returns',
        topic: 'Returns',
        messages: [at('pdp', 1), at('survey')],
        experiences: [],
        favourable: [{ promise: read(30, 'days', 'higher'), promisedAt: [at('pdp', 1)] }],
        incomparableUnits: false,
        conflictId: 'conflict:returns',
      },
    ]);
  });

  it('indexes the kinds of finding per touchpoint and the findings per message', () => {
    // The ad and the confirmation email made the promise broken at the parcel: they take part in it.
    expect(Object.fromEntries(audit.kindsByTouchpoint)).toEqual({
      ad: ['conflict', 'broken-promise'],
      pdp: ['conflict'],
      reviews: ['silent'],
      checkout: ['conflict'],
      confirm: ['conflict', 'broken-promise'],
      parcel: ['broken-promise', 'silent', 'uncovered-pain'],
      call: ['silent', 'uncovered-pain'],
      survey: ['conflict'],
    });
    const ids = (index: ReadonlyMap<string, { id: string } | readonly { id: string }[]>) =>
      Object.fromEntries([...index].map(([key, value]) => [key, Array.isArray(value) ? value.map((f) => f.id) : (value as { id: string }).id]));
    expect(ids(audit.conflictByMessage)).toEqual({
      'ad#0': 'conflict:delivery time',
      'checkout#0': 'conflict:delivery time',
      'confirm#0': 'conflict:delivery time',
      'pdp#0': 'conflict:delivery time',
      'pdp#1': 'conflict:returns',
      'survey#0': 'conflict:returns',
    });
    expect(ids(audit.brokenByMessage)).toEqual({ 'ad#0': ['broken:parcel:0'], 'confirm#0': ['broken:parcel:0'] });
    expect(Object.fromEntries(audit.readByMessage)).toEqual({
      'pdp#1': [read(30, 'days', 'higher')],
      'checkout#0': [read(5, 'working days', 'lower', 7)],
      'survey#0': [read(14, 'days', 'higher')],
    });
    expect(audit.order.map((t) => t.id)).toEqual(['ad', 'pdp', 'reviews', 'checkout', 'confirm', 'parcel', 'call', 'survey']);
  });
});

describe('the audit of the clinic example (Thai)', () => {
  const audit = auditMap(clinic);
  const room = clinic.touchpoints.find((t) => t.id === 'room');

  it('finds exactly these findings', () => {
    expect(audit.findings).toEqual([
      {
        kind: 'broken-promise',
        id: 'broken:room:0',
        touchpointIds: ['room'],
        topicKey: 'เวลารอ',
        topic: 'เวลารอ',
        experience: at('room'),
        judgement: {
          status: 'broken',
          promise: { value: 15, unit: 'minutes', better: 'lower' },
          promisedAt: [at('app')],
          actual: { value: 45, unit: 'minutes' },
          gap: { value: 30, unit: 'minute', timeUnit: 'minute' },
        },
      },
      { kind: 'silent', id: 'silent:desk', touchpointIds: ['desk'] },
      { kind: 'silent', id: 'silent:room', touchpointIds: ['room'] },
      { kind: 'silent', id: 'silent:doctor', touchpointIds: ['doctor'] },
      // The registration desk's friction is medium: no pain to cover.
      { kind: 'uncovered-pain', id: 'pain:room', touchpointIds: ['room'], friction: room?.friction, trustBreaks: [] },
    ]);
    expect(audit.counts).toEqual({ conflict: 0, 'broken-promise': 1, silent: 3, 'uncovered-pain': 1 });
    expect(audit.topics.map((t) => [t.topic, t.messages, t.favourable])).toEqual([
      ['เวลารอ', [at('app')], [{ promise: { value: 15, unit: 'minutes', better: 'lower' }, promisedAt: [at('app')] }]],
    ]);
  });
});

describe('conflicting messages', () => {
  it('does not see a conflict between equal promises in different time units (48 hours and 2 days)', () => {
    const audit = auditMap(mapOf(
      { id: 'a', expectations: [say('Delivery time', 'Within 48 hours', 48, 'hours')] },
      { id: 'b', expectations: [say('Delivery time', 'In 2 days', 2, 'days')] },
      { id: 'd', expectations: [say('Delivery time', 'Two thousand eight hundred and eighty minutes', 2880, ' MINUTES ')] },
    ));
    expect(audit.counts.conflict).toBe(0);
    // Different words, same promise: messages with a promise are compared by their promise.
    expect(audit.topics[0]?.favourable).toEqual([{ promise: { value: 48, unit: 'hours', better: 'lower' }, promisedAt: [at('a'), at('b'), at('d')] }]);
  });

  it('converts every spelling of minutes, hours, days and weeks, and nothing else', () => {
    const audit = auditMap(mapOf(
      { id: 'a', expectations: [say('Wait', 'a', 1, 'week'), say('Wait', 'b', 7, 'Day'), say('Wait', 'c', 168, 'hour'), say('Wait', 'd', 10080, 'minute')] },
      { id: 'b', expectations: [say('Wait', 'e', 0.1, 'weeks'), say('Wait', 'f', 1008, 'minutes')] },
    ));
    const conflict = audit.findings[0];
    expect(conflict?.kind === 'conflict' && conflict.variants.map((v) => v.basis === 'promise' && v.promise.value)).toEqual([1, 0.1]);
    const hrs = auditMap(mapOf({ id: 'a', expectations: [say('Wait', 'a', 2, 'hrs'), say('Wait', 'b', 120, 'minutes')] }));
    expect(hrs.counts.conflict).toBe(0); // "hrs" is not a time unit: it does not compare with minutes
    expect(hrs.topics[0]?.incomparableUnits).toBe(true);
  });

  it('reports one conflict per topic, with each distinct promise and where it is made', () => {
    const audit = auditMap(mapOf(
      { id: 'a', stageId: 's2', expectations: [say('Delivery time', 'Free delivery in 3 days', 3, 'days')] },
      { id: 'b', stageId: 's1', expectations: [say('Delivery time', 'Delivered within 5 days', 5, 'days')] },
      { id: 'c', stageId: 's3', expectations: [say('Delivery time', 'Arrives in 72 hours', 72, 'hours'), say('Delivery time', 'Or in a week', 1, 'week')] },
    ));
    expect(audit.findings).toEqual([
      {
        kind: 'conflict',
        id: 'conflict:delivery time',
        topicKey: 'delivery time',
        topic: 'Delivery time',
        variants: [
          { basis: 'promise', promise: days(5), messages: [at('b')] },
          { basis: 'promise', promise: days(3), messages: [at('a'), at('c')] },
          { basis: 'promise', promise: { value: 1, unit: 'week', better: 'lower' }, messages: [at('c', 1)] },
        ],
        touchpointIds: ['b', 'a', 'c'],
      },
    ]);
  });

  it('compares messages without a promise (typed or in the text) by their folded text, and only with each other', () => {
    const same = auditMap(mapOf(
      { id: 'a', expectations: [say('Returns', 'Free returns, no questions asked')] },
      { id: 'b', expectations: [say('returns', '  free returns,  NO questions asked ')] },
    ));
    expect(same.counts.conflict).toBe(0);
    const mixed = auditMap(mapOf(
      { id: 'a', expectations: [say('Returns', 'Free returns for 30 days', 30, 'days', 'higher')] },
      { id: 'b', expectations: [say('Returns', 'Hassle-free returns')] },
    ));
    expect(mixed.counts.conflict).toBe(0); // one has a promise, the other not: FORMAT.md sees no conflict
    const differ = auditMap(mapOf(
      { id: 'a', expectations: [say('Returns', 'Free returns, no questions asked'), say('Returns', 'Free returns for 30 days', 30, 'days', 'higher')] },
      // A month is 28 to 31 days: it agrees with 30 days.
      { id: 'b', expectations: [say('Returns', 'Returns accepted with the receipt'), say('Returns', 'Keep it for a month', 1, 'month', 'higher')] },
    ));
    expect(differ.findings).toEqual([
      {
        kind: 'conflict',
        id: 'conflict:returns',
        topicKey: 'returns',
        topic: 'Returns',
        variants: [
          { basis: 'message', message: 'Free returns, no questions asked', messages: [at('a')] },
          { basis: 'message', message: 'Returns accepted with the receipt', messages: [at('b')] },
        ],
        touchpointIds: ['a', 'b'],
      },
    ]);
  });

  it('does not compare promises in units that do not convert, and says so in the summary', () => {
    const audit = auditMap(mapOf(
      { id: 'a', expectations: [say('Delivery time', 'In 3 days', 3, 'days')] },
      { id: 'b', expectations: [say('Delivery time', 'Express for 10 EUR', 10, 'EUR')] },
      { id: 'c', expectations: [say('Price', 'Only 10 EUR', 10, 'EUR'), say('Price', 'From 10 eur', 10, ' eur ')] },
      { id: 'd', expectations: [say('Price', 'Just 9 USD', 9, 'USD')] },
    ));
    expect(audit.counts.conflict).toBe(0);
    const [delivery, price] = audit.topics;
    expect(delivery?.incomparableUnits).toBe(true);
    expect(delivery?.favourable.map((f) => f.promise.unit)).toEqual(['days', 'EUR']);
    expect(price?.favourable.map((f) => [f.promise.unit, f.promisedAt])).toEqual([['EUR', [at('c'), at('c', 1)]], ['USD', [at('d')]]]);
    const eur = auditMap(mapOf({ id: 'a', expectations: [say('Price', 'Only 10 EUR', 10, 'EUR'), say('Price', 'Only 12 EUR', 12, 'eur')] }));
    expect(eur.counts.conflict).toBe(1); // the same unit after folding: they compare, and differ
  });

  it('sees promises of the same amount but opposite direction as a conflict', () => {
    const audit = auditMap(mapOf({ id: 'a', expectations: [say('Battery', 'Up to 10 hours', 10, 'hours', 'lower'), say('Battery', 'At least 10 hours', 10, 'hours', 'higher')] }));
    expect(audit.counts.conflict).toBe(1);
  });

  it('treats a topic spelt with different case and spaces as one topic, shown as first spelt', () => {
    const audit = auditMap(mapOf(
      { id: 'a', expectations: [say('Delivery  time ', 'In 3 days', 3, 'days')] },
      { id: 'b', stageId: 's2', expectations: [say(' delivery TIME', 'In 5 days', 5, 'days')], experiences: [felt('DELIVERY time', 4, 'days')] },
    ));
    expect(audit.topics.map((t) => [t.key, t.topic, t.messages.length, t.experiences.length])).toEqual([['delivery time', 'Delivery time', 2, 1]]);
    expect(audit.counts.conflict).toBe(1);
    expect(judgementOf(audit, 'delivery time')).toMatchObject({ status: 'broken', gap: { value: 1, timeUnit: 'day' } });
  });
});

describe('broken, met and exceeded promises', () => {
  const withPromises = (...experiences: ReturnType<typeof felt>[]) =>
    auditMap(mapOf(
      { id: 'ad', expectations: [say('Delivery time', 'In 3 days', 3, 'days')] },
      { id: 'page', expectations: [say('Delivery time', 'Within 5 days', 5, 'days')] },
      { id: 'parcel', stageId: 's3', experiences },
    ));

  it('judges against the most favourable promise anywhere in the map, with the size of the gap', () => {
    const audit = withPromises(felt('Delivery time', 4, 'days'), felt('Delivery time', 3, 'days'), felt('Delivery time', 36, 'hours'));
    expect(audit.topics[0]?.experiences.map((e) => e.judgement)).toEqual([
      { status: 'broken', promise: days(3), promisedAt: [at('ad')], actual: { value: 4, unit: 'days' }, gap: { value: 1, unit: 'day', timeUnit: 'day' } },
      { status: 'met', promise: days(3), promisedAt: [at('ad')], actual: { value: 3, unit: 'days' }, gap: { value: 0, unit: 'day', timeUnit: 'day' } },
      // The gap is given in the finer of the two units.
      { status: 'exceeded', promise: days(3), promisedAt: [at('ad')], actual: { value: 36, unit: 'hours' }, gap: { value: 36, unit: 'hour', timeUnit: 'hour' } },
    ]);
    expect(audit.findings.filter((f) => f.kind === 'broken-promise').map((f) => f.id)).toEqual(['broken:parcel:0']);
  });

  it('reads "better: higher" the other way round', () => {
    const audit = auditMap(mapOf(
      { id: 'box', expectations: [say('Battery life', 'Lasts 10 hours', 10, 'hours', 'higher'), say('Battery life', 'Up to 12 hours', 12, 'hours', 'higher')] },
      { id: 'use', experiences: [felt('Battery life', 11, 'hours'), felt('Battery life', 12, 'hours'), felt('Battery life', 1, 'day')] },
    ));
    expect(audit.topics[0]?.favourable).toEqual([{ promise: { value: 12, unit: 'hours', better: 'higher' }, promisedAt: [at('box', 1)] }]);
    expect(audit.topics[0]?.experiences.map((e) => e.judgement.status === 'no-actual' ? null : [e.judgement.status, 'gap' in e.judgement ? e.judgement.gap.value : null])).toEqual([
      ['broken', 1], // better than 10 hours, but worse than the most favourable promise, 12 hours
      ['met', 0],
      ['exceeded', 12],
    ]);
  });

  it('gives no verdict to an experience whose topic has no promise, or no measure, or an incomparable unit', () => {
    const audit = auditMap(mapOf(
      { id: 'a', expectations: [say('Returns', 'Free returns'), say('Wait', 'Short', 5, 'minutes')] },
      { id: 'b', experiences: [felt('Returns', 20, 'days'), felt('Staff', 3, 'smiles'), felt('Wait'), felt('Wait', 3, 'coffees')] },
    ));
    const results = audit.topics.flatMap((t) => t.experiences.map((e) => [t.key, e.judgement.status]));
    expect(results).toEqual([['returns', 'no-promise'], ['wait', 'no-actual'], ['wait', 'not-comparable'], ['staff', 'no-promise']]);
    expect(audit.counts['broken-promise']).toBe(0);
  });

  it('judges an experience only against the promises its unit compares with', () => {
    const audit = auditMap(mapOf(
      { id: 'a', expectations: [say('Price', 'Only 10 EUR', 10, 'EUR'), say('Price', 'Just 9 USD', 9, 'USD')] },
      { id: 'b', experiences: [felt('Price', 11, 'usd')] },
    ));
    expect(judgementOf(audit, 'price')).toMatchObject({ status: 'broken', promise: { unit: 'USD' }, gap: { value: 2, unit: 'USD' } });
  });
});

describe('silent touchpoints and uncovered pain', () => {
  it('finds touchpoints with no expectation message, even when they have experiences', () => {
    const audit = auditMap(mapOf({ id: 'a', experiences: [felt('Wait', 5, 'minutes')] }, { id: 'b', expectations: [say('Wait', 'Soon')] }));
    expect(audit.findings).toEqual([{ kind: 'silent', id: 'silent:a', touchpointIds: ['a'] }]);
  });

  it('counts high friction or any trust break as pain, covered only by an open or doing action', () => {
    const high = { id: 'f', severity: 'high' as const, note: 'Long wait' };
    const medium = { id: 'g', severity: 'medium' as const, note: 'Some effort' };
    const trust = { id: 't', kind: 'privacy' as const, note: 'Shared my number' };
    const action = (status: 'open' | 'doing' | 'done') => ({ id: status, text: 'Fix it', status });
    const expectations = [say('Wait', 'Soon')];
    const audit = auditMap(mapOf(
      { id: 'medium', expectations, friction: [medium] },
      { id: 'high', expectations, friction: [high, medium] },
      { id: 'trust', expectations, trustBreaks: [trust] },
      { id: 'done', expectations, friction: [high], actions: [action('done')] },
      { id: 'doing', expectations, friction: [high], actions: [action('done'), action('doing')] },
      { id: 'open', expectations, trustBreaks: [trust], actions: [action('open')] },
    ));
    expect(audit.findings).toEqual([
      { kind: 'uncovered-pain', id: 'pain:high', touchpointIds: ['high'], friction: [high], trustBreaks: [] },
      { kind: 'uncovered-pain', id: 'pain:trust', touchpointIds: ['trust'], friction: [], trustBreaks: [trust] },
      { kind: 'uncovered-pain', id: 'pain:done', touchpointIds: ['done'], friction: [high], trustBreaks: [] },
    ]);
  });
});

describe('the audit as a whole', () => {
  it('is deterministic and follows the journey (stage order, then map order), not the array order', () => {
    const touchpoints = [
      { id: 'late', stageId: 's3' },
      { id: 'early', stageId: 's1' },
      { id: 'middle', stageId: 's2' },
      { id: 'early2', stageId: 's1' },
    ];
    const audit = auditMap(mapOf(...touchpoints));
    expect(audit.findings.map((f) => f.id)).toEqual(['silent:early', 'silent:early2', 'silent:middle', 'silent:late']);
    expect(auditMap(mapOf(...touchpoints))).toEqual(audit);
  });

  it('finds nothing in a map with no touchpoints', () => {
    expect(kinds(auditMap(mapOf()))).toEqual([]);
  });

  it('follows edits and undo live, computing once per map', () => {
    const doc = createMapDocument(online);
    const conflicts = () => cachedAudit(doc.store.getState().map).counts.conflict;
    expect(cachedAudit(doc.store.getState().map)).toBe(cachedAudit(doc.store.getState().map));
    expect(conflicts()).toBe(2);
    const promise = (id: string, value: number) => (map: JourneyMap) => {
      const touchpoint = map.touchpoints.find((t) => t.id === id);
      const [first, ...rest] = touchpoint?.expectations ?? [];
      return first ? updateTouchpoint(map, id, { expectations: [{ ...first, promise: days(value) }, ...rest] }) : map;
    };
    doc.edit(promise('pdp', 3));
    expect(conflicts()).toBe(2); // every typed delivery promise now says 3 days, but the checkout's text says 5-7 working days
    const dismiss = (map: JourneyMap) => {
      const checkout = map.touchpoints.find((t) => t.id === 'checkout');
      return updateTouchpoint(map, 'checkout', { expectations: (checkout?.expectations ?? []).map((e) => ({ ...e, readPromise: false })) });
    };
    doc.edit(dismiss);
    expect(conflicts()).toBe(1); // the reading dismissed, the checkout's message has no promise
    doc.edit(promise('parcel', 1)); // no expectation there: no change
    doc.undo();
    expect(conflicts()).toBe(2);
    doc.redo();
    expect(conflicts()).toBe(1);
  });

  it('audits 5,000 touchpoints with 3 messages each without comparing them pairwise', () => {
    const stages = ['s1', 's2', 's3'];
    const big = mapOf(
      ...Array.from({ length: 5000 }, (_, i) => ({
        id: `t${i}`,
        stageId: stages[i % 3],
        expectations: [
          say(`Topic ${i % 40}`, `Message ${i}`, (i % 7) + 1, i % 2 ? 'days' : 'hours'),
          say(`topic ${(i + 1) % 40}`, `Said ${i % 5}`),
          say('Delivery time', `Within ${i % 3} days`, 48, 'hours'),
        ],
        experiences: i % 10 === 0 ? [felt('Delivery time', 3, 'days')] : [],
      })),
    );
    const audit = auditMap(big);
    expect(audit.counts.conflict).toBe(40);
    expect(audit.counts['broken-promise']).toBe(500);
    expect(audit.counts.silent).toBe(0);
    expect(audit.order).toHaveLength(5000);
  });
});
