// "Last edited" as people say it: "now", "5 minutes ago", "yesterday", "last week".
// Pure: the caller passes `now`, so the result is reproducible. Calendar units (days and
// longer) are counted in local calendar days, so something edited late last evening is
// "yesterday" the next afternoon, not "2 days ago".

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const DEFAULT_LOCALE = 'en';

type DateInput = string | number | Date;

function toDate(value: DateInput): Date {
  return value instanceof Date ? value : new Date(value);
}

/** Whole local calendar days from `from` to `to` (negative when `to` is earlier). */
function calendarDays(from: Date, to: Date): number {
  const a = Date.UTC(from.getFullYear(), from.getMonth(), from.getDate());
  const b = Date.UTC(to.getFullYear(), to.getMonth(), to.getDate());
  return Math.round((b - a) / (24 * HOUR));
}

/** Whole calendar months from `from` to `to`, not counting a month that is not yet complete. */
function calendarMonths(from: Date, to: Date): number {
  const months = (to.getFullYear() - from.getFullYear()) * 12 + (to.getMonth() - from.getMonth());
  if (months > 0 && to.getDate() < from.getDate()) return months - 1;
  if (months < 0 && to.getDate() > from.getDate()) return months + 1;
  return months;
}

/**
 * How long ago (or, with a skewed clock, how far ahead) `date` is from `now`, in words.
 * Returns "" for a date that cannot be read.
 */
export function formatRelativeTime(date: DateInput, now: DateInput, locale: string = DEFAULT_LOCALE): string {
  const then = toDate(date);
  const current = toDate(now);
  if (Number.isNaN(then.getTime()) || Number.isNaN(current.getTime())) return '';

  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const elapsed = current.getTime() - then.getTime(); // > 0: in the past
  const sign = elapsed >= 0 ? -1 : 1;
  const distance = Math.abs(elapsed);

  if (distance < MINUTE) return rtf.format(0, 'second');
  if (distance < HOUR) return rtf.format(sign * Math.floor(distance / MINUTE), 'minute');

  const [earlier, later] = elapsed >= 0 ? [then, current] : [current, then];
  const days = calendarDays(earlier, later);
  if (days === 0 || distance < 12 * HOUR) return rtf.format(sign * Math.floor(distance / HOUR), 'hour');
  if (days < 7) return rtf.format(sign * days, 'day');

  const months = calendarMonths(earlier, later);
  if (months < 1) return rtf.format(sign * Math.floor(days / 7), 'week');
  if (months < 12) return rtf.format(sign * months, 'month');
  return rtf.format(sign * Math.floor(months / 12), 'year');
}

/** The exact date and time, for a tooltip next to the relative one. */
export function formatExactDate(date: DateInput, locale: string = DEFAULT_LOCALE): string {
  const value = toDate(date);
  if (Number.isNaN(value.getTime())) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(value);
}
