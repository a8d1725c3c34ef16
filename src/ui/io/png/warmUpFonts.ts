// Chromium draws an SVG image (what html-to-image makes) as soon as it has decoded, without
// waiting for the fonts its text needs: the embedded @font-face data and the system's fallback
// fonts (Thai, emoji) load while the first picture is drawn, so the first export of a session
// came out with that text missing. So before the real picture, a small SVG with every character
// of the page, in both weights and the same fonts, is drawn until two drawings agree and show
// text; the fonts are then loaded and cached for the real one.

const WIDTH = 1200;
const LINE = 28;
const THUMB = 0.25;
const MAX_TRIES = 12;
const PAUSE_MS = 60;

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** Each distinct grapheme of `text` once (a Thai vowel stays on its consonant, an emoji sequence whole). */
export function distinctGraphemes(text: string): string[] {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const seen = new Set<string>();
  for (const { segment } of segmenter.segment(text)) if (segment.trim()) seen.add(segment);
  return [...seen];
}

function sampleSvg(graphemes: readonly string[], fontFamily: string, fontCss: string): { url: string; height: number } {
  const perLine = Math.floor(WIDTH / LINE);
  const height = Math.max(1, Math.ceil(graphemes.length / perLine)) * LINE * 2 + LINE;
  const text = escapeXml(graphemes.join(' '));
  const html =
    `<div xmlns="http://www.w3.org/1999/xhtml" style="width:${WIDTH}px;height:${height}px;background:#fff;color:#000;font-size:20px;line-height:${LINE}px;font-family:${escapeXml(fontFamily)};word-break:break-all">` +
    `<style>${fontCss}</style><div style="font-weight:400">${text}</div><div style="font-weight:700">${text}</div></div>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}"><foreignObject x="0" y="0" width="100%" height="100%">${html}</foreignObject></svg>`;
  return { url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, height };
}

async function drawThumbnail(url: string, height: number): Promise<{ hash: number; inked: number }> {
  const image = new Image();
  image.src = url;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(WIDTH * THUMB);
  canvas.height = Math.ceil(height * THUMB);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return { hash: 0, inked: 0 };
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  let hash = 0;
  let inked = 0;
  for (let i = 0; i < data.length; i += 4) {
    const value = data[i]! + data[i + 1]! * 3 + data[i + 2]! * 7;
    hash = (Math.imul(hash, 31) + value) | 0;
    if (value < 2000) inked += 1;
  }
  return { hash, inked };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once a drawing of every character of `text` is steady (or after a bounded number of tries). */
export async function warmUpFonts(text: string, fontFamily: string, fontCss: string): Promise<number> {
  const graphemes = distinctGraphemes(text);
  if (graphemes.length === 0) return 0;
  const { url, height } = sampleSvg(graphemes, fontFamily, fontCss);
  let previous: number | null = null;
  for (let attempt = 1; attempt <= MAX_TRIES; attempt++) {
    const { hash, inked } = await drawThumbnail(url, height);
    if (attempt >= 3 && inked > 0 && hash === previous) return attempt;
    previous = hash;
    await pause(PAUSE_MS);
  }
  return MAX_TRIES;
}
