import type { ImportResult } from '../shortlist/access';

export interface BatchPlan {
  /** Entries per batch: each is one message, and one transaction in the background. */
  size: number;
  /** Batches sent before the first answer is awaited: the next one travels while one is written. */
  inFlight: number;
}

/**
 * Sends `items` in batches, a few at a time, adding up what each batch
 * reports. `onProgress` hears the running total of items written, in any
 * order batches finish. If a batch fails, the ones already sent are still
 * waited for (so the total is true), no new one is sent, and the first
 * failure is thrown.
 */
export async function sendInBatches<T>(
  items: readonly T[],
  send: (batch: T[]) => Promise<ImportResult>,
  plan: BatchPlan,
  onProgress?: (written: number) => void,
): Promise<ImportResult> {
  const total: ImportResult = { added: 0, merged: 0 };
  let written = 0;
  let failure: { error: unknown } | null = null;
  const pending = new Set<Promise<void>>();
  for (let start = 0; start < items.length && !failure; start += plan.size) {
    const batch = items.slice(start, start + plan.size);
    const sent: Promise<void> = send(batch).then(
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
    pending.add(sent);
    void sent.then(() => pending.delete(sent));
    if (pending.size >= plan.inFlight) await Promise.race(pending);
  }
  await Promise.all(pending);
  if (failure) throw (failure as { error: unknown }).error;
  return total;
}
