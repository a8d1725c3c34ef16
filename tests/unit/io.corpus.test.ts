// The bad-input corpus (tests/fixtures/invalid): every file gets its own, specific outcome, and
// none throws. Files that are valid but hostile (a BOM, __proto__ keys, HTML in every field,
// junk in an unknown field) import, with the hostile part made harmless.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importBytes, readImportFile, type FileImportError, type FileImportResult } from '../../src/io/importFile';
import { LIMITS } from '../../src/model/schema';
import { describeFileImportError } from '../../src/ui/io/describeFileImportError';

const DIR = join(import.meta.dirname, '../fixtures/invalid/');

type Expected =
  | { ok: true; check?: (result: Extract<FileImportResult, { ok: true }>['value']) => void }
  | { kind: FileImportError['kind']; paths?: string[]; text?: RegExp };

const invalid = (paths: string[], text?: RegExp): Expected => ({ kind: 'invalid', paths, ...(text ? { text } : {}) });

const EXPECTED: Record<string, Expected> = {
  'not-json.json': { kind: 'not-json', text: /not valid JSON/ },
  'truncated.waymark.json': { kind: 'not-json', text: /not valid JSON/ },
  'empty.json': { kind: 'empty', text: /empty/ },
  'whitespace-only.json': { kind: 'empty', text: /empty/ },
  'bom-only.json': { kind: 'empty', text: /empty/ },
  'bom-then-valid-document.waymark.json': { ok: true, check: (document) => expect(document.maps[0]?.title).toBe('Online order to delivery') },
  'wrong-format.json': { kind: 'not-waymark', text: /"format" is "excalidraw", expected "waymark"/ },
  'format-missing.json': { kind: 'not-waymark', text: /"format" is missing/ },
  'top-level-array.json': { kind: 'not-waymark', text: /no JSON object/ },
  'top-level-null.json': { kind: 'not-waymark', text: /no JSON object/ },
  'version-0.json': { kind: 'unsupported-version', text: /"version" is 0/ },
  'version-99.json': { kind: 'newer-version', text: /version 99.*\(version 1\)/ },
  'version-as-string.json': { kind: 'unsupported-version', text: /"version" is "1"/ },
  'maps-not-an-array.json': invalid(['maps'], /expected array/),
  'map-with-no-stage.json': invalid(['maps[0].stages'], />=1/),
  'touchpoint-in-unknown-stage.json': invalid(['maps[0].touchpoints[3].stageId'], /no-such-stage/),
  'connection-to-missing-touchpoint.json': invalid(['maps[0].connections[2].to'], /"ghost"/),
  'connection-to-itself.json': invalid(['maps[0].connections[0]'], /itself/),
  'duplicate-touchpoint-ids.json': invalid(['maps[0].touchpoints[1].id'], /duplicate touchpoint id/),
  'emotion-3.json': invalid(['maps[0].touchpoints[2].emotion'], /<=2/),
  'numbers-as-strings.json': invalid(['maps[0].touchpoints[0].position.x', 'maps[0].touchpoints[0].position.y', 'maps[0].touchpoints[1].votes'], /expected number/),
  'unknown-channel.json': invalid(['maps[0].touchpoints[1].channel'], /"web"/),
  'invalid-date.json': invalid(['maps[0].createdAt'], /datetime/),
  'title-10000-characters.json': invalid(['maps[0].title'], /<=300/),
  'sixty-problems.json': { kind: 'invalid', text: /and 10 more problems/ },
  'position-1e999.json': invalid(['maps[0].touchpoints[0].position.x']),
  'deeply-nested-junk-as-maps.json': invalid(['maps[0]'], /expected object/),
  'deeply-nested-junk-in-unknown-field.waymark.json': { ok: true, check: (document) => expect(document).not.toHaveProperty('junk') },
  'proto-and-constructor-keys.waymark.json': {
    ok: true,
    check: (document) => {
      const map = document.maps[0]!;
      expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
      expect(Object.hasOwn(map, 'constructor')).toBe(false);
      expect(Object.hasOwn(map, '__proto__')).toBe(false);
      expect((map.stages[0] as Record<string, unknown>).polluted).toBeUndefined();
      expect(map.stages[0]?.name).toBe('Awareness');
    },
  },
  'html-and-script-in-every-text-field.waymark.json': {
    ok: true,
    check: (document) => {
      // Kept as the text it is: escaping is the view's job (React renders text, never HTML).
      expect(document.maps[0]?.title).toContain('<img src=x onerror=');
      expect(document.maps[0]?.touchpoints[0]?.title).toContain('<script>');
    },
  },
  'png-without-waymark-chunk.png': { kind: 'png-without-map', text: /carries no Waymark map/ },
  'png-with-corrupt-waymark-chunk.png': { kind: 'png-damaged', text: /CRC/ },
  'png-cut-inside-waymark-chunk.png': { kind: 'png-damaged', text: /past the end of the file/ },
  'png-chunk-holds-no-json.png': { kind: 'not-json', text: /not valid JSON/ },
  'png-chunk-with-newer-version.png': { kind: 'newer-version', text: /version 99/ },
  'jpeg-image.jpg': { kind: 'unsupported-file', text: /a JPEG image/ },
};

const files = readdirSync(DIR).sort();

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the bad-input corpus', () => {
  it('has at least 25 files, and an expected outcome for each one', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(files)('%s gets its own outcome, without throwing', async (name) => {
    const bytes = new Uint8Array(readFileSync(DIR + name));
    const expected = EXPECTED[name]!;
    const result = await importBytes(bytes);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if ('ok' in expected) {
      if (!result.ok) throw new Error(`expected ${name} to import, got ${JSON.stringify(result.error).slice(0, 300)}`);
      expected.check?.(result.value);
      return;
    }
    if (result.ok) throw new Error(`expected ${name} to fail`);
    expect(result.error.kind).toBe(expected.kind);
    const sentences = describeFileImportError(result.error);
    expect(sentences.length).toBeGreaterThan(0);
    if (expected.text) expect(sentences.join('\n')).toMatch(expected.text);
    if (expected.paths) {
      if (result.error.kind !== 'invalid') throw new Error('expected kind invalid');
      expect(result.error.problems.map((problem) => problem.path)).toEqual(expected.paths);
      // Every sentence names where the problem is, then what was expected.
      for (const sentence of sentences) expect(sentence).toMatch(/^maps[[.\]\w]*: \S/);
    }
  });

  it('lists 50 problems of the sixty, then counts the rest', async () => {
    const result = await importBytes(new Uint8Array(readFileSync(`${DIR}sixty-problems.json`)));
    if (result.ok || result.error.kind !== 'invalid') throw new Error('expected invalid');
    expect(result.error.problems).toHaveLength(50);
    expect(result.error.more).toBe(10);
    expect(describeFileImportError(result.error)).toHaveLength(51);
  });

  it('refuses a 26 MB file on its size, before reading a byte of it (made here, not kept in the repository)', async () => {
    const file = new Blob([new Uint8Array(26_000_000).fill(0x20)], { type: 'application/json' });
    const read = vi.spyOn(file, 'arrayBuffer');
    const parse = vi.spyOn(JSON, 'parse');
    const result = await readImportFile(file);
    expect(result).toEqual({ ok: false, error: { kind: 'too-large', bytes: 26_000_000, limit: LIMITS.maxFileBytes } });
    expect(read).not.toHaveBeenCalled();
    expect(parse).not.toHaveBeenCalled();
    if (!result.ok) expect(describeFileImportError(result.error)).toEqual(['The file is 26.0 MB; the limit is 25 MB.']);
  });
});
