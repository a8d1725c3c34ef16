// The example journeys shipped as templates. The library lists them as they are written (a unit
// test checks each one against the schema); a map made from one passes through the same
// validation as any file, loaded then, so the schema is not part of the library's start-up code.
import clinicVisit from '../templates/clinic-visit-th.waymark.json';
import insuranceClaim from '../templates/insurance-claim-fa.waymark.json';
import onlineOrder from '../templates/online-order.waymark.json';
import { newId } from '../model/ids';
import type { JourneyMap, WaymarkDocument } from '../model/schema';

export type Template = { key: string; map: JourneyMap };

const SOURCES: Record<string, unknown> = { 'online-order': onlineOrder, 'clinic-visit-th': clinicVisit, 'insurance-claim-fa': insuranceClaim };

export function listTemplates(): Template[] {
  return Object.entries(SOURCES).flatMap(([key, source]) => (source as WaymarkDocument).maps.map((map) => ({ key, map })));
}

/** A new map from a template: validated, then a fresh id and dates, everything else as in the template. */
export async function instantiateTemplate(template: Template, now: string): Promise<JourneyMap> {
  const { validateDocument } = await import('./importDocument');
  const result = validateDocument(SOURCES[template.key]);
  if (!result.ok) throw new Error(`Template ${template.key} is invalid: ${JSON.stringify(result.error)}`);
  const map = result.value.maps.find((candidate) => candidate.id === template.map.id) ?? result.value.maps[0];
  if (!map) throw new Error(`Template ${template.key} holds no map`);
  return { ...map, id: newId(), createdAt: now, updatedAt: now };
}
