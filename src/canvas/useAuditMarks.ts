// The audit marks of the canvas: computed once per map change (cachedAudit is shared with the
// toolbar and the audit panel), from a deferred copy of the map so that edits stay responsive.
import { useDeferredValue, useMemo } from 'react';
import { auditMarks, cachedAudit, type AuditMark } from '../audit';
import type { JourneyMap } from '../model/schema';
import { useUi } from '../store/context';

export function useAuditMarks(map: JourneyMap): ReadonlyMap<string, AuditMark> {
  const deferred = useDeferredValue(map);
  const highlight = useUi((s) => s.auditHighlight);
  const kinds = useUi((s) => s.auditHighlightKinds);
  return useMemo(() => auditMarks(cachedAudit(deferred), highlight ? kinds : null), [deferred, highlight, kinds]);
}
