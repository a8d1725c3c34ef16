// Small pure helpers for the library's messages and titles.
import { t } from '../../i18n/en';
import type { LoadResult } from '../../persistence/repository';

/** The most specific thing an error says about itself, for "Could not … : <detail>". */
export function errorDetail(error: unknown): string {
  if (error instanceof Error || error instanceof DOMException) {
    const inner = (error as { inner?: unknown }).inner;
    const message = error.message || (inner instanceof Error ? inner.message : '') || error.name;
    return message || t.library.errors.unknown;
  }
  if (typeof error === 'string' && error) return error;
  return t.library.errors.unknown;
}

/** Why loading a map failed, in words. */
export function loadFailureDetail(result: Extract<LoadResult, { ok: false }>): string {
  return result.error.kind === 'not-found' ? t.library.errors.notFound : t.library.errors.unreadable;
}

/** FORMAT.md: a title is 1–300 characters. */
export const MAX_TITLE_LENGTH = 300;

/** "Title (copy)", shortening the original title if the copy would be longer than a title may be. */
export function copyTitle(title: string): string {
  const full = t.common.copyOf(title);
  if (full.length <= MAX_TITLE_LENGTH) return full;
  const chars = Array.from(title);
  const overflow = full.length - MAX_TITLE_LENGTH;
  // Drop whole code points (never half a surrogate pair) until the copy fits.
  let kept = chars.length;
  let removed = 0;
  while (kept > 1 && removed < overflow + 1) {
    kept -= 1;
    removed += chars[kept]?.length ?? 0;
  }
  return t.common.copyOf(`${chars.slice(0, kept).join('').trimEnd()}…`);
}

/** A typed title, trimmed; null when nothing but white space is left. */
export function cleanTitle(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
