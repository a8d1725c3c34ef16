import { describe, expect, it } from 'vitest';
import onlineOrderText from '../fixtures/online-order.waymark.json?raw';
import { addConnection, connectionRefusal, deleteConnections, setConnectionLabel } from '../../src/model/connections';
import { laneIndexAt, LANE_WIDTH, NODE_HEIGHT } from '../../src/model/lanes';
import { createMap, DEFAULT_STAGE_NAMES, updateMapInfo } from '../../src/model/maps';
import { referenceProblems } from '../../src/model/references';
import { DocumentSchema, JourneyMapSchema, type JourneyMap, type Touchpoint } from '../../src/model/schema';
import { addStage, deleteStage, moveStage, neighbourStage, updateStage } from '../../src/model/stages';
import {
  addTouchpoint,
  copyTouchpoints,
  deleteTouchpoints,
  moveTouchpoints,
  pasteClip,
  updateTouchpoint,
} from '../../src/model/touchpoints';

const NOW = '2026-11-23T10:00:00.000Z';

/** The online-order example: stages aware, consider, buy, deliver, support at x = 0, 320, 640, 960, 1280. */
function sample(): JourneyMap {
  const map = DocumentSchema.parse(JSON.parse(onlineOrderText)).maps[0];
  if (!map) throw new Error('the fixture holds a map');
  return map;
}

/** Every map an operation returns must still be a valid version-1 map. */
function expectValid(map: JourneyMap): void {
  expect(referenceProblems(map)).toEqual([]);
  const parsed = JourneyMapSchema.safeParse(map);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
}

function touchpoint(map: JourneyMap, id: string): Touchpoint {
  const found = map.touchpoints.find((t) => t.id === id);
  if (!found) throw new Error(`no touchpoint ${id}`);
  return found;
}

function stageIndex(map: JourneyMap, stageId: string): number {
  return map.stages.findIndex((s) => s.id === stageId);
}

/** Each touchpoint sits in the lane of its own stage, which is what the canvas shows. */
function expectEachInOwnLane(map: JourneyMap): void {
  for (const t of map.touchpoints) {
    expect(laneIndexAt(t.position.x, map.stages.length), `${t.id} in lane of ${t.stageId}`).toBe(stageIndex(map, t.stageId));
  }
}

describe('the sample itself', () => {
  it('is valid and has every touchpoint in its own lane, so the checks below start from a sound map', () => {
    const map = sample();
    expectValid(map);
    expectEachInOwnLane(map);
  });
});

describe('addTouchpoint', () => {
  it.each([
    [0, 'aware'],
    [330, 'consider'],
    [650, 'buy'],
    [1000, 'deliver'],
    [1280, 'support'],
  ])('puts a touchpoint added at x=%d in the stage of that lane (%s)', (x, stageId) => {
    const before = sample();
    const { map, id } = addTouchpoint(before, { position: { x, y: 300 } });
    expectValid(map);
    expect(map.touchpoints).toHaveLength(before.touchpoints.length + 1);
    const added = touchpoint(map, id);
    expect(added.stageId).toBe(stageId);
    expect(added.position).toEqual({ x, y: 300 });
    expect(before.touchpoints.some((t) => t.id === id)).toBe(false);
    expectEachInOwnLane(map);
  });

  it('clamps positions left of the first lane and right of the last lane to those lanes', () => {
    const left = addTouchpoint(sample(), { position: { x: -2000, y: 0 } });
    const right = addTouchpoint(sample(), { position: { x: 99_999, y: 0 } });
    expectValid(left.map);
    expectValid(right.map);
    expect(touchpoint(left.map, left.id).stageId).toBe('aware');
    expect(touchpoint(right.map, right.id).stageId).toBe('support');
  });

  it('uses the stage it is given and the title and channel it is given', () => {
    const { map, id } = addTouchpoint(sample(), { position: { x: 0, y: 0 }, stageId: 'aware', title: 'Billboard', channel: 'print' });
    expectValid(map);
    expect(touchpoint(map, id)).toMatchObject({ stageId: 'aware', title: 'Billboard', channel: 'print' });
  });
});

describe('moveTouchpoints', () => {
  it('changes the stage when a touchpoint is dropped in another lane and leaves the others untouched', () => {
    const before = sample();
    const map = moveTouchpoints(before, [{ id: 'ad', position: { x: 970, y: 60 } }]);
    expectValid(map);
    expect(touchpoint(map, 'ad')).toMatchObject({ stageId: 'deliver', position: { x: 970, y: 60 } });
    for (const original of before.touchpoints) {
      if (original.id !== 'ad') expect(touchpoint(map, original.id)).toBe(original);
    }
    expect(map.connections).toBe(before.connections);
    expectEachInOwnLane(map);
  });

  it('keeps the stage when moved within the lane, and rounds positions to whole pixels', () => {
    const map = moveTouchpoints(sample(), [{ id: 'pdp', position: { x: 340.4, y: 99.6 } }]);
    expectValid(map);
    expect(touchpoint(map, 'pdp')).toMatchObject({ stageId: 'consider', position: { x: 340, y: 100 } });
  });

  it('returns the same map when nothing moves', () => {
    const before = sample();
    expect(moveTouchpoints(before, [{ id: 'pdp', position: { x: 320, y: 0 } }])).toBe(before);
    expect(moveTouchpoints(before, [{ id: 'no-such-touchpoint', position: { x: 5, y: 5 } }])).toBe(before);
  });
});

describe('updateTouchpoint', () => {
  it('removes fields set to undefined instead of keeping them as undefined', () => {
    const before = sample();
    expect(touchpoint(before, 'ad').emotion).toBe(1);
    const map = updateTouchpoint(before, 'ad', { emotion: undefined, description: undefined });
    expectValid(map);
    const updated = touchpoint(map, 'ad');
    expect(Object.hasOwn(updated, 'emotion')).toBe(false);
    expect(Object.keys(updated).every((key) => updated[key as keyof Touchpoint] !== undefined)).toBe(true);
    expect(JSON.stringify(updated)).not.toContain('emotion');
  });

  it('changing the stage moves the touchpoint into the new lane, keeping its place inside the lane', () => {
    const before = sample();
    const original = touchpoint(before, 'reviews'); // consider, x 320, y 180
    const map = updateTouchpoint(before, 'reviews', { stageId: 'support' });
    expectValid(map);
    const moved = touchpoint(map, 'reviews');
    expect(moved.stageId).toBe('support');
    expect(moved.position).toEqual({ x: original.position.x + 3 * LANE_WIDTH, y: original.position.y });
    expectEachInOwnLane(map);

    const back = updateTouchpoint(map, 'reviews', { stageId: 'aware' });
    expectValid(back);
    expect(touchpoint(back, 'reviews').position).toEqual({ x: original.position.x - LANE_WIDTH, y: original.position.y });
    expectEachInOwnLane(back);
  });

  it('updates other fields and keeps the other touchpoints as they were', () => {
    const before = sample();
    const map = updateTouchpoint(before, 'pdp', { title: 'Product detail page', votes: 3 });
    expectValid(map);
    expect(touchpoint(map, 'pdp')).toMatchObject({ title: 'Product detail page', votes: 3, stageId: 'consider' });
    expect(touchpoint(map, 'ad')).toBe(touchpoint(before, 'ad'));
    expect(touchpoint(before, 'pdp').title).toBe('Product page');
  });

  it('returns the same map for an unknown id', () => {
    const before = sample();
    expect(updateTouchpoint(before, 'nope', { title: 'x' })).toBe(before);
  });
});

describe('deleteTouchpoints', () => {
  it('removes the touchpoints and every connection to or from them', () => {
    const before = sample();
    const map = deleteTouchpoints(before, ['pdp']);
    expectValid(map);
    expect(map.touchpoints.map((t) => t.id)).not.toContain('pdp');
    expect(map.touchpoints).toHaveLength(before.touchpoints.length - 1);
    expect(map.connections.some((c) => c.from === 'pdp' || c.to === 'pdp')).toBe(false);
    const touching = before.connections.filter((c) => c.from === 'pdp' || c.to === 'pdp');
    expect(touching.length).toBeGreaterThan(0);
    expect(map.connections).toHaveLength(before.connections.length - touching.length);
  });

  it('removes several at once, and nothing for an empty list', () => {
    const before = sample();
    const map = deleteTouchpoints(before, ['call', 'survey']);
    expectValid(map);
    expect(map.touchpoints.map((t) => t.id)).toEqual(['ad', 'pdp', 'reviews', 'checkout', 'confirm', 'parcel']);
    expect(deleteTouchpoints(before, [])).toBe(before);
  });
});

describe('connections', () => {
  it('adds an arrow between two touchpoints', () => {
    const before = sample();
    const map = addConnection(before, 'ad', 'survey', 'asked later');
    expectValid(map);
    expect(map.connections).toHaveLength(before.connections.length + 1);
    expect(map.connections.at(-1)).toMatchObject({ from: 'ad', to: 'survey', label: 'asked later' });
  });

  it('refuses a self-loop and returns the same map object', () => {
    const before = sample();
    expect(connectionRefusal(before, 'ad', 'ad')).toBe('self-loop');
    expect(addConnection(before, 'ad', 'ad')).toBe(before);
  });

  it('refuses a duplicate and returns the same map object', () => {
    const before = sample();
    expect(before.connections.some((c) => c.from === 'ad' && c.to === 'pdp')).toBe(true);
    expect(connectionRefusal(before, 'ad', 'pdp')).toBe('duplicate');
    expect(addConnection(before, 'ad', 'pdp')).toBe(before);
  });

  it('refuses an arrow to a touchpoint that does not exist', () => {
    const before = sample();
    expect(addConnection(before, 'ad', 'ghost')).toBe(before);
  });

  it('setConnectionLabel with an empty or blank label removes the label', () => {
    const before = sample();
    expect(before.connections.find((c) => c.id === 'c2')?.label).toBe('checks');
    for (const empty of ['', '   ']) {
      const map = setConnectionLabel(before, 'c2', empty);
      expectValid(map);
      const c2 = map.connections.find((c) => c.id === 'c2');
      expect(c2).toEqual({ id: 'c2', from: 'pdp', to: 'reviews' });
      expect(Object.hasOwn(c2!, 'label')).toBe(false);
    }
  });

  it('setConnectionLabel stores a trimmed label', () => {
    const map = setConnectionLabel(sample(), 'c1', '  sees the ad  ');
    expectValid(map);
    expect(map.connections.find((c) => c.id === 'c1')?.label).toBe('sees the ad');
  });

  it('deleteConnections removes only the named arrows', () => {
    const before = sample();
    const map = deleteConnections(before, ['c1', 'c7']);
    expectValid(map);
    expect(map.connections.map((c) => c.id)).toEqual(['c2', 'c3', 'c4', 'c5', 'c6']);
    expect(map.touchpoints).toBe(before.touchpoints);
  });
});

describe('copy and paste', () => {
  it('pastes copies with fresh ids, offset positions and the connections between them', () => {
    const before = sample();
    const clip = copyTouchpoints(before, ['pdp', 'reviews', 'checkout']);
    // Only arrows with both ends copied come along: pdp->reviews and pdp->checkout, not ad->pdp.
    expect(clip.connections.map((c) => [c.from, c.to])).toEqual([['pdp', 'reviews'], ['pdp', 'checkout']]);

    const offset = { x: 20, y: 400 };
    const { map, ids } = pasteClip(before, clip, offset);
    expectValid(map);
    expect(ids).toHaveLength(3);
    expect(map.touchpoints).toHaveLength(before.touchpoints.length + 3);
    expect(map.connections).toHaveLength(before.connections.length + 2);

    const oldTouchpointIds = new Set(before.touchpoints.map((t) => t.id));
    const oldConnectionIds = new Set(before.connections.map((c) => c.id));
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(oldTouchpointIds.has(id)).toBe(false);

    const pasted = ids.map((id) => touchpoint(map, id));
    const copyOf = new Map<string, Touchpoint>();
    ['pdp', 'reviews', 'checkout'].forEach((original, i) => copyOf.set(original, pasted[i]!));
    for (const [originalId, copy] of copyOf) {
      const original = touchpoint(before, originalId);
      expect(copy.title).toBe(original.title);
      expect(copy.expectations).toEqual(original.expectations);
      expect(copy.position).toEqual({ x: original.position.x + offset.x, y: original.position.y + offset.y });
      expect(copy.stageId).toBe(original.stageId);
    }

    const newConnections = map.connections.slice(before.connections.length);
    for (const c of newConnections) expect(oldConnectionIds.has(c.id)).toBe(false);
    expect(newConnections.map((c) => [c.from, c.to])).toEqual([
      [copyOf.get('pdp')!.id, copyOf.get('reviews')!.id],
      [copyOf.get('pdp')!.id, copyOf.get('checkout')!.id],
    ]);
    expect(newConnections[0]?.label).toBe('checks');

    // The originals are untouched, and editing a copy does not reach the original.
    for (const t of before.touchpoints) expect(touchpoint(map, t.id)).toBe(t);
    copyOf.get('pdp')!.expectations[0]!.message = 'changed';
    expect(touchpoint(before, 'pdp').expectations[0]?.message).not.toBe('changed');
  });

  it('gives the copies the stage of the lane they land in', () => {
    const before = sample();
    const { map, ids } = pasteClip(before, copyTouchpoints(before, ['ad']), { x: LANE_WIDTH * 2, y: 200 });
    expectValid(map);
    expect(touchpoint(map, ids[0]!).stageId).toBe('buy');
    expectEachInOwnLane(map);
  });

  it('pasting the same clip twice gives two sets of distinct ids', () => {
    const before = sample();
    const clip = copyTouchpoints(before, ['call', 'survey']);
    const once = pasteClip(before, clip, { x: 0, y: 300 });
    const twice = pasteClip(once.map, clip, { x: 0, y: 600 });
    expectValid(twice.map);
    expect(twice.ids.some((id) => once.ids.includes(id))).toBe(false);
    expect(twice.map.connections).toHaveLength(before.connections.length + 2);
  });
});

describe('stages', () => {
  it('addStage in the middle shifts the touchpoints of later stages one lane right', () => {
    const before = sample();
    const result = addStage(before, 'Research', 2);
    expect(result).not.toBeNull();
    const { map, id } = result!;
    expectValid(map);
    expect(map.stages.map((s) => s.id)).toEqual(['aware', 'consider', id, 'buy', 'deliver', 'support']);
    expect(map.stages[2]?.name).toBe('Research');
    for (const original of before.touchpoints) {
      const now = touchpoint(map, original.id);
      const later = stageIndex(before, original.stageId) >= 2;
      expect(now.position.x, original.id).toBe(original.position.x + (later ? LANE_WIDTH : 0));
      expect(now.position.y).toBe(original.position.y);
      expect(now.stageId).toBe(original.stageId);
      if (!later) expect(now).toBe(original);
    }
    expectEachInOwnLane(map);
  });

  it('addStage at the end moves nothing', () => {
    const before = sample();
    const { map } = addStage(before, 'Loyalty')!;
    expectValid(map);
    expect(map.stages.at(-1)?.name).toBe('Loyalty');
    expect(map.touchpoints).toEqual(before.touchpoints);
  });

  it.each([
    ['support', 0],
    ['aware', 4],
    ['consider', 3],
    ['deliver', 1],
  ])('moveStage takes the touchpoints of %s with it to index %d', (id, toIndex) => {
    const before = sample();
    const map = moveStage(before, id, toIndex);
    expectValid(map);
    expect(map.stages[toIndex]?.id).toBe(id);
    expect(map.stages.map((s) => s.id).sort()).toEqual(before.stages.map((s) => s.id).sort());
    for (const original of before.touchpoints) {
      const now = touchpoint(map, original.id);
      expect(now.stageId).toBe(original.stageId);
      expect(laneIndexAt(now.position.x, map.stages.length), original.id).toBe(stageIndex(map, original.stageId));
      expect(now.position.y).toBe(original.position.y);
    }
    const moved = map.touchpoints.filter((t) => t.stageId === id);
    expect(moved.length).toBeGreaterThan(0);
    for (const t of moved) expect(laneIndexAt(t.position.x, map.stages.length)).toBe(toIndex);
  });

  it('moveStage to its own or an impossible index returns the same map', () => {
    const before = sample();
    expect(moveStage(before, 'buy', 2)).toBe(before);
    expect(moveStage(before, 'buy', 5)).toBe(before);
    expect(moveStage(before, 'buy', -1)).toBe(before);
    expect(moveStage(before, 'nope', 0)).toBe(before);
  });

  it('deleteStage refuses to delete the last stage', () => {
    const single = createMap('One stage', NOW, [{ id: 'only', name: 'Only' }]);
    expect(deleteStage(single, 'only')).toEqual({ ok: false, reason: 'last-stage' });
  });

  it('deleteStage refuses a stage with touchpoints when no target is given', () => {
    const before = sample();
    expect(deleteStage(before, 'consider')).toEqual({ ok: false, reason: 'has-touchpoints' });
    expect(deleteStage(before, 'consider', 'consider')).toEqual({ ok: false, reason: 'has-touchpoints' });
    expect(deleteStage(before, 'consider', 'no-such-stage')).toEqual({ ok: false, reason: 'has-touchpoints' });
  });

  it('deleteStage removes an empty stage without a target and closes the gap', () => {
    const added = addStage(sample(), 'Empty', 1)!;
    const result = deleteStage(added.map, added.id);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expectValid(result.map);
    expect(result.moved).toBe(0);
    expect(result.map.stages.map((s) => s.id)).toEqual(['aware', 'consider', 'buy', 'deliver', 'support']);
    expect(result.map.touchpoints).toEqual(sample().touchpoints);
  });

  it('deleteStage with the neighbour as target moves the touchpoints into its lane', () => {
    const before = sample();
    const neighbour = neighbourStage(before, 'consider');
    expect(neighbour?.id).toBe('aware');
    const result = deleteStage(before, 'consider', neighbour!.id);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const map = result.map;
    expectValid(map);
    expect(result.moved).toBe(2);
    expect(map.stages.map((s) => s.id)).toEqual(['aware', 'buy', 'deliver', 'support']);
    expect(map.touchpoints).toHaveLength(before.touchpoints.length);
    for (const id of ['pdp', 'reviews']) {
      expect(touchpoint(map, id).stageId).toBe('aware');
      expect(laneIndexAt(touchpoint(map, id).position.x, map.stages.length)).toBe(0);
      // Below the neighbour's own card, none on another.
      expect(touchpoint(map, id).position.y).toBeGreaterThanOrEqual(touchpoint(map, 'ad').position.y + NODE_HEIGHT);
    }
    // The moved cards keep their order and spacing.
    const gap = (m: JourneyMap) => touchpoint(m, 'reviews').position.y - touchpoint(m, 'pdp').position.y;
    expect(gap(map)).toBe(gap(before));
    expectEachInOwnLane(map);
  });

  it('deleting the first stage moves its touchpoints into the next stage, which becomes the first lane', () => {
    const before = sample();
    const neighbour = neighbourStage(before, 'aware');
    expect(neighbour?.id).toBe('consider');
    const result = deleteStage(before, 'aware', neighbour!.id);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expectValid(result.map);
    expect(touchpoint(result.map, 'ad').stageId).toBe('consider');
    expect(laneIndexAt(touchpoint(result.map, 'ad').position.x, result.map.stages.length)).toBe(0);
    expectEachInOwnLane(result.map);
  });

  it('deleteStage with a distant target keeps every touchpoint in its own stage lane', () => {
    const result = deleteStage(sample(), 'consider', 'support');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expectValid(result.map);
    expect(touchpoint(result.map, 'pdp').stageId).toBe('support');
    expectEachInOwnLane(result.map);
  });

  it('deleteStage refuses an unknown stage', () => {
    expect(deleteStage(sample(), 'nope')).toEqual({ ok: false, reason: 'unknown-stage' });
  });
});

describe('maps', () => {
  it('createMap has five default stages named Awareness to Support, and nothing else yet', () => {
    const map = createMap('New journey', NOW);
    expectValid(map);
    expect(map.stages.map((s) => s.name)).toEqual(['Awareness', 'Consideration', 'Purchase', 'Delivery', 'Support']);
    expect(DEFAULT_STAGE_NAMES).toEqual(['Awareness', 'Consideration', 'Purchase', 'Delivery', 'Support']);
    expect(new Set(map.stages.map((s) => s.id)).size).toBe(5);
    for (const stage of map.stages) expect(stage.color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(map).toMatchObject({ title: 'New journey', createdAt: NOW, updatedAt: NOW, touchpoints: [], connections: [] });
    expect(createMap('Another', NOW).id).not.toBe(map.id);
  });

  it('updateMapInfo removes an empty description', () => {
    const before = sample();
    expect(before.description).toBeTruthy();
    const map = updateMapInfo(before, { description: '' });
    expectValid(map);
    expect(Object.hasOwn(map, 'description')).toBe(false);
    expect(JSON.stringify(map)).not.toContain('"description":""');
  });

  it('updateMapInfo removes an empty persona description but keeps the persona', () => {
    const before = sample();
    const map = updateMapInfo(before, { persona: { name: 'Dao', description: '' } });
    expectValid(map);
    expect(map.persona).toEqual({ name: 'Dao' });
    expect(Object.hasOwn(map.persona!, 'description')).toBe(false);
  });

  it('updateMapInfo removes the persona when set to undefined, and changes the title', () => {
    const map = updateMapInfo(sample(), { title: 'Renamed', persona: undefined });
    expectValid(map);
    expect(map.title).toBe('Renamed');
    expect(Object.hasOwn(map, 'persona')).toBe(false);
    expect(map.description).toBe(sample().description);
  });
});

// Review finding (issue 15): an operation that changes nothing returns the very map it was given,
// so the editor can tell "no edit" (a Delete with a stale selection, a drop where the card was)
// without comparing contents.
describe('operations that change nothing return the same map object', () => {
  const before = sample();
  const pdp = touchpoint(before, 'pdp');
  it.each<[string, (map: JourneyMap) => JourneyMap]>([
    ['deleteTouchpoints of ids that do not exist', (m) => deleteTouchpoints(m, ['ghost', 'gone'])],
    ['deleteConnections of ids that do not exist', (m) => deleteConnections(m, ['ghost'])],
    ['a Delete with a stale selection (arrows and cards already gone)', (m) => deleteTouchpoints(deleteConnections(m, ['ghost-arrow']), ['ghost-card'])],
    ['moveTouchpoints to the same position', (m) => moveTouchpoints(m, [{ id: 'pdp', position: { ...pdp.position } }])],
    ['moveTouchpoints of an id that does not exist', (m) => moveTouchpoints(m, [{ id: 'ghost', position: { x: 5, y: 5 } }])],
    ['updateTouchpoint with the values it has', (m) => updateTouchpoint(m, 'pdp', { title: pdp.title, channel: pdp.channel, position: { ...pdp.position }, pillars: [...pdp.pillars] })],
    ['updateTouchpoint removing a field it does not have', (m) => updateTouchpoint(m, 'pdp', { description: undefined })],
    ['updateTouchpoint to its own stage', (m) => updateTouchpoint(m, 'pdp', { stageId: pdp.stageId })],
    ['setConnectionLabel of an arrow that does not exist', (m) => setConnectionLabel(m, 'ghost', 'label')],
    ['setConnectionLabel to the label it has', (m) => setConnectionLabel(m, 'c2', ' checks ')],
    ['setConnectionLabel clearing a label it does not have', (m) => setConnectionLabel(m, 'c1', '  ')],
    ['updateStage of a stage that does not exist', (m) => updateStage(m, 'ghost', { name: 'Ghost' })],
    ['updateStage with the values it has', (m) => updateStage(m, 'buy', { name: 'Purchase', color: '#f59e0b' })],
    ['moveStage to its own index', (m) => moveStage(m, 'buy', 2)],
    ['updateMapInfo with the values it has', (m) => updateMapInfo(m, { title: m.title, description: m.description, persona: m.persona && { ...m.persona } })],
    ['pasteClip of an empty clip', (m) => pasteClip(m, { touchpoints: [], connections: [] }, { x: 32, y: 32 }).map],
  ])('%s', (_name, operation) => {
    expect(operation(before)).toBe(before);
  });

  it('still returns a new map when something does change', () => {
    expect(deleteTouchpoints(before, ['ghost', 'pdp'])).not.toBe(before);
    expect(deleteConnections(before, ['ghost', 'c1']).connections).toHaveLength(before.connections.length - 1);
    expect(setConnectionLabel(before, 'c2', '').connections.find((c) => c.id === 'c2')).not.toHaveProperty('label');
    expect(updateStage(before, 'buy', { name: 'Buy' }).stages[2]?.name).toBe('Buy');
    expect(updateTouchpoint(before, 'pdp', { emotion: undefined })).not.toBe(before);
    expect(updateMapInfo(before, { description: '' })).not.toHaveProperty('description');
  });
});
