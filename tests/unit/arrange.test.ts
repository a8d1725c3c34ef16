// "Arrange": each stage's cards in journey order in their own lane, without overlap, only
// positions changed; arranging again changes nothing. Checked on the examples, on hand-made
// branches and cycles, and on generated maps.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateMap } from '../../bench/generateMap';
import { parseDocumentText } from '../../src/io/importDocument';
import { ARRANGE_LAYOUT_LIMIT, arrangeMap, arrangeStage } from '../../src/model/arrange';
import { CARD_SPACING, laneIndexAt, laneLeft, LANE_WIDTH, NODE_WIDTH } from '../../src/model/lanes';
import { createMap } from '../../src/model/maps';
import { referenceProblems } from '../../src/model/references';
import { JourneyMapSchema, type Connection, type JourneyMap, type Touchpoint } from '../../src/model/schema';
import { blankTouchpoint } from '../../src/model/touchpoints';
import { arrangeWholeMap, arrangeOneStage } from '../../src/store/commands';
import { createMapDocument } from '../../src/store/mapStore';
import { createUiStore } from '../../src/store/uiStore';

const NOW = '2026-11-23T10:00:00.000Z';

/** Every example map: tests/fixtures and, where this checkout has it, ../shared/examples. */
function examples(): Array<[string, JourneyMap]> {
  const folders = [join(import.meta.dirname, '../fixtures'), join(import.meta.dirname, '../../../shared/examples')];
  return folders.flatMap((folder) => {
    let names: string[];
    try {
      names = readdirSync(folder).filter((name) => name.endsWith('.waymark.json'));
    } catch {
      return [];
    }
    return names.flatMap((name) => {
      const parsed = parseDocumentText(readFileSync(join(folder, name), 'utf8'));
      if (!parsed.ok) throw new Error(`${name} does not import`);
      return parsed.value.maps.map((map): [string, JourneyMap] => [`${folder.includes('shared') ? 'shared' : 'fixtures'}/${name}`, map]);
    });
  });
}

/** A map of `stages` stages whose cards are given as [id, stage index, y], with arrows [from, to]. */
function mapOf(stages: number, cards: Array<[string, number, number]>, arrows: Array<[string, string]>): JourneyMap {
  const base = createMap('Arrange', NOW, Array.from({ length: stages }, (_, i) => ({ id: `s${i}`, name: `Stage ${i + 1}` })));
  return {
    ...base,
    touchpoints: cards.map(([id, stage, y]) => ({ ...blankTouchpoint(`s${stage}`, { x: stage * LANE_WIDTH, y }, id), id })),
    connections: arrows.map(([from, to], i): Connection => ({ id: `c${i}`, from, to })),
  };
}

const byId = (map: JourneyMap, id: string): Touchpoint => {
  const found = map.touchpoints.find((tp) => tp.id === id);
  if (!found) throw new Error(`no touchpoint ${id}`);
  return found;
};

/** The ids of a stage's cards, top to bottom. */
function lane(map: JourneyMap, stageId: string): string[] {
  return map.touchpoints.filter((tp) => tp.stageId === stageId).sort((a, b) => a.position.y - b.position.y).map((tp) => tp.id);
}

/** Which touchpoints each one leads to, following arrows through any stage. */
function reachability(map: JourneyMap): Map<string, Set<string>> {
  const next = new Map<string, string[]>();
  for (const c of map.connections) next.set(c.from, [...(next.get(c.from) ?? []), c.to]);
  const reach = new Map<string, Set<string>>();
  for (const tp of map.touchpoints) {
    const seen = new Set<string>();
    const stack = [tp.id];
    while (stack.length > 0) {
      for (const to of next.get(stack.pop() as string) ?? []) {
        if (!seen.has(to)) {
          seen.add(to);
          stack.push(to);
        }
      }
    }
    reach.set(tp.id, seen);
  }
  return reach;
}

/** The map with every position replaced by those of `positions`: what is left must be `map` itself. */
function withPositionsOf(map: JourneyMap, positions: JourneyMap): JourneyMap {
  return { ...map, touchpoints: map.touchpoints.map((tp) => ({ ...tp, position: byId(positions, tp.id).position })) };
}

/** Everything "Arrange map" promises, for `before` and its arrangement `after`. */
function expectArranged(before: JourneyMap, after: JourneyMap): void {
  // Only positions change; the map stays valid.
  expect(withPositionsOf(before, after)).toEqual(after);
  expect(referenceProblems(after)).toEqual([]);
  expect(JourneyMapSchema.safeParse(after).success).toBe(true);

  const index = new Map(after.stages.map((s, i) => [s.id, i]));
  for (const tp of after.touchpoints) {
    const i = index.get(tp.stageId) as number;
    // Inside its own stage's lane: the whole card, and so its centre, which decides the stage.
    expect(tp.position.x, `${tp.id} inside lane ${i}`).toBeGreaterThanOrEqual(laneLeft(i));
    expect(tp.position.x + NODE_WIDTH, `${tp.id} inside lane ${i}`).toBeLessThanOrEqual(laneLeft(i) + LANE_WIDTH);
    expect(laneIndexAt(tp.position.x, after.stages.length)).toBe(i);
  }

  // No two cards overlap, counting the room a card and its arrow take (CARD_SPACING).
  const cards = after.touchpoints;
  for (let a = 0; a < cards.length; a++) {
    for (let b = a + 1; b < cards.length; b++) {
      const p = (cards[a] as Touchpoint).position;
      const q = (cards[b] as Touchpoint).position;
      const apart = Math.abs(p.x - q.x) >= NODE_WIDTH || Math.abs(p.y - q.y) >= CARD_SPACING;
      expect(apart, `${cards[a]?.id} and ${cards[b]?.id} overlap`).toBe(true);
    }
  }

  // Journey order: in a lane, a card the journey leads to (and that does not lead back) is lower.
  const reach = reachability(after);
  for (const u of cards) {
    for (const v of cards) {
      if (u.stageId !== v.stageId || u === v) continue;
      if (reach.get(u.id)?.has(v.id) && !reach.get(v.id)?.has(u.id)) {
        expect(u.position.y, `${u.id} above ${v.id}`).toBeLessThan(v.position.y);
      }
    }
  }

  // Cards with no arrows keep their order within their lane.
  const linked = new Set(before.connections.flatMap((c) => [c.from, c.to]));
  for (const stage of before.stages) {
    const free = (map: JourneyMap) => currentLaneOrder(map, stage.id).filter((id) => !linked.has(id));
    expect(free(after)).toEqual(free(before));
  }

  // Arranging again changes nothing: the very same map comes back.
  expect(arrangeMap(after)).toBe(after);
}

/** A lane's cards as arrange reads them: top to bottom, then left to right, then the map's order. */
function currentLaneOrder(map: JourneyMap, stageId: string): string[] {
  return map.touchpoints
    .map((tp, i) => ({ tp, i }))
    .filter(({ tp }) => tp.stageId === stageId)
    .sort((a, b) => a.tp.position.y - b.tp.position.y || a.tp.position.x - b.tp.position.x || a.i - b.i)
    .map(({ tp }) => tp.id);
}

describe('arrangeMap', () => {
  it.each(examples())('arranges the example %s', (_name, map) => {
    expectArranged(map, arrangeMap(map));
  });

  it('finds at least the three examples', () => {
    expect(examples().length).toBeGreaterThanOrEqual(3);
  });

  it('returns the same map when the cards are already arranged, and keeps untouched cards as they are', () => {
    const map = mapOf(2, [['a', 0, 0], ['b', 0, 180], ['c', 1, 0]], [['a', 'b'], ['b', 'c']]);
    expect(arrangeMap(map)).toBe(map);
    const moved = { ...map, touchpoints: map.touchpoints.map((tp) => (tp.id === 'c' ? { ...tp, position: { x: 350, y: 37 } } : tp)) };
    const arranged = arrangeMap(moved);
    expect(byId(arranged, 'c').position).toEqual({ x: 320, y: 0 });
    expect(byId(arranged, 'a')).toBe(byId(moved, 'a'));
    expect(byId(arranged, 'b')).toBe(byId(moved, 'b'));
  });

  it('separates stacked cards and puts them in the order of the arrows', () => {
    // c -> a -> b, all on one spot in stage 1; d in stage 2 with no arrow.
    const map = mapOf(2, [['a', 0, 40], ['b', 0, 40], ['c', 0, 40], ['d', 1, 500]], [['c', 'a'], ['a', 'b']]);
    const arranged = arrangeMap(map);
    expect(lane(arranged, 's0')).toEqual(['c', 'a', 'b']);
    expect(arranged.touchpoints.map((tp) => [tp.id, tp.position])).toEqual([
      ['a', { x: 0, y: 180 }],
      ['b', { x: 0, y: 360 }],
      ['c', { x: 0, y: 0 }],
      ['d', { x: 320, y: 0 }],
    ]);
    expectArranged(map, arranged);
  });

  it('keeps a branch together: after a card comes the card its arrow leads to, then the other branch', () => {
    // a -> b -> b2 and a -> c, all in one stage; c is higher than b now.
    const map = mapOf(1, [['a', 0, 0], ['c', 0, 100], ['b', 0, 200], ['b2', 0, 300]], [['a', 'b'], ['b', 'b2'], ['a', 'c']]);
    const arranged = arrangeMap(map);
    // Arrows leave the order of the branches open: c is higher now, so its branch comes first.
    expect(lane(arranged, 's0')).toEqual(['a', 'c', 'b', 'b2']);
    expectArranged(map, arranged);
    // Where b is higher, its whole branch comes first and c after it, not between b and b2.
    const swapped = mapOf(1, [['a', 0, 0], ['b', 0, 100], ['c', 0, 200], ['b2', 0, 300]], [['a', 'b'], ['b', 'b2'], ['a', 'c']]);
    expect(lane(arrangeMap(swapped), 's0')).toEqual(['a', 'b', 'b2', 'c']);
  });

  it('puts branches into other stages side by side, each at the top of its own lane', () => {
    // The online-order branch: the product page leads to reviews (same stage) and checkout (next stage).
    const map = mapOf(3, [['pdp', 1, 300], ['reviews', 1, 0], ['checkout', 2, 400], ['ad', 0, 200]], [['ad', 'pdp'], ['pdp', 'reviews'], ['pdp', 'checkout']]);
    const arranged = arrangeMap(map);
    expect(lane(arranged, 's1')).toEqual(['pdp', 'reviews']);
    expect(byId(arranged, 'checkout').position).toEqual({ x: 640, y: 0 });
    expect(byId(arranged, 'reviews').position).toEqual({ x: 320, y: 180 });
    expectArranged(map, arranged);
  });

  it('follows the journey through other stages', () => {
    // a (stage 1) -> x (stage 2) -> b (stage 1): a comes before b although no arrow joins them.
    const map = mapOf(2, [['b', 0, 0], ['a', 0, 180], ['x', 1, 0]], [['a', 'x'], ['x', 'b']]);
    const arranged = arrangeMap(map);
    expect(lane(arranged, 's0')).toEqual(['a', 'b']);
    expectArranged(map, arranged);
  });

  it('arranges a cycle without losing a card, the same way every time', () => {
    const map = mapOf(1, [['a', 0, 0], ['b', 0, 0], ['c', 0, 0]], [['a', 'b'], ['b', 'c'], ['c', 'a']]);
    const arranged = arrangeMap(map);
    expect(lane(arranged, 's0')).toHaveLength(3);
    expect(arrangeMap(map)).toEqual(arranged);
    expectArranged(map, arranged);
  });

  it('keeps cards without arrows in their place in the lane', () => {
    // free1 is on top, free2 between the linked cards; b -> a turns the linked ones round.
    const map = mapOf(1, [['free1', 0, 0], ['a', 0, 100], ['free2', 0, 200], ['b', 0, 300]], [['b', 'a']]);
    const arranged = arrangeMap(map);
    expect(lane(arranged, 's0')).toEqual(['free1', 'b', 'free2', 'a']);
    expectArranged(map, arranged);
  });

  it('is deterministic: the same map in gives the same positions out', () => {
    const map = generateMap({ touchpoints: 120, stages: 6, seed: 7 });
    expect(arrangeMap(structuredClone(map))).toEqual(arrangeMap(structuredClone(map)));
  });

  it('arranges generated maps of every shape: overlapping, out of order, branching, with cycles', () => {
    const arbitrary = fc
      .record({
        stages: fc.integer({ min: 1, max: 5 }),
        cards: fc.array(fc.record({ stage: fc.nat(4), dx: fc.integer({ min: -110, max: 110 }), y: fc.integer({ min: -2, max: 6 }) }), { maxLength: 24 }),
        arrows: fc.array(fc.tuple(fc.nat(23), fc.nat(23)), { maxLength: 36 }),
      })
      .map(({ stages, cards, arrows }) => {
        const placed = cards.map((card, i): [string, number, number] => [`t${i}`, card.stage % stages, card.y * 70]);
        const map = mapOf(stages, placed, []);
        const seen = new Set<string>();
        const connections = arrows.flatMap(([a, b], i): Connection[] => {
          if (a >= cards.length || b >= cards.length || a === b || seen.has(`${a}>${b}`)) return [];
          seen.add(`${a}>${b}`);
          return [{ id: `c${i}`, from: `t${a}`, to: `t${b}` }];
        });
        const touchpoints = map.touchpoints.map((tp, i) => ({ ...tp, position: { x: tp.position.x + (cards[i]?.dx ?? 0), y: tp.position.y } }));
        return { ...map, touchpoints, connections };
      });
    fc.assert(fc.property(arbitrary, (map) => expectArranged(map, arrangeMap(map))), { numRuns: 150 });
  });

  it('arranges a generated 300-touchpoint journey', () => {
    const map = generateMap({ touchpoints: 300, stages: 8, seed: 3 });
    const shuffled = { ...map, touchpoints: map.touchpoints.map((tp, i) => ({ ...tp, position: { x: tp.position.x + 17, y: ((i * 7919) % 300) * 11 } })) };
    expectArranged(shuffled, arrangeMap(shuffled));
  });

  it(`above ${ARRANGE_LAYOUT_LIMIT} linked touchpoints keeps each lane's order and only removes overlaps`, () => {
    const map = generateMap({ touchpoints: ARRANGE_LAYOUT_LIMIT + 200, stages: 8, seed: 5 });
    const squeezed = { ...map, touchpoints: map.touchpoints.map((tp) => ({ ...tp, position: { x: tp.position.x, y: Math.round(tp.position.y / 3) } })) };
    const arranged = arrangeMap(squeezed);
    for (const stage of map.stages) expect(currentLaneOrder(arranged, stage.id)).toEqual(currentLaneOrder(squeezed, stage.id));
    for (const tp of arranged.touchpoints) expect(tp.position.y % CARD_SPACING).toBe(0);
    expect(arrangeMap(arranged)).toBe(arranged);
  });
});

describe('arrangeStage', () => {
  const messy = () =>
    mapOf(
      3,
      [['b', 0, 0], ['a', 0, 0], ['y', 1, 90], ['x', 1, 10], ['q', 2, 0], ['p', 2, 5]],
      [['a', 'b'], ['b', 'x'], ['x', 'y'], ['y', 'p'], ['p', 'q']],
    );

  it('moves only the cards of that stage, to where arranging the whole map puts them', () => {
    const map = messy();
    const whole = arrangeMap(map);
    for (const stage of map.stages) {
      const arranged = arrangeStage(map, stage.id);
      for (const tp of arranged.touchpoints) {
        if (tp.stageId === stage.id) expect(tp.position, tp.id).toEqual(byId(whole, tp.id).position);
        else expect(tp, tp.id).toBe(byId(map, tp.id));
      }
      expect(lane(arranged, stage.id)).toEqual(lane(whole, stage.id));
    }
    expect(lane(arrangeStage(map, 's1'), 's1')).toEqual(['x', 'y']);
  });

  it('returns the same map for an unknown stage, an empty one, or one already arranged', () => {
    const map = messy();
    expect(arrangeStage(map, 'nope')).toBe(map);
    const once = arrangeStage(map, 's0');
    expect(arrangeStage(once, 's0')).toBe(once);
    const empty = mapOf(2, [['a', 0, 0]], []);
    expect(arrangeStage(empty, 's1')).toBe(empty);
  });
});

describe('the arrange commands', () => {
  it('arrange the whole map, or one stage, as one undo step', () => {
    const map = mapOf(2, [['b', 0, 0], ['a', 0, 0], ['y', 1, 90], ['x', 1, 10]], [['a', 'b'], ['b', 'x'], ['x', 'y']]);
    const doc = createMapDocument(map);
    const stores = { doc, ui: createUiStore() };
    const positions = () => doc.store.getState().map.touchpoints.map((tp) => [tp.id, tp.position]);
    const before = positions();

    arrangeWholeMap(stores);
    expect(positions()).toEqual(arrangeMap(map).touchpoints.map((tp) => [tp.id, tp.position]));
    doc.undo();
    expect(positions()).toEqual(before);
    expect(doc.history.getState().canUndo).toBe(false);

    arrangeOneStage(stores, 's1');
    expect(positions()).toEqual(arrangeStage(map, 's1').touchpoints.map((tp) => [tp.id, tp.position]));
    doc.undo();
    expect(positions()).toEqual(before);
    expect(doc.history.getState().canUndo).toBe(false);
  });

  it('say so when there is nothing to move, and add no undo step', () => {
    const map = mapOf(1, [['a', 0, 0], ['b', 0, 180]], [['a', 'b']]);
    const doc = createMapDocument(map);
    const ui = createUiStore();
    arrangeWholeMap({ doc, ui });
    expect(doc.history.getState().canUndo).toBe(false);
    expect(ui.getState().notice).toBeTruthy();
  });
});
