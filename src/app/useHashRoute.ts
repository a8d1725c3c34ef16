// Two screens, addressed by the URL's hash so a reload stays on the open map: #/ and #/map/<id>.
import { useSyncExternalStore } from 'react';

export type Route = { screen: 'library' } | { screen: 'map'; mapId: string };

export function parseRoute(hash: string): Route {
  const match = /^#\/map\/([^/?#]+)/.exec(hash);
  return match?.[1] ? { screen: 'map', mapId: decodeURIComponent(match[1]) } : { screen: 'library' };
}

export function mapHref(mapId: string): string {
  return `#/map/${encodeURIComponent(mapId)}`;
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
