// Puts React nodes into a sentence of the catalog: the template is called with markers, and the
// markers are replaced by the nodes, so word order stays the catalog's. User text goes in <bdi>.
import { Fragment, type ReactNode } from 'react';

const MARK = /\u{E000}(\d+)\u{E001}/u;

export function fill(template: (...args: string[]) => string, ...parts: ReactNode[]): ReactNode {
  const pieces = template(...parts.map((_, i) => `\u{E000}${i}\u{E001}`)).split(MARK);
  return pieces.map((piece, i) => <Fragment key={i}>{i % 2 === 1 ? parts[Number(piece)] : piece}</Fragment>);
}

/** User text inside a sentence: isolated, so a Thai or Persian name does not reorder the words around it. */
export function User({ children }: { children: string }) {
  return <bdi dir="auto">{children}</bdi>;
}
