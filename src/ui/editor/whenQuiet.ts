// Heavy work that can wait (encoding a whole document, fingerprinting it) runs when the browser
// has a quiet moment: an idle period of at least QUIET_MS, which the browser gives only when no
// frame is coming (a map being drawn, a pan, an animation), so it never lands between the frames
// of opening a map. At the latest after `limitMs`.
const QUIET_MS = 40;

export function whenQuiet(limitMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    const until = performance.now() + limitMs;
    const wait = () =>
      requestIdleCallback(
        (deadline) => {
          if (deadline.timeRemaining() >= QUIET_MS || deadline.didTimeout) resolve();
          else wait();
        },
        { timeout: Math.max(0, until - performance.now()) },
      );
    wait();
  });
}
