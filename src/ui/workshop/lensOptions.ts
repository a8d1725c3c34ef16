// The lenses offered in the menu, each with a stable value for the <select>. Pure.
import { t } from '../../i18n/en';
import { CHANNELS, PILLARS } from '../../model/schema';
import type { Lens } from '../../workshop/lensCss';

export type LensOption = { value: string; label: string; lens: Lens; group?: string };

/** Made when asked, so the labels are in the language the interface shows now. */
export const lensOptions = (): LensOption[] => [
  { value: 'none', label: t.workshop.lensNone, lens: { kind: 'none' } },
  { value: 'friction', label: t.workshop.lensFriction, lens: { kind: 'friction' } },
  { value: 'trust', label: t.workshop.lensTrust, lens: { kind: 'trust' } },
  { value: 'expectations', label: t.workshop.lensExpectations, lens: { kind: 'expectations' } },
  { value: 'priorities', label: t.workshop.lensPriorities, lens: { kind: 'priorities' } },
  ...PILLARS.map((pillar) => ({ value: `pillar:${pillar}`, label: t.pillars[pillar], lens: { kind: 'pillar', pillar } as Lens, group: t.workshop.lensPillars })),
  ...CHANNELS.map((channel) => ({ value: `channel:${channel}`, label: t.channels[channel], lens: { kind: 'channel', channel } as Lens, group: t.workshop.lensChannels })),
];

export function lensValue(lens: Lens): string {
  if (lens.kind === 'pillar') return `pillar:${lens.pillar}`;
  if (lens.kind === 'channel') return `channel:${lens.channel}`;
  return lens.kind;
}
