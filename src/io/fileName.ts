// File names made from a map's title: valid on Windows, macOS and Linux, any script kept
// ("การไปพบแพทย์.waymark.json", "线上订购.png"), short enough for every file system.

/** Characters Windows refuses in names (and / everywhere); they become spaces. */
const FORBIDDEN = /[<>:"/\\|?*]/g;
/** Control characters, and the bidi controls that could make a name read with another extension. */
const INVISIBLE = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu;
/** Names Windows reserves for devices, even with an extension ("CON.waymark.json"). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** Most file systems allow 255 bytes per name; this leaves room for the extension and a browser's " (1)". */
const MAX_BASE_BYTES = 150;

const encoder = new TextEncoder();

function graphemes(text: string): string[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    return Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);
  }
  return Array.from(text);
}

/** Cuts `text` to at most `maxBytes` of UTF-8 without splitting a character or a cluster (a Thai vowel stays on its consonant). */
function cutToBytes(text: string, maxBytes: number): string {
  if (encoder.encode(text).length <= maxBytes) return text;
  let out = '';
  let bytes = 0;
  for (const cluster of graphemes(text)) {
    const size = encoder.encode(cluster).length;
    if (bytes + size > maxBytes) break;
    out += cluster;
    bytes += size;
  }
  return out;
}

/** The base of a file name (no extension) for a title; `fallback` when nothing usable is left. */
export function safeBaseName(title: string, fallback = 'waymark-map'): string {
  let name = title.normalize('NFC').replace(/\s/gu, ' ').replace(INVISIBLE, '').replace(FORBIDDEN, ' ').replace(/\s+/gu, ' ').trim();
  // No hidden files (leading dot); Windows drops trailing dots and spaces.
  name = name.replace(/^[.\s]+/u, '');
  name = cutToBytes(name, MAX_BASE_BYTES).replace(/[.\s]+$/u, '');
  if (!name) return fallback;
  // Windows reads the part before the first dot as the device name: "com1.old" -> "com1_.old".
  const dot = name.indexOf('.');
  const stem = dot < 0 ? name : name.slice(0, dot);
  return RESERVED.test(stem.trim()) ? `${stem}_${name.slice(stem.length)}` : name;
}

export function mapFileName(title: string, extension: string): string {
  return `${safeBaseName(title)}${extension}`;
}

/** "waymark-backup-2026-11-23" on the local calendar. */
export function backupBaseName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `waymark-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
