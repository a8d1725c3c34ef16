// The example journeys shipped as templates. They pass through the same validation as any file.
import clinicVisit from '../templates/clinic-visit-th.waymark.json';
import insuranceClaim from '../templates/insurance-claim-fa.waymark.json';
import onlineOrder from '../templates/online-order.waymark.json';
import { newId } from '../model/ids';
import type { JourneyMap } from '../model/schema';
import { validateDocument } from './importDocument';

export type Template = { key: string; map: JourneyMap };

const SOURCES: Record<string, unknown> = { 'online-order': onlineOrder, 'clinic-visit-th': clinicVisit, 'insurance-claim-fa': insuranceClaim };

export function listTemplates(): Template[] {
  return Object.entries(SOURCES).flatMap(([key, source]) => {
    const result = validateDocument(source);
    if (!result.ok) throw new Error(`Template ${key} is invalid: ${JSON.stringify(result.error)}`);
    return result.value.maps.map((map) => ({ key, map }));
  });
}

/** A new map from a template: a fresh id and dates, everything else as in the template. */
export function instantiateTemplate(template: Template, now: string): JourneyMap {
  return { ...structuredClone(template.map), id: newId(), createdAt: now, updatedAt: now };
}
