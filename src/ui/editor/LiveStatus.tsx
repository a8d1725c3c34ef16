// Beside the save status while the map is shared live: whether it is connected, syncing or
// offline, who else is here (their initials in their colour), and what to do when the server
// refused the map or a bad change paused the session.
import { t } from '../../i18n/en';
import { initials } from '../../sync/presence';
import { describeRefusal, firstProblem } from './describeLive';
import { useLiveShareContext } from './useLiveShare';
import './presence.css';

export function LiveStatus() {
  const live = useLiveShareContext();
  if (!live?.share || !live.status) return null;
  const { status, peers, identity, share } = live;
  if (status.state === 'refused' || status.state === 'rejected') {
    return (
      <div className="live-problem" role="alert">
        <span>{status.state === 'refused' ? t.liveShare.refused(describeRefusal(status.reason)) : t.liveShare.rejected(firstProblem(status.error))}</span>
        <button type="button" onClick={live.reconnect}>{t.liveShare.reconnect}</button>
        <button type="button" onClick={live.stop}>{t.liveShare.stop}</button>
      </div>
    );
  }
  const hint = t.liveShare.statusHint[status.state](share.server);
  return (
    <div className="live-status">
      <span className={`live-state is-${status.state}`} role="status" data-testid="live-status" title={hint}>
        <span className="live-dot" aria-hidden />
        {t.liveShare.status[status.state]}
      </span>
      {peers.length > 0 && (
        <ul className="live-people" aria-label={t.liveShare.people(peers.length + 1)}>
          {identity && (
            <li className="live-avatar is-me" style={{ background: identity.colour }} title={t.liveShare.you(identity.name)}>
              <span aria-hidden>{initials(identity.name)}</span>
              <span className="live-hidden">{t.liveShare.you(identity.name)}</span>
            </li>
          )}
          {peers.map((peer) => (
            <li key={peer.clientId} className="live-avatar" style={{ background: peer.user.colour }} title={peer.user.name} data-testid="live-peer">
              <span aria-hidden>{initials(peer.user.name)}</span>
              <span className="live-hidden" dir="auto">{peer.user.name}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
