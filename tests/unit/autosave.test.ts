import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import onlineOrderText from '../fixtures/online-order.waymark.json?raw';
import { startAutosave, THROTTLE_MS, type SaveChanges, type SaveStatus } from '../../src/persistence/autosave';
import { createMapDocument, type MapDocument } from '../../src/store/mapStore';
import { DocumentSchema, type JourneyMap } from '../../src/model/schema';
import { updateMapInfo } from '../../src/model/maps';
import { moveTouchpoints } from '../../src/model/touchpoints';

const START = new Date('2026-11-23T10:00:00.000Z');

function sample(): JourneyMap {
  const map = DocumentSchema.parse(JSON.parse(onlineOrderText)).maps[0];
  if (!map) throw new Error('the fixture holds a map');
  return map;
}

function rename(document: MapDocument, title: string): void {
  document.edit((map) => updateMapInfo(map, { title }));
}

function currentMap(document: MapDocument): JourneyMap {
  return document.store.getState().map;
}

function deferred(): { promise: Promise<number>; resolve: (records: number) => void; reject: (error: unknown) => void } {
  let resolve!: (records: number) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<number>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function setup(save: SaveChanges) {
  const document = createMapDocument(sample(), () => new Date().toISOString());
  const statuses: SaveStatus[] = [];
  const autosave = startAutosave(document.store, save, (status) => statuses.push(status));
  return { document, statuses, autosave, initial: currentMap(document) };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(START);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('autosave', () => {
  it('saves several quick edits once, with the latest map', async () => {
    const save = vi.fn<SaveChanges>(async () => 3);
    const { document, statuses, autosave, initial } = setup(save);
    expect(THROTTLE_MS).toBe(300);

    rename(document, 'First');
    await vi.advanceTimersByTimeAsync(100);
    rename(document, 'Second');
    await vi.advanceTimersByTimeAsync(100);
    rename(document, 'Third');
    await vi.advanceTimersByTimeAsync(50);
    expect(save).not.toHaveBeenCalled();
    expect(statuses.at(-1)).toEqual({ state: 'pending' });

    await vi.advanceTimersByTimeAsync(THROTTLE_MS);
    expect(save).toHaveBeenCalledTimes(1);
    const [saved, current] = save.mock.calls[0]!;
    expect(saved).toBe(initial);
    expect(current.title).toBe('Third');
    expect(current).toBe(currentMap(document));
    expect(statuses.at(-1)).toEqual({ state: 'saved', records: 3 });

    await vi.advanceTimersByTimeAsync(10_000);
    expect(save).toHaveBeenCalledTimes(1);
    autosave.stop();
  });

  it('does not save when nothing changed', async () => {
    const save = vi.fn<SaveChanges>(async () => 1);
    const { autosave, statuses } = setup(save);
    await vi.advanceTimersByTimeAsync(5000);
    await autosave.flush();
    expect(save).not.toHaveBeenCalled();
    expect(statuses).toEqual([]);
    autosave.stop();
  });

  it('diffs the next save against what the previous one wrote', async () => {
    const save = vi.fn<SaveChanges>(async () => 2);
    const { document, autosave } = setup(save);
    rename(document, 'One');
    await vi.advanceTimersByTimeAsync(THROTTLE_MS);
    const afterFirst = currentMap(document);
    document.edit((map) => moveTouchpoints(map, [{ id: 'ad', position: { x: 10, y: 300 } }]));
    await vi.advanceTimersByTimeAsync(THROTTLE_MS);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1]![0]).toBe(afterFirst);
    expect(save.mock.calls[1]![1]).toBe(currentMap(document));
    autosave.stop();
  });

  it('flush() saves at once, without waiting for the throttle', async () => {
    const save = vi.fn<SaveChanges>(async () => 1);
    const { document, autosave, statuses } = setup(save);
    rename(document, 'Leaving now');
    await autosave.flush();
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![1].title).toBe('Leaving now');
    expect(statuses.at(-1)).toEqual({ state: 'saved', records: 1 });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(save).toHaveBeenCalledTimes(1);
    autosave.stop();
  });

  it('reports a full disk as quota, keeps the unsaved map and retries until it is saved', async () => {
    let attempts = 0;
    const save = vi.fn<SaveChanges>(async () => {
      attempts += 1;
      if (attempts <= 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return 4;
    });
    const { document, autosave, statuses, initial } = setup(save);
    rename(document, 'Unsaved work');
    const edited = currentMap(document);

    await vi.advanceTimersByTimeAsync(THROTTLE_MS);
    expect(save).toHaveBeenCalledTimes(1);
    const failed = statuses.at(-1);
    expect(failed?.state).toBe('failed');
    if (failed?.state !== 'failed') return;
    expect(failed.problem.kind).toBe('quota');
    expect(failed.problem.message.length).toBeGreaterThan(0);
    expect(failed.retryAt).toBeGreaterThan(Date.now());
    // The edit is still in the document, not rolled back.
    expect(currentMap(document)).toBe(edited);
    expect(currentMap(document).title).toBe('Unsaved work');

    // Nothing is retried before the announced time ...
    await vi.advanceTimersByTimeAsync(failed.retryAt - Date.now() - 1);
    expect(save).toHaveBeenCalledTimes(1);
    // ... and then it is, still diffed against what was last written.
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1]![0]).toBe(initial);
    expect(save.mock.calls[1]![1]).toBe(edited);
    const failedAgain = statuses.at(-1);
    expect(failedAgain?.state).toBe('failed');
    if (failedAgain?.state !== 'failed') return;

    // An edit made while failing is included in the retry.
    rename(document, 'Even more work');
    await vi.advanceTimersByTimeAsync(failedAgain.retryAt - Date.now());
    expect(save).toHaveBeenCalledTimes(3);
    expect(save.mock.calls[2]![0]).toBe(initial);
    expect(save.mock.calls[2]![1].title).toBe('Even more work');
    expect(statuses.at(-1)).toEqual({ state: 'saved', records: 4 });

    await vi.advanceTimersByTimeAsync(60_000);
    expect(save).toHaveBeenCalledTimes(3);
    autosave.stop();
  });

  it('describes other failures without calling them quota', async () => {
    const save = vi.fn<SaveChanges>(async () => {
      throw new Error('disk on fire');
    });
    const { document, autosave, statuses } = setup(save);
    rename(document, 'x');
    await autosave.flush();
    const status = statuses.at(-1);
    expect(status?.state).toBe('failed');
    if (status?.state === 'failed') expect(status.problem.kind).not.toBe('quota');
    autosave.stop();
  });

  it('saves nothing after stop()', async () => {
    const save = vi.fn<SaveChanges>(async () => 1);
    const { document, autosave } = setup(save);
    rename(document, 'Edited before stop');
    autosave.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    rename(document, 'Edited after stop');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(save).not.toHaveBeenCalled();
  });

  it('saves nothing more after stop(), even when a write was under way', async () => {
    const pending = deferred();
    const save = vi.fn<SaveChanges>(() => pending.promise);
    const { document, autosave } = setup(save);
    rename(document, 'Being written');
    await vi.advanceTimersByTimeAsync(THROTTLE_MS);
    expect(save).toHaveBeenCalledTimes(1);
    rename(document, 'Edited during the write');
    autosave.stop();
    pending.resolve(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('does not retry after stop() when a write under way fails', async () => {
    const pending = deferred();
    const save = vi.fn<SaveChanges>(() => pending.promise);
    const { document, autosave } = setup(save);
    rename(document, 'Being written');
    await vi.advanceTimersByTimeAsync(THROTTLE_MS);
    autosave.stop();
    pending.reject(new DOMException('full', 'QuotaExceededError'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(save).toHaveBeenCalledTimes(1);
  });
});

describe('autosave when an undo brings back what is stored', () => {
  it('reports saved instead of staying on unsaved changes', async () => {
    vi.useFakeTimers();
    const { createMapDocument } = await import('../../src/store/mapStore');
    const { startAutosave } = await import('../../src/persistence/autosave');
    const { createMap } = await import('../../src/model/maps');
    const doc = createMapDocument(createMap('Kettle', '2026-11-23T00:00:00.000Z'));
    const statuses: string[] = [];
    const save = vi.fn(async () => 1);
    const autosave = startAutosave(doc.store, save, (s) => statuses.push(s.state));
    doc.edit((m) => ({ ...m, title: 'Kettle 2' }));
    doc.undo();
    await vi.advanceTimersByTimeAsync(1000);
    expect(statuses.at(-1)).toBe('saved');
    expect(save).not.toHaveBeenCalled();
    autosave.stop();
    vi.useRealTimers();
  });
});
