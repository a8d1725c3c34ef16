// Origins of changes that come from other people (a collaboration server): unlike this tab's
// edits and other tabs of this browser, their content is checked against Waymark's validation
// before the editor shows it (src/store/mapStore.ts).
const remote = new WeakSet<object>();

export function markRemoteOrigin(origin: object): void {
  remote.add(origin);
}

export function isRemoteOrigin(origin: unknown): boolean {
  return typeof origin === 'object' && origin !== null && remote.has(origin);
}
