// Searching the library by title and persona, in any script.
import { describe, expect, it } from 'vitest';
import { matchesSearch } from '../../src/ui/library/libraryText';

const kettle = { title: 'Online order to delivery', personaName: 'Dao, first-time online buyer' };
const clinic = { title: 'การนัดหมายคลินิก', personaName: 'คุณสมชาย' };
const claim = { title: 'ثبت خسارت بیمه خودرو' };

describe('matchesSearch', () => {
  it('finds by title or persona, in any case and script', () => {
    expect(matchesSearch(kettle, 'ORDER')).toBe(true);
    expect(matchesSearch(kettle, 'dao')).toBe(true);
    expect(matchesSearch(clinic, 'คลินิก')).toBe(true);
    expect(matchesSearch(claim, 'خسارت')).toBe(true);
  });

  it('needs every word, and an empty search shows everything', () => {
    expect(matchesSearch(kettle, 'order dao')).toBe(true);
    expect(matchesSearch(kettle, 'order clinic')).toBe(false);
    expect(matchesSearch(claim, '   ')).toBe(true);
  });

  it('folds full-width letters as typed by Chinese input methods', () => {
    expect(matchesSearch(kettle, 'ＯＲＤＥＲ')).toBe(true);
  });
});
