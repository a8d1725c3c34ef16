// A touchpoint's lists (messages, actions, friction…) hold each record as one plain value, and
// documents stored before that (a Y.Map per record) still read, take edits and merge.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mapRoots, TOUCHPOINT_SHAPE } from '../../src/doc/layout';
import { PACKED_KEY, unpack } from '../../src/doc/listViews';
import { writeWholeMap } from '../../src/doc/writeMap';
import { FORMAT_VERSION, type Expectation, type JourneyMap } from '../../src/model/schema';
import { updateTouchpoint } from '../../src/model/touchpoints';
import { createMapDocument, type MapDocument } from '../../src/store/mapStore';
import { exchange, onlineOrderMap, replicaOf } from './docHelpers';

const LISTS = Object.keys(TOUCHPOINT_SHAPE.keyed);
const snapshot = (doc: MapDocument) => doc.store.getState().map;
const touchpointIn = (map: JourneyMap, id: string) => map.touchpoints.find((t) => t.id === id);
const messagesOf = (doc: MapDocument, id: string) => touchpointIn(snapshot(doc), id)?.expectations ?? [];
/** The stored items of one touchpoint's list, as Yjs holds them. */
function storedList(doc: Y.Doc, touchpointId: string, list: string): unknown[] {
  const touchpoint = mapRoots(doc).touchpoints.toArray().find((t) => t.get('id') === touchpointId);
  const packed = touchpoint?.get(PACKED_KEY);
  if (packed instanceof Y.Array) return unpack(packed as Y.Array<unknown>).get(list) ?? [];
  const stored = touchpoint?.get(list);
  return stored instanceof Y.Array ? stored.toArray() : [];
}

/**
 * A document as the release before whole values wrote it: a Y.Array per list of a touchpoint, a
 * Y.Map for every record of the lists with ids.
 */
function legacyDoc(map: JourneyMap): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    writeWholeMap(doc, map, FORMAT_VERSION);
    for (const touchpoint of mapRoots(doc).touchpoints.toArray()) {
      const record = map.touchpoints.find((t) => t.id === touchpoint.get('id'));
      touchpoint.delete(PACKED_KEY);
      for (const list of LISTS) {
        const items = ((record as Record<string, unknown> | undefined)?.[list] ?? []) as Record<string, unknown>[];
        touchpoint.set(list, Y.Array.from(items.map((item) => new Y.Map(Object.entries(item).filter(([, v]) => v !== undefined)))));
      }
      for (const list of TOUCHPOINT_SHAPE.plainLists) touchpoint.set(list, Y.Array.from(((record as Record<string, unknown> | undefined)?.[list] ?? []) as never[]));
    }
  });
  return doc;
}

/** Replaces the message of one touchpoint with the given id by `patch` applied to it. */
const editMessage = (doc: MapDocument, touchpointId: string, messageId: string, patch: Partial<Expectation>, group?: string) =>
  doc.edit((map) => updateTouchpoint(map, touchpointId, {
    expectations: (touchpointIn(map, touchpointId)?.expectations ?? []).map((e) => (e.id === messageId ? { ...e, ...patch } : e)),
  }), { group });

describe('records of a touchpoint list, stored as whole values', () => {
  it("keeps all of a touchpoint's lists in one Y.Array, one Yjs struct when written together, and reads them back as written", () => {
    const map = onlineOrderMap();
    const doc = createMapDocument(map);
    const touchpoint = mapRoots(doc.ydoc).touchpoints.get(1);
    for (const list of [...LISTS, ...TOUCHPOINT_SHAPE.plainLists]) expect(touchpoint.has(list)).toBe(false);
    const packed = touchpoint.get(PACKED_KEY) as Y.Array<unknown>;
    expect(storedList(doc.ydoc, 'pdp', 'expectations')).toEqual(touchpointIn(map, 'pdp')?.expectations);
    expect(packed.toArray().every((item) => !(item instanceof Y.AbstractType))).toBe(true);
    // Every entry in one item of the array's linked list.
    expect(packed._start?.right).toBeNull();
    expect(snapshot(doc)).toEqual(map);
  });

  it('keeps the order of each list through inserts, moves and deletes among the other lists', () => {
    const doc = createMapDocument(onlineOrderMap());
    const say = (id: string): Expectation => ({ id, topic: 'T', message: id });
    const set = (ids: string[]) => doc.edit((map) => {
      const all = new Map([...(touchpointIn(map, 'checkout')?.expectations ?? []), ...['x', 'y', 'z'].map(say)].map((e) => [e.id, e]));
      return updateTouchpoint(map, 'checkout', { expectations: ids.map((id) => all.get(id) as Expectation), pillars: ids.length % 2 ? ['integrity'] : ['integrity', 'empathy'] });
    });
    for (const ids of [['x', 'e1', 'y'], ['y', 'x', 'e1', 'z'], ['z', 'e1'], ['e1', 'x', 'y', 'z'], []]) {
      set(ids);
      expect(messagesOf(doc, 'checkout').map((e) => e.id)).toEqual(ids);
      expect(touchpointIn(snapshot(doc), 'checkout')?.friction).toEqual(touchpointIn(onlineOrderMap(), 'checkout')?.friction);
      expect(touchpointIn(snapshot(doc), 'checkout')?.actions).toEqual(touchpointIn(onlineOrderMap(), 'checkout')?.actions);
      expect(snapshot(doc)).toEqual(snapshot(createMapDocument(replicaOf(doc.ydoc))));
    }
  });

  it('shows what an older release added to a touchpoint of this layout, and moves it into the packed list on the next write', () => {
    const a = createMapDocument(onlineOrderMap());
    const ids = messagesOf(a, 'pdp').map((e) => e.id);
    // A tab still running the release before: it adds a message in an array of the list's own.
    const old = replicaOf(a.ydoc);
    const pdp = mapRoots(old).touchpoints.toArray().find((t) => t.get('id') === 'pdp') as Y.Map<unknown>;
    old.transact(() => pdp.set('expectations', Y.Array.from([new Y.Map<unknown>([['id', 'old1'], ['topic', 'Returns'], ['message', 'Free returns']])])));
    exchange(a.ydoc, old);
    expect(messagesOf(a, 'pdp').map((e) => e.id)).toEqual([...ids, 'old1']);

    editMessage(a, 'pdp', 'e1', { message: 'Edited here' });
    expect(messagesOf(a, 'pdp').map((e) => e.id)).toEqual([...ids, 'old1']);
    expect(messagesOf(a, 'pdp').at(-1)).toEqual({ id: 'old1', topic: 'Returns', message: 'Free returns' });
    expect(storedList(a.ydoc, 'pdp', 'expectations')).toEqual(messagesOf(a, 'pdp'));
    const own = mapRoots(a.ydoc).touchpoints.toArray().find((t) => t.get('id') === 'pdp')?.get('expectations') as Y.Array<unknown>;
    expect(own.length).toBe(0);
    // Another tab of this release, merging both sides, reads the same map.
    const c = createMapDocument(replicaOf(old));
    exchange(c.ydoc, a.ydoc);
    expect(snapshot(c)).toEqual(snapshot(a));
  });

  it("counts votes in each tab's own field of the touchpoint, adds votes from two tabs, and still counts a document's older per-tab map", () => {
    const a = createMapDocument(onlineOrderMap());
    const stored = (doc: Y.Doc) => mapRoots(doc).touchpoints.toArray().find((t) => t.get('id') === 'pdp') as Y.Map<unknown>;
    expect(stored(a.ydoc).has('votes')).toBe(false);
    const b = createMapDocument(replicaOf(a.ydoc));
    const votesOf = (doc: MapDocument) => touchpointIn(snapshot(doc), 'pdp')?.votes;
    const give = (doc: MapDocument, n: number) => doc.edit((map) => updateTouchpoint(map, 'pdp', { votes: (touchpointIn(map, 'pdp')?.votes ?? 0) + n }));
    give(a, 2);
    give(b, 1);
    exchange(a.ydoc, b.ydoc);
    expect(votesOf(a)).toBe(3);
    expect(votesOf(b)).toBe(3);
    // A document from the release before: the per-tab counts in a Y.Map under "votes".
    const old = replicaOf(a.ydoc);
    old.transact(() => stored(old).set('votes', new Y.Map<number>([['99', 4]])));
    exchange(a.ydoc, old);
    expect(votesOf(a)).toBe(7);
    a.edit((map) => updateTouchpoint(map, 'pdp', { votes: undefined }));
    exchange(a.ydoc, b.ydoc);
    expect(votesOf(a)).toBeUndefined();
    expect(votesOf(b)).toBeUndefined();
  });

  it('replaces an edited record at its place, keeps the identity of the others, and undoes a field edit in one step', () => {
    const doc = createMapDocument(onlineOrderMap());
    const [first, second] = messagesOf(doc, 'pdp');
    for (const message of ['Fast', 'Fast delivery', 'Fast delivery, tracked']) editMessage(doc, 'pdp', 'e1', { message }, 'pdp/e1/message');
    const after = messagesOf(doc, 'pdp');
    expect(after.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(after[0]?.message).toBe('Fast delivery, tracked');
    expect(after[1]).toBe(second);
    doc.undo();
    expect(messagesOf(doc, 'pdp')).toEqual([first, second]);
  });

  it('keeps one version of a message two tabs edit at once, the same in both, and both messages two tabs add', () => {
    const a = createMapDocument(onlineOrderMap());
    const b = createMapDocument(replicaOf(a.ydoc));
    const original = messagesOf(a, 'pdp')[0];
    editMessage(a, 'pdp', 'e1', { message: 'From A' });
    editMessage(b, 'pdp', 'e1', { message: 'From B', topic: 'Speed' });
    a.edit((map) => updateTouchpoint(map, 'ad', { expectations: [...(touchpointIn(map, 'ad')?.expectations ?? []), { id: 'x-a', topic: 'T', message: 'a' }] }));
    b.edit((map) => updateTouchpoint(map, 'ad', { expectations: [...(touchpointIn(map, 'ad')?.expectations ?? []), { id: 'x-b', topic: 'T', message: 'b' }] }));
    // Each tab repairs the duplicate it sees after the merge; their repairs merge too.
    for (let round = 0; round < 3; round++) exchange(a.ydoc, b.ydoc);
    expect(snapshot(a)).toEqual(snapshot(b));
    const messages = messagesOf(a, 'pdp');
    expect(messages.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect([{ ...original, message: 'From A' }, { ...original, message: 'From B', topic: 'Speed' }]).toContainEqual(messages[0]);
    expect(storedList(a.ydoc, 'pdp', 'expectations')).toHaveLength(2);
    expect(messagesOf(a, 'ad').map((e) => e.id).sort()).toEqual(['e1', 'x-a', 'x-b']);
  });

  it('keeps a message one tab edits while the other deletes it, with the edit, in both', () => {
    const a = createMapDocument(onlineOrderMap());
    const b = createMapDocument(replicaOf(a.ydoc));
    editMessage(a, 'pdp', 'e2', { message: 'Still wanted' });
    b.edit((map) => updateTouchpoint(map, 'pdp', { expectations: (touchpointIn(map, 'pdp')?.expectations ?? []).filter((e) => e.id !== 'e2') }));
    exchange(a.ydoc, b.ydoc);
    for (const tab of [a, b]) expect(messagesOf(tab, 'pdp').map((e) => [e.id, e.message])).toEqual([['e1', messagesOf(a, 'pdp')[0]?.message], ['e2', 'Still wanted']]);
  });

  it('undoes only this tab\'s edit of a message, not the other tab\'s edit of another', () => {
    const a = createMapDocument(onlineOrderMap());
    const b = createMapDocument(replicaOf(a.ydoc));
    const original = messagesOf(a, 'pdp')[0]?.message;
    editMessage(a, 'pdp', 'e1', { message: 'A typed this' });
    editMessage(b, 'pdp', 'e2', { message: 'B typed this' });
    exchange(a.ydoc, b.ydoc);
    a.undo();
    exchange(a.ydoc, b.ydoc);
    for (const tab of [a, b]) expect(messagesOf(tab, 'pdp').map((e) => e.message)).toEqual([original, 'B typed this']);
  });
});

describe('a document stored before whole values (a Y.Map per record)', () => {
  it('reads the same map', () => {
    const map = onlineOrderMap();
    const doc = legacyDoc(map);
    expect(storedList(doc, 'pdp', 'expectations').every((item) => item instanceof Y.Map)).toBe(true);
    expect(snapshot(createMapDocument(doc))).toEqual(map);
  });

  it('turns a record into a plain value when it is edited, and leaves the others as they are', () => {
    const doc = createMapDocument(legacyDoc(onlineOrderMap()));
    const untouched = messagesOf(doc, 'pdp')[1];
    editMessage(doc, 'pdp', 'e1', { message: 'Edited' });
    const stored = storedList(doc.ydoc, 'pdp', 'expectations');
    expect(stored[0]).not.toBeInstanceOf(Y.Map);
    expect(stored[1]).toBeInstanceOf(Y.Map);
    expect(messagesOf(doc, 'pdp')).toEqual([{ ...messagesOf(doc, 'pdp')[0], message: 'Edited' }, untouched]);
    // And back again: the undo brings the Y.Map back, with its fields.
    doc.undo();
    expect(storedList(doc.ydoc, 'pdp', 'expectations')[0]).toBeInstanceOf(Y.Map);
    expect(snapshot(doc).touchpoints).toEqual(onlineOrderMap().touchpoints);
  });

  it('merges with a tab that still writes Y.Maps: edits to other records survive, and one version of the same record, alike in both', () => {
    const legacy = legacyDoc(onlineOrderMap());
    const fresh = createMapDocument(replicaOf(legacy));
    // The old release sets one field of a record's Y.Map; this one replaces records.
    const oldTabSets = (touchpointId: string, index: number, field: string, value: string) =>
      legacy.transact(() => (storedList(legacy, touchpointId, 'expectations')[index] as Y.Map<unknown>).set(field, value));
    oldTabSets('pdp', 1, 'message', 'Old tab, second message');
    editMessage(fresh, 'pdp', 'e1', { message: 'New tab, first message' });
    oldTabSets('ad', 0, 'message', 'Old tab on ad');
    editMessage(fresh, 'ad', 'e1', { topic: 'New tab topic on ad' });
    const old = createMapDocument(legacy);
    for (let round = 0; round < 3; round++) exchange(old.ydoc, fresh.ydoc);
    expect(snapshot(old)).toEqual(snapshot(fresh));
    expect(messagesOf(fresh, 'pdp').map((e) => e.message)).toEqual(['New tab, first message', 'Old tab, second message']);
    // The same record edited on both sides: the old tab's field went into the Y.Map the new tab
    // replaced, so the new tab's version is the one left, everywhere.
    expect(messagesOf(fresh, 'ad')).toHaveLength(1);
    expect(messagesOf(fresh, 'ad')[0]?.topic).toBe('New tab topic on ad');
  });

  it('merges records added on both sides, a Y.Map from the old form and a value from the new', () => {
    const legacy = legacyDoc(onlineOrderMap());
    const fresh = createMapDocument(replicaOf(legacy));
    legacy.transact(() => (mapRoots(legacy).touchpoints.get(0).get('expectations') as Y.Array<unknown>).push([new Y.Map<unknown>([['id', 'old'], ['topic', 'Old'], ['message', 'From the old tab']])]));
    fresh.edit((map) => updateTouchpoint(map, 'ad', { expectations: [...(touchpointIn(map, 'ad')?.expectations ?? []), { id: 'new', topic: 'New', message: 'From the new tab' }] }));
    const old = createMapDocument(legacy);
    exchange(old.ydoc, fresh.ydoc);
    expect(snapshot(old)).toEqual(snapshot(fresh));
    expect(messagesOf(fresh, 'ad').map((e) => e.id).sort()).toEqual(['e1', 'new', 'old']);
  });
});
