import { describe, expect, it } from 'vitest';
import { formatExactDate, formatRelativeTime } from '../../src/ui/library/relativeTime';

// Local dates, so calendar-day rules hold in every time zone the tests run in.
const now = new Date(2026, 10, 23, 15, 0, 0); // 23 Nov 2026, 15:00 local
const at = (month: number, day: number, hour = 15, minute = 0, second = 0, year = 2026) => new Date(year, month, day, hour, minute, second);

describe('formatRelativeTime', () => {
  it('says "now" for less than a minute, either way', () => {
    expect(formatRelativeTime(at(10, 23, 14, 59, 30), now)).toBe('now');
    expect(formatRelativeTime(now, now)).toBe('now');
    expect(formatRelativeTime(at(10, 23, 15, 0, 20), now)).toBe('now');
  });

  it('counts whole minutes and hours', () => {
    expect(formatRelativeTime(at(10, 23, 14, 55), now)).toBe('5 minutes ago');
    expect(formatRelativeTime(at(10, 23, 14, 59, 0), now)).toBe('1 minute ago');
    expect(formatRelativeTime(at(10, 23, 14, 0, 30), now)).toBe('59 minutes ago');
    expect(formatRelativeTime(at(10, 23, 12, 0), now)).toBe('3 hours ago');
    expect(formatRelativeTime(at(10, 23, 0, 30), now)).toBe('14 hours ago');
  });

  it('uses calendar days from the day before', () => {
    expect(formatRelativeTime(at(10, 22, 9), now)).toBe('yesterday');
    expect(formatRelativeTime(at(10, 22, 23), at(10, 23, 20))).toBe('yesterday');
    // Late last night, early this morning: still hours, not "yesterday".
    expect(formatRelativeTime(at(10, 22, 23), at(10, 23, 2))).toBe('3 hours ago');
    expect(formatRelativeTime(at(10, 20, 9), now)).toBe('3 days ago');
  });

  it('moves to weeks, months and years', () => {
    expect(formatRelativeTime(at(10, 16), now)).toBe('last week');
    expect(formatRelativeTime(at(10, 2), now)).toBe('3 weeks ago');
    expect(formatRelativeTime(at(9, 20), now)).toBe('last month');
    expect(formatRelativeTime(at(4, 1), now)).toBe('6 months ago');
    expect(formatRelativeTime(at(10, 1, 15, 0, 0, 2025), now)).toBe('last year');
    expect(formatRelativeTime(at(0, 1, 15, 0, 0, 2023), now)).toBe('3 years ago');
  });

  it('handles a date slightly in the future (a skewed clock)', () => {
    expect(formatRelativeTime(at(10, 23, 15, 10), now)).toBe('in 10 minutes');
    expect(formatRelativeTime(at(10, 24, 16), now)).toBe('tomorrow');
  });

  it('accepts ISO strings and epoch numbers', () => {
    const iso = new Date(now.getTime() - 2 * 60 * 60 * 1000).toISOString();
    expect(formatRelativeTime(iso, now.getTime())).toBe('2 hours ago');
  });

  it('speaks other locales', () => {
    expect(formatRelativeTime(at(10, 22, 9), now, 'fr')).toBe('hier');
  });

  it('returns an empty string for a date it cannot read', () => {
    expect(formatRelativeTime('not a date', now)).toBe('');
    expect(formatExactDate('not a date')).toBe('');
  });
});

describe('formatExactDate', () => {
  it('writes the full date and time', () => {
    const text = formatExactDate(at(10, 23, 15, 5));
    expect(text).toContain('November 23, 2026');
    expect(text).toContain('3:05');
  });
});
