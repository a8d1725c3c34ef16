// The audit of the open map, for the audit UI. Computed once per map change (cachedAudit), from a
// deferred copy of the map so that typing stays responsive on large maps.
import { useDeferredValue, useMemo } from 'react';
import { cachedAudit, type Audit } from '../../audit';
import type { JourneyMap, Stage, Touchpoint } from '../../model/schema';
import { useMapSelector } from '../../store/context';

export type AuditData = {
  map: JourneyMap;
  audit: Audit;
  touchpoint: (id: string) => Touchpoint | undefined;
  stage: (touchpoint: Touchpoint) => Stage | undefined;
};

export function useAudit(): AuditData {
  const current = useMapSelector((map) => map);
  const map = useDeferredValue(current);
  return useMemo(() => {
    const audit = cachedAudit(map);
    const touchpoints = new Map(audit.order.map((touchpoint) => [touchpoint.id, touchpoint]));
    const stages = new Map(map.stages.map((stage) => [stage.id, stage]));
    return { map, audit, touchpoint: (id) => touchpoints.get(id), stage: (touchpoint) => stages.get(touchpoint.stageId) };
  }, [map]);
}

/**
 * Only the number of findings, for the toolbar. Like the panel it audits a deferred copy of the
 * map, so a keystroke never waits for the audit; both share cachedAudit's result for that copy.
 */
export function useFindingCount(): number {
  const map = useDeferredValue(useMapSelector((current) => current));
  return useMemo(() => cachedAudit(map).findings.length, [map]);
}
