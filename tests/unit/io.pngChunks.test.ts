import { deflateSync } from 'node:zlib';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { crc32, decodeITXt, embedITXt, encodeChunk, encodeITXt, extractITXt, isPng, pngSize, readChunks } from '../../src/io/pngChunks';

function picture(width = 3, height = 2): Uint8Array {
  const image = new PNG({ width, height });
  for (let i = 0; i < image.data.length; i += 4) image.data.set([i % 256, 100, 200, 255], i);
  return new Uint8Array(PNG.sync.write(image));
}

const bytes = (text: string) => new TextEncoder().encode(text);
const TEXT = 'การไปพบแพทย์ · 线上订购 · صفحه پرداخت · 😄 · "quotes" \\ and \u0000 nul';

/** A PNG with a hand-made chunk before IEND. */
function withChunk(png: Uint8Array, chunk: Uint8Array): Uint8Array {
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, png.length - 12));
  out.set(chunk, png.length - 12);
  out.set(png.subarray(png.length - 12), png.length - 12 + chunk.length);
  return out;
}

describe('crc32', () => {
  it('matches the standard check values', () => {
    expect(crc32(bytes('123456789'))).toBe(0xcbf43926);
    expect(crc32(bytes(''))).toBe(0);
    expect(crc32(bytes('IEND'))).toBe(0xae426082);
  });
});

describe('reading chunks', () => {
  it('lists the chunks of a real PNG, IHDR first and IEND last, every CRC right', () => {
    const read = readChunks(picture());
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.chunks[0]?.type).toBe('IHDR');
    expect(read.chunks.at(-1)?.type).toBe('IEND');
    expect(read.chunks.every((chunk) => chunk.crcOk)).toBe(true);
    expect(pngSize(picture(7, 5))).toEqual({ width: 7, height: 5 });
  });

  it('refuses what is not a PNG and a PNG cut short', () => {
    expect(isPng(bytes('{"format":"waymark"}'))).toBe(false);
    expect(readChunks(bytes('not a png at all')).ok).toBe(false);
    const png = picture();
    const cut = readChunks(png.subarray(0, png.length - 6));
    expect(cut.ok).toBe(false);
    if (!cut.ok) expect(cut.detail).toMatch(/past the end|ends/);
    expect(readChunks(png.subarray(0, 8)).ok).toBe(false);
  });
});

describe('iTXt: embedding and extracting', () => {
  it('round-trips UTF-8 text in any script, and the PNG still decodes to the same pixels', async () => {
    const png = picture();
    const out = embedITXt(png, 'waymark', TEXT);
    expect(await extractITXt(out, 'waymark')).toEqual({ ok: true, text: TEXT });
    const before = PNG.sync.read(Buffer.from(png));
    const after = PNG.sync.read(Buffer.from(out));
    expect(after.width).toBe(before.width);
    expect(Buffer.compare(after.data, before.data)).toBe(0);
  });

  it('puts the chunk just before IEND, uncompressed, with the keyword "waymark"', () => {
    const read = readChunks(embedITXt(picture(), 'waymark', 'hello'));
    if (!read.ok) throw new Error(read.detail);
    const types = read.chunks.map((chunk) => chunk.type);
    expect(types.slice(-2)).toEqual(['iTXt', 'IEND']);
    const fields = decodeITXt(read.chunks.at(-2)!.data);
    expect(fields).toMatchObject({ keyword: 'waymark', compressed: false, method: 0, language: '' });
    expect(new TextDecoder().decode(fields!.text)).toBe('hello');
  });

  it('replaces an older document instead of adding a second one', async () => {
    const twice = embedITXt(embedITXt(picture(), 'waymark', 'first'), 'waymark', 'second');
    const read = readChunks(twice);
    if (!read.ok) throw new Error(read.detail);
    expect(read.chunks.filter((chunk) => chunk.type === 'iTXt')).toHaveLength(1);
    expect(await extractITXt(twice, 'waymark')).toEqual({ ok: true, text: 'second' });
  });

  it('keeps iTXt chunks with other keywords', async () => {
    const other = withChunk(picture(), encodeChunk('iTXt', encodeITXt('Comment', 'made elsewhere')));
    const out = embedITXt(other, 'waymark', 'doc');
    expect(await extractITXt(out, 'Comment')).toEqual({ ok: true, text: 'made elsewhere' });
    expect(await extractITXt(out, 'waymark')).toEqual({ ok: true, text: 'doc' });
  });

  it('reads a zlib-compressed iTXt too (other tools may write one)', async () => {
    const data = new Uint8Array([...bytes('waymark'), 0, 1, 0, 0, 0, ...deflateSync(Buffer.from(TEXT))]);
    expect(await extractITXt(withChunk(picture(), encodeChunk('iTXt', data)), 'waymark')).toEqual({ ok: true, text: TEXT });
  });

  it('refuses keywords that PNG does not allow', () => {
    expect(() => encodeITXt('', 'x')).toThrow();
    expect(() => encodeITXt(' waymark', 'x')).toThrow();
    expect(() => encodeITXt('k'.repeat(80), 'x')).toThrow();
    expect(() => encodeITXt('ไทย', 'x')).toThrow();
    expect(() => encodeChunk('iTX', new Uint8Array())).toThrow();
  });
});

describe('iTXt: damaged and missing chunks', () => {
  it('a PNG without the chunk', async () => {
    expect(await extractITXt(picture(), 'waymark')).toEqual({ ok: false, error: { kind: 'no-chunk' } });
  });

  it('a chunk whose CRC does not match (one byte changed)', async () => {
    const out = embedITXt(picture(), 'waymark', 'Online order');
    const at = out.lastIndexOf('O'.charCodeAt(0));
    out[at] = 'X'.charCodeAt(0);
    const result = await extractITXt(out, 'waymark');
    expect(result.ok).toBe(false);
    if (!result.ok && result.error.kind === 'damaged') expect(result.error.detail).toContain('CRC');
    else throw new Error('expected a damaged chunk');
  });

  it.each([
    ['no separators', bytes('waymark')],
    ['no language tag end', new Uint8Array([...bytes('waymark'), 0, 0, 0, ...bytes('en')])],
    ['an unknown compression flag', new Uint8Array([...bytes('waymark'), 0, 2, 0, 0, 0, ...bytes('x')])],
  ])('a malformed chunk (%s) is reported as damaged, or as absent when its keyword cannot be read', async (_name, data) => {
    const result = await extractITXt(withChunk(picture(), encodeChunk('iTXt', data)), 'waymark');
    expect(result.ok).toBe(false);
  });

  it('invalid UTF-8, bad zlib data and an unknown method are damage', async () => {
    for (const data of [
      new Uint8Array([...bytes('waymark'), 0, 0, 0, 0, 0, 0xff, 0xfe, 0xfd]),
      new Uint8Array([...bytes('waymark'), 0, 1, 0, 0, 0, 1, 2, 3, 4]),
      new Uint8Array([...bytes('waymark'), 0, 1, 7, 0, 0, 1, 2, 3]),
    ]) {
      const result = await extractITXt(withChunk(picture(), encodeChunk('iTXt', data)), 'waymark');
      expect(result).toMatchObject({ ok: false, error: { kind: 'damaged' } });
    }
  });

  it('a file cut inside the chunk', async () => {
    const out = embedITXt(picture(), 'waymark', 'x'.repeat(500));
    const result = await extractITXt(out.subarray(0, out.length - 300), 'waymark');
    expect(result).toMatchObject({ ok: false, error: { kind: 'damaged' } });
  });
});
