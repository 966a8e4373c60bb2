// Whether this thread has checked a post: the bundled CLI's launcher writes its code cache only
// after a run that did (src/cli/launch.ts). A run whose checks all went to worker threads compiled
// only the main thread's code, and a cache of that, once written, would be used and never renewed.
// The launcher and the bundle are separate module instances, so the flag is a registered symbol.
const CHECKED_HERE = Symbol.for('content-a11y.checked-in-this-thread');

export function markCheckedHere(): void {
  (globalThis as Record<symbol, unknown>)[CHECKED_HERE] = true;
}

export function checkedHere(): boolean {
  return (globalThis as Record<symbol, unknown>)[CHECKED_HERE] === true;
}
