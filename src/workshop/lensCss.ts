// Lenses and the stage walk dim everything but what they show. They are written as one CSS
// rule over data attributes of the touchpoint cards and lanes, so switching a lens re-renders
// no node at all, even on maps with thousands of touchpoints. Pure.
import type { Channel, Pillar } from '../model/schema';

export type Lens =
  | { kind: 'none' }
  | { kind: 'friction' }
  | { kind: 'trust' }
  | { kind: 'expectations' }
  | { kind: 'pillar'; pillar: Pillar }
  | { kind: 'channel'; channel: Channel };

const escape = (value: string) => value.replace(/["\\]/g, '\\$&');

/** The attribute selector a card must match to stay lit under a lens; null for no lens. */
export function lensSelector(lens: Lens): string | null {
  switch (lens.kind) {
    case 'none':
      return null;
    case 'friction':
      return '[data-friction]';
    case 'trust':
      return '[data-trust]';
    case 'expectations':
      return '[data-expectations]';
    case 'pillar':
      return `[data-pillars~="${escape(lens.pillar)}"]`;
    case 'channel':
      return `[data-channel="${escape(lens.channel)}"]`;
  }
}

/** CSS that dims the cards a lens does not show and the stages the walk is not on. */
export function dimmingCss(scope: string, lens: Lens, focusedStageId: string | null): string {
  const rules: string[] = [];
  const selector = lensSelector(lens);
  if (selector) rules.push(`${scope} .tp-node:not(${selector}) { opacity: 0.15; }`);
  if (focusedStageId !== null) {
    const stage = `[data-stage-id="${escape(focusedStageId)}"]`;
    rules.push(`${scope} .tp-node:not(${stage}) { opacity: 0.15; }`);
    rules.push(`${scope} .lane:not(${stage}) { opacity: 0.35; }`);
  }
  return rules.join('\n');
}
