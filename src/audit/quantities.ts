// Quantities of the audit: promises (value, unit, better) and measured experiences (value, unit).
// Units of time convert (minutes, hours, days, weeks; singular or plural, folded); any other unit
// compares only with the same unit after folding.
import { fold, tidy } from './fold';

export const TIME_UNITS = ['minute', 'hour', 'day', 'week'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

const MINUTES: Record<TimeUnit, number> = { minute: 1, hour: 60, day: 1440, week: 10080 };
const TIME_SPELLINGS: ReadonlyMap<string, TimeUnit> = new Map(
  TIME_UNITS.flatMap((unit) => [[unit, unit], [`${unit}s`, unit]] as const),
);

/**
 * Rounds away binary noise (0.1 weeks is 1008.0000000000001 minutes), so that amounts that are
 * equal on paper compare equal and can key a Map.
 */
export function canonical(value: number): number {
  if (Number.isSafeInteger(value)) return value === 0 ? 0 : value; // the usual case, and exact already
  const rounded = Number(value.toPrecision(12));
  return rounded === 0 ? 0 : rounded; // no -0
}

export type Measure = {
  /** `time`, or `unit:<folded unit>`: only measures of one dimension compare. */
  dimension: string;
  /** The amount in the dimension's base unit (minutes for time). */
  base: number;
  timeUnit?: TimeUnit;
};

export function timeUnitOf(unit: string): TimeUnit | undefined {
  return TIME_SPELLINGS.get(fold(unit));
}

/** What a unit is: its dimension, and how many base units one of it makes. */
export type UnitInfo = { dimension: string; factor: number; timeUnit?: TimeUnit };

/** `cache` keeps the folding of unit spellings already seen (an audit sees the same few again and again). */
export function unitInfo(unit: string, cache?: Map<string, UnitInfo>): UnitInfo {
  let info = cache?.get(unit);
  if (!info) {
    const time = timeUnitOf(unit);
    info = time ? { dimension: 'time', factor: MINUTES[time], timeUnit: time } : { dimension: `unit:${fold(unit)}`, factor: 1 };
    cache?.set(unit, info);
  }
  return info;
}

/** A value in its dimension's base unit. */
export function measure(value: number, unit: string, cache?: Map<string, UnitInfo>): Measure {
  const info = unitInfo(unit, cache);
  const base = canonical(value * info.factor);
  return info.timeUnit ? { dimension: info.dimension, base, timeUnit: info.timeUnit } : { dimension: info.dimension, base };
}

/** A gap between a promise and an experience, in the finer of their two units. */
export type Gap = { value: number; unit: string; timeUnit?: TimeUnit };

export function gapBetween(amount: number, promise: { unit: string }, promised: Measure, actual: Measure): Gap {
  const size = Math.abs(amount);
  if (promised.timeUnit && actual.timeUnit) {
    const unit = MINUTES[promised.timeUnit] <= MINUTES[actual.timeUnit] ? promised.timeUnit : actual.timeUnit;
    return { value: canonical(size / MINUTES[unit]), unit, timeUnit: unit };
  }
  return { value: canonical(size), unit: tidy(promise.unit) };
}
