import type { ImportResult } from '../shortlist/access';

export interface BatchPlan {
  /** Items per batch: one transaction each. */
  size: number;
  /** Batches started before the first one's end is awaited: the next is queued while one is written. */
  inFlight: number;
}

/**
 * Writes `items` in batches, a few at a time, adding up what each batch
 * reports. `onProgress` hears the running total of items written, in any
 * order batches finish. If a batch fails, the ones already started are still
 * waited for (so the total is true), no new one is started, and the first
 * failure is thrown.
 */
export async function writeInBatches<T>(
  items: readonly T[],
  write: (batch: T[]) => Promise<ImportResult>,
  plan: BatchPlan,
  onProgress?: (written: number) => void,
): Promise<ImportResult> {
  const total: ImportResult = { added: 0, merged: 0 };
  let written = 0;
  let failure: { error: unknown } | null = null;
  const pending = new Set<Promise<void>>();
  for (let start = 0; start < items.length && !failure; start += plan.size) {
    const batch = items.slice(start, start + plan.size);
    const writing: Promise<void> = write(batch).then(
      (result) => {
        total.added += result.added;
        total.merged += result.merged;
        written += batch.length;
        onProgress?.(written);
      },
      (error: unknown) => {
        failure ??= { error };
      },
    );
    pending.add(writing);
    void writing.then(() => pending.delete(writing));
    if (pending.size >= plan.inFlight) await Promise.race(pending);
  }
  await Promise.all(pending);
  if (failure) throw (failure as { error: unknown }).error;
  return total;
}
