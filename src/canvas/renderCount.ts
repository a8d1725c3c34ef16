// The benchmark counts how often canvas components render during a drag (React's Profiler is
// compiled out of production builds). In normal use this is one property check per render.
type Counters = Record<string, number>;

export function countRender(kind: string) {
  const counters = (globalThis as { __waymarkRenders?: Counters }).__waymarkRenders;
  if (counters) counters[kind] = (counters[kind] ?? 0) + 1;
}
