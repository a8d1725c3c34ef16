// Priorities: where to start, the least good touchpoints first (the seeds' advice). A pure
// function from a map (and its audit) to a ranking with a visible score: every point of it has a
// reason the team can read and argue with.
//
// The score (PRIORITY_POINTS), a CX facilitator's weighting:
// - emotion: 2 points per step below neutral (negative 2, very negative 4); neutral or better 0;
// - friction: 1 per low, 2 per medium, 3 per high;
// - trust breaks: 3 each;
// - broken promises experienced here: 3 each (the audit's verdict);
// - metrics worse than their target: 2 each (lower is better for resolution time, cart
//   abandonment, returns, service calls and pages before purchase; higher for the rest);
// - dot-votes: 1 each (the team's own view of where it hurts).
// Touchpoints scoring 0 are not ranked. Ties share a rank (1, 2, 2, 4) and keep journey order, so
// the top N is the same set whichever order the touchpoints come in.
import type { Action, JourneyMap, Metric, Severity, Touchpoint } from '../model/schema';
import { auditMap } from './audit';
import type { Audit } from './types';

export const PRIORITY_POINTS = {
  emotionStep: 2,
  friction: { high: 3, medium: 2, low: 1 } as Record<Severity, number>,
  trustBreak: 3,
  brokenPromise: 3,
  metricOffTarget: 2,
  vote: 1,
} as const;

/** How many touchpoints the "Top priorities" lens lights (more when the last places tie). */
export const TOP_PRIORITIES = 5;

/** Metrics where a lower value is better; every other metric is better higher. */
const LOWER_IS_BETTER = new Set(['resolution-time', 'cart-abandonment', 'returns', 'service-calls', 'pages-before-purchase']);

export type PriorityReason =
  | { kind: 'emotion'; emotion: number; points: number }
  | { kind: 'friction'; severity: Severity; count: number; points: number }
  | { kind: 'trust-breaks'; count: number; points: number }
  | { kind: 'broken-promises'; count: number; points: number }
  | { kind: 'metric'; metric: Metric & { target: number }; lowerIsBetter: boolean; points: number }
  | { kind: 'votes'; count: number; points: number };

export type Priority = {
  touchpoint: Touchpoint;
  /** The sum of the points of the reasons. */
  score: number;
  /** 1 for the worst; equal scores share a rank. */
  rank: number;
  reasons: PriorityReason[];
  /** Actions with status open or doing. */
  openActions: Action[];
};

/** Whether a lower value of this metric is better (resolution time, returns…). */
export function lowerIsBetter(key: string): boolean {
  return LOWER_IS_BETTER.has(key.trim().toLowerCase());
}

/** A metric worse than its target: below it, or above it where lower is better. */
export function offTarget(metric: Metric): metric is Metric & { target: number } {
  if (metric.target === undefined) return false;
  return lowerIsBetter(metric.key) ? metric.value > metric.target : metric.value < metric.target;
}

const SEVERITY_ORDER: readonly Severity[] = ['high', 'medium', 'low'];

/** The score of one touchpoint and its reasons, given how many broken promises were experienced there. */
export function scoreTouchpoint(touchpoint: Touchpoint, brokenPromises: number): { score: number; reasons: PriorityReason[] } {
  const reasons: PriorityReason[] = [];
  const points = PRIORITY_POINTS;
  if (touchpoint.emotion !== undefined && touchpoint.emotion < 0) {
    reasons.push({ kind: 'emotion', emotion: touchpoint.emotion, points: -touchpoint.emotion * points.emotionStep });
  }
  if (touchpoint.friction.length > 0) {
    const counts: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
    for (const friction of touchpoint.friction) counts[friction.severity] += 1;
    for (const severity of SEVERITY_ORDER) {
      const count = counts[severity];
      if (count > 0) reasons.push({ kind: 'friction', severity, count, points: count * points.friction[severity] });
    }
  }
  const trust = touchpoint.trustBreaks.length;
  if (trust > 0) reasons.push({ kind: 'trust-breaks', count: trust, points: trust * points.trustBreak });
  if (brokenPromises > 0) reasons.push({ kind: 'broken-promises', count: brokenPromises, points: brokenPromises * points.brokenPromise });
  for (const metric of touchpoint.metrics) {
    if (offTarget(metric)) reasons.push({ kind: 'metric', metric, lowerIsBetter: lowerIsBetter(metric.key), points: points.metricOffTarget });
  }
  const votes = touchpoint.votes ?? 0;
  if (votes > 0) reasons.push({ kind: 'votes', count: votes, points: votes * points.vote });
  let score = 0;
  for (const reason of reasons) score += reason.points;
  return { score, reasons };
}

/** How many broken promises were experienced at each touchpoint. */
function brokenCounts(audit: Audit): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of audit.findings) {
    if (finding.kind !== 'broken-promise') continue;
    const id = finding.experience.touchpointId;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/**
 * Every touchpoint with a score above 0, worst first; equal scores in journey order, sharing a
 * rank. Pass the map's audit when there is one (the UI's cached one), else it is computed.
 */
export function priorities(map: Pick<JourneyMap, 'stages' | 'touchpoints'>, audit: Audit = auditMap(map)): Priority[] {
  const broken = brokenCounts(audit);
  const ranked: Priority[] = [];
  for (const touchpoint of audit.order) {
    const { score, reasons } = scoreTouchpoint(touchpoint, broken.get(touchpoint.id) ?? 0);
    if (score <= 0) continue;
    const openActions = touchpoint.actions.filter((action) => action.status !== 'done');
    ranked.push({ touchpoint, score, rank: 0, reasons, openActions });
  }
  // A stable sort: equal scores stay in journey order.
  ranked.sort((a, b) => b.score - a.score);
  for (let i = 0; i < ranked.length; i++) {
    const entry = ranked[i] as Priority;
    const before = ranked[i - 1];
    entry.rank = before && before.score === entry.score ? before.rank : i + 1;
  }
  return ranked;
}

/** The ranking's top `n` (more when places tie at the end): the entries ranked `n` or better. */
export function topPriorities(ranked: readonly Priority[], n: number = TOP_PRIORITIES): Priority[] {
  return ranked.filter((entry) => entry.rank <= n);
}

const topCache = new WeakMap<readonly Touchpoint[], readonly string[]>();

/**
 * The ids of the top priorities among these touchpoints (the canvas lens): the same set as the
 * ranking of their map gives, since ties at the end are all in. Computed once per list.
 */
export function topPriorityIds(touchpoints: readonly Touchpoint[]): readonly string[] {
  let ids = topCache.get(touchpoints);
  if (!ids) {
    // Journey order only breaks ties within the top, so the stages are not needed.
    const list = touchpoints as Touchpoint[];
    ids = topPriorities(priorities({ stages: [], touchpoints: list })).map((entry) => entry.touchpoint.id);
    topCache.set(touchpoints, ids);
  }
  return ids;
}
