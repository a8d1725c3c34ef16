// The library's Import (a file picker) and Export all buttons.
import { Download, Upload } from 'lucide-react';
import { useRef } from 'react';
import { t } from '../../i18n/en';
import { useImporter } from './ImportController';
import './io.css';

type Props = { mapCount: number; exporting: boolean; onExportAll: () => void };

/** What the picker offers; anything else can still be chosen ("All files") and gets a clear message. */
export const IMPORT_ACCEPT = '.waymark.json,.json,application/json,.png,image/png';

export function LibraryIoActions({ mapCount, exporting, onExportAll }: Props) {
  const importer = useImporter();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="io-library-actions">
      {importer && (
        <>
          <input
            ref={input}
            className="io-file-input"
            type="file"
            accept={IMPORT_ACCEPT}
            multiple
            aria-label={t.io.importInput}
            data-testid="import-input"
            onChange={(event) => {
              const files = Array.from(event.currentTarget.files ?? []);
              event.currentTarget.value = ''; // picking the same file again is a new import
              if (files.length > 0) importer.importFiles(files);
            }}
          />
          <button type="button" className="lib-button" title={t.io.importTitle} onClick={() => input.current?.click()}>
            <Upload size={16} aria-hidden="true" />
            {t.io.import}
          </button>
        </>
      )}
      {mapCount > 0 && (
        <button type="button" className="lib-button" title={t.io.exportAllTitle} aria-disabled={exporting || undefined} onClick={() => !exporting && onExportAll()}>
          <Download size={16} aria-hidden="true" />
          {t.io.exportAll}
        </button>
      )}
    </div>
  );
}
