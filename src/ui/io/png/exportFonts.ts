// The fonts a PNG export ships, so Thai, Chinese and Persian are drawn on machines without such
// fonts too. html-to-image draws through an SVG image, which sees the system's fonts and the
// @font-face rules embedded in it, not the page's web fonts: so the slices the map's text needs
// are fetched, embedded as data: URLs (`fontEmbedCSS`), and registered with document.fonts
// under the same names while the export lays out, so layout and picture use the same glyphs.
// The font files are build assets fetched only here; this module is part of the export chunk.
import scRanges from '@fontsource/noto-sans-sc/unicode.json';
import thaiRanges from '@fontsource/noto-sans-thai/unicode.json';
import vazirmatnRanges from '@fontsource/vazirmatn/unicode.json';
import { fontFaceRule, parseUnicodeRange, scriptCodePoints, slicesFor, subtractRanges, EMOJI_BLOCKS, formatUnicodeRange, type FontSlice } from '../../../io/fontSlices';

const FILES = {
  ...import.meta.glob('/node_modules/@fontsource/noto-sans-thai/files/noto-sans-thai-thai-{400,700}-normal.woff2', { query: '?url', import: 'default', eager: true }),
  ...import.meta.glob('/node_modules/@fontsource/vazirmatn/files/vazirmatn-arabic-{400,700}-normal.woff2', { query: '?url', import: 'default', eager: true }),
  ...import.meta.glob('/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-[0-9]*-{400,700}-normal.woff2', { query: '?url', import: 'default', eager: true }),
} as Record<string, string>;

/** Family names of the bundled fonts, apart from any installed font of the same design. */
/** In font-stack order (png-export.css): Arabic script before the Chinese font, which has a few Arabic letters. */
export const EXPORT_FONT_FAMILIES = ['Waymark Noto Sans Thai', 'Waymark Vazirmatn', 'Waymark Noto Sans SC'] as const;
const WEIGHTS = [400, 700] as const;

function slicesOf(pkg: string, family: string, ranges: Record<string, string>, subsets: (name: string) => boolean): FontSlice[] {
  return Object.entries(ranges).flatMap(([subset, range]) => {
    const name = subset.replace(/^\[(\d+)\]$/, '$1');
    if (!subsets(name)) return [];
    return WEIGHTS.flatMap((weight) => {
      const url = FILES[`/node_modules/@fontsource/${pkg}/files/${pkg}-${name}-${weight}-normal.woff2`];
      return url ? [{ family, weight, ranges: parseUnicodeRange(range), url }] : [];
    });
  });
}

export const BUNDLED_SLICES: readonly FontSlice[] = [
  ...slicesOf('noto-sans-thai', EXPORT_FONT_FAMILIES[0], thaiRanges, (name) => name === 'thai'),
  ...slicesOf('vazirmatn', EXPORT_FONT_FAMILIES[1], vazirmatnRanges, (name) => name === 'arabic'),
  ...slicesOf('noto-sans-sc', EXPORT_FONT_FAMILIES[2], scRanges, (name) => /^\d+$/.test(name)),
];

const fileCache = new Map<string, Promise<ArrayBuffer>>();

function fetchFont(url: string): Promise<ArrayBuffer> {
  let pending = fileCache.get(url);
  if (!pending) {
    pending = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
      return response.arrayBuffer();
    });
    pending.catch(() => fileCache.delete(url));
    fileCache.set(url, pending);
  }
  return pending;
}

function dataUrl(buffer: ArrayBuffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('could not read a font'));
    reader.readAsDataURL(new Blob([buffer], { type: 'font/woff2' }));
  });
}

export type ExportFonts = {
  /** The @font-face rules to embed in the picture (html-to-image's fontEmbedCSS). */
  css: string;
  slices: number;
  bytes: number;
  /** Unregisters the faces from document.fonts. */
  release: () => void;
};

/** Loads the slices that `text` needs, registers them for layout and returns the CSS to embed. */
export async function loadExportFonts(text: string): Promise<ExportFonts> {
  const needed = slicesFor(BUNDLED_SLICES, scriptCodePoints(text));
  const loaded = await Promise.all(needed.map(async (slice) => ({ slice, buffer: await fetchFont(slice.url) })));
  const faces = loaded.map(({ slice, buffer }) => {
    const face = new FontFace(slice.family, buffer, {
      weight: String(slice.weight),
      style: 'normal',
      unicodeRange: formatUnicodeRange(subtractRanges(slice.ranges, EMOJI_BLOCKS)),
    });
    document.fonts.add(face);
    return face;
  });
  await Promise.all(faces.map((face) => face.load()));
  const rules = await Promise.all(loaded.map(async ({ slice, buffer }) => fontFaceRule(slice, await dataUrl(buffer))));
  return {
    css: rules.join('\n'),
    slices: loaded.length,
    bytes: loaded.reduce((sum, { buffer }) => sum + buffer.byteLength, 0),
    release: () => faces.forEach((face) => document.fonts.delete(face)),
  };
}
