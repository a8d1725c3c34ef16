// Pure operations on the arrows between touchpoints.
import { freeId, newId } from './ids';
import type { JourneyMap } from './schema';

export type ConnectionRefusal = 'self-loop' | 'duplicate' | 'missing-end';

export function connectionRefusal(map: JourneyMap, from: string, to: string): ConnectionRefusal | null {
  if (from === to) return 'self-loop';
  const ids = new Set(map.touchpoints.map((t) => t.id));
  if (!ids.has(from) || !ids.has(to)) return 'missing-end';
  if (map.connections.some((c) => c.from === from && c.to === to)) return 'duplicate';
  return null;
}

/** Adds an arrow, or returns the map unchanged when FORMAT.md would not allow it. */
export function addConnection(map: JourneyMap, from: string, to: string, label?: string): JourneyMap {
  if (connectionRefusal(map, from, to)) return map;
  const id = freeId(newId(), new Set(map.connections.map((c) => c.id)));
  const connection = label ? { id, from, to, label } : { id, from, to };
  return { ...map, connections: [...map.connections, connection] };
}

export function setConnectionLabel(map: JourneyMap, id: string, label: string): JourneyMap {
  const trimmed = label.trim();
  return {
    ...map,
    connections: map.connections.map((c) => {
      if (c.id !== id) return c;
      if (trimmed) return { ...c, label: trimmed };
      const { label: _dropped, ...rest } = c;
      return rest;
    }),
  };
}

export function deleteConnections(map: JourneyMap, ids: Iterable<string>): JourneyMap {
  const gone = new Set(ids);
  if (gone.size === 0) return map;
  return { ...map, connections: map.connections.filter((c) => !gone.has(c.id)) };
}
