// An undo that restores a record another tab changed while it was deleted: Yjs brings it back
// without the fields changed elsewhere, and the repair fills them so the map still opens.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { validateStoredMap } from '../../src/io/importDocument';
import { deleteStage } from '../../src/model/stages';
import { deleteTouchpoints } from '../../src/model/touchpoints';
import { createMapDocument } from '../../src/store/mapStore';
import { onlineOrderMap, replicaOf } from './docHelpers';

function twoTabs() {
  const a = createMapDocument(onlineOrderMap());
  const b = createMapDocument(replicaOf(a.ydoc));
  return { a, b, map: (tab: typeof a) => tab.store.getState().map };
}

describe('an undo that brings back a card another tab changed meanwhile', () => {
  it('opens: the card keeps what is left and is placed in a lane, in both tabs alike', () => {
    const { a, b, map } = twoTabs();
    // A deletes the first stage: its card "ad" moves to the next stage (a new stage id and position).
    a.edit((m) => {
      const deleted = deleteStage(m, 'aware', 'consider');
      if (!deleted.ok) throw new Error(deleted.reason);
      return deleted.map;
    });
    // B deletes that card, receives A's change, then takes its deletion back.
    b.edit((m) => deleteTouchpoints(m, ['ad']));
    Y.applyUpdate(b.ydoc, Y.encodeStateAsUpdate(a.ydoc, Y.encodeStateVector(b.ydoc)), 'remote');
    b.undo();
    Y.applyUpdate(a.ydoc, Y.encodeStateAsUpdate(b.ydoc, Y.encodeStateVector(a.ydoc)), 'remote');
    Y.applyUpdate(b.ydoc, Y.encodeStateAsUpdate(a.ydoc, Y.encodeStateVector(b.ydoc)), 'remote');
    expect(map(a)).toEqual(map(b));
    expect(validateStoredMap(map(a)).ok).toBe(true);
    const card = map(a).touchpoints.find((tp) => tp.id === 'ad');
    expect(card?.stageId).toBe('consider');
    expect(card?.position).toEqual({ x: expect.any(Number), y: expect.any(Number) });
  });
});
