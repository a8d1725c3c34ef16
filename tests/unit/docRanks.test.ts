// Stages ordered by rank (src/doc/ranks.ts): a move writes one rank, never a new copy, so what
// another tab or person does to the moved stage at the same time survives the merge.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mapRoots } from '../../src/doc/layout';
import { RANK_KEY, rankedOrder, reRank } from '../../src/doc/ranks';
import { createMapReader } from '../../src/doc/readMap';
import { writeWholeMap } from '../../src/doc/writeMap';
import { addStage, deleteStage, moveStage, updateStage } from '../../src/model/stages';
import { FORMAT_VERSION } from '../../src/model/schema';
import { createMapDocument } from '../../src/store/mapStore';
import { exchange, onlineOrderMap, replicaOf } from './docHelpers';

function twoTabs() {
  const a = createMapDocument(onlineOrderMap());
  const b = createMapDocument(replicaOf(a.ydoc));
  const map = (tab: typeof a) => tab.store.getState().map;
  const ids = (tab: typeof a) => map(tab).stages.map((s) => s.id);
  return { a, b, map, ids, sync: () => exchange(a.ydoc, b.ydoc) };
}

describe('reRank', () => {
  it('gives a fresh list the ranks 0, 1, 2…', () => {
    expect([...reRank([undefined, undefined, undefined])]).toEqual([[0, 0], [1, 1], [2, 2]]);
  });

  it('changes only the moved record, between its new neighbours', () => {
    // [0,1,2,3,4] with 4 moved to the front.
    expect([...reRank([4, 0, 1, 2, 3])]).toEqual([[0, -1]]);
    // 1 moved to the end.
    expect([...reRank([0, 2, 3, 4, 1])]).toEqual([[4, 5]]);
    // 3 moved between 0 and 1.
    expect([...reRank([0, 3, 1, 2, 4])]).toEqual([[1, 0.5]]);
  });

  it('spreads a run of new records between their neighbours', () => {
    expect([...reRank([0, undefined, undefined, 1])]).toEqual([[1, 1 / 3], [2, 2 / 3]]);
  });

  it('renumbers everything when two ranks are too close to split again', () => {
    expect([...reRank([0, undefined, 1e-12])]).toEqual([[0, 0], [1, 1], [2, 2]]);
  });
});

describe('rankedOrder', () => {
  it('orders by rank, ties by id, and unranked records by their place', () => {
    const items = [{ id: 'b', rank: 1 }, { id: 'a', rank: 1 }, { id: 'c', rank: 0 }, { id: 'd' }];
    expect(rankedOrder(items, (i) => (i as { rank?: number }).rank, (i) => i.id).map((i) => i.id)).toEqual(['c', 'a', 'b', 'd']);
  });
});

describe('stages moved in one tab, edited in another', () => {
  it('keeps a rename of the very stage the other tab moved', () => {
    const { a, b, map, ids, sync } = twoTabs();
    a.edit((m) => moveStage(m, 'support', 0));
    b.edit((m) => updateStage(m, 'support', { name: 'Aftercare' }));
    sync();
    expect(map(a)).toEqual(map(b));
    expect(ids(a)).toEqual(['support', 'aware', 'consider', 'buy', 'deliver']);
    expect(map(a).stages[0]?.name).toBe('Aftercare');
  });

  it('keeps both moves when two tabs move different stages', () => {
    const { a, b, map, ids, sync } = twoTabs();
    a.edit((m) => moveStage(m, 'support', 0));
    b.edit((m) => moveStage(m, 'aware', 4));
    sync();
    expect(map(a)).toEqual(map(b));
    expect(ids(a)).toEqual(['support', 'consider', 'buy', 'deliver', 'aware']);
  });

  it('reads two stages inserted at one place at once in the same order in both tabs', () => {
    const { a, b, map, ids, sync } = twoTabs();
    const inA = addStage(map(a), 'Comparison', 2);
    const inB = addStage(map(b), 'Try in store', 2);
    if (!inA || !inB) throw new Error('a stage was refused');
    a.edit(() => inA.map);
    b.edit(() => inB.map);
    sync();
    expect(ids(a)).toEqual(ids(b));
    expect(ids(a).slice(0, 2)).toEqual(['aware', 'consider']);
    expect(new Set(ids(a).slice(2, 4))).toEqual(new Set([inA.id, inB.id]));
  });

  it('lets a move and a delete of the same stage end with the stage deleted', () => {
    const { a, b, map, ids, sync } = twoTabs();
    a.edit((m) => moveStage(m, 'consider', 4));
    b.edit((m) => {
      const deleted = deleteStage(m, 'consider', 'aware');
      if (!deleted.ok) throw new Error(deleted.reason);
      return deleted.map;
    });
    sync();
    expect(map(a)).toEqual(map(b));
    expect(ids(a)).toEqual(['aware', 'buy', 'deliver', 'support']);
  });
});

describe('a document written before ranks existed', () => {
  it('reads its stages in their stored order, and a move ranks them all once', () => {
    const doc = new Y.Doc();
    writeWholeMap(doc, onlineOrderMap(), FORMAT_VERSION);
    // What an older version stored: the same records, without ranks.
    doc.transact(() => mapRoots(doc).stages.forEach((stage) => stage.delete(RANK_KEY)));
    expect(createMapReader(doc).read().stages.map((s) => s.id)).toEqual(['aware', 'consider', 'buy', 'deliver', 'support']);

    const tab = createMapDocument(replicaOf(doc));
    tab.edit((m) => moveStage(m, 'deliver', 0));
    expect(tab.store.getState().map.stages.map((s) => s.id)).toEqual(['deliver', 'aware', 'consider', 'buy', 'support']);
    expect(mapRoots(tab.ydoc).stages.toArray().every((stage) => typeof stage.get(RANK_KEY) === 'number')).toBe(true);
    // The rank is the document's own: never part of a stage as the format describes it.
    expect(tab.store.getState().map.stages[0]).not.toHaveProperty(RANK_KEY);
  });
});
