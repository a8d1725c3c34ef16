// Undo and redo of an open map: one step per intent (an edit, a field typed until blur), never
// for selection or for what another tab did; the edit clock never goes back.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createMapDocument, type MapDocument } from '../../src/store/mapStore';
import { createUiStore, selectTouchpoints } from '../../src/store/uiStore';
import { deleteSelection } from '../../src/store/commands';
import { updateMapInfo } from '../../src/model/maps';
import { moveTouchpoints, updateTouchpoint } from '../../src/model/touchpoints';
import { clinicMap, content, replicaOf, ticking } from './docHelpers';

function setup() {
  const initial = clinicMap();
  const document = createMapDocument(initial, { now: ticking() });
  const map = () => document.store.getState().map;
  const canUndo = () => document.history.getState().canUndo;
  const canRedo = () => document.history.getState().canRedo;
  return { initial, document, map, canUndo, canRedo };
}

function retitle(document: MapDocument, title: string, group?: string): void {
  document.edit((map) => updateMapInfo(map, { title }), group === undefined ? {} : { group });
}

/** The titles seen while undoing everything, newest first. */
function undoAllTitles(document: MapDocument): string[] {
  const titles: string[] = [];
  while (document.history.getState().canUndo) {
    document.undo();
    titles.push(document.store.getState().map.title);
  }
  return titles;
}

describe('undo history', () => {
  it('starts with nothing to undo or redo, showing the map it was given', () => {
    const { map, initial, canUndo, canRedo } = setup();
    expect(canUndo()).toBe(false);
    expect(canRedo()).toBe(false);
    expect(map()).toEqual(initial);
  });

  it('makes each edit without a group one undo step', () => {
    const { document, map, initial, canUndo } = setup();
    retitle(document, 'One');
    document.edit((m) => moveTouchpoints(m, [{ id: 'app', position: { x: 10, y: 200 } }]));
    const afterTwo = content(map());
    retitle(document, 'Three');
    expect(canUndo()).toBe(true);

    document.undo();
    expect(content(map())).toEqual(afterTwo);
    document.undo();
    expect(map().title).toBe('One');
    expect(map().touchpoints[0]?.position).toEqual(initial.touchpoints[0]?.position);
    document.undo();
    expect(content(map())).toEqual(content(initial));
    expect(canUndo()).toBe(false);
  });

  it('makes edits sharing a group one step, until the group is closed', () => {
    const { document, map, initial } = setup();
    // Typing "Clinic" letter by letter in the title field.
    for (const title of ['C', 'Cl', 'Cli', 'Clin', 'Clini', 'Clinic']) retitle(document, title, 'title');
    expect(map().title).toBe('Clinic');
    document.closeGroup();
    retitle(document, 'Clinic visit', 'title');
    retitle(document, 'Clinic visits', 'title');
    expect(undoAllTitles(document)).toEqual(['Clinic', initial.title]);
    expect(content(map())).toEqual(content(initial));
  });

  it('starts a new step when another group or an ungrouped edit comes', () => {
    const { document, map, initial } = setup();
    retitle(document, 'A', 'title');
    document.edit((m) => updateTouchpoint(m, 'app', { title: 'Booking app' }), { group: 'touchpoint:app:title' });
    retitle(document, 'AB', 'title');
    retitle(document, 'ABC');
    retitle(document, 'ABCD', 'title');
    expect(undoAllTitles(document)).toEqual(['ABC', 'AB', 'A', 'A', initial.title]);
    expect(map().touchpoints[0]?.title).toBe(initial.touchpoints[0]?.title);
  });

  it('records nothing for an edit that changes nothing', () => {
    const { document, map, initial, canUndo } = setup();
    document.edit((m) => m);
    document.edit((m) => moveTouchpoints(m, [{ id: 'app', position: initial.touchpoints[0]!.position }]));
    document.edit((m) => ({ ...m }));
    expect(canUndo()).toBe(false);
    expect(map()).toEqual(initial);

    retitle(document, 'Changed');
    document.edit((m) => m);
    expect(undoAllTitles(document)).toEqual([initial.title]);
  });

  // Review finding (issue 15): Delete with a stale selection (cards and arrows already gone,
  // say deleted in another tab) changes nothing, so it must leave the history as it was.
  it('records no step for a Delete with a stale selection, and keeps the field being typed one step', () => {
    const { document, map, initial, canUndo } = setup();
    const ui = createUiStore();
    const stores = { doc: document, ui };
    ui.setState({ selectedTouchpoints: new Set(['deleted-elsewhere']), selectedConnections: new Set(['arrow-deleted-elsewhere']) });
    deleteSelection(stores);
    expect(canUndo()).toBe(false);
    expect(map()).toBe(document.store.getState().map);
    expect(content(map())).toEqual(content(initial));

    // Typing in the title, a stale Delete in the middle, typing on: still one step.
    retitle(document, 'Cl', 'title');
    ui.setState({ selectedTouchpoints: new Set(['deleted-elsewhere']) });
    deleteSelection(stores);
    // An operation that returns a fresh copy holding nothing new is no edit either.
    document.edit((m) => ({ ...m, stages: [...m.stages] }));
    retitle(document, 'Clinic', 'title');
    expect(undoAllTitles(document)).toEqual([initial.title]);
  });

  it('keeps redo after an edit that changes nothing', () => {
    const { document, canRedo, map } = setup();
    retitle(document, 'Edited');
    document.undo();
    expect(canRedo()).toBe(true);
    const ui = createUiStore();
    ui.setState({ selectedTouchpoints: new Set(['deleted-elsewhere']) });
    deleteSelection({ doc: document, ui });
    document.edit((m) => moveTouchpoints(m, [{ id: 'app', position: { ...m.touchpoints[0]!.position } }]));
    expect(canRedo()).toBe(true);
    document.redo();
    expect(map().title).toBe('Edited');
  });

  it('never makes selecting an undo step', () => {
    const { document, canUndo, map } = setup();
    const ui = createUiStore();
    selectTouchpoints(ui, ['app', 'desk']);
    selectTouchpoints(ui, []);
    expect(canUndo()).toBe(false);
    retitle(document, 'Edited');
    selectTouchpoints(ui, ['room']);
    document.undo();
    expect(canUndo()).toBe(false);
    expect(map().title).toBe(clinicMap().title);
  });

  it('redo restores what undo took back, and a new edit clears redo', () => {
    const { document, map, initial, canRedo } = setup();
    retitle(document, 'First');
    retitle(document, 'Second');

    document.undo();
    document.undo();
    expect(content(map())).toEqual(content(initial));
    expect(canRedo()).toBe(true);
    document.redo();
    expect(map().title).toBe('First');
    document.redo();
    expect(map().title).toBe('Second');
    expect(canRedo()).toBe(false);
    document.redo();
    expect(map().title).toBe('Second');

    document.undo();
    expect(canRedo()).toBe(true);
    retitle(document, 'Another way');
    expect(canRedo()).toBe(false);
    document.redo();
    expect(map().title).toBe('Another way');
  });

  it('undo then redo of a grouped edit restores the whole group', () => {
    const { document, map, initial } = setup();
    for (const title of ['x', 'xy', 'xyz']) retitle(document, title, 'title');
    document.undo();
    expect(content(map())).toEqual(content(initial));
    document.redo();
    expect(map().title).toBe('xyz');
    // After redo the group is closed: typing again is a new step.
    retitle(document, 'xyzw', 'title');
    document.undo();
    expect(map().title).toBe('xyz');
  });

  it("undoes this tab's edits only, leaving another tab's edit in place", () => {
    const { document, map, initial, canUndo } = setup();
    const otherTab = replicaOf(document.ydoc);
    const other = createMapDocument(otherTab, { now: ticking() });
    const send = (from: Y.Doc, to: Y.Doc) => Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'other tab');

    retitle(document, 'Mine');
    other.edit((m) => updateTouchpoint(m, 'desk', { title: 'Theirs' }));
    send(otherTab, document.ydoc);
    expect(map().touchpoints[1]?.title).toBe('Theirs');

    document.undo();
    expect(map().title).toBe(initial.title);
    expect(map().touchpoints[1]?.title).toBe('Theirs');
    expect(canUndo()).toBe(false);
  });

  it('sets updatedAt on every edit, undo and redo, and never winds it back', () => {
    const { document, map, initial } = setup();
    retitle(document, 'One');
    expect(map().updatedAt).toBe('2026-11-24T09:00:00.000Z');
    retitle(document, 'Two', 'title');
    expect(map().updatedAt).toBe('2026-11-24T09:01:00.000Z');
    document.undo();
    expect(map().title).toBe('One');
    expect(map().updatedAt).toBe('2026-11-24T09:02:00.000Z');
    document.redo();
    expect(map().updatedAt).toBe('2026-11-24T09:03:00.000Z');
    // The map the document was made from is left alone.
    expect(initial.title).toBe(clinicMap().title);
    expect(initial.updatedAt).toBe('2026-11-21T08:00:00.000Z');
  });

  it('uses the real clock when none is given', () => {
    const document = createMapDocument(clinicMap());
    const before = Date.now();
    retitle(document, 'Now');
    const updated = Date.parse(document.store.getState().map.updatedAt);
    expect(updated).toBeGreaterThanOrEqual(before - 1000);
    expect(updated).toBeLessThanOrEqual(Date.now() + 1000);
  });
});
