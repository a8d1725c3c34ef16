// The open map's version recorder (src/persistence/versionsRecorder.ts), started with the
// editor and handed to the History dialog through context.
import { createContext, useContext, useEffect, useState } from 'react';
import { cachedAudit } from '../../audit';
import { t } from '../../i18n/en';
import type { Repository } from '../../persistence/repository';
import { createVersionRecorder, type VersionRecorder } from '../../persistence/versionsRecorder';
import { restoreMap } from '../../store/commands';
import { whenQuiet } from './whenQuiet';
import type { EditorStores } from '../../store/context';

export const HistoryContext = createContext<VersionRecorder | null>(null);

/** The recorder of the open map, or null while it starts (the History button waits for it). */
export const useVersionRecorder = () => useContext(HistoryContext);

/** Encoding a large document takes a moment: done when the browser is quiet (at the latest after 3 s). */
const whenIdle = () => whenQuiet(3000);

type Opened = { mapId: string; storedBeforeRepair?: Uint8Array | null };

export function useHistoryRecorder({ doc, ui }: EditorStores, repository: Repository, { mapId, storedBeforeRepair }: Opened): VersionRecorder | null {
  const [recorder, setRecorder] = useState<VersionRecorder | null>(null);
  useEffect(() => {
    const created = createVersionRecorder({
      db: repository.db,
      mapId,
      map: {
        ydoc: doc.ydoc,
        current: () => doc.store.getState().map,
        // One local edit: one undo step, written and sent to other tabs like any edit.
        apply: (map) => restoreMap({ doc, ui }, map),
      },
      storedBeforeRepair,
      // The toolbar's count has usually computed this very map's audit already.
      findings: (map) => cachedAudit(map).findings.length,
      onError: (problem) => ui.setState({ notice: t.history.autoFailed(problem.message) }),
      whenIdle,
    });
    void created.start();
    setRecorder(created);
    return () => created.stop();
  }, [doc, ui, repository, mapId, storedBeforeRepair]);
  return recorder;
}
