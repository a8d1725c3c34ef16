// Quantities of the audit: promises (value, unit, better) and measured experiences (value, unit).
// Units of time convert: minutes, hours, days and weeks (singular or plural, folded, in English,
// Thai, Chinese or Persian), and as intervals of calendar days, working days (a weekend may fall
// in between) and months (28 to 31 days). A promise is an interval in base units: one point for
// "3 days", [5, 7] days for "5-7 days", [5, 9] days for "5 working days". Any other unit compares
// only with the same unit after folding, currencies by their code ("$", "usd" and "dollars" agree).
import { fold, tidy } from './fold';

export const TIME_UNITS = ['minute', 'hour', 'day', 'week'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];
/** Time units that are an interval of calendar days rather than an amount. */
export type CalendarUnit = 'working day' | 'month';

const MINUTES: Record<TimeUnit, number> = { minute: 1, hour: 60, day: 1440, week: 10080 };
const DAY = MINUTES.day;

const spellings = (entries: Array<[string, readonly string[]]>) =>
  new Map<string, string>(entries.flatMap(([unit, words]) => words.map((word) => [word, unit] as [string, string])));
const plurals = (...words: string[]) => words.flatMap((word) => [word, `${word}s`]);

const TIME_SPELLINGS: ReadonlyMap<string, string> = spellings([
  ['minute', [...plurals('minute'), 'นาที', '分钟', '分鐘', 'دقیقه']],
  ['hour', [...plurals('hour'), 'ชั่วโมง', '小时', '小時', '钟头', '鐘頭', 'ساعت']],
  ['day', [...plurals('day'), 'วัน', '天', '日', 'روز']],
  ['week', [...plurals('week'), 'สัปดาห์', 'อาทิตย์', '周', '週', '星期', 'هفته']],
  ['working day', [...plurals('working day'), ...plurals('business day'), ...plurals('workday'), ...plurals('work day'), 'วันทำการ', '工作日', 'روز کاری']],
  ['month', [...plurals('month'), 'เดือน', '个月', '個月', '月', 'ماه']],
]);

/** Other units spelt in several ways: the percent sign and currencies, by their code. */
const OTHER_SPELLINGS: ReadonlyMap<string, string> = spellings([
  ['%', ['%', 'percent', 'per cent', 'درصد', 'เปอร์เซ็นต์']],
  ['usd', ['$', 'us$', 'usd', ...plurals('dollar'), 'دلار', '美元']],
  ['eur', ['€', 'eur', ...plurals('euro'), 'یورو', '欧元', '歐元']],
  ['gbp', ['£', 'gbp']],
  ['thb', ['฿', 'thb', 'baht', 'บาท']],
  ['cny', ['¥', '￥', 'cny', 'rmb', 'yuan', '元', '人民币', '人民幣']],
  ['irr', ['irr', ...plurals('rial'), 'ریال']],
  ['irt', ['irt', ...plurals('toman'), 'تومان']],
]);

/** The time unit a spelling names (minutes, hours, days, weeks), if any. */
export function timeUnitOf(unit: string): TimeUnit | undefined {
  const time = TIME_SPELLINGS.get(fold(unit));
  return time && time in MINUTES ? (time as TimeUnit) : undefined;
}

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

/** What a unit is: its dimension, and how many base units one of it makes. */
export type UnitInfo = {
  dimension: string;
  /** Base units in one of it; for a calendar unit, a typical amount (a working day is 7/5 of a day, a month 30 days). */
  factor: number;
  /** The unit a gap is given in (a day for working days and months). */
  timeUnit?: TimeUnit;
  calendar?: CalendarUnit;
};

/** `cache` keeps the folding of unit spellings already seen (an audit sees the same few again and again). */
export function unitInfo(unit: string, cache?: Map<string, UnitInfo>): UnitInfo {
  let info = cache?.get(unit);
  if (!info) {
    const folded = fold(unit);
    const time = TIME_SPELLINGS.get(folded);
    if (time === 'working day') info = { dimension: 'time', factor: (DAY * 7) / 5, timeUnit: 'day', calendar: 'working day' };
    else if (time === 'month') info = { dimension: 'time', factor: DAY * 30, timeUnit: 'day', calendar: 'month' };
    else if (time) info = { dimension: 'time', factor: MINUTES[time as TimeUnit], timeUnit: time as TimeUnit };
    else info = { dimension: `unit:${OTHER_SPELLINGS.get(folded) ?? folded}`, factor: 1 };
    cache?.set(unit, info);
  }
  return info;
}

/** A value in its dimension's base unit (an experience: what was measured). */
export function measure(value: number, unit: string, cache?: Map<string, UnitInfo>): Measure {
  const info = unitInfo(unit, cache);
  const base = canonical(value * info.factor);
  return info.timeUnit ? { dimension: info.dimension, base, timeUnit: info.timeUnit } : { dimension: info.dimension, base };
}

/**
 * The most calendar days `n` working days can take: a weekend for every five of them, and one
 * more for a start at the end of a week (5 working days are 5 to 9 calendar days).
 */
export function workingDaysAtMost(n: number): number {
  return n + 2 * (Math.floor(n / 5) + 1);
}

/** A promise as an interval in its dimension's base unit: `value` to `to` (or `value` alone). */
export function intervalOf(value: number, to: number | undefined, info: UnitInfo): { min: number; max: number } {
  const high = to ?? value;
  if (info.calendar === 'working day') return { min: canonical(value * DAY), max: canonical(workingDaysAtMost(high) * DAY) };
  if (info.calendar === 'month') return { min: canonical(value * 28 * DAY), max: canonical(high * 31 * DAY) };
  return { min: canonical(value * info.factor), max: canonical(high * info.factor) };
}

/** The interval in calendar days of a promise in working days or months; undefined for other units. */
export function calendarDays(promise: { value: number; to?: number; unit: string }): { min: number; max: number } | undefined {
  const info = unitInfo(promise.unit);
  if (!info.calendar) return undefined;
  const { min, max } = intervalOf(promise.value, promise.to, info);
  return { min: canonical(min / DAY), max: canonical(max / DAY) };
}

/** A gap between a promise and an experience, in the finer of their two units. */
export type Gap = { value: number; unit: string; timeUnit?: TimeUnit };

export function gapBetween(amount: number, promiseUnit: string, promised: TimeUnit | undefined, actual: TimeUnit | undefined): Gap {
  const size = Math.abs(amount);
  if (promised && actual) {
    const unit = MINUTES[promised] <= MINUTES[actual] ? promised : actual;
    return { value: canonical(size / MINUTES[unit]), unit, timeUnit: unit };
  }
  return { value: canonical(size), unit: tidy(promiseUnit) };
}
