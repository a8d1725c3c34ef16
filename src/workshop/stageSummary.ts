// Per-stage figures for the summary strip: average emotion, friction by severity, trust breaks,
// open actions, and the well-known metrics averaged over the touchpoints that give them. Pure.
import type { JourneyMap, Severity } from '../model/schema';

export const SUMMARY_METRICS = ['nps', 'csat', 'ces', 'resolution-time'] as const;
export type SummaryMetric = (typeof SUMMARY_METRICS)[number];

export type StageSummary = {
  stageId: string;
  touchpoints: number;
  averageEmotion: number | null;
  friction: Record<Severity, number>;
  trustBreaks: number;
  openActions: number;
  expectations: number;
  metrics: Partial<Record<SummaryMetric, { average: number; unit?: string; count: number }>>;
};

export function stageSummaries(map: Pick<JourneyMap, 'stages' | 'touchpoints'>): StageSummary[] {
  return map.stages.map((stage) => {
    const touchpoints = map.touchpoints.filter((t) => t.stageId === stage.id);
    const emotions = touchpoints.flatMap((t) => (t.emotion === undefined ? [] : [t.emotion]));
    const friction: Record<Severity, number> = { low: 0, medium: 0, high: 0 };
    const metrics: StageSummary['metrics'] = {};
    const sums = new Map<SummaryMetric, { total: number; count: number; unit?: string }>();
    let trustBreaks = 0;
    let openActions = 0;
    let expectations = 0;
    for (const t of touchpoints) {
      for (const f of t.friction) friction[f.severity] += 1;
      trustBreaks += t.trustBreaks.length;
      openActions += t.actions.filter((a) => a.status !== 'done').length;
      expectations += t.expectations.length;
      for (const m of t.metrics) {
        if (!(SUMMARY_METRICS as readonly string[]).includes(m.key)) continue;
        const key = m.key as SummaryMetric;
        const sum = sums.get(key) ?? { total: 0, count: 0, ...(m.unit ? { unit: m.unit } : {}) };
        sum.total += m.value;
        sum.count += 1;
        sums.set(key, sum);
      }
    }
    for (const [key, sum] of sums) metrics[key] = { average: sum.total / sum.count, count: sum.count, ...(sum.unit ? { unit: sum.unit } : {}) };
    return {
      stageId: stage.id,
      touchpoints: touchpoints.length,
      averageEmotion: emotions.length ? emotions.reduce((a, b) => a + b, 0) / emotions.length : null,
      friction,
      trustBreaks,
      openActions,
      expectations,
      metrics,
    };
  });
}

/** Touchpoints with votes, most voted first (ties in journey order). */
export function mostVoted(map: Pick<JourneyMap, 'touchpoints' | 'stages'>, limit = 10): Array<{ id: string; title: string; votes: number }> {
  const stageIndex = new Map(map.stages.map((s, i) => [s.id, i]));
  return map.touchpoints
    .filter((t) => (t.votes ?? 0) > 0)
    .sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0) || (stageIndex.get(a.stageId) ?? 0) - (stageIndex.get(b.stageId) ?? 0) || a.position.y - b.position.y)
    .slice(0, limit)
    .map((t) => ({ id: t.id, title: t.title, votes: t.votes ?? 0 }));
}
