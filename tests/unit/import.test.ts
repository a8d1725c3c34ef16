import { afterEach, describe, expect, it, vi } from 'vitest';
import onlineOrderText from '../fixtures/online-order.waymark.json?raw';
import clinicText from '../fixtures/clinic-visit-th.waymark.json?raw';
import { parseDocumentText, validateStoredMap, type ImportError } from '../../src/io/importDocument';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LIMITS } from '../../src/model/schema';
import { describeImportError } from '../../src/ui/common/describeImportError';
import { describeFileImportError } from '../../src/ui/io/describeFileImportError';
import { describeProblem } from '../../src/ui/common/describeImportError';

type Json = Record<string, any>;

function fixture(text = onlineOrderText): Json {
  return JSON.parse(text) as Json;
}

function mapOf(document: Json): Json {
  return document.maps[0] as Json;
}

/** Imports a document built in the test, failing loudly if it unexpectedly succeeds. */
function importError(document: unknown): ImportError {
  const result = parseDocumentText(JSON.stringify(document));
  if (result.ok) throw new Error('expected the import to fail');
  return result.error;
}

function problemPaths(error: ImportError): string[] {
  if (error.kind !== 'invalid') throw new Error(`expected kind invalid, got ${error.kind}`);
  return error.problems.map((p) => p.path);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('files that import', () => {
  it.each([
    ['online-order', onlineOrderText],
    ['clinic-visit-th', clinicText],
  ])('imports the %s example with all its content', (_name, text) => {
    const result = parseDocumentText(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const raw = fixture(text);
    expect(result.value.maps).toHaveLength(raw.maps.length);
    const map = result.value.maps[0]!;
    expect(map.title).toBe(mapOf(raw).title);
    expect(map.touchpoints.map((t) => t.id)).toEqual(mapOf(raw).touchpoints.map((t: Json) => t.id));
    expect(map.connections).toEqual(mapOf(raw).connections);
  });

  it('tolerates a byte-order mark at the start', () => {
    const result = parseDocumentText(`\uFEFF${clinicText}`);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.maps[0]?.id).toBe('clinic-visit');
  });

  it('drops unknown fields instead of refusing the file', () => {
    const raw = fixture();
    raw.comment = 'written by a script';
    mapOf(raw).touchpoints[0].colour = 'blue';
    const result = parseDocumentText(JSON.stringify(raw));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.maps[0]?.touchpoints[0]).not.toHaveProperty('colour');
  });
});

describe('files that are not Waymark documents', () => {
  it.each(['', '   \n\t ', '\uFEFF', '\uFEFF  \n'])('reports empty text (%j) as empty', (text) => {
    expect(parseDocumentText(text)).toEqual({ ok: false, error: { kind: 'empty' } });
  });

  it.each(['hello', '{"format": "waymark", ', "{'format': 'waymark'}", '<svg></svg>'])('reports %j as not JSON', (text) => {
    const result = parseDocumentText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe('not-json');
      if (result.error.kind === 'not-json') expect(result.error.detail.length).toBeGreaterThan(0);
    }
  });

  it('reports another format as not-waymark', () => {
    const raw = fixture();
    raw.format = 'other';
    const error = importError(raw);
    expect(error.kind).toBe('not-waymark');
    if (error.kind === 'not-waymark') expect(error.detail).toContain('"other"');
  });

  it.each([[[]], ['"waymark"'], [42], [{ version: 1, maps: [] }]])('reports %j as not-waymark', (value) => {
    expect(importError(value).kind).toBe('not-waymark');
  });
});

describe('versions', () => {
  it('refuses a newer version, naming it and the version the app knows', () => {
    const raw = fixture();
    raw.version = 99;
    expect(importError(raw)).toEqual({ kind: 'newer-version', version: 99, supported: 1 });
  });

  it.each([0, '1', 1.5, -1, null])('refuses version %j as unsupported', (version) => {
    const raw = fixture();
    raw.version = version;
    expect(importError(raw)).toEqual({ kind: 'unsupported-version', version });
  });

  it('refuses a document without a version as unsupported', () => {
    const raw = fixture();
    delete raw.version;
    expect(importError(raw).kind).toBe('unsupported-version');
  });
});

describe('invalid content names where the problem is', () => {
  it('a touchpoint in an unknown stage', () => {
    const raw = fixture();
    mapOf(raw).touchpoints[3].stageId = 'no-such-stage';
    const error = importError(raw);
    expect(problemPaths(error)).toEqual(['maps[0].touchpoints[3].stageId']);
    if (error.kind === 'invalid') {
      expect(error.more).toBe(0);
      expect(error.problems.map(describeProblem)).toEqual(['maps[0].touchpoints[3].stageId: expected the id of a stage of this map, got "no-such-stage"']);
    }
  });

  it('a connection to a touchpoint that does not exist', () => {
    const raw = fixture();
    mapOf(raw).connections[2].to = 'ghost';
    expect(problemPaths(importError(raw))).toEqual(['maps[0].connections[2].to']);
  });

  it('a connection from a touchpoint that does not exist', () => {
    const raw = fixture();
    mapOf(raw).connections[5].from = 'ghost';
    expect(problemPaths(importError(raw))).toEqual(['maps[0].connections[5].from']);
  });

  it('two touchpoints with the same id', () => {
    const raw = fixture();
    const touchpoints = mapOf(raw).touchpoints;
    touchpoints.push({ ...touchpoints[1], title: 'Copy with the same id' });
    const last = touchpoints.length - 1;
    expect(problemPaths(importError(raw))).toEqual([`maps[0].touchpoints[${last}].id`]);
  });

  it('two connections with the same id', () => {
    const raw = fixture();
    mapOf(raw).connections[1].id = 'c1';
    expect(problemPaths(importError(raw))).toEqual(['maps[0].connections[1].id']);
  });

  it('a connection from a touchpoint to itself', () => {
    const raw = fixture();
    const connection = mapOf(raw).connections[0];
    connection.to = connection.from;
    expect(problemPaths(importError(raw))).toEqual(['maps[0].connections[0]']);
  });

  it('an emotion out of range', () => {
    const raw = fixture();
    mapOf(raw).touchpoints[2].emotion = 3;
    expect(problemPaths(importError(raw))).toEqual(['maps[0].touchpoints[2].emotion']);
  });

  it('problems in the second map name that map', () => {
    const raw = fixture();
    const second = JSON.parse(clinicText).maps[0];
    second.touchpoints[1].channel = 'pigeon';
    raw.maps.push(second);
    expect(problemPaths(importError(raw))).toEqual(['maps[1].touchpoints[1].channel']);
  });

  it('lists at most 50 problems and counts the rest (reference problems)', () => {
    const raw = fixture();
    const map = mapOf(raw);
    const template = map.touchpoints[0];
    map.connections = [];
    map.touchpoints = Array.from({ length: 60 }, (_, i) => ({ ...template, id: `t${i}`, stageId: 'gone' }));
    const error = importError(raw);
    expect(error.kind).toBe('invalid');
    if (error.kind !== 'invalid') return;
    expect(LIMITS.maxErrorsListed).toBe(50);
    expect(error.problems).toHaveLength(50);
    expect(error.more).toBe(10);
    expect(error.problems[0]?.path).toBe('maps[0].touchpoints[0].stageId');
    expect(error.problems[49]?.path).toBe('maps[0].touchpoints[49].stageId');
  });

  it('lists at most 50 problems and counts the rest (schema problems)', () => {
    const raw = fixture();
    const map = mapOf(raw);
    const template = map.touchpoints[0];
    map.connections = [];
    map.touchpoints = Array.from({ length: 73 }, (_, i) => ({ ...template, id: `t${i}`, emotion: 3 }));
    const error = importError(raw);
    expect(error.kind).toBe('invalid');
    if (error.kind !== 'invalid') return;
    expect(error.problems).toHaveLength(50);
    expect(error.more).toBe(23);
    expect(new Set(error.problems.map((p) => p.path)).size).toBe(50);
  });
});

describe('size limit', () => {
  it('refuses a text over 25 MB before parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const limit = LIMITS.maxFileBytes;
    const text = `{"format":"waymark","pad":"${'x'.repeat(limit)}"}`;
    const result = parseDocumentText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe('too-large');
      if (result.error.kind === 'too-large') {
        expect(result.error.limit).toBe(limit);
        expect(result.error.bytes).toBe(text.length);
      }
    }
    expect(parse).not.toHaveBeenCalled();
  });

  it('counts bytes, not characters: Thai text under 25 M characters can still be too large', () => {
    const parse = vi.spyOn(JSON, 'parse');
    // Each Thai letter is 3 bytes in UTF-8: 9 M letters are 27 MB.
    const text = `"${'ก'.repeat(9_000_000)}"`;
    expect(text.length).toBeLessThan(LIMITS.maxFileBytes);
    const result = parseDocumentText(text);
    expect(result.ok ? 'ok' : result.error.kind).toBe('too-large');
    expect(parse).not.toHaveBeenCalled();
  });
});

describe('prototype pollution', () => {
  it('__proto__ and constructor keys neither pollute Object.prototype nor break the import', () => {
    const raw = fixture();
    const evil = '{"polluted":"yes"}';
    const ctor = '{"prototype":{"polluted":"yes"}}';
    const text = JSON.stringify(raw)
      .replace('{"format":"waymark"', `{"__proto__":${evil},"constructor":${ctor},"format":"waymark"`)
      .replace('"id":"online-order"', `"__proto__":${evil},"constructor":${ctor},"id":"online-order"`)
      .replace('"id":"ad"', `"__proto__":${evil},"constructor":${ctor},"id":"ad"`)
      .replace('"id":"aware"', `"__proto__":${evil},"id":"aware"`);
    expect(text.match(/__proto__/g)).toHaveLength(4);
    const result = parseDocumentText(text);
    expect(({} as any).polluted).toBeUndefined();
    expect((Object.prototype as any).polluted).toBeUndefined();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const map = result.value.maps[0]!;
    expect((result.value as any).polluted).toBeUndefined();
    expect((map as any).polluted).toBeUndefined();
    expect((map.touchpoints[0] as any).polluted).toBeUndefined();
    expect((map.stages[0] as any).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
    expect(Object.hasOwn(map, 'constructor')).toBe(false);
  });
});

describe('validateStoredMap', () => {
  it('accepts a map of the example', () => {
    const map = mapOf(fixture());
    const result = validateStoredMap(map);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toEqual(map);
  });

  it('rejects a map with a dangling reference, with a path starting at map.', () => {
    const map = mapOf(fixture());
    map.connections[0].from = 'ghost';
    const result = validateStoredMap(map);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(problemPaths(result.error)).toEqual(['map.connections[0].from']);
  });

  it('rejects a map that breaks the schema, with a path starting at map.', () => {
    const map = mapOf(fixture());
    map.touchpoints[4].position = { x: 'left', y: 0 };
    const result = validateStoredMap(map);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(problemPaths(result.error)).toEqual(['map.touchpoints[4].position.x']);
  });
});

// Review finding (issue 15): ids of a touchpoint's small records are unique within their list
// (FORMAT.md); a file with two equal ids in one list is refused, naming where.
describe('duplicate ids inside a touchpoint\'s lists', () => {
  const item: Record<string, (id: string) => Json> = {
    friction: (id) => ({ id, severity: 'low', note: 'Waiting' }),
    trustBreaks: (id) => ({ id, kind: 'other', note: 'Odd' }),
    expectations: (id) => ({ id, topic: 'Delivery time', message: 'In 2 days' }),
    experiences: (id) => ({ id, topic: 'Delivery time' }),
    evidence: (id) => ({ id, quote: 'Too slow' }),
    actions: (id) => ({ id, text: 'Fix it', status: 'open' }),
  };

  it.each(Object.keys(item))('refuses two equal ids in %s, with the path of the second', (list) => {
    const raw = fixture();
    const make = item[list]!;
    mapOf(raw).touchpoints[3][list] = [make('first'), make('twice'), make('other'), make('twice')];
    const error = importError(raw);
    expect(problemPaths(error)).toEqual([`maps[0].touchpoints[3].${list}[3].id`]);
    expect(describeImportError(error).join('\n')).toMatch(/duplicate .*id "twice"/);
  });

  it('names the path of the example, maps[0].touchpoints[3].actions[1].id', () => {
    const raw = fixture();
    mapOf(raw).touchpoints[3].actions = [item.actions!('a1'), item.actions!('a1')];
    expect(problemPaths(importError(raw))).toEqual(['maps[0].touchpoints[3].actions[1].id']);
  });

  it('accepts equal ids in different lists and in different touchpoints', () => {
    const raw = fixture();
    const touchpoints = mapOf(raw).touchpoints;
    for (const list of Object.keys(item)) {
      touchpoints[3][list] = [item[list]!('same')];
      touchpoints[4][list] = [item[list]!('same')];
    }
    expect(parseDocumentText(JSON.stringify(raw)).ok).toBe(true);
  });

  it('refuses them in a stored map too', () => {
    const map = mapOf(fixture());
    map.touchpoints[0].evidence = [item.evidence!('e'), item.evidence!('e')];
    const result = validateStoredMap(map);
    expect(result.ok ? [] : problemPaths(result.error)).toEqual(['map.touchpoints[0].evidence[1].id']);
  });

  it('still imports every example and fixture that ships', () => {
    const dirs = [join(import.meta.dirname, '../fixtures'), join(import.meta.dirname, '../../src/templates')];
    const files = dirs.flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.json')).map((name) => join(dir, name)));
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) expect(parseDocumentText(readFileSync(file, 'utf8')).ok, file).toBe(true);
  });
});

// Review finding (issue 15): FORMAT.md says 25 MB (25,000,000 bytes); the code said 25 MiB.
describe('the size limit is 25,000,000 bytes', () => {
  it('is 25,000,000 bytes in code', () => {
    expect(LIMITS.maxFileBytes).toBe(25_000_000);
  });

  it('reads a text of exactly 25,000,000 bytes and refuses one byte more', () => {
    const atLimit = `"${'x'.repeat(25_000_000 - 2)}"`;
    expect(parseDocumentText(atLimit)).toMatchObject({ ok: false, error: { kind: 'not-waymark' } });
    expect(parseDocumentText(`${atLimit} `)).toEqual({ ok: false, error: { kind: 'too-large', bytes: 25_000_001, limit: 25_000_000 } });
  });

  it('says the sizes in MB of 1,000,000 bytes, and in bytes when the MB would look equal', () => {
    expect(describeImportError({ kind: 'too-large', bytes: 26_000_000, limit: 25_000_000 })).toEqual(['The file is 26.0 MB; the limit is 25 MB.']);
    expect(describeImportError({ kind: 'too-large', bytes: 25_000_001, limit: 25_000_000 })).toEqual([
      'The file is 25,000,001 bytes; the limit is 25,000,000 bytes (25 MB).',
    ]);
  });
});

// Review finding (issue 15): a message quotes at most about 80 characters of what the file holds.
describe('quotes in error messages are cut to about 80 characters', () => {
  const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const messages = (text: string) => {
    const result = parseDocumentText(text);
    if (result.ok) throw new Error('expected the import to fail');
    return describeFileImportError(result.error);
  };

  it.each([
    ['a "format" of 10,000 nested brackets', `{"format":${nested(10_000)}}`, /^This is not a Waymark file: "format" is \[\[\[+…, expected "waymark"\.$/],
    ['a long "format" string', `{"format":"${'w'.repeat(100_000)}"}`, /^This is not a Waymark file: "format" is "w+…, expected "waymark"\.$/],
    ['a "version" of 10,000 nested brackets', `{"format":"waymark","version":${nested(10_000)}}`, /^"version" is \[\[+…: expected a whole number, 1 or later\.$/],
    ['a "version" of a long string', `{"format":"waymark","version":"${'9'.repeat(50_000)}"}`, /^"version" is "9+…: expected a whole number, 1 or later\.$/],
    ['text that is not JSON', `{"format": ${'x'.repeat(100_000)}`, /^The file is not valid JSON: /],
  ])('%s', (_name, text, expected) => {
    const [message, ...rest] = messages(text);
    expect(rest).toEqual([]);
    expect(message).toMatch(expected);
    expect(message!.length).toBeLessThan(200);
  });

  it('quotes a short value whole', () => {
    expect(messages('{"format":[1,2,3]}')).toEqual(['This is not a Waymark file: "format" is [1,2,3], expected "waymark".']);
  });

  it('survives a value nested too deeply to be written back as JSON', () => {
    const [message] = messages(`{"format":"waymark","version":${nested(500_000)}}`);
    expect(message).toMatch(/^"version" is .{1,90}: expected a whole number, 1 or later\.$/);
  });

  it('never cuts a character in half', () => {
    const [message] = messages(`{"format":"${'😀'.repeat(1000)}"}`);
    expect(message).toMatch(/^This is not a Waymark file: "format" is "(😀)+…, expected "waymark"\.$/u);
  });
});
