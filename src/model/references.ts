// Checks that Zod cannot express: ids that must be unique and references that must resolve.
import type { JourneyMap, Touchpoint } from './schema';

export type Problem = { path: string; message: string };

function duplicates<T extends { id: string }>(items: readonly T[], path: string, what: string): Problem[] {
  if (items.length < 2) return [];
  const seen = new Set<string>();
  const problems: Problem[] = [];
  items.forEach((item, index) => {
    if (seen.has(item.id)) problems.push({ path: `${path}[${index}].id`, message: `duplicate ${what} id "${item.id}"` });
    seen.add(item.id);
  });
  return problems;
}

/** A touchpoint's lists of small records, whose ids are unique within their list (FORMAT.md). */
const ITEM_LISTS = {
  friction: 'friction',
  trustBreaks: 'trust break',
  expectations: 'expectation',
  experiences: 'experience',
  evidence: 'evidence',
  actions: 'action',
} as const satisfies Partial<Record<keyof Touchpoint, string>>;

export function referenceProblems(map: JourneyMap, path = 'map'): Problem[] {
  const problems: Problem[] = [
    ...duplicates(map.stages, `${path}.stages`, 'stage'),
    ...duplicates(map.touchpoints, `${path}.touchpoints`, 'touchpoint'),
    ...duplicates(map.connections, `${path}.connections`, 'connection'),
  ];
  map.touchpoints.forEach((touchpoint, i) => {
    for (const [list, what] of Object.entries(ITEM_LISTS) as [keyof typeof ITEM_LISTS, string][]) {
      const items: ReadonlyArray<{ id: string }> = touchpoint[list];
      problems.push(...duplicates(items, `${path}.touchpoints[${i}].${list}`, what));
    }
  });
  const stageIds = new Set(map.stages.map((s) => s.id));
  map.touchpoints.forEach((t, i) => {
    if (!stageIds.has(t.stageId)) {
      problems.push({ path: `${path}.touchpoints[${i}].stageId`, message: `expected the id of a stage of this map, got "${t.stageId}"` });
    }
  });
  const touchpointIds = new Set(map.touchpoints.map((t) => t.id));
  map.connections.forEach((c, i) => {
    for (const end of ['from', 'to'] as const) {
      if (!touchpointIds.has(c[end])) {
        problems.push({ path: `${path}.connections[${i}].${end}`, message: `expected the id of a touchpoint of this map, got "${c[end]}"` });
      }
    }
    if (c.from === c.to) problems.push({ path: `${path}.connections[${i}]`, message: 'a connection cannot go from a touchpoint to itself' });
  });
  return problems;
}
