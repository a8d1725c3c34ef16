// Two tabs edit one map at once, each through its own document, and see each other's updates late,
// in any order and in several batches. Once every update has arrived both show the same map, and
// it is a valid one (the repairs of a merge agree on both sides).
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { validateStoredMap } from '../../src/io/importDocument';
import { addConnection, deleteConnections, setConnectionLabel } from '../../src/model/connections';
import { newId } from '../../src/model/ids';
import { updateMapInfo } from '../../src/model/maps';
import type { JourneyMap, Pillar, Touchpoint } from '../../src/model/schema';
import { addStage, deleteStage, moveStage, neighbourStage, updateStage } from '../../src/model/stages';
import { addTouchpoint, deleteTouchpoints, moveTouchpoints, updateTouchpoint } from '../../src/model/touchpoints';
import { createMapDocument, type MapDocument } from '../../src/store/mapStore';
import { onlineOrderMap } from './docHelpers';

/** What an operation is given: numbers to pick its targets with, and a word to write. */
type Pick = { i: number; j: number; x: number; y: number; word: string };

const at = <T,>(items: readonly T[], n: number): T | undefined => items[n % Math.max(items.length, 1)];
const words = ['Delivery', 'ส่งของ', '配送', 'تحویل', 'Late again'];

function patchTouchpoint(map: JourneyMap, n: number, patch: (t: Touchpoint) => Partial<Touchpoint>): JourneyMap {
  const touchpoint = at(map.touchpoints, n);
  return touchpoint ? updateTouchpoint(map, touchpoint.id, patch(touchpoint)) : map;
}

/** The model operations the editor offers, each applied to whatever the tab shows now. */
const OPERATIONS: Record<string, (map: JourneyMap, p: Pick) => JourneyMap> = {
  addTouchpoint: (map, p) => addTouchpoint(map, { position: { x: p.x, y: p.y }, title: p.word }).map,
  moveTouchpoint: (map, p) => {
    const touchpoint = at(map.touchpoints, p.i);
    return touchpoint ? moveTouchpoints(map, [{ id: touchpoint.id, position: { x: p.x, y: p.y } }]) : map;
  },
  deleteTouchpoint: (map, p) => deleteTouchpoints(map, map.touchpoints.length > 0 ? [at(map.touchpoints, p.i)!.id] : []),
  retitle: (map, p) => patchTouchpoint(map, p.i, () => ({ title: p.word })),
  emotion: (map, p) => patchTouchpoint(map, p.i, () => ({ emotion: (p.j % 5) - 2 })),
  describe: (map, p) => patchTouchpoint(map, p.i, () => ({ description: p.word, channel: p.j % 2 ? 'phone' : 'email' })),
  vote: (map, p) => patchTouchpoint(map, p.i, (t) => ({ votes: (t.votes ?? 0) + 1 })),
  unvote: (map, p) => patchTouchpoint(map, p.i, (t) => ({ votes: (t.votes ?? 0) > 1 ? (t.votes ?? 0) - 1 : undefined })),
  pillar: (map, p) => patchTouchpoint(map, p.i, (t) => {
    const pillar: Pillar = p.j % 2 ? 'empathy' : 'integrity';
    return { pillars: t.pillars.includes(pillar) ? t.pillars.filter((q) => q !== pillar) : [...t.pillars, pillar] };
  }),
  metric: (map, p) => patchTouchpoint(map, p.i, (t) => ({ metrics: [...t.metrics, { key: 'csat', value: p.j % 100 }] })),
  addExpectation: (map, p) =>
    patchTouchpoint(map, p.i, (t) => {
      const expectations = [...t.expectations];
      expectations.splice(p.j % (expectations.length + 1), 0, { id: newId(), topic: 'Delivery time', message: p.word });
      return { expectations };
    }),
  editExpectation: (map, p) =>
    patchTouchpoint(map, p.i, (t) => ({ expectations: t.expectations.map((e, k) => (k === p.j % t.expectations.length ? { ...e, message: p.word } : e)) })),
  removeExpectation: (map, p) => patchTouchpoint(map, p.i, (t) => ({ expectations: t.expectations.filter((_, k) => k !== p.j % t.expectations.length) })),
  connect: (map, p) => {
    const [from, to] = [at(map.touchpoints, p.i), at(map.touchpoints, p.j)];
    return from && to ? addConnection(map, from.id, to.id) : map;
  },
  label: (map, p) => (map.connections.length > 0 ? setConnectionLabel(map, at(map.connections, p.i)!.id, p.word) : map),
  disconnect: (map, p) => deleteConnections(map, map.connections.length > 0 ? [at(map.connections, p.i)!.id] : []),
  addStage: (map, p) => addStage(map, p.word, p.j % (map.stages.length + 1))?.map ?? map,
  renameStage: (map, p) => updateStage(map, at(map.stages, p.i)!.id, { name: p.word }),
  moveStage: (map, p) => moveStage(map, at(map.stages, p.i)!.id, p.j % map.stages.length),
  deleteStage: (map, p) => {
    const stage = at(map.stages, p.i)!;
    const deletion = deleteStage(map, stage.id, neighbourStage(map, stage.id)?.id);
    return deletion.ok ? deletion.map : map;
  },
  mapInfo: (map, p) => updateMapInfo(map, p.j % 2 ? { title: p.word } : { description: p.word, persona: { name: p.word } }),
};

type Step =
  | { tab: 0 | 1; op: string; pick: Pick }
  | { tab: 0 | 1; undo: boolean }
  | { deliver: 0 | 1; count: number; order: number[] };

const pick = fc.record({ i: fc.nat(50), j: fc.nat(50), x: fc.integer({ min: -200, max: 1800 }), y: fc.integer({ min: -300, max: 900 }), word: fc.constantFrom(...words) });
const tab = fc.constantFrom<0 | 1>(0, 1);
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ tab, op: fc.constantFrom(...Object.keys(OPERATIONS)), pick }) },
  { weight: 1, arbitrary: fc.record({ tab, undo: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ deliver: tab, count: fc.nat(6), order: fc.array(fc.nat(), { maxLength: 6 }) }) },
);

const REMOTE = { name: 'the other tab' };

/** A tab: its document, and the updates it made that the other tab has not received yet. */
function openTab(doc: MapDocument) {
  const outbox: Uint8Array[] = [];
  doc.ydoc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE) outbox.push(update);
  });
  return { doc, outbox };
}
type Tab = ReturnType<typeof openTab>;

/** Delivers `count` waiting updates of `from` to `to`, taken in a shuffled order. */
function deliver(from: Tab, to: Tab, count: number, order: readonly number[]) {
  for (let k = 0; k < count && from.outbox.length > 0; k++) {
    const [update] = from.outbox.splice((order[k] ?? 0) % from.outbox.length, 1);
    Y.applyUpdate(to.doc.ydoc, update as Uint8Array, REMOTE);
  }
}

/** The stored map both tabs open. */
const STORED = Y.encodeStateAsUpdate(createMapDocument(onlineOrderMap()).ydoc);

function openStored(): MapDocument {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, STORED);
  return createMapDocument(doc);
}

function run(steps: readonly Step[]) {
  const tabs = [openTab(openStored()), openTab(openStored())] as const;
  for (const s of steps) {
    if ('deliver' in s) deliver(tabs[s.deliver], tabs[1 - s.deliver] as Tab, s.count, s.order);
    else if ('undo' in s && s.undo) tabs[s.tab].doc.undo();
    else if ('undo' in s) tabs[s.tab].doc.redo();
    else tabs[s.tab].doc.edit((map) => (OPERATIONS[s.op] as (map: JourneyMap, p: Pick) => JourneyMap)(map, s.pick));
  }
  // Everything arrives at last; repairs made on arrival are updates too, and travel in turn.
  for (let round = 0; round < 10 && tabs.some((t) => t.outbox.length > 0); round++) {
    deliver(tabs[0], tabs[1], tabs[0].outbox.length, []);
    deliver(tabs[1], tabs[0], tabs[1].outbox.length, []);
  }
  expect(tabs.map((t) => t.outbox.length)).toEqual([0, 0]);
  const maps = tabs.map((t) => t.doc.store.getState().map);
  for (const t of tabs) {
    t.doc.destroy();
    t.doc.ydoc.destroy();
  }
  return maps;
}

describe('two tabs editing one map', () => {
  it('end with the same valid map, whatever the edits and the order updates arrive in', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), (steps) => {
        const [a, b] = run(steps);
        // toEqual only for its message: it is slow, and this runs a hundred times.
        if (!isDeepStrictEqual(a, b)) expect(a).toEqual(b);
        const valid = validateStoredMap(a);
        expect(valid.ok ? [] : valid.error).toEqual([]);
      }),
      { numRuns: 100 },
    );
    // About a second; the margin is for a machine busy with other work.
  }, 30_000);
});
