// "Export JSON" of one map and "Export all" (a backup) from the maps library: the maps are read
// back from storage through the usual validation, then downloaded as one document.
import { useCallback, useState } from 'react';
import { t } from '../../i18n/en';
import { backupBaseName, mapFileName } from '../../io/fileName';
import { downloadBlob } from '../../io/download';
import type { MapSummary } from '../../model/maps';
import type { JourneyMap } from '../../model/schema';
import type { Repository } from '../../persistence/repository';
import { errorDetail, loadFailureDetail } from '../library/libraryText';

type Callbacks = { onStatus: (text: string) => void; onError: (text: string) => void };

/** The file's writer (and the schema behind it) loads with the first export, not with the app. */
const exportCode = () => import('../../io/exportDocument');

export function useLibraryExport(repository: Pick<Repository, 'loadMap' | 'listSummaries'>, { onStatus, onError }: Callbacks) {
  const [busy, setBusy] = useState(false);

  const exportOne = useCallback(
    async (summary: MapSummary) => {
      try {
        const loaded = await repository.loadMap(summary.id);
        if (!loaded.ok) {
          onError(t.io.exportFailed(loadFailureDetail(loaded)));
          return;
        }
        const { documentBlob, JSON_EXTENSION } = await exportCode();
        const fileName = mapFileName(loaded.value.title, JSON_EXTENSION);
        downloadBlob(documentBlob([loaded.value], new Date().toISOString()), fileName);
        onStatus(t.io.exported(fileName));
      } catch (error) {
        onError(t.io.exportFailed(errorDetail(error)));
      }
    },
    [repository, onStatus, onError],
  );

  const exportAll = useCallback(async () => {
    if (busy) return;
    setBusy(true);
    try {
      const summaries = await repository.listSummaries();
      const maps: JourneyMap[] = [];
      const skipped: string[] = [];
      for (const summary of summaries) {
        const loaded = await repository.loadMap(summary.id);
        if (loaded.ok) maps.push(loaded.value);
        else skipped.push(`“${summary.title}”`);
      }
      if (maps.length > 0) {
        const { documentBlob, JSON_EXTENSION } = await exportCode();
        const now = new Date();
        const fileName = `${backupBaseName(now)}${JSON_EXTENSION}`;
        downloadBlob(documentBlob(maps, now.toISOString()), fileName);
        onStatus(t.io.exportedAll(maps.length, fileName));
      }
      if (skipped.length > 0) onError(t.io.exportSkipped(skipped.join(', ')));
    } catch (error) {
      onError(t.io.exportFailed(errorDetail(error)));
    } finally {
      setBusy(false);
    }
  }, [busy, repository, onStatus, onError]);

  return { exportOne, exportAll, busy };
}
