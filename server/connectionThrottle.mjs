// @ts-check
// Throttles clients that open connections too fast (@hocuspocus/extension-throttle): more than
// `perMinute` from one address within a minute bans that address for five minutes.
// The extension counts by the X-Real-IP / X-Forwarded-For headers. Those are only true when set
// by a reverse proxy we trust (TRUST_PROXY=1); otherwise a client could pick any address, and
// direct clients without the headers would all count as one. So unless told to trust a proxy,
// the headers are replaced by the socket's own address before Hocuspocus reads them.
import { Throttle } from '@hocuspocus/extension-throttle';
import { REASONS, refuse } from './reasons.mjs';

/**
 * @param {{ perMinute: number, trustProxy: boolean }} options
 * @returns {import('@hocuspocus/server').Extension[]}
 */
export function connectionThrottle({ perMinute, trustProxy }) {
  const throttle = new Throttle({ throttle: perMinute, consideredSeconds: 60, banTime: 5 });

  /** @type {import('@hocuspocus/server').Extension} */
  const clientAddress = {
    extensionName: 'WaymarkClientAddress',
    async onUpgrade({ request }) {
      if (trustProxy) return;
      delete request.headers['x-forwarded-for'];
      request.headers['x-real-ip'] = request.socket.remoteAddress ?? 'unknown';
    },
  };

  /** @type {import('@hocuspocus/server').Extension} */
  const limit = {
    extensionName: 'WaymarkConnectionThrottle',
    // The extension rejects with nothing; give the client a reason it can show.
    async onConnect(payload) {
      try {
        await throttle.onConnect(payload);
      } catch {
        // Not logged: a flood would flood the log too.
        throw refuse(REASONS.tooManyConnections, 4429, null);
      }
    },
    onDestroy: () => throttle.onDestroy(),
  };

  return [clientAddress, limit];
}
