// Checks that Zod cannot express: ids that must be unique and references that must resolve.
import type { JourneyMap } from './schema';

export type Problem = { path: string; message: string };

function duplicates<T extends { id: string }>(items: readonly T[], path: string, what: string): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  items.forEach((item, index) => {
    if (seen.has(item.id)) problems.push({ path: `${path}[${index}].id`, message: `duplicate ${what} id "${item.id}"` });
    seen.add(item.id);
  });
  return problems;
}

export function referenceProblems(map: JourneyMap, path = 'map'): Problem[] {
  const problems: Problem[] = [
    ...duplicates(map.stages, `${path}.stages`, 'stage'),
    ...duplicates(map.touchpoints, `${path}.touchpoints`, 'touchpoint'),
    ...duplicates(map.connections, `${path}.connections`, 'connection'),
  ];
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
