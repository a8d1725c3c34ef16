// PNG export, loaded on demand: draws the whole map (ExportView) off screen, turns it into a
// picture with html-to-image at 2× (less when a side would pass 8192 px), and embeds the map's
// document in an iTXt chunk so that importing the PNG restores the map (FORMAT.md).
import { toSvg } from 'html-to-image';
import { createRoot } from 'react-dom/client';
import { documentText } from '../../../io/exportDocument';
import { PNG_KEYWORD } from '../../../io/importFile';
import { embedITXt } from '../../../io/pngChunks';
import { PNG_BACKGROUND, pngPixelRatio, pngPixelSize, textOfMap } from '../../../io/pngLayout';
import type { JourneyMap } from '../../../model/schema';
import { EditorProvider } from '../../../store/context';
import { createMapDocument } from '../../../store/mapStore';
import { createUiStore } from '../../../store/uiStore';
import { loadExportFonts } from './exportFonts';
import { withCompactStyles } from './compactStyles';
import { ExportView } from './ExportView';
import { warmUpFonts } from './warmUpFonts';

export type RenderedPng = {
  blob: Blob;
  width: number;
  height: number;
  pixelRatio: number;
  /** What was measured, for the record: how long, how many font slices were embedded. */
  stats: { layoutMs: number; warmUps: number; svgMs: number; svgChars: number; drawMs: number; fontSlices: number; fontBytes: number };
};

const LAYOUT_TIMEOUT_MS = 60_000;

/**
 * Handles are connection points for editing, and hidden HTML elements (the voting buttons, React
 * Flow's screen-reader texts) draw nothing: neither is cloned. SVG is kept whole (markers live in <defs>).
 */
function keepInPicture(node: HTMLElement): boolean {
  if (!(node instanceof HTMLElement)) return true;
  return !node.classList.contains('react-flow__handle') && getComputedStyle(node).display !== 'none';
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG'))), 'image/png'));
}

/** Draws html-to-image's SVG onto a canvas of exactly `size` pixels. */
async function draw(svg: string, size: { width: number; height: number }): Promise<HTMLCanvasElement> {
  const image = new Image();
  image.decoding = 'async';
  image.src = svg;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('the browser gave no 2D canvas');
  context.fillStyle = PNG_BACKGROUND;
  context.fillRect(0, 0, size.width, size.height);
  context.drawImage(image, 0, 0, size.width, size.height);
  return canvas;
}

/** Lays the map out off screen and resolves with its page element once it is framed. */
async function layOut(map: JourneyMap, root: ReturnType<typeof createRoot>): Promise<HTMLElement> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('laying out the map took too long')), LAYOUT_TIMEOUT_MS);
    // The picture's own stores: nothing selected or being edited, and the editor's undo untouched.
    const stores = { doc: createMapDocument(map), ui: createUiStore() };
    root.render(
      <EditorProvider stores={stores}>
        <ExportView
          map={map}
          onReady={(page) => {
            clearTimeout(timer);
            resolve(page);
          }}
        />
      </EditorProvider>,
    );
  });
}

/** `compact: false` lets html-to-image copy every computed property, as it does by itself (kept to compare). */
export async function renderMapPng(map: JourneyMap, { now = new Date().toISOString(), compact = true }: { now?: string; compact?: boolean } = {}): Promise<RenderedPng> {
  const started = performance.now();
  const fonts = await loadExportFonts(textOfMap(map));
  const host = document.createElement('div');
  host.className = 'png-export-host';
  host.setAttribute('aria-hidden', 'true');
  document.body.append(host);
  const root = createRoot(host);
  try {
    const page = await layOut(map, root);
    await document.fonts.ready;
    const warmUps = await warmUpFonts(page.textContent ?? '', getComputedStyle(page).fontFamily, fonts.css);
    const width = page.offsetWidth;
    const height = page.offsetHeight;
    const pixelRatio = pngPixelRatio(width, height);
    const t1 = performance.now();
    const options = { width, height, backgroundColor: PNG_BACKGROUND, fontEmbedCSS: fonts.css, filter: keepInPicture };
    const svg = compact ? await withCompactStyles(page, () => toSvg(page, options)) : await toSvg(page, options);
    const t2 = performance.now();
    const canvas = await draw(svg, pngPixelSize(width, height, pixelRatio));
    const t3 = performance.now();
    const picture = new Uint8Array(await (await canvasBlob(canvas)).arrayBuffer());
    const withDocument = embedITXt(picture, PNG_KEYWORD, documentText([map], now));
    return {
      blob: new Blob([withDocument as Uint8Array<ArrayBuffer>], { type: 'image/png' }),
      width: canvas.width,
      height: canvas.height,
      pixelRatio,
      stats: {
        layoutMs: Math.round(t1 - started),
        warmUps,
        svgMs: Math.round(t2 - t1),
        svgChars: svg.length,
        drawMs: Math.round(t3 - t2),
        fontSlices: fonts.slices,
        fontBytes: fonts.bytes,
      },
    };
  } finally {
    root.unmount();
    host.remove();
    fonts.release();
  }
}
