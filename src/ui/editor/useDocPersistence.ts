// While the editor shows a map: every change this tab makes is written to IndexedDB as it
// happens, and the map is kept in step with the other tabs that have it open.
import { useEffect, useRef, useState } from 'react';
import { appendUpdateRow, compact, headerOf, refreshHeader, writeHeader } from '../../persistence/docStorage';
import { startDocWriter, type DocWriter, type SaveStatus } from '../../persistence/docWriter';
import type { Repository } from '../../persistence/repository';
import type { MapDocument } from '../../store/mapStore';
import { startTabSync } from '../../sync/tabSync';
import { whenQuiet } from './whenQuiet';

type Opened = { mapId: string; storedUpdates: number; changedOnOpen: Uint8Array[] };

export function useDocPersistence(doc: MapDocument, repository: Repository, { mapId, storedUpdates, changedOnOpen }: Opened) {
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved', records: 0 });
  const writer = useRef<DocWriter | null>(null);
  useEffect(() => {
    const { db } = repository;
    const running = startDocWriter(
      doc.ydoc,
      {
        append: (update) => appendUpdateRow(db, mapId, update),
        header: () => writeHeader(db, headerOf(doc.store.getState().map)),
        // The merge takes the main thread for a moment: do it while the user is not typing.
        compact: () => whenQuiet(5000).then(() => compact(db, mapId, doc.ydoc)),
      },
      setStatus,
      { appendedBefore: storedUpdates, initial: changedOnOpen },
    );
    writer.current = running;
    // The library's row for this map, in case the browser went down between an edit and its header.
    refreshHeader(db, headerOf(doc.store.getState().map)).catch(() => undefined);
    const tabs = startTabSync(mapId, doc.ydoc);
    return () => {
      tabs.destroy();
      // What still waits gets a last attempt; leaving while writes fail was asked first
      // (LeaveUnsaved), so nothing is dropped unseen.
      void running.stop();
    };
  }, [doc, mapId, repository, storedUpdates, changedOnOpen]);
  return { status, retry: () => void writer.current?.flush() };
}
