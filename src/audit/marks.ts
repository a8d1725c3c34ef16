// What the canvas shows of the audit on each touchpoint: which kinds of finding it takes part in
// (about it, or a broken promise it made), and whether it is dimmed ("show only touchpoints with
// findings" keeps every touchpoint that takes part in one). Marks are interned, so a touchpoint
// whose mark did not change keeps the same mark object and its node is not re-rendered.
import type { Audit, FindingKind } from './types';

export type AuditMark = { readonly kinds: readonly FindingKind[]; readonly dimmed: boolean };

const interned = new Map<string, AuditMark>();

function markOf(kinds: readonly FindingKind[], dimmed: boolean): AuditMark {
  const key = `${kinds.join(',')}|${dimmed ? 'dim' : ''}`;
  let mark = interned.get(key);
  if (!mark) interned.set(key, (mark = Object.freeze({ kinds: Object.freeze([...kinds]), dimmed })));
  return mark;
}

/**
 * A mark for each touchpoint with findings; with `highlight` (the kinds to show), also a dimmed
 * mark for each touchpoint with no finding of those kinds. Touchpoints with neither get no entry.
 */
export function auditMarks(audit: Audit, highlight: ReadonlySet<FindingKind> | null): ReadonlyMap<string, AuditMark> {
  const marks = new Map<string, AuditMark>();
  if (!highlight) {
    for (const [id, kinds] of audit.kindsByTouchpoint) marks.set(id, markOf(kinds, false));
    return marks;
  }
  for (const touchpoint of audit.order) {
    const kinds = audit.kindsByTouchpoint.get(touchpoint.id) ?? [];
    const dimmed = !kinds.some((kind) => highlight.has(kind));
    if (kinds.length > 0 || dimmed) marks.set(touchpoint.id, markOf(kinds, dimmed));
  }
  return marks;
}
