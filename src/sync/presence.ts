// Who is here on a map shared live: each person's name and colour, what they have selected and
// what they are dragging, as carried by Yjs awareness. Everything read from awareness comes from
// other people's browsers: it is checked here before the UI uses it. Pure: no React.

/** Colours readable as an outline on white cards and behind white initials (contrast ≥ 3:1), by name. */
export const COLOUR_CHOICES = [
  { name: 'blue', hex: '#2563eb' },
  { name: 'pink', hex: '#db2777' },
  { name: 'green', hex: '#047857' },
  { name: 'amber', hex: '#b45309' },
  { name: 'violet', hex: '#7c3aed' },
  { name: 'red', hex: '#dc2626' },
  { name: 'cyan', hex: '#0e7490' },
  { name: 'olive', hex: '#4d7c0f' },
] as const;
export type ColourName = (typeof COLOUR_CHOICES)[number]['name'];
export const PRESENCE_COLOURS: readonly string[] = COLOUR_CHOICES.map((choice) => choice.hex);

export const MAX_NAME_LENGTH = 40;
const MAX_LISTED = 200;

export type Identity = { name: string; colour: string };
export type DragPosition = { id: string; x: number; y: number };
export type PresenceState = { user: Identity; selection: string[]; drag: DragPosition[] };
export type Peer = PresenceState & { clientId: number };

export function pickColour(random: () => number = Math.random): string {
  return PRESENCE_COLOURS[Math.floor(random() * PRESENCE_COLOURS.length) % PRESENCE_COLOURS.length] as string;
}

export function isPresenceColour(value: unknown): value is string {
  return typeof value === 'string' && (PRESENCE_COLOURS as readonly string[]).includes(value);
}

/** A name as typed, trimmed, spaces collapsed, cut to its length limit; '' when there is none. */
export function cleanName(typed: string): string {
  return [...typed.trim().replace(/\s+/g, ' ')].slice(0, MAX_NAME_LENGTH).join('');
}

/** One or two letters for an avatar: the first letter of the first two words. */
export function initials(name: string): string {
  const words = cleanName(name).split(' ').filter(Boolean);
  const letters = words.slice(0, 2).map((word) => [...word][0] ?? '');
  return letters.join('').toLocaleUpperCase() || '?';
}

const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 64;

/** A peer's awareness state as received, or null when it holds no usable presence. */
export function readPresence(clientId: number, state: unknown): Peer | null {
  if (typeof state !== 'object' || state === null) return null;
  const { user, selection, drag } = state as Record<string, unknown>;
  if (typeof user !== 'object' || user === null) return null;
  const { name, colour } = user as Record<string, unknown>;
  if (typeof name !== 'string' || cleanName(name) === '') return null;
  const ids = Array.isArray(selection) ? selection.slice(0, MAX_LISTED).filter(isId) : [];
  const moves = Array.isArray(drag)
    ? drag.slice(0, MAX_LISTED).flatMap((item: unknown) => {
      if (typeof item !== 'object' || item === null) return [];
      const { id, x, y } = item as Record<string, unknown>;
      return isId(id) && typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y) ? [{ id, x, y }] : [];
    })
    : [];
  return { clientId, user: { name: cleanName(name), colour: isPresenceColour(colour) ? colour : (PRESENCE_COLOURS[0] as string) }, selection: ids, drag: moves };
}

/** A string as a CSS string literal: every character that is not a letter or digit escaped. */
export function cssString(text: string): string {
  let out = '"';
  for (const char of text) out += /[\p{L}\p{N} ]/u.test(char) ? char : `\\${(char.codePointAt(0) as number).toString(16)} `;
  return `${out}"`;
}

/**
 * The CSS that shows other people on the canvas: each card they selected outlined in their colour
 * with their name on it, and each card they are dragging where their pointer has it now.
 */
export function presenceCss(scope: string, peers: readonly Peer[]): string {
  const rules: string[] = [];
  for (const peer of peers) {
    const { colour, name } = peer.user;
    for (const id of peer.selection) {
      const card = `${scope} [data-touchpoint-id=${cssString(id)}]`;
      rules.push(`${card}{outline:3px solid ${colour};outline-offset:3px}`);
      rules.push(`${card}::before{content:${cssString(name)};position:absolute;inset-block-end:100%;inset-inline-start:-3px;margin-block-end:4px;padding:0 5px;border-radius:4px;background:${colour};color:#fff;font-size:11px;line-height:16px;white-space:nowrap;pointer-events:none;z-index:1}`);
    }
    for (const { id, x, y } of peer.drag) {
      rules.push(`${scope} .react-flow__node[data-id=${cssString(id)}]{transform:translate(${Math.round(x)}px,${Math.round(y)}px)!important;z-index:1000!important}`);
    }
  }
  return rules.join('\n');
}
