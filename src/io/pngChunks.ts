// PNG chunks at the byte level: CRC-32, reading the chunk list, adding a chunk before IEND, and
// the iTXt text chunk that carries a map's document in exported PNGs (FORMAT.md, "PNG export").
// Pure: bytes in, bytes out; no DOM. Loaded on demand (export, or importing a PNG).
//
// A chunk is: length (4 bytes, big-endian, data only) | type (4 ASCII letters) | data | CRC-32 of type + data.
// iTXt data is: keyword (Latin-1, 1–79 bytes) 0 | compression flag | compression method |
// language tag 0 | translated keyword (UTF-8) 0 | text (UTF-8, or zlib when the flag is 1).

export const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
/** A chunk's data may be at most 2^31 − 1 bytes (PNG specification, 5.3). */
const MAX_CHUNK_LENGTH = 0x7fffffff;

let crcTable: Uint32Array | null = null;

function table(): Uint32Array {
  if (crcTable) return crcTable;
  crcTable = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crcTable[n] = c >>> 0;
  }
  return crcTable;
}

/** CRC-32 (ISO 3309, as PNG uses it) of `bytes`. */
export function crc32(bytes: Uint8Array): number {
  const t = table();
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = (t[(c ^ bytes[i]!) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= PNG_SIGNATURE.length && PNG_SIGNATURE.every((byte, i) => bytes[i] === byte);
}

export type Chunk = {
  type: string;
  data: Uint8Array;
  /** Where the chunk (its length field) starts in the file. */
  offset: number;
  crcOk: boolean;
};

export type ChunkList = { ok: true; chunks: Chunk[] } | { ok: false; detail: string };

function readUint32(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
}

function writeUint32(bytes: Uint8Array, at: number, value: number) {
  bytes[at] = value >>> 24;
  bytes[at + 1] = (value >>> 16) & 0xff;
  bytes[at + 2] = (value >>> 8) & 0xff;
  bytes[at + 3] = value & 0xff;
}

const typeOk = (bytes: Uint8Array) => bytes.every((b) => (b >= 65 && b <= 90) || (b >= 97 && b <= 122));

/** Every chunk up to and including IEND. Structural damage (a chunk running past the end) is an error; CRCs are reported per chunk. */
export function readChunks(png: Uint8Array): ChunkList {
  if (!isPng(png)) return { ok: false, detail: 'the file does not start with the PNG signature' };
  const chunks: Chunk[] = [];
  let at = PNG_SIGNATURE.length;
  while (at < png.length) {
    if (at + 12 > png.length) return { ok: false, detail: `the file ends inside the chunk header at byte ${at}` };
    const length = readUint32(png, at);
    const typeBytes = png.subarray(at + 4, at + 8);
    if (!typeOk(typeBytes)) return { ok: false, detail: `the chunk at byte ${at} has no valid type` };
    const type = String.fromCharCode(...typeBytes);
    if (length > MAX_CHUNK_LENGTH || at + 12 + length > png.length) {
      return { ok: false, detail: `the chunk "${type}" at byte ${at} claims ${length} bytes, past the end of the file` };
    }
    const data = png.subarray(at + 8, at + 8 + length);
    const crcOk = crc32(png.subarray(at + 4, at + 8 + length)) === readUint32(png, at + 8 + length);
    chunks.push({ type, data, offset: at, crcOk });
    at += 12 + length;
    if (type === 'IEND') return { ok: true, chunks };
  }
  return { ok: false, detail: 'the file ends before its IEND chunk' };
}

/** One whole chunk: length, type, data, CRC. */
export function encodeChunk(type: string, data: Uint8Array): Uint8Array {
  if (!/^[A-Za-z]{4}$/.test(type)) throw new Error(`invalid PNG chunk type "${type}"`);
  const chunk = new Uint8Array(12 + data.length);
  writeUint32(chunk, 0, data.length);
  for (let i = 0; i < 4; i++) chunk[4 + i] = type.charCodeAt(i);
  chunk.set(data, 8);
  writeUint32(chunk, 8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

/** A keyword: 1–79 printable Latin-1 characters, no leading, trailing or double spaces (PNG 11.3.4.2). */
function latin1(text: string): Uint8Array {
  const printable = [...text].every((ch) => {
    const code = ch.charCodeAt(0);
    return ch.length === 1 && ((code >= 0x20 && code <= 0x7e) || (code >= 0xa1 && code <= 0xff));
  });
  if (!printable || text.length < 1 || text.length > 79 || text !== text.trim() || text.includes('  ')) {
    throw new Error(`invalid iTXt keyword "${text}"`);
  }
  return Uint8Array.from(text, (ch) => ch.charCodeAt(0));
}

/** The data of an uncompressed iTXt chunk, no language tag. */
export function encodeITXt(keyword: string, text: string): Uint8Array {
  const key = latin1(keyword);
  const body = new TextEncoder().encode(text);
  const data = new Uint8Array(key.length + 5 + body.length);
  data.set(key, 0);
  // keyword's 0, compression flag 0, method 0, empty language tag's 0, empty translated keyword's 0.
  data.set(body, key.length + 5);
  return data;
}

export type ITXt = { keyword: string; compressed: boolean; method: number; language: string; translated: Uint8Array; text: Uint8Array };

/** Splits iTXt data into its fields; null when the separators are missing. */
export function decodeITXt(data: Uint8Array): ITXt | null {
  const keywordEnd = data.indexOf(0);
  if (keywordEnd < 1 || keywordEnd > 79 || keywordEnd + 3 > data.length) return null;
  const keyword = String.fromCharCode(...data.subarray(0, keywordEnd));
  const flag = data[keywordEnd + 1]!;
  const method = data[keywordEnd + 2]!;
  if (flag > 1) return null;
  const languageEnd = data.indexOf(0, keywordEnd + 3);
  if (languageEnd < 0) return null;
  const translatedEnd = data.indexOf(0, languageEnd + 1);
  if (translatedEnd < 0) return null;
  return {
    keyword,
    compressed: flag === 1,
    method,
    language: String.fromCharCode(...data.subarray(keywordEnd + 3, languageEnd)),
    translated: data.subarray(languageEnd + 1, translatedEnd),
    text: data.subarray(translatedEnd + 1),
  };
}

function keywordOf(chunk: Chunk): string | null {
  if (chunk.type !== 'iTXt') return null;
  const end = chunk.data.indexOf(0);
  return end > 0 ? String.fromCharCode(...chunk.data.subarray(0, end)) : null;
}

/**
 * The PNG with an iTXt chunk `keyword` = `text` placed just before IEND. An older chunk with the
 * same keyword is removed, so exporting an exported PNG again never leaves two documents.
 */
export function embedITXt(png: Uint8Array, keyword: string, text: string): Uint8Array {
  const read = readChunks(png);
  if (!read.ok) throw new Error(`not a PNG that can carry text: ${read.detail}`);
  const kept = read.chunks.filter((chunk) => keywordOf(chunk) !== keyword);
  const iend = kept.pop();
  if (!iend || iend.type !== 'IEND') throw new Error('the PNG has no IEND chunk');
  const added = encodeChunk('iTXt', encodeITXt(keyword, text));
  const pieces = [PNG_SIGNATURE, ...kept.map((chunk) => png.subarray(chunk.offset, chunk.offset + 12 + chunk.data.length)), added, png.subarray(iend.offset, iend.offset + 12)];
  const out = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

export type Extracted = { ok: true; text: string } | { ok: false; error: { kind: 'no-chunk' } | { kind: 'damaged'; detail: string } };

async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The text of the iTXt chunk named `keyword`, checked: its CRC, its fields, its UTF-8. */
export async function extractITXt(png: Uint8Array, keyword: string): Promise<Extracted> {
  const read = readChunks(png);
  if (!read.ok) return { ok: false, error: { kind: 'damaged', detail: read.detail } };
  const chunk = read.chunks.find((candidate) => keywordOf(candidate) === keyword);
  if (!chunk) return { ok: false, error: { kind: 'no-chunk' } };
  const damaged = (detail: string): Extracted => ({ ok: false, error: { kind: 'damaged', detail } });
  if (!chunk.crcOk) return damaged(`its "${keyword}" chunk at byte ${chunk.offset} fails its CRC check`);
  const fields = decodeITXt(chunk.data);
  if (!fields) return damaged(`its "${keyword}" chunk at byte ${chunk.offset} is not a well-formed iTXt chunk`);
  let body = fields.text;
  if (fields.compressed) {
    if (fields.method !== 0) return damaged(`its "${keyword}" chunk uses an unknown compression method (${fields.method})`);
    try {
      body = await inflate(body);
    } catch {
      return damaged(`its "${keyword}" chunk does not decompress`);
    }
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(body) };
  } catch {
    return damaged(`its "${keyword}" chunk is not valid UTF-8 text`);
  }
}

/** Width and height from the IHDR chunk, or null. */
export function pngSize(png: Uint8Array): { width: number; height: number } | null {
  if (!isPng(png) || png.length < 24 || String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR') return null;
  return { width: readUint32(png, 16), height: readUint32(png, 20) };
}
