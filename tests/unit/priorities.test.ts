import { describe, expect, it } from 'vitest';
import onlineText from '../fixtures/online-order.waymark.json?raw';
import { auditMap, offTarget, priorities, reasonText, scoreTouchpoint, topPriorities, topPriorityIds } from '../../src/audit';
import { prioritiesCsv, prioritiesMarkdown } from '../../src/audit/exportPriorities';
import { DocumentSchema, type JourneyMap } from '../../src/model/schema';
import { dimmingCss, lensSelector, litConnections } from '../../src/workshop/lensCss';
import { felt, mapOf, say, touchpointOf } from './auditHelpers';

const online = DocumentSchema.parse(JSON.parse(onlineText)).maps[0] as JourneyMap;

describe('the priority score', () => {
  it('adds up emotion, friction by severity, trust breaks, broken promises, metrics off target and votes, each with its points', () => {
    const touchpoint = touchpointOf({
      id: 'a',
      emotion: -2,
      friction: [{ id: 'f1', severity: 'high', note: '' }, { id: 'f2', severity: 'low', note: '' }, { id: 'f3', severity: 'low', note: '' }],
      trustBreaks: [{ id: 't1', kind: 'hidden-cost', note: '' }],
      metrics: [{ key: 'nps', value: -12, target: 20 }, { key: 'csat', value: 90, target: 80 }, { key: 'returns', value: 8, unit: '%', target: 5 }],
      votes: 3,
    });
    const { score, reasons } = scoreTouchpoint(touchpoint, 2);
    expect(reasons.map((reason) => [reasonText(reason), reason.points])).toEqual([
      ['Very negative emotion', 4],
      ['1 high friction point', 3],
      ['2 low friction points', 2],
      ['1 trust break', 3],
      ['2 broken promises', 6],
      ['NPS -12, target 20', 2],
      ['Returns 8%, target 5%', 2],
      ['3 votes', 3],
    ]);
    expect(score).toBe(25);
  });

  it('scores nothing for a neutral or happy touchpoint without pain', () => {
    expect(scoreTouchpoint(touchpointOf({ id: 'a', emotion: 2 }), 0)).toEqual({ score: 0, reasons: [] });
    expect(scoreTouchpoint(touchpointOf({ id: 'a', emotion: 0, metrics: [{ key: 'nps', value: 30 }] }), 0).score).toBe(0);
    expect(scoreTouchpoint(touchpointOf({ id: 'a', emotion: -1 }), 0).score).toBe(2);
  });

  it('reads a metric as off target by its direction: lower is better for times, abandonment, returns, calls and pages', () => {
    expect(offTarget({ key: 'resolution-time', value: 2, target: 1 })).toBe(true);
    expect(offTarget({ key: 'cart-abandonment', value: 50, target: 55 })).toBe(false);
    expect(offTarget({ key: 'service-calls', value: 3, target: 3 })).toBe(false);
    expect(offTarget({ key: 'pages-before-purchase', value: 9, target: 5 })).toBe(true);
    expect(offTarget({ key: 'csat', value: 61, target: 80 })).toBe(true);
    expect(offTarget({ key: 'ces', value: 5.8, target: 5 })).toBe(false);
    expect(offTarget({ key: 'team-morale', value: 3, target: 4 })).toBe(true); // any other key: higher is better
    expect(offTarget({ key: 'nps', value: -40 })).toBe(false); // no target
  });
});

describe('the ranking', () => {
  it('ranks the online-order example worst first, with reasons and open actions', () => {
    const ranked = priorities(online);
    expect(ranked.map((p) => [p.rank, p.touchpoint.id, p.score])).toEqual([
      [1, 'parcel', 13],
      [2, 'checkout', 9],
      [3, 'call', 7],
      [4, 'survey', 2],
    ]);
    expect(ranked[0]?.reasons.map(reasonText)).toEqual(['Very negative emotion', '1 high friction point', '1 trust break', '1 broken promise']);
    expect(ranked[1]?.reasons.map(reasonText)).toContain('Cart abandonment 68%, target 55%');
    expect(ranked[1]?.openActions.map((a) => a.text)).toEqual(['Show delivery fee on the product page']);
    expect(ranked[0]?.openActions).toEqual([]);
  });

  it('counts broken promises where they were experienced, from the audit given', () => {
    const map = mapOf(
      { id: 'ad', emotion: 1, expectations: [say('Delivery', 'Delivered within 2 days')] },
      { id: 'door', stageId: 's2', expectations: [say('Other', 'Hi')], experiences: [felt('Delivery', 5, 'days'), { ...felt('Delivery', 6, 'days'), id: 'x2' }] },
    );
    const audit = auditMap(map);
    expect(priorities(map, audit).map((p) => [p.touchpoint.id, p.score, p.reasons.map(reasonText)])).toEqual([['door', 6, ['2 broken promises']]]);
  });

  it('gives equal scores one rank and keeps them in journey order; touchpoints scoring 0 are left out', () => {
    const map = mapOf(
      { id: 'late', stageId: 's3', emotion: -1 },
      { id: 'early', stageId: 's1', votes: 2 },
      { id: 'worst', stageId: 's2', trustBreaks: [{ id: 't', kind: 'privacy', note: '' }] },
      { id: 'fine', stageId: 's1', emotion: 1 },
      { id: 'open', stageId: 's2', votes: 1, actions: [{ id: 'a', text: 'Fix', status: 'open' }, { id: 'b', text: 'Done', status: 'done' }, { id: 'c', text: 'Doing', status: 'doing' }] },
    );
    const ranked = priorities(map);
    expect(ranked.map((p) => [p.rank, p.touchpoint.id, p.score])).toEqual([
      [1, 'worst', 3],
      [2, 'early', 2],
      [2, 'late', 2],
      [4, 'open', 1],
    ]);
    expect(ranked[3]?.openActions.map((a) => a.text)).toEqual(['Fix', 'Doing']);
    // The top 2 takes both of the tied second places.
    expect(topPriorities(ranked, 2).map((p) => p.touchpoint.id)).toEqual(['worst', 'early', 'late']);
  });

  it('finds the same top priorities whichever order the touchpoints come in, and computes them once per list', () => {
    const touchpoints = Array.from({ length: 12 }, (_, i) => touchpointOf({ id: `t${i}`, votes: i % 4 }));
    const top = topPriorityIds(touchpoints);
    expect(new Set(top)).toEqual(new Set(topPriorityIds([...touchpoints].reverse())));
    expect(new Set(top)).toEqual(new Set(['t3', 't7', 't11', 't2', 't6', 't10'])); // 3 votes ×3, then 2 votes ×3 (5th place tied)
    expect(topPriorityIds(touchpoints)).toBe(top);
  });
});

describe('the "Top priorities" lens', () => {
  it('lights the top five cards by id and dims the rest, and the arrows between lit cards stay lit', () => {
    const map = { ...online, connections: [{ id: 'c1', from: 'parcel', to: 'call' }, { id: 'c2', from: 'ad', to: 'pdp' }] };
    expect(new Set(topPriorityIds(map.touchpoints))).toEqual(new Set(['parcel', 'checkout', 'call', 'survey']));
    const css = dimmingCss('.canvas', { kind: 'priorities' }, null, map);
    expect(css).toContain('.canvas .tp-node:not(:is([data-touchpoint-id="parcel"], [data-touchpoint-id="checkout"], [data-touchpoint-id="call"], [data-touchpoint-id="survey"]))');
    expect([...litConnections(map, { kind: 'priorities' }, null)]).toEqual(['c1']);
    // Without the map it cannot know the cards: nothing is dimmed.
    expect(lensSelector({ kind: 'priorities' })).toBeNull();
    // A map with nothing to fix dims every card.
    expect(lensSelector({ kind: 'priorities' }, [])).toBe(':not(*)');
  });
});

describe('exports of the ranking', () => {
  it('writes a CSV row per ranked touchpoint, with the reasons and their points, the open actions and their owners', () => {
    const rows = prioritiesCsv(online).slice(1).split('\r\n');
    expect(rows).toEqual([
      '"Rank","Score","Stage","Touchpoint","Channel","Reasons","Open actions","Owners"',
      '"1","13","Delivery","Parcel arrives","Delivery","Very negative emotion (+4); 1 high friction point (+3); 1 trust break (+3); 1 broken promise (+3)","",""',
      '"2","9","Purchase","Checkout","Website","Negative emotion (+2); 1 medium friction point (+2); 1 trust break (+3); Cart abandonment 68%, target 55% (+2)",' +
        '"Show delivery fee on the product page (Open, due 2027-01-15)","Web team"',
      '"3","7","Support","Call centre","Phone","Negative emotion (+2); 1 high friction point (+3); Resolution time 2 days, target 1 days (+2)","",""',
      '"4","2","Support","Satisfaction survey","Email","NPS -12, target 20 (+2)","",""',
      '',
    ]);
  });

  it('writes a Markdown table for the workshop minutes, with how the score is made', () => {
    const lines = prioritiesMarkdown(online, auditMap(online), new Date('2026-11-24T09:00:00Z')).split('\n');
    expect(lines[0]).toBe('# Priorities: Online order to delivery');
    expect(lines).toContain('| Rank | Score | Touchpoint | Stage | Reasons | Open actions |');
    expect(lines).toContain(
      '| #2 | 9 | **Checkout** | Purchase | Negative emotion (+2)<br>1 medium friction point (+2)<br>1 trust break (+3)<br>Cart abandonment 68%, target 55% (+2) | ' +
        'Show delivery fee on the product page (Open, due 2027-01-15) — Web team |',
    );
    expect(lines).toContain('4 touchpoints with a score of 0 not listed.');
    expect(lines.some((line) => line.startsWith('_Points: 2 per step of emotion below neutral'))).toBe(true);
    const empty = mapOf({ id: 'a', emotion: 1 });
    expect(prioritiesMarkdown(empty, auditMap(empty))).toContain('Nothing to rank');
  });
});
