import { describe, expect, it } from 'vitest';
import clinicText from '../fixtures/clinic-visit-th.waymark.json?raw';
import { createMapDocument, type MapDocument } from '../../src/store/mapStore';
import { DocumentSchema, type JourneyMap } from '../../src/model/schema';
import { updateMapInfo } from '../../src/model/maps';
import { moveTouchpoints, updateTouchpoint } from '../../src/model/touchpoints';

function sample(): JourneyMap {
  const map = DocumentSchema.parse(JSON.parse(clinicText)).maps[0];
  if (!map) throw new Error('the fixture holds a map');
  return map;
}

/** A clock that moves one minute on every call, so each edit gets its own time. */
function ticking(): () => string {
  let minutes = 0;
  return () => new Date(Date.UTC(2026, 10, 24, 9, minutes++)).toISOString();
}

function setup() {
  const initial = sample();
  const document = createMapDocument(initial, ticking());
  return { initial, document, map: () => document.store.getState().map, steps: () => document.store.temporal.getState().pastStates.length };
}

function retitle(document: MapDocument, title: string, group?: string): void {
  document.edit((map) => updateMapInfo(map, { title }), group === undefined ? {} : { group });
}

describe('undo history', () => {
  it('starts with nothing to undo', () => {
    const { steps, map, initial } = setup();
    expect(steps()).toBe(0);
    expect(map()).toBe(initial);
  });

  it('makes each edit without a group one undo step', () => {
    const { document, steps, map, initial } = setup();
    retitle(document, 'One');
    const afterOne = map();
    document.edit((m) => moveTouchpoints(m, [{ id: 'app', position: { x: 10, y: 200 } }]));
    const afterTwo = map();
    retitle(document, 'Three');
    expect(steps()).toBe(3);

    document.undo();
    expect(map()).toBe(afterTwo);
    document.undo();
    expect(map()).toBe(afterOne);
    expect(map().title).toBe('One');
    expect(map().touchpoints[0]?.position).toEqual(initial.touchpoints[0]?.position);
    document.undo();
    expect(map()).toBe(initial);
    expect(steps()).toBe(0);
  });

  it('makes edits sharing a group one step, until the group is closed', () => {
    const { document, steps, map, initial } = setup();
    // Typing "Clinic" letter by letter in the title field.
    for (const title of ['C', 'Cl', 'Cli', 'Clin', 'Clini', 'Clinic']) retitle(document, title, 'title');
    expect(map().title).toBe('Clinic');
    expect(steps()).toBe(1);

    document.closeGroup();
    retitle(document, 'Clinic visit', 'title');
    retitle(document, 'Clinic visits', 'title');
    expect(steps()).toBe(2);

    document.undo();
    expect(map().title).toBe('Clinic');
    document.undo();
    expect(map()).toBe(initial);
  });

  it('starts a new step when another group or an ungrouped edit comes', () => {
    const { document, steps, map } = setup();
    retitle(document, 'A', 'title');
    document.edit((m) => updateTouchpoint(m, 'app', { title: 'Booking app' }), { group: 'touchpoint:app:title' });
    retitle(document, 'AB', 'title');
    retitle(document, 'ABC');
    retitle(document, 'ABCD', 'title');
    expect(steps()).toBe(5);
    document.undo();
    expect(map().title).toBe('ABC');
  });

  it('records nothing for an edit that returns the same map', () => {
    const { document, steps, map, initial } = setup();
    document.edit((m) => m);
    document.edit((m) => moveTouchpoints(m, [{ id: 'app', position: initial.touchpoints[0]!.position }]));
    expect(steps()).toBe(0);
    expect(map()).toBe(initial);
    expect(map().updatedAt).toBe(initial.updatedAt);

    retitle(document, 'Changed');
    document.edit((m) => m);
    expect(steps()).toBe(1);
  });

  it('redo restores what undo took back, and a new edit clears redo', () => {
    const { document, map, initial } = setup();
    retitle(document, 'First');
    const first = map();
    retitle(document, 'Second');
    const second = map();

    document.undo();
    document.undo();
    expect(map()).toBe(initial);
    document.redo();
    expect(map()).toBe(first);
    document.redo();
    expect(map()).toBe(second);
    document.redo();
    expect(map()).toBe(second);

    document.undo();
    retitle(document, 'Another way');
    expect(document.store.temporal.getState().futureStates).toHaveLength(0);
    document.redo();
    expect(map().title).toBe('Another way');
  });

  it('undo then redo of a grouped edit restores the whole group', () => {
    const { document, map, initial } = setup();
    for (const title of ['x', 'xy', 'xyz']) retitle(document, title, 'title');
    document.undo();
    expect(map()).toBe(initial);
    document.redo();
    expect(map().title).toBe('xyz');
    // After undo the group is closed: typing again is a new step.
    retitle(document, 'xyzw', 'title');
    document.undo();
    expect(map().title).toBe('xyz');
  });

  it('sets updatedAt on every edit and leaves the original map alone', () => {
    const { document, map, initial } = setup();
    retitle(document, 'One');
    const firstTime = map().updatedAt;
    expect(firstTime).not.toBe(initial.updatedAt);
    expect(firstTime).toBe('2026-11-24T09:00:00.000Z');
    retitle(document, 'Two', 'title');
    expect(map().updatedAt).toBe('2026-11-24T09:01:00.000Z');
    expect(initial.title).not.toBe('Two');
    expect(initial.updatedAt).toBe('2026-11-21T08:00:00.000Z');
  });

  it('uses the real clock when none is given', () => {
    const document = createMapDocument(sample());
    const before = Date.now();
    retitle(document, 'Now');
    const updated = Date.parse(document.store.getState().map.updatedAt);
    expect(updated).toBeGreaterThanOrEqual(before - 1000);
    expect(updated).toBeLessThanOrEqual(Date.now() + 1000);
  });
});
