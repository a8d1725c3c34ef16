// Small pure helpers for the library's messages and titles.
import { t } from '../../i18n/en';
import { decoratedTitle } from '../../model/maps';
import type { LoadResult } from '../../persistence/repository';

/** The most specific thing an error says about itself, for "Could not … : <detail>". */
export function errorDetail(error: unknown): string {
  // By name: the class lives with the document code, which the library does not load at start.
  if (error instanceof Error && error.name === 'MapDeletedError') return t.library.errors.notFound;
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

/** "Title (copy)", shortening the original title if the copy would be longer than a title may be. */
export function copyTitle(title: string): string {
  return decoratedTitle(title, t.common.copyOf);
}

/** A typed title, trimmed; null when nothing but white space is left. */
export function cleanTitle(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Search by title and persona: case and width folded (NFKC), every word must appear. */
export function matchesSearch(map: { title: string; personaName?: string }, query: string): boolean {
  const fold = (text: string) => text.normalize('NFKC').toLocaleLowerCase();
  const haystack = fold(`${map.title}\n${map.personaName ?? ''}`);
  return fold(query).split(/\s+/).filter(Boolean).every((word) => haystack.includes(word));
}
