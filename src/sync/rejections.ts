// A change from another person that failed validation (src/store/mapStore.ts `onRejected`) is
// told to whoever listens for that document: the live session, which stops before the document
// is put back to its last good state, and tells the user.
import type * as Y from 'yjs';
import type { ImportError } from '../io/importDocument';

type Listener = (error: ImportError) => void;
const listeners = new WeakMap<Y.Doc, Set<Listener>>();

export function reportRejected(doc: Y.Doc, error: ImportError): void {
  for (const listener of listeners.get(doc) ?? []) listener(error);
}

export function onRejected(doc: Y.Doc, listener: Listener): () => void {
  let set = listeners.get(doc);
  if (!set) listeners.set(doc, (set = new Set()));
  set.add(listener);
  return () => void set.delete(listener);
}
