// The pure parts of PNG export: size and scale, the fonts it embeds, the document it carries.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import onlineOrderText from '../fixtures/online-order.waymark.json?raw';
import { documentBlob, documentText, JSON_MIME } from '../../src/io/exportDocument';
import { fontFaceRule, formatUnicodeRange, parseUnicodeRange, scriptCodePoints, slicesFor, subtractRanges } from '../../src/io/fontSlices';
import { pageSize, PNG_MAX_SIDE, PNG_MIN_WIDTH, PNG_PADDING, pngPixelRatio, pngPixelSize, textOfMap, titleFontSize } from '../../src/io/pngLayout';
import type { JourneyMap } from '../../src/model/schema';
import { neededDeclarations } from '../../src/ui/io/png/compactStyles';
import { BUNDLED_SLICES, EXPORT_FONT_FAMILIES } from '../../src/ui/io/png/exportFonts';

const onlineOrder = JSON.parse(onlineOrderText).maps[0] as JourneyMap;

describe('PNG size', () => {
  it('draws at 2× when it fits', () => {
    expect(pngPixelRatio(1760, 800)).toBe(2);
    expect(pngPixelSize(1760, 800, 2)).toEqual({ width: 3520, height: 1600 });
  });

  it('scales down so that no side passes 8192 px', () => {
    expect(pngPixelRatio(8192, 100)).toBe(1);
    expect(pngPixelSize(12_800, 900, pngPixelRatio(12_800, 900))).toEqual({ width: 8192, height: 576 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400_000 }), fc.integer({ min: 1, max: 400_000 }), (width, height) => {
        const ratio = pngPixelRatio(width, height);
        const size = pngPixelSize(width, height, ratio);
        expect(size.width).toBeLessThanOrEqual(PNG_MAX_SIDE);
        expect(size.height).toBeLessThanOrEqual(PNG_MAX_SIDE);
        expect(ratio).toBeLessThanOrEqual(2);
        // Never smaller than it has to be: the longer side reaches the limit, or the ratio is 2.
        expect(ratio === 2 || Math.max(width, height) * ratio >= PNG_MAX_SIDE - 1).toBe(true);
      }),
    );
  });

  it('frames the map with a margin, and keeps a slide-wide page for narrow maps', () => {
    expect(pageSize({ width: 1600, height: 600 })).toEqual({ width: 1600 + 2 * PNG_PADDING, height: 600 + 2 * PNG_PADDING });
    expect(pageSize({ width: 320, height: 400 }).width).toBe(PNG_MIN_WIDTH);
    expect(titleFontSize(1000)).toBe(36);
    expect(titleFontSize(4000)).toBe(100);
    expect(titleFontSize(40_000)).toBe(160);
  });

  it('collects every piece of user text the picture shows', () => {
    const text = textOfMap(onlineOrder);
    expect(text).toContain('Online order to delivery');
    expect(text).toContain('Awareness');
    expect(text).toContain('Parcel arrives');
    expect(text).toContain('late');
  });
});

describe('unicode ranges', () => {
  it('parses, formats and subtracts', () => {
    expect(parseUnicodeRange('U+0E01-0E5B, U+200C,U+4??')).toEqual([[0x0e01, 0x0e5b], [0x200c, 0x200c], [0x400, 0x4ff]]);
    expect(formatUnicodeRange([[0x0e01, 0x0e5b], [0x1f600, 0x1f600]])).toBe('U+0E01-0E5B,U+1F600');
    expect(subtractRanges([[0, 100]], [[10, 20], [50, 200]])).toEqual([[0, 9], [21, 49]]);
  });

  it('needs a bundled font only for Thai, Chinese and Arabic-script letters', () => {
    expect(scriptCodePoints('Online order — “late” 😄 Café').size).toBe(0);
    expect([...scriptCodePoints('ก ข 线 ش')].map((c) => c.toString(16))).toEqual(['e01', 'e02', '7ebf', '634']);
  });
});

describe('bundled font slices', () => {
  const familiesFor = (text: string) => [...new Set(slicesFor(BUNDLED_SLICES, scriptCodePoints(text)).map((slice) => `${slice.family} ${slice.weight}`))].sort();

  it('has a file for every slice of the three fonts, in two weights', () => {
    expect(BUNDLED_SLICES.length).toBe(2 * (1 + 97 + 1)); // Thai, 97 slices of Chinese, Arabic script
    expect(BUNDLED_SLICES.every((slice) => slice.url.endsWith('.woff2') && slice.ranges.length > 0)).toBe(true);
    expect(new Set(BUNDLED_SLICES.map((slice) => slice.family))).toEqual(new Set(EXPORT_FONT_FAMILIES));
  });

  it('picks only the slices the text needs', () => {
    expect(familiesFor('Online order to delivery')).toEqual([]);
    expect(familiesFor('การไปพบแพทย์')).toEqual(['Waymark Noto Sans Thai 400', 'Waymark Noto Sans Thai 700']);
    expect(familiesFor('صفحه پرداخت')).toEqual(['Waymark Vazirmatn 400', 'Waymark Vazirmatn 700']);
    const chinese = slicesFor(BUNDLED_SLICES, scriptCodePoints('结账页面'));
    expect(chinese.length).toBeGreaterThan(0);
    expect(chinese.length).toBeLessThanOrEqual(8); // a few slices of ~100, not the whole font
    expect(new Set(chinese.map((slice) => slice.family))).toEqual(new Set(['Waymark Noto Sans SC']));
  });

  it('writes @font-face rules that leave emoji to the system font', () => {
    const slice = { family: 'Waymark Noto Sans SC', weight: 400, ranges: [[0x1f300, 0x1f37e], [0x4e00, 0x4e10]] as const, url: '/x.woff2' };
    const rule = fontFaceRule(slice, 'data:font/woff2;base64,AA==');
    expect(rule).toContain('font-family:"Waymark Noto Sans SC"');
    expect(rule).toContain('unicode-range:U+4E00-4E10;');
    expect(rule).toContain('src:url(data:font/woff2;base64,AA==) format("woff2")');
  });
});

describe('JSON export', () => {
  it('writes a FORMAT.md version 1 document, indented, as application/json', async () => {
    const text = documentText([onlineOrder], '2026-11-23T10:00:00.000Z');
    expect(JSON.parse(text)).toEqual({ format: 'waymark', version: 1, exportedAt: '2026-11-23T10:00:00.000Z', maps: [onlineOrder] });
    expect(text.startsWith('{\n  "format": "waymark",\n  "version": 1,')).toBe(true);
    const blob = documentBlob([onlineOrder], '2026-11-23T10:00:00.000Z');
    expect(blob.type).toBe(JSON_MIME);
    expect(await blob.text()).toBe(text);
  });
});

describe('compact styles for html-to-image', () => {
  const names = ['display', 'color', 'font-weight', 'margin-top', 'border-top-color', 'width'];
  const defaults = {
    own: new Map([['display', 'block'], ['color', 'rgb(0, 0, 0)'], ['font-weight', '400'], ['margin-top', '0px'], ['border-top-color', 'rgb(0, 0, 0)'], ['width', 'auto']]),
    parent: new Map([['display', 'block'], ['color', 'rgb(0, 0, 0)'], ['font-weight', '400'], ['margin-top', '0px'], ['border-top-color', 'rgb(0, 0, 0)'], ['width', 'auto']]),
  };
  const parent = ['flex', 'rgb(15, 23, 42)', '700', '0px', 'rgb(15, 23, 42)', '240px'];

  it('keeps what inheritance and the browser defaults would not give the clone', () => {
    const values = ['block', 'rgb(15, 23, 42)', '400', '0px', 'rgb(15, 23, 42)', '120px'];
    // color: inherited from the parent (left out); font-weight: 400 under a bold parent (kept);
    // margin-top: default and equal to the parent (left out); border colour: currentcolor (left out).
    expect(neededDeclarations(names, values, parent, defaults)).toBe('display: block; font-weight: 400; width: 120px;');
  });

  it('keeps an inherited value the browser would override for the tag (a normal-weight h1 under a normal parent)', () => {
    const h1 = { own: new Map([...defaults.own, ['font-weight', '700']]), parent: defaults.parent };
    const normalParent = ['block', 'rgb(15, 23, 42)', '400', '0px', 'rgb(15, 23, 42)', '240px'];
    expect(neededDeclarations(names, normalParent, normalParent, h1)).toContain('font-weight: 400;');
    // A bold h1 under a bold parent is bold in the clone anyway.
    const boldParent = ['block', 'rgb(15, 23, 42)', '700', '0px', 'rgb(15, 23, 42)', '240px'];
    expect(neededDeclarations(names, boldParent, boldParent, h1)).not.toContain('font-weight');
  });

  it('keeps everything on the root, whose parent in the picture is the SVG', () => {
    expect(neededDeclarations(names, parent, null, defaults).split(';').length - 1).toBe(names.length);
  });
});
