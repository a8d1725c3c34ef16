import { describe, expect, it } from 'vitest';
import { freeId, newId } from '../../src/model/ids';

describe('ids', () => {
  it('are 12 lowercase letters or digits by default, and unique in practice', () => {
    const ids = Array.from({ length: 2000 }, () => newId());
    for (const id of ids) expect(id).toMatch(/^[0-9a-z]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(newId(20)).toMatch(/^[0-9a-z]{20}$/);
  });

  it('keep a wanted id when it is free, and draw a new one when it is taken', () => {
    expect(freeId('checkout', new Set(['ad']))).toBe('checkout');
    const replaced = freeId('checkout', new Set(['checkout']));
    expect(replaced).not.toBe('checkout');
    expect(replaced).toMatch(/^[0-9a-z]{12}$/);
  });
});
