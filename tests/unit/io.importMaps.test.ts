// Import only adds: ids that clash get new ones, the whole import is one transaction, and a
// failed import (bad file, or storage refusing the write) leaves the database as it was.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import onlineOrderText from '../fixtures/online-order.waymark.json?raw';
import clinicText from '../fixtures/clinic-visit-th.waymark.json?raw';
import { addImportedMaps, withFreeIds } from '../../src/io/importMaps';
import { createMap } from '../../src/model/maps';
import type { JourneyMap } from '../../src/model/schema';
import { openDatabase, type WaymarkDb } from '../../src/persistence/db';
import { createRepository, type Repository } from '../../src/persistence/repository';
import { runImport, type ImportSource } from '../../src/ui/io/runImport';

const CORPUS = join(import.meta.dirname, '../fixtures/invalid/');
const example = (text: string): JourneyMap => JSON.parse(text).maps[0];

function freshRepository(): Repository {
  return createRepository(openDatabase(`io-${crypto.randomUUID()}`));
}

/** Everything in the database, to compare before and after. */
async function snapshot(db: WaymarkDb): Promise<unknown> {
  // Updates as text: comparing long byte arrays one element at a time is slow.
  const updates = (await db.updates.toArray()).map((row) => ({ ...row, update: Buffer.from(row.update).toString('base64') }));
  return { headers: await db.headers.toArray(), updates };
}

const file = (name: string, text: string | Uint8Array): ImportSource => ({ kind: 'file', name, file: new Blob([text as BlobPart]) });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('withFreeIds', () => {
  it('keeps free ids, renames taken ones, and never lets two imported maps share one', () => {
    const a = createMap('A', '2026-11-23T10:00:00Z');
    const b = { ...createMap('B', '2026-11-23T10:00:00Z'), id: a.id };
    const taken = new Set(['other']);
    const out = withFreeIds([a, b], taken);
    expect(out[0]?.map).toBe(a);
    expect(out[1]?.map.id).not.toBe(a.id);
    expect(out[1]?.originalId).toBe(a.id);
    expect(withFreeIds([{ ...a, id: 'other' }], taken)[0]?.map.id).not.toBe('other');
    expect(withFreeIds([{ ...a, id: 'other' }], taken, (title) => `${title} (imported 2 Dec)`)[0]?.map.title).toBe('A (imported 2 Dec)');
    expect([...taken]).toEqual(['other']);
  });
});

describe('adding imported maps', () => {
  it('adds beside the existing map with the same id, leaving the existing one untouched', async () => {
    const repository = freshRepository();
    const existing = example(onlineOrderText);
    await repository.insertMaps([existing]);
    const before = await repository.loadMap(existing.id);
    const imported = await addImportedMaps(repository, [{ ...existing, title: 'From the file' }]);
    expect(imported).toHaveLength(1);
    expect(imported[0]?.map.id).not.toBe(existing.id);
    expect(await repository.loadMap(existing.id)).toEqual(before);
    const added = await repository.loadMap(imported[0]!.map.id);
    // A second copy of a map already here says so in its title.
    expect(added.ok && added.value.title).toMatch(/^From the file \(imported .+\)$/);
    expect((await repository.listSummaries()).map((s) => s.title).sort()).toEqual([expect.stringMatching(/^From the file \(imported /), 'Online order to delivery']);
  });

  it('is all or nothing: when the write of one map fails, none is added', async () => {
    const repository = freshRepository();
    await repository.insertMaps([example(clinicText)]);
    const before = await snapshot(repository.db);
    const good = { ...example(onlineOrderText), id: 'good' };
    // Another tab added a map with this id after the import picked its ids: the second write fails.
    const clash = example(clinicText);
    const unaware = { ...repository, existingIds: async () => new Set<string>() };
    await expect(addImportedMaps(unaware, [good, clash])).rejects.toThrow();
    expect(await snapshot(repository.db)).toEqual(before);
    expect(before).toMatchObject({ headers: [expect.objectContaining({ id: clash.id })] });
  });
});

describe('runImport', () => {
  it('changes nothing for any file of the bad-input corpus that fails', async () => {
    const repository = freshRepository();
    await repository.insertMaps([example(onlineOrderText), example(clinicText)]);
    let failures = 0;
    for (const name of readdirSync(CORPUS)) {
      const before = await snapshot(repository.db);
      const outcome = await runImport(repository, [file(name, new Uint8Array(readFileSync(CORPUS + name)))]);
      if (outcome.imported.length === 0) {
        failures += 1;
        expect(outcome.failures).toHaveLength(1);
        expect(outcome.failures[0]?.messages.length).toBeGreaterThan(0);
        expect(await snapshot(repository.db)).toEqual(before);
      }
    }
    expect(failures).toBeGreaterThanOrEqual(25);
  });

  it('imports the good files of a mixed drop and reports the bad ones', async () => {
    const repository = freshRepository();
    const outcome = await runImport(repository, [
      file('online-order.waymark.json', onlineOrderText),
      file('broken.json', '{"format": "waymark", '),
      { kind: 'text', name: 'Pasted text', text: clinicText },
    ]);
    expect(outcome.imported.map((entry) => entry.map.title)).toEqual(['Online order to delivery', 'การไปพบแพทย์ที่คลินิก']);
    expect(outcome.failures).toEqual([{ name: 'broken.json', messages: [expect.stringMatching(/^The file is not valid JSON: /)] }]);
    expect(await repository.listSummaries()).toHaveLength(2);
  });

  it('reports a valid file with no map', async () => {
    const outcome = await runImport(freshRepository(), [file('empty-backup.waymark.json', '{"format":"waymark","version":1,"exportedAt":"2026-11-23T10:00:00Z","maps":[]}')]);
    expect(outcome).toEqual({ imported: [], failures: [{ name: 'empty-backup.waymark.json', messages: ['It is a valid Waymark file, but it holds no map.'] }] });
  });

  it('when storage refuses the write, reports it for every file and adds nothing', async () => {
    const repository = freshRepository();
    const before = await snapshot(repository.db);
    vi.spyOn(repository, 'insertMaps').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const outcome = await runImport(repository, [file('a.waymark.json', onlineOrderText), file('b.waymark.json', clinicText)]);
    expect(outcome.imported).toEqual([]);
    expect(outcome.failures.map((failure) => failure.name)).toEqual(['a.waymark.json', 'b.waymark.json']);
    expect(outcome.failures[0]?.messages[0]).toContain('The quota has been exceeded.');
    expect(await snapshot(repository.db)).toEqual(before);
  });
});
