// Yjs stores text as UTF-8, which cannot hold half of a surrogate pair (left when an emoji is cut
// in two): storage and the other tabs would read U+FFFD where this tab still holds the half.
// Writing text the way every reader will see it keeps this tab's snapshot equal to theirs.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `value` with every lone surrogate in its text replaced by U+FFFD; the same object when there is none. */
export function wellFormed<T>(value: T): T {
  if (typeof value === 'string') return value.replace(LONE_SURROGATE, '\uFFFD') as T;
  if (typeof value !== 'object' || value === null) return value;
  let changed = false;
  const entries = Object.entries(value).map(([key, item]) => {
    const fixed = wellFormed(item);
    if (fixed !== item) changed = true;
    return [key, fixed] as const;
  });
  if (!changed) return value;
  return (Array.isArray(value) ? entries.map(([, item]) => item) : Object.fromEntries(entries)) as T;
}
