// The rules of version history: when a snapshot is due, which are pruned, what they count, and
// when two states are the same content.
import { describe, expect, it } from 'vitest';
import { updateMapInfo } from '../../src/model/maps';
import {
  countsOf, digestOf, intervalSnapshotDue, KEEP_AUTOMATIC, newestFirst, SNAPSHOT_INTERVAL_MS, versionsToPrune, worthKeeping, type VersionRow, type VersionTrigger,
} from '../../src/persistence/versionsRules';
import { onlineOrderMap } from './docHelpers';

const MINUTE = 60_000;
const row = (id: number, time: number, trigger: VersionTrigger = 'interval'): Pick<VersionRow, 'id' | 'time' | 'trigger'> => ({ id, time, trigger });

describe('the 10-minute rule', () => {
  const start = Date.UTC(2026, 11, 2, 9, 0);

  it('is due on the first edit of a map that has no version', () => {
    expect(intervalSnapshotDue(null, start)).toBe(true);
  });

  it('is not due while less than 10 minutes have passed since the last version', () => {
    expect(intervalSnapshotDue(start, start + 9 * MINUTE)).toBe(false);
    expect(intervalSnapshotDue(start, start + SNAPSHOT_INTERVAL_MS - 1)).toBe(false);
  });

  it('is due from 10 minutes on, however long the map sat idle', () => {
    expect(intervalSnapshotDue(start, start + SNAPSHOT_INTERVAL_MS)).toBe(true);
    expect(intervalSnapshotDue(start, start + 5 * 60 * MINUTE)).toBe(true);
  });

  it('follows an injected clock through a session of edits: one snapshot per 10 minutes of editing', () => {
    let last: number | null = start;
    const taken: number[] = [];
    // An edit every 45 seconds for an hour.
    for (let at = start; at <= start + 60 * MINUTE; at += 45_000) {
      if (intervalSnapshotDue(last, at)) {
        taken.push(at);
        last = at;
      }
    }
    expect(taken.length).toBe(5);
    for (let i = 1; i < taken.length; i++) expect((taken[i] as number) - (taken[i - 1] as number)).toBeGreaterThanOrEqual(SNAPSHOT_INTERVAL_MS);
  });
});

describe('pruning', () => {
  it('keeps the newest 50 automatic snapshots and removes the oldest first', () => {
    const versions = Array.from({ length: 55 }, (_, i) => row(i + 1, 1000 + i));
    const doomed = versionsToPrune(versions);
    expect(KEEP_AUTOMATIC).toBe(50);
    expect(doomed.map((v) => v.id).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([1, 2, 3, 4, 5]);
  });

  it('never removes a named version, however old, nor counts it against the 50', () => {
    const versions = [row(1, 1, 'named'), ...Array.from({ length: 51 }, (_, i) => row(i + 2, 10 + i, i % 2 ? 'opened' : 'before-restore')), row(99, 5, 'named')];
    const doomed = versionsToPrune(versions);
    expect(doomed.map((v) => v.id)).toEqual([2]);
  });

  it('removes nothing at or below the limit', () => {
    expect(versionsToPrune(Array.from({ length: 50 }, (_, i) => row(i, i)))).toEqual([]);
    expect(versionsToPrune([row(1, 1), row(2, 2)], 1).map((v) => v.id)).toEqual([1]);
  });

  it('lists newest first, same-millisecond versions by insertion', () => {
    expect(newestFirst([row(1, 10), row(3, 20), row(2, 20)]).map((v) => v.id)).toEqual([3, 2, 1]);
  });
});

describe('counts and content', () => {
  it('counts stages, touchpoints, arrows, and findings when given', () => {
    const map = onlineOrderMap();
    expect(countsOf(map)).toEqual({ stages: map.stages.length, touchpoints: map.touchpoints.length, connections: map.connections.length });
    expect(countsOf(map, 4).findings).toBe(4);
  });

  it('gives the same fingerprint to the same content, whatever the key order or edit clock', () => {
    const map = onlineOrderMap();
    const reversed = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).reverse()) as T;
    const reordered = { ...reversed(map), touchpoints: map.touchpoints.map(reversed) };
    expect(Object.keys(reordered)).not.toEqual(Object.keys(map));
    expect(digestOf({ ...map, updatedAt: '2030-01-01T00:00:00.000Z' })).toBe(digestOf(map));
    expect(digestOf(reordered)).toBe(digestOf(map));
  });

  it('gives another fingerprint to other content', () => {
    const map = onlineOrderMap();
    expect(digestOf(updateMapInfo(map, { title: `${map.title}!` }))).not.toBe(digestOf(map));
  });

  it('skips an automatic snapshot identical to the latest version only', () => {
    expect(worthKeeping(undefined, 'a')).toBe(true);
    expect(worthKeeping({ digest: 'a' }, 'a')).toBe(false);
    expect(worthKeeping({ digest: 'a' }, 'b')).toBe(true);
  });
});
