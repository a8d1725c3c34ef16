// What this browser remembers about live sharing, in localStorage (small, synchronous, read before
// the editor connects): the last server address typed, the person's name and colour, and for each
// shared map the server and room key it is shared on. Nothing here is ever sent to a server but
// the key, to the map's own collaboration server.
import { cleanName, isPresenceColour, pickColour, type Identity } from './presence';
import { isRoomKey, normaliseServer } from './liveLink';

export const DEFAULT_SERVER = 'ws://127.0.0.1:1234';
const SERVER_KEY = 'waymark.live.server';
const IDENTITY_KEY = 'waymark.live.identity';
const shareKey = (mapId: string) => `waymark.live.map.${mapId}`;

export type ShareInfo = { server: string; key: string };

function read(key: string): unknown {
  try {
    const text = localStorage.getItem(key);
    return text === null ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or refused: sharing still works for this visit.
  }
}

export function lastServer(): string {
  const value = read(SERVER_KEY);
  return typeof value === 'string' && normaliseServer(value) ? value : DEFAULT_SERVER;
}

export function rememberServer(server: string): void {
  write(SERVER_KEY, server);
}

/** The name and colour given once; null until the person has given a name. */
export function savedIdentity(): Identity | null {
  const value = read(IDENTITY_KEY);
  if (typeof value !== 'object' || value === null) return null;
  const { name, colour } = value as Record<string, unknown>;
  if (typeof name !== 'string' || cleanName(name) === '') return null;
  return { name: cleanName(name), colour: isPresenceColour(colour) ? colour : pickColour() };
}

export function saveIdentity(identity: Identity): void {
  write(IDENTITY_KEY, { name: cleanName(identity.name), colour: identity.colour });
}

export function shareInfo(mapId: string): ShareInfo | null {
  const value = read(shareKey(mapId));
  if (typeof value !== 'object' || value === null) return null;
  const { server, key } = value as Record<string, unknown>;
  if (typeof server !== 'string' || typeof key !== 'string' || !isRoomKey(key)) return null;
  const normal = normaliseServer(server);
  return normal ? { server: normal, key } : null;
}

export function saveShareInfo(mapId: string, info: ShareInfo | null): void {
  write(shareKey(mapId), info);
  if (info) rememberKey(mapId, info.server, info.key);
}

// The key a map has on each server it was shared on, kept after "Stop sharing": the server keeps
// the first key it saw for a document, so sharing the map there again must offer the same key.
const keysKey = (mapId: string) => `waymark.live.keys.${mapId}`;

export function knownKey(mapId: string, server: string): string | null {
  const value = read(keysKey(mapId));
  if (typeof value !== 'object' || value === null) return null;
  const key = (value as Record<string, unknown>)[server];
  return typeof key === 'string' && isRoomKey(key) ? key : null;
}

export function rememberKey(mapId: string, server: string, key: string): void {
  const value = read(keysKey(mapId));
  const keys = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  write(keysKey(mapId), { ...keys, [server]: key });
}
