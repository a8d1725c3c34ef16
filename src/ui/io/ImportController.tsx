// Import from anywhere in the app: files dropped on any screen (with an overlay while dragging),
// JSON text or files pasted on the maps library, and the library's Import button (through
// useImporter). Every import ends in the dialog that lists what was imported, or why not.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { t } from '../../i18n/en';
import type { Repository } from '../../persistence/repository';
import { DropOverlay } from './DropOverlay';
import { ImportDialog, type ImportDialogState } from './ImportDialog';
import type { ImportSource } from './runImport';
import './io.css';

export type Importer = {
  importFiles: (files: readonly File[]) => void;
  importText: (text: string) => void;
};

const ImportContext = createContext<Importer | null>(null);

/** The app's importer; null outside <ImportController> (then there is nothing to import into). */
export function useImporter(): Importer | null {
  return useContext(ImportContext);
}

type Props = {
  repository: Pick<Repository, 'existingIds' | 'insertMaps'>;
  onOpen: (mapId: string) => void;
  /** Paste imports only where Ctrl+V means nothing else: on the maps library. */
  pasteEnabled: boolean;
  children: ReactNode;
};

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/** True while files are dragged over the window; a drop anywhere hands them to `onFiles`. */
function useFileDrop(onFiles: (files: readonly File[]) => void): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    // dragenter / dragleave fire for every element crossed: count them to know when the pointer left the window.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const onOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      // Without this the browser would open the file itself and leave the app.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const onLeave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (files.length > 0) onFiles(files);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [onFiles]);
  return dragging;
}

function usePasteImport(enabled: boolean, importer: Importer) {
  useEffect(() => {
    if (!enabled) return;
    const onPaste = (event: ClipboardEvent) => {
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const data = event.clipboardData;
      if (!data) return;
      const files = Array.from(data.files);
      if (files.length > 0) {
        event.preventDefault();
        importer.importFiles(files);
        return;
      }
      const text = data.getData('text/plain');
      if (text.trim()) {
        event.preventDefault();
        importer.importText(text);
      }
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [enabled, importer]);
}

export function ImportController({ repository, onOpen, pasteEnabled, children }: Props) {
  const [dialog, setDialog] = useState<ImportDialogState | null>(null);
  // Imports run one after another, so two quick drops never interleave their id checks.
  const queue = useRef<Promise<void>>(Promise.resolve());

  const run = useCallback(
    (sources: ImportSource[]) => {
      if (sources.length === 0) return;
      queue.current = queue.current.then(async () => {
        setDialog({ phase: 'working', names: sources.map((source) => source.name) });
        try {
          // Reading and checking files (the schema) loads with the first import, not with the app.
          const { runImport } = await import('./runImport');
          setDialog({ phase: 'done', outcome: await runImport(repository, sources) });
        } catch (error) {
          const detail = error instanceof Error ? error.message : String(error);
          setDialog({ phase: 'done', outcome: { imported: [], failures: sources.map((source) => ({ name: source.name, messages: [t.io.dialog.storageFailed(detail)] })) } });
        }
      });
    },
    [repository],
  );

  const importer = useMemo<Importer>(
    () => ({
      importFiles: (files) => run(files.map((file) => ({ kind: 'file', name: file.name, file }))),
      importText: (text) => run([{ kind: 'text', name: t.io.dialog.pasted, text }]),
    }),
    [run],
  );

  const dragging = useFileDrop(importer.importFiles);
  usePasteImport(pasteEnabled, importer);

  return (
    <ImportContext.Provider value={importer}>
      {children}
      {dragging && <DropOverlay />}
      {dialog && (
        <ImportDialog
          state={dialog}
          onClose={() => setDialog(null)}
          onOpen={(mapId) => {
            setDialog(null);
            onOpen(mapId);
          }}
        />
      )}
    </ImportContext.Provider>
  );
}
