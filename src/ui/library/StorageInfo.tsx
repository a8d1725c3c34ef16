// A line under the maps: whether the browser keeps them for good and how much they take, with
// the advice to export a backup while it does not.
import { useEffect, useState } from 'react';
import { t } from '../../i18n/en';
import { readStorageHealth, type StorageHealth } from '../../persistence/storageHealth';
import { formatNumber } from '../../i18n/format';

// In the interface language (Persian digits and unit name in Persian).
const megabytes = { format: (value: number) => formatNumber(value, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }) };

/** `version` changes whenever the maps change, so the figures follow them. */
export function StorageInfo({ version }: { version: unknown }) {
  const [health, setHealth] = useState<StorageHealth | null>(null);
  useEffect(() => {
    let current = true;
    readStorageHealth().then(
      (read) => current && setHealth(read),
      () => current && setHealth({ persistent: null, usageBytes: null }),
    );
    return () => {
      current = false;
    };
  }, [version]);
  if (!health || health.persistent === null) return null;
  return (
    <p className={`lib-storage${health.persistent ? '' : ' is-at-risk'}`} data-testid="storage-info">
      {health.persistent ? t.storage.persistent : t.storage.notPersistent}
      {health.usageBytes !== null && <>{t.common.separator}{t.storage.used(megabytes.format(health.usageBytes / 1_000_000))}</>}
    </p>
  );
}
