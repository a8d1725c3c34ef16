// How much a stored map grows with use: a map edited many times through the app's own code path.
// The map's Y.Doc is read from IndexedDB (loadDoc), opened as the editor opens it (openLoadedMap:
// migrate, document, validate), the editor's writer appends every edit and compacts every
// COMPACT_EVERY appends (startDocWriter wired as useDocPersistence wires it), and the edits are
// the ones the canvas and the inspector make. Each edit waits for its write to
// commit before the next, as a person's edits do (one update row each: the most rows a log can
// get); the map is closed and opened again every so often, as a person comes back to it (each
// opening is a new Yjs client, which the document has to remember).
import type { WaymarkDb } from '../../src/persistence/db';
import { appendUpdateRow, compact, headerOf, loadDoc, writeHeader } from '../../src/persistence/docStorage';
import { startDocWriter, type SaveStatus } from '../../src/persistence/docWriter';
import { snapshotOf } from '../../src/persistence/mapSnapshot';
import { newId } from '../../src/model/ids';
import { updateStage } from '../../src/model/stages';
import { moveTouchpoints } from '../../src/model/touchpoints';
import type { MapDocument } from '../../src/store/mapStore';
import { openLoadedMap } from '../../src/ui/editor/openLoadedMap';
import { addItem, removeItem } from '../../src/ui/inspector/listOps';
import { createTouchpointEditor } from '../../src/ui/inspector/touchpointEditor';
import { seededRandom } from '../generateMap';

type Size = { rows: number; bytes: number };

export async function storedSize(db: WaymarkDb, mapId: string): Promise<Size> {
  const rows = await db.updates.where('mapId').equals(mapId).toArray();
  return { rows: rows.length, bytes: rows.reduce((sum, row) => sum + row.update.byteLength, 0) };
}

// ---------- a session: the map open in the editor
type Session = {
  doc: MapDocument;
  /**
   * Makes one edit; resolves with the ms until its write committed and whether a compaction was
   * running meanwhile, or null if the edit changed nothing.
   */
  edit: (make: () => void) => Promise<{ ms: number; compacting: boolean } | null>;
  close: () => Promise<void>;
};

async function openSession(db: WaymarkDb, mapId: string): Promise<Session> {
  const loaded = await loadDoc(db, mapId);
  if (!loaded) throw new Error(`map ${mapId} is not stored`);
  const opened = openLoadedMap(loaded.doc);
  if (!opened.ok) throw new Error(`map ${mapId} does not open: ${opened.details.join('; ')}`);
  const { doc } = opened.stores;
  let waiter: { resolve: () => void; reject: (error: Error) => void } | null = null;
  const onStatus = (status: SaveStatus) => {
    if (status.state === 'saved') waiter?.resolve();
    else if (status.state === 'failed' || status.state === 'deleted') waiter?.reject(new Error(`write ${status.state}`));
  };
  // The compaction in flight, so that closing waits for it and slow edits can be told apart
  // (the writer does not report compactions).
  let compacting: Promise<void> = Promise.resolve();
  let compactions = 0;
  let running = false;
  const writer = startDocWriter(
    doc.ydoc,
    {
      append: (update) => appendUpdateRow(db, mapId, update),
      header: () => writeHeader(db, headerOf(doc.store.getState().map)),
      compact: () => {
        compactions++;
        running = true;
        compacting = compact(db, mapId, doc.ydoc).finally(() => (running = false));
        return compacting;
      },
    },
    onStatus,
    { appendedBefore: loaded.updateCount, initial: opened.changedOnOpen },
  );
  return {
    doc,
    async edit(make) {
      let changed = false;
      const note = () => (changed = true);
      doc.ydoc.on('update', note);
      const written = new Promise<void>((resolve, reject) => (waiter = { resolve, reject }));
      const before = { running, compactions };
      const start = performance.now();
      make();
      doc.ydoc.off('update', note);
      if (!changed) return null;
      await written;
      return { ms: performance.now() - start, compacting: before.running || compactions !== before.compactions };
    },
    async close() {
      await compacting;
      writer.stop();
      doc.destroy();
      doc.ydoc.destroy();
    },
  };
}

// ---------- what people do: each action yields its edits, one per event (a drop, a key, a click)
type Edit = () => void;
type Action = (doc: MapDocument, random: () => number) => Iterable<Edit>;

const WORDS = ['page', 'again', 'late', 'form', 'refund', 'ส่งช้า', '付款', 'OK'];
const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)] as T;
const anyTouchpoint = (doc: MapDocument, random: () => number) => pick(doc.store.getState().map.touchpoints, random);

/** Types a word at the end of a text, one key at a time; a long text first loses its last word, one Backspace at a time. */
function* typing(read: () => string, write: (text: string) => void, random: () => number): Iterable<Edit> {
  let text = read();
  if (text.length > 60) {
    const cut = Math.max(1, text.lastIndexOf(' '));
    while (text.length > cut) {
      const next = text.slice(0, -1);
      text = next;
      yield () => write(next);
    }
  }
  for (const key of ` ${pick(WORDS, random)}`) {
    const next = text + key;
    text = next;
    yield () => write(next);
  }
}

/** A card dragged a little and dropped (the canvas's onNodeDragStop). */
function* move(doc: MapDocument, random: () => number): Iterable<Edit> {
  const { id, position } = anyTouchpoint(doc, random);
  const nudge = () => (Math.floor(random() * 60) + 1) * (random() < 0.5 ? -1 : 1);
  const to = { x: position.x + nudge(), y: position.y + nudge() };
  yield () => doc.edit((map) => moveTouchpoints(map, [{ id, position: to }]));
}

/** The inspector's title or description field, one undo group per field as the inspector keeps it. */
function typeInto(field: 'title' | 'description'): Action {
  return (doc, random) => {
    const editor = createTouchpointEditor(doc, anyTouchpoint(doc, random).id, 'topics', () => {});
    const current = () => doc.store.getState().map.touchpoints.find((t) => t.id === editor.id);
    const write = (text: string) => editor.patch(field === 'title' ? { title: text } : { description: text === '' ? undefined : text }, editor.group(field));
    return typing(() => current()?.[field] ?? '', write, random);
  };
}

/** The "+" of the votes field. */
function* vote(doc: MapDocument, random: () => number): Iterable<Edit> {
  const touchpoint = anyTouchpoint(doc, random);
  const editor = createTouchpointEditor(doc, touchpoint.id, 'topics', () => {});
  yield () => editor.patch({ votes: (touchpoint.votes ?? 0) + 1 });
}

/** An expectation added (the draft row becomes one edit when complete), or the last one removed. */
function* expectation(doc: MapDocument, random: () => number): Iterable<Edit> {
  const touchpoint = anyTouchpoint(doc, random);
  const editor = createTouchpointEditor(doc, touchpoint.id, 'topics', () => {});
  const last = touchpoint.expectations.at(-1);
  if (touchpoint.expectations.length > 3 && last) yield () => editor.editList('expectations', (list) => removeItem(list, last.id));
  else yield () => editor.editList('expectations', (list) => addItem(list, { id: newId(), topic: 'Delivery time', message: 'Delivered tomorrow' }));
}

/** The stages panel's name field: trimmed, one undo group per field. */
function renameStage(doc: MapDocument, random: () => number): Iterable<Edit> {
  const { id } = pick(doc.store.getState().map.stages, random);
  const name = () => doc.store.getState().map.stages.find((s) => s.id === id)?.name ?? '';
  const write = (text: string) => doc.edit((map) => updateStage(map, id, { name: text.trim() }), { group: `stage:${id}:name` });
  return typing(name, write, random);
}

/** How often each action comes; by edits, typing dominates (a key is an edit). */
const ACTIONS: ReadonlyArray<[number, Action]> = [
  [30, move],
  [30, typeInto('title')],
  [15, typeInto('description')],
  [10, vote],
  [10, expectation],
  [5, renameStage],
];
function pickAction(random: () => number): Action {
  let roll = random() * ACTIONS.reduce((sum, [weight]) => sum + weight, 0);
  for (const [weight, action] of ACTIONS) {
    roll -= weight;
    if (roll < 0) return action;
  }
  return move;
}

// ---------- the run
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil((p / 100) * values.length) - 1)] ?? NaN;

/** Edit → durable over all edits, and how many took over 50 ms (the target) with a compaction running. */
function durableStats(edits: Array<{ ms: number; compacting: boolean }>) {
  const ms = edits.map((e) => e.ms);
  const slow = edits.filter((e) => e.ms > 50);
  return {
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    max: Math.max(...ms),
    over50: slow.length,
    over50WhileCompacting: slow.filter((e) => e.compacting).length,
  };
}

/**
 * Edits a stored map `edits` times over `sessions` openings, waits until every write and
 * compaction is done, then compacts once more (as the app's next compaction would) and checks
 * that the stored map is the one the last session ended with.
 */
export async function editStoredMap(db: WaymarkDb, mapId: string, edits: number, sessions = 10) {
  const started = performance.now();
  const random = seededRandom(9);
  const durable: Array<{ ms: number; compacting: boolean }> = [];
  let made = 0;
  let lastMap = '';
  for (let s = 0; s < sessions && made < edits; s++) {
    const session = await openSession(db, mapId);
    const stop = Math.min(edits, Math.round(((s + 1) * edits) / sessions));
    while (made < stop) {
      session.doc.closeGroup(); // another field or card: a new undo step
      for (const edit of pickAction(random)(session.doc, random)) {
        if (made >= stop) break;
        const written = await session.edit(edit);
        if (written === null) continue;
        durable.push(written);
        made++;
      }
    }
    lastMap = JSON.stringify(session.doc.store.getState().map);
    await session.close();
  }
  const beforeCompaction = await storedSize(db, mapId);
  const loaded = await loadDoc(db, mapId);
  if (!loaded) throw new Error(`map ${mapId} vanished`);
  await compact(db, mapId, loaded.doc);
  loaded.doc.destroy();
  const reloaded = await loadDoc(db, mapId);
  const snapshot = reloaded && snapshotOf(reloaded.doc);
  reloaded?.doc.destroy();
  return {
    edits: made,
    sessions,
    durableMs: durableStats(durable),
    beforeCompaction,
    compacted: await storedSize(db, mapId),
    intact: snapshot?.ok === true && JSON.stringify(snapshot.value) === lastMap,
    seconds: (performance.now() - started) / 1000,
  };
}
