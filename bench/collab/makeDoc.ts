// The Waymark side of the co-editing benchmark, bundled for Node by bench/collab/vite.config.ts
// (the app's document code is TypeScript): a generated map written into a Y.Doc exactly as the
// app writes one (src/doc/writeMap.ts), and the edits a person makes in the editor, written the
// way the editor's diff writer writes them (one field of one touchpoint's Y.Map per edit).
import * as Y from 'yjs';
import { mapRoots } from '../../src/doc/layout';
import { writeWholeMap } from '../../src/doc/writeMap';
import { FORMAT_VERSION } from '../../src/model/schema';
import { generateMap } from '../generateMap';

/** The whole map as one Yjs update, for the first client to bring to the server. */
export function benchMapUpdate(touchpoints: number): Uint8Array {
  const doc = new Y.Doc();
  writeWholeMap(doc, generateMap({ touchpoints, seed: 14 }), FORMAT_VERSION);
  return Y.encodeStateAsUpdate(doc);
}

export const touchpointCount = (doc: Y.Doc) => mapRoots(doc).touchpoints.length;

export type EditKind = 'rename' | 'move' | 'type';

/** One person's edit of touchpoint `index`, in one transaction (as `doc.edit` makes it). */
export function editTouchpoint(doc: Y.Doc, index: number, kind: EditKind, label: string, origin: unknown) {
  const touchpoint = mapRoots(doc).touchpoints.get(index);
  doc.transact(() => {
    if (kind === 'rename') {
      touchpoint.set('title', label);
    } else if (kind === 'move') {
      const { x, y } = touchpoint.get('position') as { x: number; y: number };
      touchpoint.set('position', { x: x + 7, y: y + 3 });
    } else {
      // A keystroke in the description field: the field's new text, as the inspector commits it.
      const text = (touchpoint.get('description') as string | undefined) ?? '';
      touchpoint.set('description', `${text.length > 400 ? '' : text}${label.slice(-1)}`);
    }
    mapRoots(doc).clock.set('updatedAt', new Date().toISOString());
  }, origin);
}

/** Objects with their keys sorted: a Y.Map lists its keys in the order they reached this client. */
function sortedKeys(_key: string, value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The map's content as canonical JSON, to compare what each client ended with. */
export function contentOf(doc: Y.Doc): string {
  const roots = mapRoots(doc);
  return JSON.stringify({
    meta: roots.meta.toJSON(),
    stages: roots.stages.toJSON(),
    touchpoints: roots.touchpoints.toJSON(),
    connections: roots.connections.toJSON(),
    removedStages: roots.removedStages.toJSON(),
    clock: roots.clock.toJSON(),
  }, sortedKeys);
}
