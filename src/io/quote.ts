// What an error message quotes from a file: about 80 characters at most, cut with an ellipsis, so
// a value of 10,000 nested brackets or a 20 MB string gives a message that fits on screen.
export const QUOTE_LIMIT = 80;

/** `text` cut to `limit` UTF-16 units with "…", never inside a surrogate pair. */
export function clip(text: string, limit = QUOTE_LIMIT): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}

/**
 * A value read from a file, written as JSON and cut like `clip`; undefined for what JSON cannot
 * write (undefined, a function), as JSON.stringify. Writing stops once the limit is passed, so
 * a value nested too deeply for JSON.stringify (which would overflow the stack) is quoted too.
 */
export function quoteValue(value: unknown, limit = QUOTE_LIMIT): string | undefined {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return undefined;
  let out = '';
  const full = () => out.length > limit;
  const write = (item: unknown): void => {
    if (Array.isArray(item)) {
      out += '[';
      for (let i = 0; i < item.length && !full(); i++) {
        if (i > 0) out += ',';
        write(item[i]);
      }
      out += ']';
    } else if (typeof item === 'object' && item !== null) {
      out += '{';
      let first = true;
      for (const [key, entry] of Object.entries(item)) {
        if (full()) break;
        if (entry === undefined || typeof entry === 'function' || typeof entry === 'symbol') continue;
        out += `${first ? '' : ','}${JSON.stringify(key.slice(0, limit + 1))}:`;
        first = false;
        write(entry);
      }
      out += '}';
    } else if (typeof item === 'string') {
      out += JSON.stringify(item.slice(0, limit + 1));
    } else if (typeof item === 'bigint') {
      out += String(item);
    } else {
      out += JSON.stringify(item) ?? 'null';
    }
  };
  write(value);
  return clip(out, limit);
}
