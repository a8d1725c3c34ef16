// Shows whether the map is saved. A failed write is an alert that says what happened,
// counts down to the next retry and offers to retry now.
import { useEffect, useState } from 'react';
import { t } from '../../i18n/en';
import type { SaveStatus as Status } from '../../persistence/docWriter';

export function SaveStatus({ status, onRetry }: { status: Status; onRetry: () => void }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (status.state !== 'failed') return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [status]);

  if (status.state === 'failed') {
    const seconds = Math.max(0, Math.ceil((status.retryAt - now) / 1000));
    return (
      <div className="save-status is-failed" role="alert">
        <strong>{status.problem.message}</strong> <span>{t.storage.retrying(seconds)}</span>{' '}
        <button type="button" onClick={onRetry}>{t.storage.retryNow}</button>
      </div>
    );
  }
  if (status.state === 'deleted') {
    return (
      <div className="save-status is-failed" role="alert">
        <strong>{t.storage.deleted}</strong>
      </div>
    );
  }
  const text = status.state === 'saved' ? t.storage.saved : t.storage.saving;
  return (
    <div
      className={`save-status is-${status.state}`}
      role="status"
      data-testid="save-status"
      // How many records the last write touched: read by the benchmark.
      data-records={status.state === 'saved' ? status.records : undefined}
    >
      {text}
    </div>
  );
}
