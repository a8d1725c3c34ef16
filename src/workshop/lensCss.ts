// Lenses and the stage walk dim everything but what they show. They are written as one CSS
// rule over data attributes of the touchpoint cards and lanes, so switching a lens re-renders
// no node at all, even on maps with thousands of touchpoints. Arrows carry no such attributes, so
// the arrows that stay lit are named by their ids (React Flow's `data-id` on each arrow). Pure.
import { topPriorityIds } from '../audit/priorities';
import type { Channel, Connection, Pillar, Touchpoint } from '../model/schema';

export type Lens =
  | { kind: 'none' }
  | { kind: 'friction' }
  | { kind: 'trust' }
  | { kind: 'expectations' }
  /** The top priorities (audit/priorities.ts): the least good touchpoints, worst first. */
  | { kind: 'priorities' }
  | { kind: 'pillar'; pillar: Pillar }
  | { kind: 'channel'; channel: Channel };

/** What the arrows are drawn between: enough of the map to tell which arrows stay lit. */
export type LensGraph = {
  touchpoints: readonly Touchpoint[];
  connections: ReadonlyArray<Pick<Connection, 'id' | 'from' | 'to'>>;
};

export const DIMMED_OPACITY = 0.15;

const escape = (value: string) => value.replace(/["\\]/g, '\\$&');

/**
 * The attribute selector a card must match to stay lit under a lens; null for no lens. The top
 * priorities are named by id (`top`, from the map); without them that lens lights everything.
 */
export function lensSelector(lens: Lens, top?: readonly string[]): string | null {
  switch (lens.kind) {
    case 'priorities':
      if (!top) return null;
      return top.length === 0 ? ':not(*)' : `:is(${top.map((id) => `[data-touchpoint-id="${escape(id)}"]`).join(', ')})`;
    case 'none':
      return null;
    case 'friction':
      return '[data-friction]';
    case 'trust':
      return '[data-trust]';
    case 'expectations':
      return '[data-expectations]';
    case 'pillar':
      return `[data-pillars~="${escape(lens.pillar)}"]`;
    case 'channel':
      return `[data-channel="${escape(lens.channel)}"]`;
  }
}

/** Whether a touchpoint stays lit under a lens: the same test as `lensSelector`, on the model. */
export function lensShows(lens: Lens, touchpoint: LensGraph['touchpoints'][number], top?: ReadonlySet<string>): boolean {
  switch (lens.kind) {
    case 'none':
      return true;
    case 'priorities':
      return !top || top.has(touchpoint.id);
    case 'friction':
      return touchpoint.friction.length > 0;
    case 'trust':
      return touchpoint.trustBreaks.length > 0;
    case 'expectations':
      return touchpoint.expectations.length > 0;
    case 'pillar':
      return touchpoint.pillars.includes(lens.pillar);
    case 'channel':
      return touchpoint.channel === lens.channel;
  }
}

/**
 * The arrows that stay lit: under a lens, those between two cards it shows; during the stage
 * walk, those that touch the stage being walked (an arrow into or out of it is part of its story).
 */
export function litConnections(graph: LensGraph, lens: Lens, focusedStageId: string | null): Set<string> {
  const byId = new Map(graph.touchpoints.map((tp) => [tp.id, tp]));
  const top = lens.kind === 'priorities' ? new Set(topPriorityIds(graph.touchpoints)) : undefined;
  const lit = new Set<string>();
  for (const connection of graph.connections) {
    const from = byId.get(connection.from);
    const to = byId.get(connection.to);
    if (!from || !to) continue;
    if (!lensShows(lens, from, top) || !lensShows(lens, to, top)) continue;
    if (focusedStageId !== null && from.stageId !== focusedStageId && to.stageId !== focusedStageId) continue;
    lit.add(connection.id);
  }
  return lit;
}

function arrowRules(scope: string, graph: LensGraph, lens: Lens, focusedStageId: string | null): string[] {
  const lit = litConnections(graph, lens, focusedStageId);
  const dimmed = graph.connections.filter((c) => !lit.has(c.id)).map((c) => c.id);
  if (dimmed.length === 0) return [];
  // An arrow is named by React Flow's `data-id`; its label (drawn apart, over the cards) by `data-connection-id`.
  const arrows = (list: Iterable<string>) => [...list].map((id) => `[data-id="${escape(id)}"]`).join(', ');
  const labels = (list: Iterable<string>) => [...list].map((id) => `[data-connection-id="${escape(id)}"]`).join(', ');
  const dim = `{ opacity: ${DIMMED_OPACITY}; }`;
  // Whichever list is shorter is named, so the rules stay small on large maps.
  if (lit.size === 0) return [`${scope} .react-flow__edge, ${scope} .edge-label ${dim}`];
  if (dimmed.length <= lit.size) return [`${scope} .react-flow__edge:is(${arrows(dimmed)}), ${scope} .edge-label:is(${labels(dimmed)}) ${dim}`];
  return [`${scope} .react-flow__edge:not(:is(${arrows(lit)})), ${scope} .edge-label:not(:is(${labels(lit)})) ${dim}`];
}

/**
 * CSS that dims the cards a lens does not show and the stages the walk is not on; given the
 * map's arrows (`graph`), also the arrows that are not between lit cards.
 */
export function dimmingCss(scope: string, lens: Lens, focusedStageId: string | null, graph?: LensGraph): string {
  const rules: string[] = [];
  const selector = lensSelector(lens, lens.kind === 'priorities' && graph ? topPriorityIds(graph.touchpoints) : undefined);
  if (selector) rules.push(`${scope} .tp-node:not(${selector}) { opacity: ${DIMMED_OPACITY}; }`);
  if (focusedStageId !== null) {
    const stage = `[data-stage-id="${escape(focusedStageId)}"]`;
    rules.push(`${scope} .tp-node:not(${stage}) { opacity: ${DIMMED_OPACITY}; }`);
    rules.push(`${scope} .lane:not(${stage}) { opacity: 0.35; }`);
  }
  if (graph && (selector || focusedStageId !== null)) rules.push(...arrowRules(scope, graph, lens, focusedStageId));
  return rules.join('\n');
}
