// Text folding of FORMAT.md, "Topics and the expectation audit": topics (and units, and messages
// without a promise) are compared after trimming, folding case and collapsing white space.

/** The form two texts are compared in: ` delivery  TIME` and `Delivery time` fold alike. */
export function fold(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The form a text is shown in: trimmed, white space collapsed, case kept. */
export function tidy(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}
