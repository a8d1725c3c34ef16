// What a merge can break, put right: every repair gives a map that passes the reference checks,
// and a repaired map needs no second repair.
import { describe, expect, it } from 'vitest';
import { laneIndexAt, NODE_HEIGHT } from '../../src/model/lanes';
import { referenceProblems } from '../../src/model/references';
import { repairMap, RESTORED_STAGE, type Repair } from '../../src/model/repair';
import type { JourneyMap, Touchpoint } from '../../src/model/schema';
import { onlineOrderMap } from './docHelpers';

/** Repairs `map`, checks what every repair must give, and returns the result. */
function repaired(map: JourneyMap, removedStages: ReadonlyMap<string, string> = new Map()): { map: JourneyMap; repairs: Repair[] } {
  const result = repairMap(map, removedStages);
  expect(referenceProblems(result.map)).toEqual([]);
  const again = repairMap(result.map, removedStages);
  expect(again.repairs).toEqual([]);
  expect(again.map).toBe(result.map);
  // Every tab repairs alike: the same map gives the same result.
  expect(repairMap(structuredClone(map), removedStages)).toEqual(result);
  return result;
}

const ids = (items: ReadonlyArray<{ id: string }>) => items.map((item) => item.id);
const touchpoint = (map: JourneyMap, id: string) => map.touchpoints.find((t) => t.id === id) as Touchpoint;
const inStage = (map: JourneyMap, stageId: string) => map.touchpoints.filter((t) => t.stageId === stageId);

describe('repairMap', () => {
  it('leaves a valid map alone, the very same object', () => {
    const map = onlineOrderMap();
    expect(repairMap(map)).toEqual({ map, repairs: [] });
    expect(repairMap(map).map).toBe(map);
  });

  it('drops an arrow whose touchpoint was deleted, and keeps the others', () => {
    const original = onlineOrderMap();
    const map = { ...original, touchpoints: original.touchpoints.filter((t) => t.id !== 'reviews') };
    const { map: fixed, repairs } = repaired(map);
    expect(repairs).toEqual([{ kind: 'dangling-connection', count: 1 }]);
    expect(ids(fixed.connections)).toEqual(ids(original.connections.filter((c) => c.to !== 'reviews')));
    expect(fixed.touchpoints).toBe(map.touchpoints);
  });

  it('drops an arrow drawn twice between the same touchpoints, and an arrow to itself', () => {
    const original = onlineOrderMap();
    const map = {
      ...original,
      connections: [...original.connections, { id: 'again', from: 'ad', to: 'pdp' }, { id: 'loop', from: 'call', to: 'call' }],
    };
    const { map: fixed, repairs } = repaired(map);
    expect(repairs).toEqual([{ kind: 'dangling-connection', count: 1 }, { kind: 'duplicate-connection', count: 1 }]);
    expect(fixed.connections).toEqual(original.connections);
  });

  it('moves a card left in a deleted stage to the stage its cards went to, below the cards already there', () => {
    const original = onlineOrderMap();
    // Another tab deleted "buy", moving its cards to "consider"; meanwhile this one added a card to "buy".
    const late: Touchpoint = { ...touchpoint(original, 'checkout'), id: 'late', title: 'Gift wrap', stageId: 'buy' };
    const map = {
      ...original,
      stages: original.stages.filter((s) => s.id !== 'buy'),
      touchpoints: [...original.touchpoints.map((t) => (t.stageId === 'buy' ? { ...t, stageId: 'consider' } : t)), late],
    };
    const { map: fixed, repairs } = repaired(map, new Map([['buy', 'consider']]));
    expect(repairs).toEqual([{ kind: 'orphan-touchpoint', title: 'Gift wrap', stage: 'Consideration' }]);
    const moved = touchpoint(fixed, 'late');
    expect(moved.stageId).toBe('consider');
    expect(laneIndexAt(moved.position.x, fixed.stages.length)).toBe(fixed.stages.findIndex((s) => s.id === 'consider'));
    const others = inStage(fixed, 'consider').filter((t) => t.id !== 'late');
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) expect(moved.position.y).toBeGreaterThanOrEqual(other.position.y + NODE_HEIGHT);
  });

  it('follows a chain of deleted stages, and stacks several moved cards without overlap', () => {
    const original = onlineOrderMap();
    // "deliver" went to "buy", then "buy" went to "consider" in another tab.
    const map = { ...original, stages: original.stages.filter((s) => s.id !== 'deliver' && s.id !== 'buy') };
    const removed = new Map([['deliver', 'buy'], ['buy', 'consider']]);
    const { map: fixed, repairs } = repaired(map, removed);
    const moved = original.touchpoints.filter((t) => t.stageId === 'deliver' || t.stageId === 'buy').map((t) => t.id);
    expect(repairs.filter((r) => r.kind === 'orphan-touchpoint')).toHaveLength(moved.length);
    for (const id of moved) expect(touchpoint(fixed, id).stageId).toBe('consider');
    const ys = inStage(fixed, 'consider').map((t) => t.position.y).sort((a, b) => a - b);
    ys.slice(1).forEach((y, i) => expect(y - (ys[i] as number)).toBeGreaterThanOrEqual(NODE_HEIGHT));
  });

  it('puts a card of an unknown stage in the lane under it when no heir was recorded', () => {
    const original = onlineOrderMap();
    const map = { ...original, touchpoints: original.touchpoints.map((t) => (t.id === 'call' ? { ...t, stageId: 'gone' } : t)) };
    const { map: fixed } = repaired(map);
    const call = touchpoint(original, 'call');
    expect(touchpoint(fixed, 'call').stageId).toBe(original.stages[laneIndexAt(call.position.x, original.stages.length)]?.id);
  });

  it('keeps the first of a stage, touchpoint or arrow that is there twice', () => {
    const original = onlineOrderMap();
    const map = {
      ...original,
      stages: [...original.stages, { ...original.stages[0]!, name: 'Awareness again' }],
      touchpoints: [...original.touchpoints, { ...touchpoint(original, 'ad'), title: 'Ad again' }],
      connections: [...original.connections, { ...original.connections[0]!, from: 'call', to: 'ad' }],
    };
    const { map: fixed, repairs } = repaired(map);
    expect(repairs).toEqual([
      { kind: 'duplicate-stage', name: 'Awareness again' },
      { kind: 'duplicate-touchpoint', title: 'Ad again' },
      { kind: 'duplicate-connection', count: 1 },
    ]);
    expect(fixed).toEqual(original);
  });

  it.each(['friction', 'trustBreaks', 'expectations', 'experiences', 'evidence', 'actions'] as const)(
    'keeps the first of two %s items with one id',
    (list) => {
      const original = onlineOrderMap();
      const host = original.touchpoints.find((t) => t[list].length > 0);
      if (!host) throw new Error(`no touchpoint of the example has ${list}`);
      const items = host[list] as ReadonlyArray<{ id: string }>;
      const doubled = { ...host, [list]: [...items, { ...items[0] }] };
      const map = { ...original, touchpoints: original.touchpoints.map((t) => (t.id === host.id ? doubled : t)) };
      const { map: fixed, repairs } = repaired(map);
      expect(repairs).toEqual([{ kind: 'duplicate-item', title: host.title, list }]);
      expect(fixed).toEqual(original);
    },
  );

  it('gives a map left with no stage one stage, holding every card', () => {
    const original = onlineOrderMap();
    const { map: fixed, repairs } = repaired({ ...original, stages: [] });
    expect(repairs[0]).toEqual({ kind: 'no-stage' });
    expect(fixed.stages).toEqual([RESTORED_STAGE]);
    expect(fixed.touchpoints.map((t) => t.stageId)).toEqual(original.touchpoints.map(() => RESTORED_STAGE.id));
    expect(ids(fixed.touchpoints)).toEqual(ids(original.touchpoints));
    expect(fixed.connections).toEqual(original.connections);
  });
});
