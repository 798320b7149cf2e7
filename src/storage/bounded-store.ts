import type { IDBPDatabase } from 'idb';
import { openRadarDb, type RadarDb } from './db';

/** Stores whose records carry `seenAt` (indexed): kept within an age and a count. */
export type TimedStore = 'price-observations' | 'chat-accounts';

export interface StoreLimits {
  maxAgeMs: number;
  maxRecords: number;
}

/** The database, opened on first use; a failed open (blocked by another version, a full disk) is retried next time. */
export function lazyRadarDb(name: string, onBlocked?: () => void): () => Promise<IDBPDatabase<RadarDb>> {
  let db: Promise<IDBPDatabase<RadarDb>> | null = null;
  return () => {
    db ??= openRadarDb(name, onBlocked).catch((error: unknown) => {
      db = null;
      throw error;
    });
    return db;
  };
}

/** Adds (or refreshes) records, then drops those too old and the oldest beyond the count, in one transaction. */
export async function putWithinLimits<S extends TimedStore>(
  db: IDBPDatabase<RadarDb>,
  store: S,
  records: ReadonlyArray<RadarDb[S]['value']>,
  limits: StoreLimits,
  now: number,
): Promise<void> {
  if (records.length === 0) return;
  const tx = db.transaction(store as TimedStore, 'readwrite');
  const bySeen = tx.store.index('seenAt');
  // Requests are queued without waiting on each: the transaction runs them in order.
  for (const record of records) void tx.store.put(record as never);
  for (const key of await bySeen.getAllKeys(IDBKeyRange.upperBound(now - limits.maxAgeMs, true))) {
    void tx.store.delete(key);
  }
  const excess = (await tx.store.count()) - limits.maxRecords;
  // The oldest go first (the index runs oldest to newest).
  if (excess > 0) for (const key of await bySeen.getAllKeys(null, excess)) void tx.store.delete(key);
  await tx.done;
}
