// The link that lets another browser join a map shared live: the collaboration server's address,
// the map id and the room key, in the URL's hash (#/join?server=…&map=…&key=…), so that no HTTP
// server ever receives the key. Pure: no React, no storage.

/** Room keys are 128 random bits or more, base64url without padding (22 characters for 128). */
export const ROOM_KEY_BYTES = 16;
const ROOM_KEY_PATTERN = /^[A-Za-z0-9_-]{22,}$/;

export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function newRoomKey(random: (bytes: Uint8Array<ArrayBuffer>) => void = (bytes) => void crypto.getRandomValues(bytes)): string {
  const bytes = new Uint8Array(ROOM_KEY_BYTES);
  random(bytes);
  return base64url(bytes);
}

export function isRoomKey(key: string): boolean {
  return ROOM_KEY_PATTERN.test(key);
}

/**
 * A server address as typed ("127.0.0.1:1234", "wss://collab.example.org/") made into a ws: or
 * wss: URL without a trailing slash; null when it is not one. An address without a scheme is ws:
 * on loopback and wss: anywhere else (a key must not cross the network in clear text).
 */
export function normaliseServer(typed: string): string | null {
  const text = typed.trim();
  if (text === '') return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `${isLoopback(text) ? 'ws' : 'wss'}://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol === 'http:') url = new URL(`ws:${withScheme.slice(5)}`);
  else if (url.protocol === 'https:') url = new URL(`wss:${withScheme.slice(6)}`);
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return null;
  if (url.hostname === '' || url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') return null;
  return url.toString().replace(/\/$/, '');
}

function isLoopback(text: string): boolean {
  return /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?(\/|$)/i.test(text);
}

export type LiveLink = { server: string; mapId: string; key: string };

/** The hash of a join link (append it to the app's address). */
export function joinHash({ server, mapId, key }: LiveLink): string {
  const params = new URLSearchParams({ server, map: mapId, key });
  return `#/join?${params.toString()}`;
}

/** The whole link: the app's address (without its hash) and the join hash. */
export function joinLink(appAddress: string, link: LiveLink): string {
  return `${appAddress.replace(/#.*$/, '')}${joinHash(link)}`;
}

/** What a join link lacks or gets wrong, in the order a person would fix it. */
export type LinkProblem = 'no-server' | 'bad-server' | 'no-map' | 'bad-map' | 'no-key' | 'bad-key';

export type ParsedLink = { ok: true; link: LiveLink } | { ok: false; problems: LinkProblem[] };

/** Map ids follow FORMAT.md: at most 64 characters. */
const MAP_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Reads the query of a join route (the part after `?`). */
export function parseJoinQuery(query: string): ParsedLink {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(query);
  } catch {
    return { ok: false, problems: ['no-server', 'no-map', 'no-key'] };
  }
  const problems: LinkProblem[] = [];
  const rawServer = params.get('server')?.trim() ?? '';
  const server = rawServer === '' ? null : normaliseServer(rawServer);
  if (rawServer === '') problems.push('no-server');
  else if (server === null) problems.push('bad-server');
  const mapId = params.get('map')?.trim() ?? '';
  if (mapId === '') problems.push('no-map');
  else if (!MAP_ID_PATTERN.test(mapId)) problems.push('bad-map');
  const key = params.get('key')?.trim() ?? '';
  if (key === '') problems.push('no-key');
  else if (!isRoomKey(key)) problems.push('bad-key');
  if (problems.length > 0 || server === null) return { ok: false, problems };
  return { ok: true, link: { server, mapId, key } };
}
