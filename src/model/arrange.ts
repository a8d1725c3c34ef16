// "Arrange": each stage's cards stacked in journey order in their own lane, one card under the
// other, CARD_SPACING apart from the top of the lanes. Pure: no React.
//
// Journey order comes from dagre's ranking of the whole map (touchpoints and arrows; cycles are
// broken the way dagre breaks them), so a card comes after every card that leads to it, also
// through other stages. A lane is one card wide (LANE_WIDTH), so a branch inside one stage is
// laid out one branch after the other: after a card comes the card its arrow leads to, and only
// then the other branch; branches into other stages sit side by side in their own lanes.
// Where arrows leave the order open, the cards keep the order they are in now, and cards with no
// arrows keep their place in the lane's sequence; so arranging twice gives what arranging once did.
import { Graph, layout, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';
import { CARD_SPACING, LANE_WIDTH, NODE_HEIGHT, NODE_WIDTH } from './lanes';
import type { JourneyMap, Position, Stage, Touchpoint } from './schema';

/**
 * Above this many touchpoints with arrows, dagre needs seconds (and a deep stack); such maps are
 * arranged without it: each lane keeps its order and only loses its overlaps and gaps.
 */
export const ARRANGE_LAYOUT_LIMIT = 1000;

type Journey = {
  /** Dagre's rank of each touchpoint that has an arrow: arrows go from a lower rank to a higher one. */
  rank: ReadonlyMap<string, number>;
  /** The arrows that go forward in journey order (dagre turned the others round to break cycles). */
  next: ReadonlyMap<string, readonly string[]>;
};

const NONE: readonly string[] = [];

type LayoutGraph = Graph<GraphLabel, NodeLabel>;

/**
 * Only dagre's ranks are used (x comes from the lanes), so its crossing minimisation, most of its
 * time on a large map, is skipped: every rank keeps the order dagre put the nodes in.
 */
function keepOrder(graph: LayoutGraph): void {
  const nextInRank = new Map<number, number>();
  for (const id of graph.nodes()) {
    const node = graph.node(id);
    if (typeof node.rank !== 'number') continue;
    const order = nextInRank.get(node.rank) ?? 0;
    node.order = order;
    nextInRank.set(node.rank, order + 1);
  }
}

/** Journey order of the map, from dagre. Depends on the arrows only, never on positions. */
function journeyOf(map: JourneyMap): Journey {
  const ids = new Set(map.touchpoints.map((tp) => tp.id));
  const arrows = map.connections.filter((c) => c.from !== c.to && ids.has(c.from) && ids.has(c.to));
  const linked = new Set(arrows.flatMap((c) => [c.from, c.to]));
  if (linked.size === 0 || linked.size > ARRANGE_LAYOUT_LIMIT) return { rank: new Map(), next: new Map() };

  const graph: LayoutGraph = new Graph();
  graph.setGraph({ rankdir: 'TB', nodesep: LANE_WIDTH - NODE_WIDTH, ranksep: CARD_SPACING - NODE_HEIGHT });
  graph.setDefaultEdgeLabel(() => ({}));
  // In the map's own order (not by position), so the ranks do not change when the cards move.
  for (const tp of map.touchpoints) if (linked.has(tp.id)) graph.setNode(tp.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const c of arrows) graph.setEdge(c.from, c.to);
  layout(graph, { customOrder: keepOrder });

  const rank = new Map<string, number>();
  for (const id of linked) rank.set(id, graph.node(id).rank ?? 0);
  const next = new Map<string, string[]>();
  for (const c of arrows) {
    if ((rank.get(c.from) ?? 0) >= (rank.get(c.to) ?? 0)) continue;
    const list = next.get(c.from);
    if (list) list.push(c.to);
    else next.set(c.from, [c.to]);
  }
  return { rank, next };
}

/** The lane's cards as they are now: top to bottom, then left to right, then in the map's order. */
function currentOrder(map: JourneyMap, stageId: string): Touchpoint[] {
  return map.touchpoints
    .map((tp, index) => ({ tp, index }))
    .filter(({ tp }) => tp.stageId === stageId)
    .sort((a, b) => a.tp.position.y - b.tp.position.y || a.tp.position.x - b.tp.position.x || a.index - b.index)
    .map(({ tp }) => tp);
}

/**
 * For each card of the lane, the cards of the lane that the journey reaches next from it: along an
 * arrow, or through other stages. Their transitive closure is "comes before" inside the lane.
 */
function laneSuccessors(lane: ReadonlySet<string>, journey: Journey): Map<string, Set<string>> {
  // The cards outside the lane from which the journey comes back into it: only those are walked.
  const previous = new Map<string, string[]>();
  for (const [from, tos] of journey.next) {
    for (const to of tos) {
      const list = previous.get(to);
      if (list) list.push(from);
      else previous.set(to, [from]);
    }
  }
  const comesBack = new Set<string>();
  const stack = [...lane];
  while (stack.length > 0) {
    for (const from of previous.get(stack.pop() as string) ?? NONE) {
      if (lane.has(from) || comesBack.has(from)) continue;
      comesBack.add(from);
      stack.push(from);
    }
  }
  const successors = new Map<string, Set<string>>();
  for (const start of lane) {
    const reached = new Set<string>();
    const seen = new Set<string>();
    const walk = [start];
    while (walk.length > 0) {
      for (const to of journey.next.get(walk.pop() as string) ?? NONE) {
        if (lane.has(to)) reached.add(to);
        else if (comesBack.has(to) && !seen.has(to)) {
          seen.add(to);
          walk.push(to);
        }
      }
    }
    successors.set(start, reached);
  }
  return successors;
}

/** The lane's cards in journey order, top to bottom. */
function arrangedLane(map: JourneyMap, stageId: string, journey: Journey): Touchpoint[] {
  const cards = currentOrder(map, stageId);
  const now = new Map(cards.map((tp, i) => [tp.id, i]));
  const linked = cards.filter((tp) => journey.rank.has(tp.id));
  if (linked.length === 0) return cards;

  const byId = new Map(linked.map((tp) => [tp.id, tp]));
  const successors = laneSuccessors(new Set(byId.keys()), journey);
  const waitingFor = new Map(linked.map((tp) => [tp.id, 0]));
  for (const reached of successors.values()) for (const id of reached) waitingFor.set(id, (waitingFor.get(id) ?? 0) + 1);

  // Kahn's order over "comes before": among the cards whose turn has come, the next one is the
  // card an arrow from the last one leads to (its branch goes on), else the earliest in the journey,
  // else the one that is higher now.
  const ready = linked.filter((tp) => waitingFor.get(tp.id) === 0).map((tp) => tp.id);
  const ordered: Touchpoint[] = [];
  let last: string | undefined;
  while (ready.length > 0) {
    const follows = new Set(last === undefined ? NONE : journey.next.get(last) ?? NONE);
    const compare = (a: string, b: string) =>
      Number(!follows.has(a)) - Number(!follows.has(b)) ||
      (journey.rank.get(a) ?? 0) - (journey.rank.get(b) ?? 0) ||
      (now.get(a) ?? 0) - (now.get(b) ?? 0);
    let best = 0;
    for (let i = 1; i < ready.length; i++) if (compare(ready[i] as string, ready[best] as string) < 0) best = i;
    const [id] = ready.splice(best, 1) as [string];
    ordered.push(byId.get(id) as Touchpoint);
    last = id;
    for (const to of successors.get(id) ?? []) {
      const count = (waitingFor.get(to) ?? 0) - 1;
      waitingFor.set(to, count);
      if (count === 0) ready.push(to);
    }
  }
  // The arrows forward are acyclic, so every card has had its turn; kept as a safeguard.
  if (ordered.length < linked.length) ordered.push(...linked.filter((tp) => !ordered.includes(tp)));

  // Cards without arrows keep their place in the sequence; the others fill the remaining places.
  let k = 0;
  return cards.map((tp) => (journey.rank.has(tp.id) ? (ordered[k++] as Touchpoint) : tp));
}

function lanePositions(map: JourneyMap, stage: Stage, index: number, journey: Journey, into: Map<string, Position>): void {
  arrangedLane(map, stage.id, journey).forEach((tp, slot) => into.set(tp.id, { x: index * LANE_WIDTH, y: slot * CARD_SPACING }));
}

function withPositions(map: JourneyMap, positions: ReadonlyMap<string, Position>): JourneyMap {
  let changed = false;
  const touchpoints = map.touchpoints.map((tp) => {
    const position = positions.get(tp.id);
    if (!position || (position.x === tp.position.x && position.y === tp.position.y)) return tp;
    changed = true;
    return { ...tp, position };
  });
  return changed ? { ...map, touchpoints } : map;
}

/** Arranges one stage's cards; the other cards stay where they are. The same map when nothing moves. */
export function arrangeStage(map: JourneyMap, stageId: string): JourneyMap {
  const index = map.stages.findIndex((s) => s.id === stageId);
  const stage = map.stages[index];
  if (!stage || !map.touchpoints.some((tp) => tp.stageId === stageId)) return map;
  const positions = new Map<string, Position>();
  lanePositions(map, stage, index, journeyOf(map), positions);
  return withPositions(map, positions);
}

/** Arranges every stage's cards. The same map when nothing moves. */
export function arrangeMap(map: JourneyMap): JourneyMap {
  if (map.touchpoints.length === 0) return map;
  const journey = journeyOf(map);
  const positions = new Map<string, Position>();
  map.stages.forEach((stage, index) => lanePositions(map, stage, index, journey, positions));
  return withPositions(map, positions);
}
