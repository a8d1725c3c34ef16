// The rules of version history, pure (no Dexie, no React, no clock of its own): what a version
// row holds, when an automatic snapshot is due, which automatic ones are pruned, and the counts
// and fingerprint a version is described and compared by.
import type { JourneyMap } from '../model/schema';

export const VERSION_TRIGGERS = ['opened', 'interval', 'before-restore', 'before-repair', 'named'] as const;
export type VersionTrigger = (typeof VERSION_TRIGGERS)[number];
export type AutomaticTrigger = Exclude<VersionTrigger, 'named'>;

/** An automatic snapshot while the map is being edited, at most this often. */
export const SNAPSHOT_INTERVAL_MS = 10 * 60_000;
/** Automatic snapshots kept per map; named versions are always kept on top of these. */
export const KEEP_AUTOMATIC = 50;
/** A name is a short label ("After workshop 1"), not a description. */
export const VERSION_NAME_MAX = 100;

export type VersionCounts = { stages: number; touchpoints: number; connections: number; findings?: number };

/**
 * One saved version of a map, as listed. Its content (the Y.Doc's full update) lives in a table
 * of its own, so listing the history never reads megabytes of documents.
 */
export type VersionRow = {
  id?: number;
  mapId: string;
  /** When it was taken, ms since the epoch (sorts as a number, and is indexed with mapId). */
  time: number;
  trigger: VersionTrigger;
  /** Only for named versions. */
  name?: string;
  counts: VersionCounts;
  /** Fingerprint of the content (digestOf): an automatic snapshot identical to the latest is skipped. */
  digest: string;
};
export type VersionContentRow = { id: number; content: Uint8Array };

export const isAutomatic = (trigger: VersionTrigger): trigger is AutomaticTrigger => trigger !== 'named';

/**
 * The 10-minute rule, checked when an edit arrives (so an idle tab runs nothing): due when the
 * last version of the map is at least SNAPSHOT_INTERVAL_MS old, or when it has none.
 */
export function intervalSnapshotDue(lastVersionAt: number | null, now: number): boolean {
  return lastVersionAt === null || now - lastVersionAt >= SNAPSHOT_INTERVAL_MS;
}

/** An automatic snapshot adds nothing when the latest version already holds this content. */
export function worthKeeping(latest: Pick<VersionRow, 'digest'> | undefined, digest: string): boolean {
  return latest?.digest !== digest;
}

/** Newest first; versions taken in the same millisecond by insertion order. */
export function newestFirst<T extends Pick<VersionRow, 'time' | 'id'>>(versions: readonly T[]): T[] {
  return [...versions].sort((a, b) => b.time - a.time || (b.id ?? 0) - (a.id ?? 0));
}

/** The automatic snapshots beyond the newest `keep`, oldest removed first; named ones never. */
export function versionsToPrune<T extends Pick<VersionRow, 'time' | 'id' | 'trigger'>>(versions: readonly T[], keep = KEEP_AUTOMATIC): T[] {
  return newestFirst(versions.filter((v) => isAutomatic(v.trigger))).slice(keep);
}

/** `findings` is given by the caller: the audit lives with the editor, not in storage's start-up code. */
export function countsOf(map: JourneyMap, findings?: number): VersionCounts {
  const counts: VersionCounts = { stages: map.stages.length, touchpoints: map.touchpoints.length, connections: map.connections.length };
  if (findings !== undefined) counts.findings = findings;
  return counts;
}

/** JSON with object keys sorted, so equal content gives equal text whatever order it was read in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** cyrb53: a fast 53-bit string hash; collisions only matter for skipping a duplicate snapshot. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

const digests = new WeakMap<JourneyMap, string>();

/**
 * The fingerprint of a map's content. The edit clock (`updatedAt`) is left out: an undo or a
 * stamp that changes no content is not a new version.
 */
export function digestOf(map: JourneyMap): string {
  // Snapshots are immutable: one that was fingerprinted (to decide whether to keep it) is not
  // walked again when it is stored.
  const known = digests.get(map);
  if (known) return known;
  const { updatedAt: _clock, ...content } = map;
  const text = canonicalJson(content);
  const digest = `${hash53(text)}-${text.length.toString(36)}`;
  digests.set(map, digest);
  return digest;
}
