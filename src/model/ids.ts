// Short random ids: unique enough for a workspace, well under FORMAT.md's 64-character limit.
// nanoid draws them without modulo bias (a plain `byte % 36` favours the first letters).
import { customAlphabet } from 'nanoid';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const randomId = customAlphabet(ALPHABET, 12);

export function newId(length = 12): string {
  return randomId(length);
}

/** An id not yet in `taken`, keeping `wanted` when it is free (used when pasting and importing). */
export function freeId(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted)) return wanted;
  let id = newId();
  while (taken.has(id)) id = newId();
  return id;
}
