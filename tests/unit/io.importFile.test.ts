import { PNG } from 'pngjs';
import { describe, expect, it, vi } from 'vitest';
import onlineOrderText from '../fixtures/online-order.waymark.json?raw';
import { decodeText, importBytes, readImportFile, PNG_KEYWORD } from '../../src/io/importFile';
import { embedITXt } from '../../src/io/pngChunks';
import { LIMITS } from '../../src/model/schema';

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out.set(endian === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff], 2 + i * 2);
  }
  return out;
}

function png(): Uint8Array {
  const image = new PNG({ width: 2, height: 2 });
  image.data.fill(255);
  return new Uint8Array(PNG.sync.write(image));
}

describe('reading a file to import', () => {
  it('reads a .waymark.json file', async () => {
    const result = await readImportFile(new Blob([onlineOrderText]));
    expect(result.ok && result.value.maps[0]?.id).toBe('online-order');
  });

  it('reads a PNG exported by Waymark: the document in its iTXt chunk', async () => {
    const result = await importBytes(embedITXt(png(), PNG_KEYWORD, onlineOrderText));
    expect(result.ok && result.value.maps[0]?.title).toBe('Online order to delivery');
  });

  it('reads UTF-16 text with a byte-order mark (Windows Notepad’s "Unicode")', async () => {
    for (const endian of ['le', 'be'] as const) {
      const result = await importBytes(utf16(onlineOrderText, endian));
      expect(result.ok).toBe(true);
    }
    expect(decodeText(utf8('\uFEFF{"a":1}'))).toBe('{"a":1}');
  });

  it('names binary files that are not PNGs', async () => {
    expect(await importBytes(new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0, 0]))).toEqual({ ok: false, error: { kind: 'unsupported-file', detail: 'a GIF image' } });
    expect(await importBytes(utf8('%PDF-1.7\n'))).toMatchObject({ ok: false, error: { kind: 'unsupported-file', detail: 'a PDF document' } });
    expect(await importBytes(new Uint8Array([1, 2, 0, 4]))).toMatchObject({ ok: false, error: { kind: 'unsupported-file', detail: 'binary data' } });
  });

  it('checks the size on File.size before reading: a file of exactly 25 MB is read, one byte more is not', async () => {
    const atLimit = new Blob([new Uint8Array(LIMITS.maxFileBytes).fill(0x20)]);
    expect(await readImportFile(atLimit)).toEqual({ ok: false, error: { kind: 'empty' } });
    const read = vi.fn(async () => new ArrayBuffer(0));
    const over = { size: LIMITS.maxFileBytes + 1, arrayBuffer: read };
    expect(await readImportFile(over)).toMatchObject({ ok: false, error: { kind: 'too-large', bytes: LIMITS.maxFileBytes + 1 } });
    expect(read).not.toHaveBeenCalled();
  });

  it('reports a file that cannot be read (removed since it was picked)', async () => {
    const gone = { size: 10, arrayBuffer: () => Promise.reject(new DOMException('A requested file could not be read', 'NotReadableError')) };
    expect(await readImportFile(gone)).toEqual({ ok: false, error: { kind: 'unreadable', detail: 'A requested file could not be read' } });
  });
});
