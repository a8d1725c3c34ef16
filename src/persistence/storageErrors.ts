// Turns what IndexedDB and Dexie throw into a sentence a user can act on.
import { t } from '../i18n/en';

export type StorageProblem = { kind: 'quota' | 'unavailable' | 'blocked' | 'other'; message: string };

export function describeStorageError(error: unknown): StorageProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  const names = `${name} ${inner}`;
  if (/QuotaExceeded/.test(names)) return { kind: 'quota', message: t.storage.quota };
  if (/Blocked|VersionChange/.test(names)) return { kind: 'blocked', message: t.storage.blocked };
  if (/MissingAPI|OpenFailed|DatabaseClosed|InvalidState|Security|Unknown/.test(names)) {
    return { kind: 'unavailable', message: t.storage.unavailable };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: 'other', message: t.storage.failed(detail) };
}
