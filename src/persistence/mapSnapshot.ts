// The snapshot of a stored document, as the editor and the library see it: brought up to the
// current format, repaired in memory, and validated.
import type * as Y from 'yjs';
import { migrateStoredDoc } from '../doc/migrateDoc';
import { createMapReader, removedStages } from '../doc/readMap';
import { validateStoredMap, type ImportError, type Result } from '../io/importDocument';
import { repairMap } from '../model/repair';
import { FORMAT_VERSION, type JourneyMap } from '../model/schema';

export function snapshotOf(doc: Y.Doc): Result<JourneyMap, ImportError> {
  const migration = migrateStoredDoc(doc);
  if (!migration.ok) {
    const version = migration.reason === 'newer' ? migration.version : migration.step;
    return { ok: false, error: { kind: 'newer-version', version, supported: FORMAT_VERSION } };
  }
  const { map } = repairMap(createMapReader(doc).read(), removedStages(doc));
  return validateStoredMap(map);
}
