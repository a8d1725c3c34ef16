// Reading a file the user picked, dropped or pasted: the size limit first (on File.size, before
// a byte is read), then PNG or text, then the same pipeline as every import (importDocument.ts).
// Nothing here touches the database.
import { LIMITS, type WaymarkDocument } from '../model/schema';
import { parseDocumentText, type ImportError, type Result } from './importDocument';

/** The iTXt keyword of the document in exported PNGs (FORMAT.md). */
export const PNG_KEYWORD = 'waymark';

/** What can go wrong with a file on top of what can go wrong with a document. */
export type FileImportError =
  | ImportError
  | { kind: 'png-without-map' }
  | { kind: 'png-damaged'; detail: string }
  | { kind: 'unsupported-file'; detail: string }
  | { kind: 'unreadable'; detail: string };

export type FileImportResult = Result<WaymarkDocument, FileImportError>;

/** The part of a File this needs (a Blob with a size), so tests can pass plain Blobs. */
export type ImportableFile = Pick<Blob, 'size' | 'arrayBuffer'>;

export async function readImportFile(file: ImportableFile): Promise<FileImportResult> {
  if (file.size > LIMITS.maxFileBytes) return { ok: false, error: { kind: 'too-large', bytes: file.size, limit: LIMITS.maxFileBytes } };
  let buffer: ArrayBuffer;
  try {
    buffer = await file.arrayBuffer();
  } catch (error) {
    return { ok: false, error: { kind: 'unreadable', detail: error instanceof Error ? error.message : String(error) } };
  }
  return importBytes(new Uint8Array(buffer));
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((byte, i) => bytes[i] === byte);
const ascii = (bytes: Uint8Array, at: number, text: string) => [...text].every((ch, i) => bytes[at + i] === ch.charCodeAt(0));

/** Names the kind of a binary file that is not a PNG, for the message. */
function binaryKind(bytes: Uint8Array): string | null {
  if (startsWith(bytes, 0xff, 0xd8, 0xff)) return 'a JPEG image';
  if (ascii(bytes, 0, 'GIF8')) return 'a GIF image';
  if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WEBP')) return 'a WebP image';
  if (ascii(bytes, 0, 'PK\x03\x04')) return 'a ZIP archive';
  if (ascii(bytes, 0, '%PDF')) return 'a PDF document';
  const head = bytes.subarray(0, 4096);
  // Text in UTF-8 never holds a NUL byte; UTF-16 is recognised by its byte-order mark first.
  return head.includes(0) ? 'binary data' : null;
}

/** Text with its encoding taken from a byte-order mark: UTF-8 (the default), UTF-16 LE or BE. */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, 0xff, 0xfe)) return new TextDecoder('utf-16le').decode(bytes);
  if (startsWith(bytes, 0xfe, 0xff)) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** A whole file's bytes: a PNG exported by Waymark, or a JSON document. */
export async function importBytes(bytes: Uint8Array): Promise<FileImportResult> {
  if (bytes.length > LIMITS.maxFileBytes) return { ok: false, error: { kind: 'too-large', bytes: bytes.length, limit: LIMITS.maxFileBytes } };
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47)) {
    const { extractITXt } = await import('./pngChunks');
    const extracted = await extractITXt(bytes, PNG_KEYWORD);
    if (!extracted.ok) {
      return { ok: false, error: extracted.error.kind === 'no-chunk' ? { kind: 'png-without-map' } : { kind: 'png-damaged', detail: extracted.error.detail } };
    }
    return parseDocumentText(extracted.text);
  }
  const utf16 = startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff);
  const binary = utf16 ? null : binaryKind(bytes);
  if (binary) return { ok: false, error: { kind: 'unsupported-file', detail: binary } };
  return parseDocumentText(decodeText(bytes));
}
