// Which slices of the bundled fonts a PNG export needs. The @fontsource packages split Noto Sans
// Thai, Noto Sans SC and Vazirmatn by unicode-range; an export embeds only the slices that hold
// the Thai, Chinese (and Japanese kana) and Arabic-script letters its text uses. Pure.

export type CodeRange = readonly [number, number];

export type FontSlice = {
  family: string;
  weight: number;
  ranges: readonly CodeRange[];
  url: string;
};

/** "U+0E01-0E5B,U+200C" -> [[0x0e01, 0x0e5b], [0x200c, 0x200c]]. Malformed parts are skipped. */
export function parseUnicodeRange(text: string): CodeRange[] {
  const ranges: CodeRange[] = [];
  for (const part of text.split(',')) {
    const match = /^\s*U\+([0-9a-f?]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!match?.[1]) continue;
    if (match[1].includes('?')) {
      ranges.push([parseInt(match[1].replace(/\?/g, '0'), 16), parseInt(match[1].replace(/\?/g, 'f'), 16)]);
    } else {
      const start = parseInt(match[1], 16);
      ranges.push([start, match[2] ? parseInt(match[2], 16) : start]);
    }
  }
  return ranges;
}

export function formatUnicodeRange(ranges: readonly CodeRange[]): string {
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  return ranges.map(([start, end]) => (start === end ? `U+${hex(start)}` : `U+${hex(start)}-${hex(end)}`)).join(',');
}

/** The ranges with `cut` removed (ranges that straddle it are split). */
export function subtractRanges(ranges: readonly CodeRange[], cut: readonly CodeRange[]): CodeRange[] {
  let out: CodeRange[] = [...ranges];
  for (const [cutStart, cutEnd] of cut) {
    out = out.flatMap(([start, end]): CodeRange[] => {
      if (end < cutStart || start > cutEnd) return [[start, end]];
      const pieces: CodeRange[] = [];
      if (start < cutStart) pieces.push([start, cutStart - 1]);
      if (end > cutEnd) pieces.push([cutEnd + 1, end]);
      return pieces;
    });
  }
  return out;
}

/**
 * Blocks whose letters the system's Latin fonts do not draw and the bundled fonts do. Only
 * these pick a slice: Latin, digits and punctuation stay with the system font.
 */
export const SCRIPT_BLOCKS: readonly CodeRange[] = [
  [0x0600, 0x06ff], [0x0750, 0x077f], [0x0870, 0x08ff], // Arabic (Persian)
  [0x0e00, 0x0e7f], // Thai
  [0x2e80, 0x2fdf], [0x3000, 0x303f], [0x3040, 0x30ff], [0x3100, 0x312f], [0x31a0, 0x31ff], // CJK symbols, kana, bopomofo
  [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff], // CJK ideographs
  [0xfb50, 0xfdff], [0xfe30, 0xfe4f], [0xfe70, 0xfeff], [0xff00, 0xffef], // Arabic forms, CJK compatibility, full-width
  [0x20000, 0x2fa1f], // CJK extensions
];

/** Emoji stay with the system's colour emoji font (the bundled CJK font has plain ones). */
export const EMOJI_BLOCKS: readonly CodeRange[] = [[0x2600, 0x27bf], [0x1f000, 0x1faff]];

const inRanges = (code: number, ranges: readonly CodeRange[]) => ranges.some(([start, end]) => code >= start && code <= end);

/** The code points of `text` that need a bundled font. */
export function scriptCodePoints(text: string): Set<number> {
  const codes = new Set<number>();
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (inRanges(code, SCRIPT_BLOCKS)) codes.add(code);
  }
  return codes;
}

/**
 * The slices (of every weight) that draw `codes`. `slices` are in font-stack order: a code point
 * takes the first family that has it (a few Thai letters in a Chinese slice are never used).
 */
export function slicesFor(slices: readonly FontSlice[], codes: ReadonlySet<number>): FontSlice[] {
  const picked = new Set<FontSlice>();
  for (const code of codes) {
    const family = slices.find((slice) => inRanges(code, slice.ranges))?.family;
    if (family === undefined) continue;
    for (const slice of slices) if (slice.family === family && inRanges(code, slice.ranges)) picked.add(slice);
  }
  return slices.filter((slice) => picked.has(slice));
}

/** An @font-face rule for a slice whose file is at `src` (a data: URL when embedded); emoji left out. */
export function fontFaceRule(slice: FontSlice, src: string): string {
  const range = formatUnicodeRange(subtractRanges(slice.ranges, EMOJI_BLOCKS));
  return `@font-face{font-family:"${slice.family}";font-style:normal;font-weight:${slice.weight};font-display:swap;src:url(${src}) format("woff2");unicode-range:${range};}`;
}
