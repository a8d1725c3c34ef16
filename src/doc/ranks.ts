// The order of stages is kept in a `rank` on each stage, not in its place in the Y.Array. Yjs
// has no move: moving by delete and insert would make a new copy of the stage, and a rename made
// at the same time in another tab (or by another person) would land on the deleted copy and be lost.
// With ranks a move only changes the moved stage's rank, and every other edit merges as usual.

/** Where a record keeps its rank in the document; not part of the file format. */
export const RANK_KEY = 'rank';

/** Closer than this, two ranks are renumbered rather than split again (floating point runs out). */
const SMALLEST_GAP = 1e-9;

/**
 * Indices of the longest run whose ranks already increase, in the wanted order. Those records
 * keep their ranks; only the others are given new ones, so a move writes one rank, not all.
 */
function keptIndices(ranks: readonly (number | undefined)[]): Set<number> {
  const n = ranks.length;
  const length: number[] = Array.from({ length: n }, () => 0);
  const previous: number[] = Array.from({ length: n }, () => -1);
  let best = -1;
  for (let i = 0; i < n; i++) {
    const rank = ranks[i];
    if (rank === undefined) continue;
    length[i] = 1;
    for (let j = 0; j < i; j++) {
      const earlier = ranks[j];
      if (earlier !== undefined && earlier < rank && (length[j] as number) + 1 > (length[i] as number)) {
        length[i] = (length[j] as number) + 1;
        previous[i] = j;
      }
    }
    if (best === -1 || (length[i] as number) > (length[best] as number)) best = i;
  }
  const kept = new Set<number>();
  for (let i = best; i !== -1; i = previous[i] as number) kept.add(i);
  return kept;
}

/**
 * The new ranks of a list in its wanted order, given each record's current rank (`undefined` for
 * a new record). Returns index -> rank for the records whose rank must change.
 */
export function reRank(ranks: readonly (number | undefined)[]): Map<number, number> {
  const kept = keptIndices(ranks);
  const changes = new Map<number, number>();
  let i = 0;
  while (i < ranks.length) {
    if (kept.has(i)) {
      i++;
      continue;
    }
    // A run of records between two kept neighbours (or an end of the list) gets ranks spread between them.
    let end = i;
    while (end < ranks.length && !kept.has(end)) end++;
    const count = end - i;
    const low = i > 0 ? (ranks[i - 1] as number) : undefined;
    const high = end < ranks.length ? (ranks[end] as number) : undefined;
    if (low !== undefined && high !== undefined && (high - low) / (count + 1) < SMALLEST_GAP) return renumbered(ranks.length);
    for (let k = 0; k < count; k++) {
      const rank =
        low === undefined && high === undefined ? k
        : low === undefined ? (high as number) - (count - k)
        : high === undefined ? low + k + 1
        : low + ((high - low) * (k + 1)) / (count + 1);
      changes.set(i + k, rank);
    }
    i = end;
  }
  return changes;
}

function renumbered(length: number): Map<number, number> {
  return new Map(Array.from({ length }, (_, index) => [index, index] as const));
}

/**
 * The reading order of records stored with ranks: by rank, then by id so that two records given
 * the same rank at once (two tabs inserting at one place) read in the same order everywhere.
 * A record without a rank (written before ranks existed) counts by its place in the array.
 */
export function rankedOrder<T>(items: readonly T[], rankOf: (item: T) => unknown, idOf: (item: T) => string): T[] {
  const keyed = items.map((item, index) => {
    const rank = rankOf(item);
    return { item, rank: typeof rank === 'number' ? rank : index, id: idOf(item) };
  });
  keyed.sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return keyed.map((entry) => entry.item);
}
