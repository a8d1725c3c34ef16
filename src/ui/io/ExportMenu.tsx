// The editor's Export menu: the open map as a .waymark.json file, or as a PNG for slides. The map
// exported is the one in memory, so it can be saved even when the browser's storage fails.
// The PNG code (html-to-image, fonts, PNG chunks) loads only when an image is asked for.
import { ChevronDown, Download, FileJson, Image as ImageIcon } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { t } from '../../i18n/en';
import { downloadBlob } from '../../io/download';
import { documentBlob, JSON_EXTENSION } from '../../io/exportDocument';
import { mapFileName } from '../../io/fileName';
import { useEditor } from '../../store/context';
import './io.css';

const loadPngExport = () => import('./png/renderMapPng');

export function ExportMenu() {
  const { doc, ui } = useEditor();
  const [open, setOpen] = useState(false);
  const [drawing, setDrawing] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    wrapper.current?.querySelector<HTMLButtonElement>('.io-export-panel button')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };

  const exportJson = () => {
    close();
    const map = doc.store.getState().map;
    const fileName = mapFileName(map.title, JSON_EXTENSION);
    downloadBlob(documentBlob([map], new Date().toISOString()), fileName);
    ui.setState({ notice: t.io.exported(fileName) });
  };

  const exportPng = async () => {
    close();
    if (drawing) return;
    setDrawing(true);
    const map = doc.store.getState().map;
    try {
      const { renderMapPng } = await loadPngExport();
      const png = await renderMapPng(map);
      const fileName = mapFileName(map.title, '.png');
      downloadBlob(png.blob, fileName);
      ui.setState({ notice: t.io.exported(fileName) });
    } catch (error) {
      ui.setState({ notice: t.io.pngFailed(error instanceof Error ? error.message : String(error)) });
    } finally {
      setDrawing(false);
    }
  };

  return (
    <div
      ref={wrapper}
      className="io-export-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          close();
        }
      }}
      onBlur={(event) => {
        if (open && event.relatedTarget && !event.currentTarget.contains(event.relatedTarget as Node)) setOpen(false);
      }}
    >
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-busy={drawing || undefined}
        title={t.io.exportMenuLabel}
        onClick={() => setOpen((value) => !value)}
      >
        <Download size={16} aria-hidden /> {drawing ? t.io.exportingPng : t.io.exportMenu}
        <ChevronDown size={14} aria-hidden />
      </button>
      <div id={panelId} className="io-export-panel" role="group" aria-label={t.io.exportMenuLabel} hidden={!open}>
        {open && (
          <>
            <button type="button" onClick={exportJson}>
              <FileJson size={16} aria-hidden /> {t.io.exportJson}
            </button>
            <button type="button" aria-disabled={drawing || undefined} onClick={() => void exportPng()}>
              <ImageIcon size={16} aria-hidden /> {t.io.exportPng}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
