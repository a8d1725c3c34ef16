import { describe, expect, it } from 'vitest';
import { backupBaseName, mapFileName, safeBaseName } from '../../src/io/fileName';

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

describe('file names from map titles', () => {
  it('keeps ordinary titles and every script', () => {
    expect(mapFileName('Online order to delivery', '.waymark.json')).toBe('Online order to delivery.waymark.json');
    expect(mapFileName('การไปพบแพทย์ที่คลินิก', '.png')).toBe('การไปพบแพทย์ที่คลินิก.png');
    expect(safeBaseName('线上订购到送货')).toBe('线上订购到送货');
    expect(safeBaseName('سفر مشتری — خرید آنلاین')).toBe('سفر مشتری — خرید آنلاین');
    expect(safeBaseName('Kettle order 😄')).toBe('Kettle order 😄');
  });

  it('replaces the characters Windows refuses, and the path separators', () => {
    expect(safeBaseName('a/b\\c:d*e?f"g<h>i|j')).toBe('a b c d e f g h i j');
    expect(safeBaseName('Checkout: why?')).toBe('Checkout why');
    expect(safeBaseName('../../etc/passwd')).toBe('etc passwd');
  });

  it('drops control and bidi characters (no name that reads with another extension)', () => {
    expect(safeBaseName('invoice\u202Egnp.exe')).toBe('invoicegnp.exe');
    expect(safeBaseName('tab\there\nnew\u0000line')).toBe('tab here newline');
    expect(safeBaseName('\uFEFFBOM title')).toBe('BOM title');
  });

  it('keeps the zero-width non-joiner Persian needs', () => {
    expect(safeBaseName('می\u200Cخواهم')).toBe('می\u200Cخواهم');
  });

  it('removes leading dots and trailing dots and spaces', () => {
    expect(safeBaseName('...hidden')).toBe('hidden');
    expect(safeBaseName('Ends with dots... ')).toBe('Ends with dots');
  });

  it('avoids the names Windows reserves for devices', () => {
    expect(safeBaseName('CON')).toBe('CON_');
    expect(safeBaseName('nul')).toBe('nul_');
    expect(safeBaseName('com1.old')).toBe('com1_.old');
    expect(safeBaseName('Console')).toBe('Console');
  });

  it('falls back to a generic name when nothing is left', () => {
    expect(safeBaseName('')).toBe('waymark-map');
    expect(safeBaseName('   ')).toBe('waymark-map');
    expect(safeBaseName('???///')).toBe('waymark-map');
    expect(safeBaseName('....')).toBe('waymark-map');
  });

  it('composes accents (NFC), so the same title gives the same name on every system', () => {
    expect(safeBaseName('Cafe\u0301')).toBe('Café');
  });

  it('cuts long titles to 150 bytes without splitting a character or a Thai cluster', () => {
    const thai = safeBaseName('ที่'.repeat(200));
    expect(utf8Bytes(thai)).toBeLessThanOrEqual(150);
    expect(thai.length % 3).toBe(0); // whole "ที่" clusters only
    const emoji = safeBaseName('😄'.repeat(100));
    expect(utf8Bytes(emoji)).toBeLessThanOrEqual(150);
    expect(emoji).toBe('😄'.repeat(37));
    expect(utf8Bytes(safeBaseName('x'.repeat(300)))).toBe(150);
  });

  it('names backups by the local date', () => {
    expect(backupBaseName(new Date(2026, 10, 23, 23, 59))).toBe('waymark-backup-2026-11-23');
    expect(backupBaseName(new Date(2027, 0, 5))).toBe('waymark-backup-2027-01-05');
  });
});
