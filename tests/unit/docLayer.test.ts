// The map in its Y.Doc: written from snapshots (applyMapChange), read back as snapshots
// (createMapReader), and merged with the edits of another tab.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createMapReader } from '../../src/doc/readMap';
import { applyMapChange, writeWholeMap } from '../../src/doc/writeMap';
import { parseDocumentText, validateStoredMap } from '../../src/io/importDocument';
import { updateMapInfo } from '../../src/model/maps';
import { addStage, deleteStage, moveStage, updateStage } from '../../src/model/stages';
import { moveTouchpoints, updateTouchpoint } from '../../src/model/touchpoints';
import { FORMAT_VERSION, type Expectation, type JourneyMap } from '../../src/model/schema';
import { createMapDocument, type MapDocument } from '../../src/store/mapStore';
import { exchange, onlineOrderMap, replicaOf } from './docHelpers';

const FIXTURES = join(import.meta.dirname, '../fixtures');

/** Every example map of tests/fixtures (the Persian one is a copy of ../shared/examples'). */
function examples(): JourneyMap[] {
  return readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.waymark.json'))
    .flatMap((name) => {
      const parsed = parseDocumentText(readFileSync(join(FIXTURES, name), 'utf8'));
      if (!parsed.ok) throw new Error(`${name} does not import: ${JSON.stringify(parsed.error)}`);
      return parsed.value.maps;
    });
}

/** A document holding `map`, with a reader that follows every transaction. */
function docOf(map: JourneyMap) {
  const doc = new Y.Doc();
  const reader = createMapReader(doc);
  doc.on('afterTransaction', reader.note);
  writeWholeMap(doc, map, FORMAT_VERSION);
  const change = (after: JourneyMap) => doc.transact(() => applyMapChange(doc, reader.read(), after));
  return { doc, reader, change };
}

/** Two open documents of one map, as in two tabs; `sync` exchanges what each lacks. */
function twoTabs(map: JourneyMap = onlineOrderMap()) {
  const a = createMapDocument(map);
  const b = createMapDocument(replicaOf(a.ydoc));
  const snapshot = (doc: MapDocument) => doc.store.getState().map;
  return { a, b, sync: () => exchange(a.ydoc, b.ydoc), snapshot };
}

const touchpointIn = (map: JourneyMap, id: string) => map.touchpoints.find((t) => t.id === id);

describe('a map written into a Y.Doc and read back', () => {
  it('has the three examples to try', () => {
    expect(examples().map((map) => map.id).sort()).toEqual(['clinic-visit', 'insurance-claim-fa', 'online-order']);
  });

  it.each(examples().map((map) => [map.id, map] as const))('gives back %s exactly, also after encoding', (_id, map) => {
    const { doc, reader } = docOf(map);
    expect(reader.read()).toEqual(map);
    expect(createMapReader(replicaOf(doc)).read()).toEqual(map);
  });

  it('keeps every record an edit did not touch, and the lists nothing changed', () => {
    const { reader, change } = docOf(onlineOrderMap());
    const before = reader.read();
    change(updateTouchpoint(before, 'pdp', { title: 'Product detail page', emotion: -1 }));
    const after = reader.read();
    expect(touchpointIn(after, 'pdp')).toMatchObject({ title: 'Product detail page', emotion: -1 });
    after.touchpoints.forEach((touchpoint, index) => {
      if (touchpoint.id !== 'pdp') expect(touchpoint).toBe(before.touchpoints[index]);
    });
    expect(after.stages).toBe(before.stages);
    expect(after.connections).toBe(before.connections);
    // Reading again without a change gives the very same snapshot.
    expect(reader.read()).toBe(after);
  });

  it('keeps the order of stages through an insert in the middle, a move and a delete', () => {
    const { doc, reader, change } = docOf(onlineOrderMap());
    const added = addStage(reader.read(), 'Comparison', 2);
    if (!added) throw new Error('the stage was refused');
    change(added.map);
    expect(reader.read().stages.map((s) => s.id)).toEqual(['aware', 'consider', added.id, 'buy', 'deliver', 'support']);
    change(moveStage(reader.read(), 'support', 0));
    expect(reader.read().stages.map((s) => s.id)).toEqual(['support', 'aware', 'consider', added.id, 'buy', 'deliver']);
    const deleted = deleteStage(reader.read(), 'consider', 'aware');
    if (!deleted.ok) throw new Error(deleted.reason);
    change(deleted.map);
    const expected = ['support', 'aware', added.id, 'buy', 'deliver'];
    expect(reader.read().stages.map((s) => s.id)).toEqual(expected);
    expect(reader.read()).toEqual(deleted.map);
    expect(createMapReader(replicaOf(doc)).read().stages.map((s) => s.id)).toEqual(expected);
  });

  it('reads text with half an emoji the same in this tab as in the others', () => {
    const { doc, reader, change } = docOf(onlineOrderMap());
    change(updateTouchpoint(reader.read(), 'ad', { title: 'Ad 😄'.slice(0, -1) }));
    expect(createMapReader(replicaOf(doc)).read()).toEqual(reader.read());
  });
});

describe('edits of two tabs, merged', () => {
  it('keeps edits to two fields of one touchpoint', () => {
    const { a, b, sync, snapshot } = twoTabs();
    a.edit((map) => updateTouchpoint(map, 'checkout', { title: 'One-page checkout' }));
    b.edit((map) => updateTouchpoint(map, 'checkout', { emotion: -2, channel: 'app' }));
    sync();
    for (const tab of [a, b]) expect(touchpointIn(snapshot(tab), 'checkout')).toMatchObject({ title: 'One-page checkout', emotion: -2, channel: 'app' });
    expect(snapshot(a)).toEqual(snapshot(b));
  });

  it("keeps the map's title and a touchpoint's edit", () => {
    const { a, b, sync, snapshot } = twoTabs();
    a.edit((map) => updateMapInfo(map, { title: 'Kettle order' }));
    b.edit((map) => updateTouchpoint(map, 'ad', { description: 'Seen on Instagram' }));
    sync();
    for (const tab of [a, b]) {
      expect(snapshot(tab).title).toBe('Kettle order');
      expect(touchpointIn(snapshot(tab), 'ad')?.description).toBe('Seen on Instagram');
    }
  });

  it('keeps what both added to one list of expectations, and both new stages', () => {
    const { a, b, sync, snapshot } = twoTabs();
    const say = (id: string, message: string): Expectation => ({ id, topic: 'Returns', message });
    const addExpectation = (doc: MapDocument, expectation: Expectation) =>
      doc.edit((map) => updateTouchpoint(map, 'ad', { expectations: [...(touchpointIn(map, 'ad')?.expectations ?? []), expectation] }));
    addExpectation(a, say('from-a', 'Free returns'));
    addExpectation(b, say('from-b', '30 days to return'));
    const stageOf = (doc: MapDocument, name: string) => {
      const added = addStage(snapshot(doc), name, 1);
      if (added) doc.edit(() => added.map);
    };
    stageOf(a, 'Research');
    stageOf(b, 'Compare');
    sync();
    expect(snapshot(a)).toEqual(snapshot(b));
    const merged = snapshot(a);
    expect(touchpointIn(merged, 'ad')?.expectations.map((e) => e.id).sort()).toEqual(['e1', 'from-a', 'from-b']);
    expect(merged.stages.map((s) => s.name).filter((name) => name === 'Research' || name === 'Compare').sort()).toEqual(['Compare', 'Research']);
    expect(merged.stages).toHaveLength(7);
  });

  it('adds up votes given in both tabs', () => {
    const { a, b, sync, snapshot } = twoTabs();
    const vote = (doc: MapDocument) => doc.edit((map) => updateTouchpoint(map, 'call', { votes: (touchpointIn(map, 'call')?.votes ?? 0) + 1 }));
    vote(a);
    vote(b);
    sync();
    expect(touchpointIn(snapshot(a), 'call')?.votes).toBe(2);
    expect(touchpointIn(snapshot(b), 'call')?.votes).toBe(2);
    vote(a);
    sync();
    expect(touchpointIn(snapshot(b), 'call')?.votes).toBe(3);
  });

  it('counts a vote given after both tabs took the last one away', () => {
    const { a, b, sync, snapshot } = twoTabs();
    a.edit((map) => updateTouchpoint(map, 'call', { votes: 1 }));
    sync();
    for (const tab of [a, b]) tab.edit((map) => updateTouchpoint(map, 'call', { votes: undefined }));
    sync();
    expect(touchpointIn(snapshot(a), 'call')?.votes ?? 0).toBe(0);
    a.edit((map) => updateTouchpoint(map, 'call', { votes: 1 }));
    sync();
    expect(touchpointIn(snapshot(a), 'call')?.votes).toBe(1);
    expect(touchpointIn(snapshot(b), 'call')?.votes).toBe(1);
  });

  it('shows no half-applied map when a later update of a tab arrives before an earlier one', () => {
    const { a, b, snapshot } = twoTabs();
    const updates: Uint8Array[] = [];
    b.ydoc.on('update', (update: Uint8Array) => updates.push(update));
    b.edit((map) => updateMapInfo(map, { title: 'First' }));
    b.edit((map) => moveTouchpoints(map, [{ id: 'ad', position: { x: 40, y: 500 } }]));
    const [first, second] = updates as [Uint8Array, Uint8Array];
    const before = snapshot(a);
    // The move removes the card's old position at once; its new one waits for the first update.
    Y.applyUpdate(a.ydoc, second, 'other tab');
    expect(snapshot(a)).toBe(before);
    // An edit made meanwhile is kept, and shown with the rest once the map is whole again.
    a.edit((map) => updateTouchpoint(map, 'call', { emotion: 2 }));
    expect(touchpointIn(snapshot(a), 'ad')?.position).toEqual(touchpointIn(before, 'ad')?.position);
    Y.applyUpdate(a.ydoc, first, 'other tab');
    expect(snapshot(a).title).toBe('First');
    expect(touchpointIn(snapshot(a), 'call')?.emotion).toBe(2);
    expect(touchpointIn(snapshot(a), 'ad')?.position).toEqual({ x: 40, y: 500 });
    expect(validateStoredMap(snapshot(a)).ok).toBe(true);
  });

  it('keeps a stage renamed in one tab while the other reorders another one', () => {
    const { a, b, sync, snapshot } = twoTabs();
    a.edit((map) => updateStage(map, 'buy', { name: 'Checkout' }));
    b.edit((map) => moveStage(map, 'support', 0));
    sync();
    expect(snapshot(a)).toEqual(snapshot(b));
    expect(snapshot(a).stages.map((s) => s.name)).toEqual(['Support', 'Awareness', 'Consideration', 'Checkout', 'Delivery']);
  });
});
