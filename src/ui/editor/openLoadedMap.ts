// Turns a document read from IndexedDB into the editor's stores: brings its content up to the
// current format version, repairs what a merge or an old bug left (told to the user), and
// validates it as strictly as an imported file. What opening changed is handed to the writer,
// and the stored state before that change to the version history ('before-repair').
import * as Y from 'yjs';
import { migrateStoredDoc } from '../../doc/migrateDoc';
import { REPAIR } from '../../doc/origins';
import { t } from '../../i18n/en';
import { validateStoredMap } from '../../io/importDocument';
import type { Repair } from '../../model/repair';
import { FORMAT_VERSION } from '../../model/schema';
import type { EditorStores } from '../../store/context';
import { describeRepairs } from '../../store/describeRepairs';
import { createMapDocument } from '../../store/mapStore';
import { createUiStore } from '../../store/uiStore';
import { describeImportError } from '../common/describeImportError';
import { reportRejected } from '../../sync/rejections';

export type OpenedMap =
  | { ok: true; stores: EditorStores; changedOnOpen: Uint8Array[]; storedBeforeRepair: Uint8Array | null }
  | { ok: false; details: string[] };

export function openLoadedMap(ydoc: Y.Doc): OpenedMap {
  const changedOnOpen: Uint8Array[] = [];
  const collect = (update: Uint8Array) => void changedOnOpen.push(update);
  ydoc.on('update', collect);
  // The stored state, encoded only when opening is about to change it (a migration or a repair).
  let storedBeforeRepair: Uint8Array | null = null;
  const keepStored = (transaction: Y.Transaction) => {
    if (transaction.origin === REPAIR) storedBeforeRepair ??= Y.encodeStateAsUpdate(ydoc);
  };
  ydoc.on('beforeTransaction', keepStored);
  try {
    const migration = migrateStoredDoc(ydoc);
    if (!migration.ok) {
      const version = migration.reason === 'newer' ? migration.version : migration.step;
      return { ok: false, details: [t.importErrors.newerVersion(version, FORMAT_VERSION)] };
    }
    const ui = createUiStore();
    const atOpen: Repair[] = [];
    let report = (repairs: Repair[]) => {
      atOpen.push(...repairs);
    };
    // A change from a collaboration server that fails validation: the live session stops and says so.
    const doc = createMapDocument(ydoc, { onRepairs: (repairs) => report(repairs), onRejected: (error) => reportRejected(ydoc, error) });
    const valid = validateStoredMap(doc.store.getState().map);
    if (!valid.ok) {
      doc.destroy();
      return { ok: false, details: describeImportError(valid.error) };
    }
    report = (repairs) => ui.setState({ notice: describeRepairs(repairs) });
    if (atOpen.length > 0) report(atOpen);
    return { ok: true, stores: { doc, ui }, changedOnOpen, storedBeforeRepair: changedOnOpen.length > 0 ? storedBeforeRepair : null };
  } finally {
    ydoc.off('update', collect);
    ydoc.off('beforeTransaction', keepStored);
  }
}
