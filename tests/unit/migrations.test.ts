// The migration chain: one step per version, used by file import and by stored documents.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { FORMAT_VERSION_KEY, mapRoots } from '../../src/doc/layout';
import { migrateStoredDoc, storedFormatVersion } from '../../src/doc/migrateDoc';
import { createMapReader } from '../../src/doc/readMap';
import { writeWholeMap } from '../../src/doc/writeMap';
import { migrateDocument, type Migrations } from '../../src/model/migrations';
import { createMap } from '../../src/model/maps';

// A version-1 document of a future format 2 in which a map's `title` became `name`: the kind of
// step a real version will add.
const renameTitle: Migrations = {
  1: (document) => ({
    ...document,
    maps: (document.maps as Record<string, unknown>[]).map(({ title, ...rest }) => ({ ...rest, name: title })),
  }),
};

describe('migrateDocument', () => {
  it('runs each step in turn and stamps the new version', () => {
    const result = migrateDocument({ format: 'waymark', version: 1, maps: [{ id: 'm', title: 'Kettle' }] }, 1, 2, renameTitle);
    expect(result).toEqual({ ok: true, document: { format: 'waymark', version: 2, maps: [{ id: 'm', name: 'Kettle' }] } });
  });

  it('reports a missing step instead of skipping it', () => {
    expect(migrateDocument({ format: 'waymark', version: 1, maps: [] }, 1, 3, renameTitle)).toEqual({ ok: false, missingStep: 2 });
  });

  it('leaves a current document as it is', () => {
    const document = { format: 'waymark', version: 1, maps: [] };
    expect(migrateDocument(document, 1, 1, renameTitle)).toEqual({ ok: true, document });
  });
});

describe('stored documents', () => {
  // Steps that keep the format's own fields, so the result still reads as a map.
  const upperCaseTitle: Migrations = {
    1: (document) => ({
      ...document,
      maps: (document.maps as { title: string }[]).map((map) => ({ ...map, title: map.title.toUpperCase() })),
    }),
  };

  it('brings an older document up to date through the same chain and records the version', () => {
    const doc = new Y.Doc();
    writeWholeMap(doc, createMap('Kettle order', '2026-12-01T00:00:00.000Z'), 1);
    expect(migrateStoredDoc(doc, upperCaseTitle, 2)).toEqual({ ok: true, from: 1 });
    expect(createMapReader(doc).read().title).toBe('KETTLE ORDER');
    expect(storedFormatVersion(doc)).toBe(2);
    // Done once: opening again changes nothing.
    expect(migrateStoredDoc(doc, upperCaseTitle, 2)).toEqual({ ok: true, from: 2 });
    expect(createMapReader(doc).read().title).toBe('KETTLE ORDER');
  });

  it('refuses a document written by a newer version', () => {
    const doc = new Y.Doc();
    writeWholeMap(doc, createMap('Kettle order', '2026-12-01T00:00:00.000Z'), 1);
    mapRoots(doc).meta.set(FORMAT_VERSION_KEY, 5);
    expect(migrateStoredDoc(doc)).toEqual({ ok: false, reason: 'newer', version: 5 });
  });
});
