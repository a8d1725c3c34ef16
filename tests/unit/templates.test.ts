// The shipped templates: listed as written (no schema at start-up), so each must pass the schema
// that any file passes, and a map made from one is a valid new map.
import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../src/io/importDocument';
import { instantiateTemplate, listTemplates } from '../../src/io/templates';

describe('templates', () => {
  const templates = listTemplates();

  it('lists the three shipped journeys', () => {
    expect(templates.map((template) => template.key)).toEqual(['online-order', 'clinic-visit-th', 'insurance-claim-fa']);
  });

  it.each(templates.map((template) => [template.key, template] as const))('%s passes the schema as listed', (_key, template) => {
    const result = validateDocument({ format: 'waymark', version: 1, exportedAt: '2026-12-02T00:00:00.000Z', maps: [template.map] });
    expect(result.ok, JSON.stringify(!result.ok && result.error)).toBe(true);
  });

  it('makes a new map with a fresh id and dates, the rest as in the template', async () => {
    const template = templates[0];
    if (!template) throw new Error('no template');
    const now = '2026-12-02T10:00:00.000Z';
    const map = await instantiateTemplate(template, now);
    expect(map.id).not.toBe(template.map.id);
    expect(map).toMatchObject({ createdAt: now, updatedAt: now, title: template.map.title });
    expect(map.touchpoints.map((tp) => tp.id)).toEqual(template.map.touchpoints.map((tp) => tp.id));
  });
});
