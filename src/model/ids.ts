// Short random ids: unique enough for a workspace, well under FORMAT.md's 64-character limit.
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

export function newId(length = 12): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}

/** An id not yet in `taken`, keeping `wanted` when it is free (used when pasting and importing). */
export function freeId(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted)) return wanted;
  let id = newId();
  while (taken.has(id)) id = newId();
  return id;
}
