// A refused file says what is wrong in the interface language: the reference checks through
// the catalogs, Zod's schema sentences through Zod's own locale of that language.
import { afterEach, describe, expect, it } from 'vitest';
import { registerCatalog } from '../../src/i18n/runtime';
import { useLocaleStore } from '../../src/i18n/locale';
import { th } from '../../src/i18n/th';
import { fa } from '../../src/i18n/fa';
import { parseDocumentText } from '../../src/io/importDocument';
import { describeImportError } from '../../src/ui/common/describeImportError';

afterEach(() => useLocaleStore.setState({ locale: 'en' }));

const map = (touchpointStage: string, title: unknown = 'Checkout') => JSON.stringify({
  format: 'waymark', version: 1, exportedAt: '2026-01-01T00:00:00.000Z',
  maps: [{
    id: 'm', title: 'Map', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
    stages: [{ id: 's1', name: 'Buy' }],
    touchpoints: [{ id: 't1', stageId: touchpointStage, title, channel: 'web', position: { x: 0, y: 0 } }],
    connections: [],
  }],
});

function refusal(text: string): string[] {
  const result = parseDocumentText(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return describeImportError(result.error);
}

describe('import problems in the interface language', () => {
  it('in English', () => {
    expect(refusal(map('nowhere'))).toEqual(['maps[0].touchpoints[0].stageId: expected the id of a stage of this map, got "nowhere"']);
    expect(refusal(map('s1', 42))[0]).toMatch(/^maps\[0\]\.touchpoints\[0\]\.title: .*expected string/i);
  });

  it('in Thai', () => {
    registerCatalog('th', th);
    useLocaleStore.setState({ locale: 'th' });
    expect(refusal(map('nowhere'))).toEqual(['maps[0].touchpoints[0].stageId: ต้องเป็นรหัสของขั้นตอนในแผนที่นี้ แต่พบ "nowhere"']);
    const schema = refusal(map('s1', 42))[0] ?? '';
    expect(schema).toMatch(/^maps\[0\]\.touchpoints\[0\]\.title: /);
    expect(schema).not.toMatch(/expected/i);
    expect(schema).toMatch(/[\u0E00-\u0E7F]/);
  });

  it('in Persian', () => {
    registerCatalog('fa', fa);
    useLocaleStore.setState({ locale: 'fa' });
    expect(refusal(map('nowhere'))).toEqual(['maps[0].touchpoints[0].stageId: باید شناسهٔ یکی از مرحله‌های این نقشه باشد، اما «nowhere» است']);
    expect(refusal(map('s1', 42))[0]).toMatch(/[\u0600-\u06FF]/);
  });
});
