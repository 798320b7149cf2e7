import type { ShortlistEntry } from '../shortlist/entry';
import { isEntry } from './shortlist-reads';

/**
 * The popup's newest shortlist rows as it last read them, kept in the
 * extension's own localStorage: the next popup draws them as its script runs,
 * before IndexedDB has opened, and replaces them with what the database holds
 * about 25 ms later. A cache, never the shortlist itself: anything wrong with
 * it (missing, malformed, storage refused) just means no early rows.
 */
export interface FirstRowsSnapshot {
  read(limit: number): ShortlistEntry[] | null;
  write(rows: readonly ShortlistEntry[]): void;
  clear(): void;
}

/** Where the snapshot is kept (the bench's floor page reads it too). */
export const FIRST_ROWS_KEY = 'supplier-radar:shortlist-first-rows';

export const NO_SNAPSHOT: FirstRowsSnapshot = { read: () => null, write: () => {}, clear: () => {} };

export function storageSnapshot(storage: Storage | undefined): FirstRowsSnapshot {
  if (!storage) return NO_SNAPSHOT;
  return {
    read(limit) {
      try {
        const saved = storage.getItem(FIRST_ROWS_KEY);
        const rows: unknown = saved === null ? null : JSON.parse(saved);
        return Array.isArray(rows) ? rows.filter(isEntry).slice(0, limit) : null;
      } catch {
        return null;
      }
    },
    write(rows) {
      try {
        storage.setItem(FIRST_ROWS_KEY, JSON.stringify(rows));
      } catch {
        // A full or refused storage costs the early rows only.
      }
    },
    clear() {
      try {
        storage.removeItem(FIRST_ROWS_KEY);
      } catch {
        // Nothing kept, nothing to clear.
      }
    },
  };
}
