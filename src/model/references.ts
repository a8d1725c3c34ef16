// Checks that Zod cannot express: ids that must be unique and references that must resolve.
// A problem names its place and its reason; the words are the interface's (describeImportError).
import type { JourneyMap, Touchpoint } from './schema';

/** A touchpoint's lists of small records, whose ids are unique within their list (FORMAT.md). */
const ITEM_LISTS = ['friction', 'trustBreaks', 'expectations', 'experiences', 'evidence', 'actions'] as const satisfies ReadonlyArray<keyof Touchpoint>;

export type IdList = 'stages' | 'touchpoints' | 'connections' | (typeof ITEM_LISTS)[number];

export type ReferenceReason =
  | { kind: 'duplicate-id'; list: IdList; id: string }
  | { kind: 'unknown-stage'; id: string }
  | { kind: 'unknown-touchpoint'; id: string }
  | { kind: 'self-connection' };

/** Where a file or stored map is wrong: Zod's own words for its schema, a reason for the rest. */
export type Problem = { path: string } & ({ message: string } | { reason: ReferenceReason });

function duplicates<T extends { id: string }>(items: readonly T[], path: string, list: IdList): Problem[] {
  if (items.length < 2) return [];
  const seen = new Set<string>();
  const problems: Problem[] = [];
  items.forEach((item, index) => {
    if (seen.has(item.id)) problems.push({ path: `${path}[${index}].id`, reason: { kind: 'duplicate-id', list, id: item.id } });
    seen.add(item.id);
  });
  return problems;
}

export function referenceProblems(map: JourneyMap, path = 'map'): Problem[] {
  const problems: Problem[] = [
    ...duplicates(map.stages, `${path}.stages`, 'stages'),
    ...duplicates(map.touchpoints, `${path}.touchpoints`, 'touchpoints'),
    ...duplicates(map.connections, `${path}.connections`, 'connections'),
  ];
  map.touchpoints.forEach((touchpoint, i) => {
    for (const list of ITEM_LISTS) {
      const items: ReadonlyArray<{ id: string }> = touchpoint[list];
      problems.push(...duplicates(items, `${path}.touchpoints[${i}].${list}`, list));
    }
  });
  const stageIds = new Set(map.stages.map((s) => s.id));
  map.touchpoints.forEach((t, i) => {
    if (!stageIds.has(t.stageId)) {
      problems.push({ path: `${path}.touchpoints[${i}].stageId`, reason: { kind: 'unknown-stage', id: t.stageId } });
    }
  });
  const touchpointIds = new Set(map.touchpoints.map((t) => t.id));
  map.connections.forEach((c, i) => {
    for (const end of ['from', 'to'] as const) {
      if (!touchpointIds.has(c[end])) {
        problems.push({ path: `${path}.connections[${i}].${end}`, reason: { kind: 'unknown-touchpoint', id: c[end] } });
      }
    }
    if (c.from === c.to) problems.push({ path: `${path}.connections[${i}]`, reason: { kind: 'self-connection' } });
  });
  return problems;
}
