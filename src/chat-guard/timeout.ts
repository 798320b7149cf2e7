/** Timers as the guard uses them: WXT's ctx.setTimeout in the page (cleared when the script is invalidated), fakes in tests. */
export interface Timers {
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

/**
 * Rejects when `promise` has not settled after `ms`: a background that never
 * answers (a stopped worker, a lost message) must leave the page as it was,
 * not wait forever with work half done.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, timers: Timers): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const id = timers.setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        timers.clearTimeout(id);
        resolve(value);
      },
      (error: unknown) => {
        timers.clearTimeout(id);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
