// Screens addressed by the URL's hash so a reload stays on the open map: #/ and #/map/<id>, and
// #/join?server=…&map=…&key=… to join a map shared live (in the hash: never sent to a server).
// A hash that cannot be decoded (#/map/%E0%A4%A) names no map: it is a route of its own.
import { useSyncExternalStore } from 'react';

export type Route = { screen: 'library' } | { screen: 'map'; mapId: string } | { screen: 'join'; query: string } | { screen: 'not-found' };

export function parseRoute(hash: string): Route {
  const join = /^#\/join(?:\?(.*))?$/.exec(hash);
  if (join) return { screen: 'join', query: join[1] ?? '' };
  const match = /^#\/map\/([^/?#]+)/.exec(hash);
  if (!match?.[1]) return { screen: 'library' };
  try {
    return { screen: 'map', mapId: decodeURIComponent(match[1]) };
  } catch {
    return { screen: 'not-found' };
  }
}

export function mapHref(mapId: string): string {
  return `#/map/${encodeURIComponent(mapId)}`;
}

const sameRoute = (a: string, b: string) => JSON.stringify(parseRoute(a)) === JSON.stringify(parseRoute(b));

/**
 * Asked before the route changes; true holds the user on this screen (the guard asks them, and
 * goes on with `leaveTo` if they choose to). The editor holds leaving while edits are not saved.
 */
export type LeaveGuard = (to: string) => boolean;
let guard: LeaveGuard | null = null;
/** The hash of the screen shown, to go back to when leaving is held. */
let shownHash = typeof window === 'undefined' ? '' : window.location.hash;

export function holdLeaving(next: LeaveGuard): () => void {
  guard = next;
  return () => {
    if (guard === next) guard = null;
  };
}

/** Goes to `hash` without asking: the user chose to leave. */
export function leaveTo(hash: string): void {
  guard = null;
  window.location.hash = hash;
}

if (typeof window !== 'undefined') {
  // A link to another screen (the toolbar's "All maps"): asked before the browser follows it, so
  // a held leave leaves no entry in the history.
  document.addEventListener('click', (event) => {
    if (!guard || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
    const to = link?.getAttribute('href');
    if (to === null || to === undefined || sameRoute(to, window.location.hash)) return;
    if (guard(to)) event.preventDefault();
  }, true);
  // Anything else (the browser's Back button, a typed address): put back, before React sees it.
  // Registered when this module loads, so before any listener of React's.
  window.addEventListener('hashchange', (event) => {
    const to = window.location.hash;
    if (guard && !sameRoute(to, shownHash) && guard(to)) {
      event.stopImmediatePropagation();
      window.history.replaceState(window.history.state, '', shownHash || '#/');
      return;
    }
    shownHash = to;
  });
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
