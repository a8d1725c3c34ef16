// @ts-check
// Measures how long an edit takes to reach every other client. No marker in the edited values:
// each edit is known by its author's Yjs client id and the clock after it; a receiver has an
// edit once its document's state for that author reaches that clock (seen in `afterTransaction`).
// All clients run in this one process, so one clock (performance.now) times both ends.
import * as Y from 'yjs';

export class Propagation {
  /** @param {number} clients how many clients take part: an edit is done when the others have it */
  constructor(clients) {
    this.receiversNeeded = clients - 1;
    /** @type {Map<number, Array<{ clock: number, sentAt: number, receivedBy: number }>>} author -> edits in flight */
    this.inFlight = new Map();
    /** @type {Map<string, number>} "receiver:author" -> the author's clock the receiver has */
    this.seenClock = new Map();
    /** @type {number[]} ms from an edit to its arrival at the last other client */
    this.latencies = [];
    this.sent = 0;
  }

  /**
   * Call right after a local edit in `doc`.
   * @param {Y.Doc} doc
   */
  recordEdit(doc) {
    this.sent += 1;
    const edits = this.inFlight.get(doc.clientID) ?? [];
    edits.push({ clock: Y.getState(doc.store, doc.clientID), sentAt: performance.now(), receivedBy: 0 });
    this.inFlight.set(doc.clientID, edits);
  }

  /**
   * Watches `doc` (a receiving client) for other clients' edits arriving.
   * @param {Y.Doc} doc
   */
  watch(doc) {
    doc.on('afterTransaction', (/** @type {Y.Transaction} */ transaction) => {
      if (transaction.local) return;
      const now = performance.now();
      for (const [author, clock] of transaction.afterState) {
        if (author === doc.clientID || clock <= (transaction.beforeState.get(author) ?? 0)) continue;
        this.#arrived(doc.clientID, author, transaction.beforeState.get(author) ?? 0, clock, now);
      }
    });
  }

  /**
   * @param {number} receiver
   * @param {number} author
   * @param {number} hadClock the author's clock the receiver had before this transaction
   * @param {number} clock the author's clock the receiver has now
   * @param {number} now
   */
  #arrived(receiver, author, hadClock, clock, now) {
    const key = `${receiver}:${author}`;
    const before = Math.max(hadClock, this.seenClock.get(key) ?? 0);
    this.seenClock.set(key, Math.max(before, clock));
    const edits = this.inFlight.get(author);
    if (!edits) return;
    for (const edit of edits) {
      if (edit.clock > before && edit.clock <= clock) edit.receivedBy += 1;
    }
    const done = edits.filter((edit) => edit.receivedBy >= this.receiversNeeded);
    for (const edit of done) this.latencies.push(now - edit.sentAt);
    if (done.length > 0) this.inFlight.set(author, edits.filter((edit) => edit.receivedBy < this.receiversNeeded));
  }

  get pending() {
    let count = 0;
    for (const edits of this.inFlight.values()) count += edits.length;
    return count;
  }

  /** @param {number} fraction 0.5 for the median */
  percentile(fraction) {
    if (this.latencies.length === 0) return NaN;
    const sorted = [...this.latencies].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? NaN;
  }
}
