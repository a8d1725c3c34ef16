// The document of one open map: a Y.Doc beneath an immutable snapshot store. Changes flow one
// way: Y.Doc (this tab, another tab, later another person) -> snapshot (unchanged records keep
// their identity) -> React. Local edits go the other way only through `edit`: a pure model
// operation whose result is written to the Y.Doc as one transaction with the LOCAL origin.
// Undo is Y.UndoManager on that origin: it undoes this tab's edits, never another tab's.
import * as Y from 'yjs';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { mapRoots, undoScope } from '../doc/layout';
import { CLOCK, LOCAL, REPAIR } from '../doc/origins';
import { createMapReader, removedStages } from '../doc/readMap';
import { applyMapChange, writeWholeMap } from '../doc/writeMap';
import { validateStoredMap, type ImportError } from '../io/importDocument';
import { repairMap, type Repair } from '../model/repair';
import { FORMAT_VERSION, type JourneyMap } from '../model/schema';
import { isRemoteOrigin } from '../sync/remoteOrigins';

export type MapState = { map: JourneyMap };
export type MapStore = StoreApi<MapState>;
export type HistoryState = { canUndo: boolean; canRedo: boolean };

export type EditOptions = {
  /**
   * Edits sharing a group key form one undo step (typing in one field, say) until the group is
   * closed with `closeGroup` (on blur) or another edit comes.
   */
  group?: string;
};

export type MapDocument = {
  ydoc: Y.Doc;
  store: MapStore;
  history: StoreApi<HistoryState>;
  edit: (change: (map: JourneyMap) => JourneyMap, options?: EditOptions) => void;
  closeGroup: () => void;
  undo: () => void;
  redo: () => void;
  destroy: () => void;
};

export type MapDocumentOptions = {
  now?: () => string;
  /** Told when a merge (or stored data) broke an invariant and the document was repaired. */
  onRepairs?: (repairs: Repair[]) => void;
  /**
   * Told when a change from another person (a collaboration server) left a map that fails
   * validation: the document is put back to the last good map (a change that is never undone)
   * and this is called first, so that the live session can stop before the change is sent.
   */
  onRejected?: (error: ImportError) => void;
};

const MAX_REPAIR_ROUNDS = 3;

/** A document over `source`: a loaded Y.Doc, or a plain map (a preview, a PNG export, a test). */
export function createMapDocument(source: Y.Doc | JourneyMap, options: MapDocumentOptions = {}): MapDocument {
  const now = options.now ?? (() => new Date().toISOString());
  const ydoc = source instanceof Y.Doc ? source : new Y.Doc();
  if (!(source instanceof Y.Doc)) writeWholeMap(ydoc, source, FORMAT_VERSION);
  const reader = createMapReader(ydoc);
  let repairRounds = 0;
  // Pure operations on a valid map give a valid map: only changes from elsewhere (another tab,
  // storage, undo over them) need the invariants checked.
  let unchecked = true;
  // Changes from other people are validated as strictly as an import before they are shown.
  let fromElsewhere = false;
  let rejecting = false;

  function current(): JourneyMap {
    const map = reader.read();
    if (!unchecked) return map;
    unchecked = false;
    const { map: repaired, repairs } = repairMap(map, removedStages(ydoc));
    if (repairs.length === 0 || repairRounds >= MAX_REPAIR_ROUNDS) return map;
    repairRounds++;
    try {
      ydoc.transact(() => applyMapChange(ydoc, map, repaired), REPAIR);
    } finally {
      repairRounds--;
    }
    options.onRepairs?.(repairs);
    return reader.read();
  }

  /** The map, or the last good one when a change from another person made it invalid. */
  function checked(map: JourneyMap, lastGood: JourneyMap): JourneyMap {
    if (!fromElsewhere || rejecting) return map;
    fromElsewhere = false;
    const valid = validateStoredMap(map);
    if (valid.ok) return map;
    options.onRejected?.(valid.error);
    rejecting = true;
    try {
      ydoc.transact(() => applyMapChange(ydoc, map, lastGood), REPAIR);
    } finally {
      rejecting = false;
    }
    return lastGood;
  }

  const onAfterTransaction = (transaction: Y.Transaction) => {
    reader.note(transaction);
    if (transaction.origin !== LOCAL && transaction.origin !== CLOCK) unchecked = true;
    if (isRemoteOrigin(transaction.origin)) fromElsewhere = true;
  };
  // Listening before the first read: a repair made while opening must reach the reader too.
  ydoc.on('afterTransaction', onAfterTransaction);
  const store = createStore<MapState>()(() => ({ map: current() }));
  const publish = () => {
    // An update that came before an earlier one of the same tab is applied in part: Yjs removes
    // what it replaces but holds its new values back until the earlier update arrives. Until then
    // nothing is repaired (a repair would overwrite the values on their way), and the map is shown
    // only while it is whole; else the last whole map stays until the rest arrives.
    if (ydoc.store.pendingStructs !== null) {
      const partial = reader.read();
      if (partial !== store.getState().map && validateStoredMap(partial).ok) store.setState({ map: partial });
      return;
    }
    const map = checked(current(), store.getState().map);
    if (map !== store.getState().map) store.setState({ map });
  };
  ydoc.on('afterAllTransactions', publish);

  const roots = mapRoots(ydoc);
  const undoManager = new Y.UndoManager(undoScope(roots), {
    trackedOrigins: new Set([LOCAL]),
    // Steps are cut by intent (stopCapturing), not by time: a field edit is one step however long it takes.
    captureTimeout: Number.POSITIVE_INFINITY,
  });
  const history = createStore<HistoryState>()(() => ({ canUndo: false, canRedo: false }));
  const syncHistory = () => history.setState({ canUndo: undoManager.canUndo(), canRedo: undoManager.canRedo() });
  undoManager.on('stack-item-added', syncHistory);
  undoManager.on('stack-item-popped', syncHistory);
  undoManager.on('stack-cleared', syncHistory);

  let openGroup: string | null = null;

  function edit(change: (map: JourneyMap) => JourneyMap, editOptions: EditOptions = {}) {
    const before = store.getState().map;
    const changed = change(before);
    // Operations return the map they were given when they change nothing (a Delete with a stale
    // selection, a drop where the card was): no edit, no undo step, the open group stays open.
    if (changed === before) return;
    ydoc.transact((transaction) => {
      applyMapChange(ydoc, before, { ...changed, updatedAt: before.updatedAt });
      // A fresh copy that differs in nothing is no edit either: the clock stays, there is nothing
      // to store, and the undo history is left as it was. (Y.UndoManager records a transaction
      // only when it changed something, as it ends; stopCapturing, called before that, still
      // makes this edit a step of its own.)
      if (transaction.changed.size === 0) return;
      if (editOptions.group === undefined || editOptions.group !== openGroup) undoManager.stopCapturing();
      openGroup = editOptions.group ?? null;
      roots.clock.set('updatedAt', now());
    }, LOCAL);
  }

  const stamp = () => ydoc.transact(() => roots.clock.set('updatedAt', now()), CLOCK);

  return {
    ydoc,
    store,
    history,
    edit,
    closeGroup: () => {
      openGroup = null;
    },
    undo: () => {
      openGroup = null;
      if (undoManager.undo()) stamp();
    },
    redo: () => {
      openGroup = null;
      if (undoManager.redo()) stamp();
    },
    destroy: () => {
      undoManager.destroy();
      ydoc.off('afterTransaction', onAfterTransaction);
      ydoc.off('afterAllTransactions', publish);
    },
  };
}
