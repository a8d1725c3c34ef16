// The shape of the catalogs. The English catalog (en.ts) is the source: plain ICU strings, and
// `msg(icu, prepare)` for messages with arguments, where `prepare` keeps the positional call
// sites (`t.library.mapCount(3)`) and names the ICU arguments. Translations give only the ICU
// strings, with the same keys: `Translation<typeof en>` makes a missing or extra key a type error.
// At build time every ICU string is replaced by its parsed form ({ $ast }), see build/icuPlugin.ts.

/** Named ICU argument values. */
export type Values = Record<string, string | number>;

export interface Message<A extends unknown[]> {
  readonly kind: 'message';
  readonly icu: string;
  readonly prepare: (...args: A) => Values;
}

/** A message with arguments: its English ICU text and how positional arguments are named. */
export const msg = <A extends unknown[]>(icu: string, prepare: (...args: A) => Values): Message<A> => ({
  kind: 'message',
  icu,
  prepare,
});

export const isMessage = (value: unknown): value is Message<unknown[]> =>
  typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'message';

/** What a translation gives for each entry of the source: an ICU string per message. */
export type Translation<T> = T extends Message<infer _A>
  ? string
  : T extends string
    ? string
    : T extends (...args: infer _P) => string
      ? string
      : T extends readonly string[]
        ? { readonly [K in keyof T]: string }
        : { readonly [K in keyof T]: Translation<T[K]> };

/** What the interface reads (`t`): strings, and functions for messages with arguments. */
export type Translated<T> = T extends Message<infer A>
  ? (...args: A) => string
  : T extends string
    ? string
    : T extends (...args: infer P) => string
      ? (...args: P) => string
      : T extends readonly string[]
        ? readonly string[]
        : { readonly [K in keyof T]: Translated<T[K]> };
