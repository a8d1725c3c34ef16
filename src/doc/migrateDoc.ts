// A stored document whose content follows an older file-format version is brought up to date
// through the file migrations (the same chain as imports) when it is opened.
import type * as Y from 'yjs';
import { migrateStoredMap, migrations, type Migrations } from '../model/migrations';
import { FORMAT_VERSION, type JourneyMap } from '../model/schema';
import { FORMAT_VERSION_KEY, mapRoots } from './layout';
import { REPAIR } from './origins';
import { createMapReader } from './readMap';
import { applyMapChange } from './writeMap';

export type DocMigration =
  | { ok: true; from: number }
  | { ok: false; reason: 'newer'; version: number }
  | { ok: false; reason: 'missing-step'; step: number };

export function storedFormatVersion(doc: Y.Doc): number {
  const version = mapRoots(doc).meta.get(FORMAT_VERSION_KEY);
  return typeof version === 'number' ? version : 1;
}

export function migrateStoredDoc(doc: Y.Doc, steps: Migrations = migrations, to = FORMAT_VERSION): DocMigration {
  const from = storedFormatVersion(doc);
  if (from > to) return { ok: false, reason: 'newer', version: from };
  if (from === to) return { ok: true, from };
  const before = createMapReader(doc).read();
  const migrated = migrateStoredMap(before, from, to, steps);
  if (!migrated.ok) return { ok: false, reason: 'missing-step', step: migrated.missingStep };
  doc.transact(() => {
    applyMapChange(doc, before, migrated.map as JourneyMap);
    mapRoots(doc).meta.set(FORMAT_VERSION_KEY, to);
  }, REPAIR);
  return { ok: true, from };
}
