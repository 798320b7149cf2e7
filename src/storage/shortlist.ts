import { unwrap } from 'idb';
import type { Assessment } from '../signals/assessment';
import type { ShortlistEntry, Visit } from '../shortlist/entry';
import { mergeEntry } from '../shortlist/merge';
import { applyPatch, type EntryPatch } from '../shortlist/patch';
import { recordVisit } from '../shortlist/record-visit';
import { isEntry, SHORTLIST_STORE, ShortlistReads } from './shortlist-reads';

/** A page's reading of a shortlisted supplier, to add to its history. */
export interface SeenSupplier {
  key: string;
  visit: Visit;
  assessment: Assessment | null;
}

/**
 * The buyer's shortlist in IndexedDB: its reads, and its changes, made by
 * the background (and an import, by the options page). Every change is one readwrite
 * transaction that reads the entry as it is and writes it back, so a visit
 * the background records and a note the popup saves never undo each other.
 */
export class ShortlistStore extends ShortlistReads {
  /**
   * Writes what `make` builds from the entry stored under `key` (undefined
   * when there is none), read and written in one transaction; says whether
   * the entry is new.
   */
  async upsert(
    key: string,
    make: (stored: ShortlistEntry | undefined) => ShortlistEntry,
  ): Promise<{ entry: ShortlistEntry; added: boolean }> {
    const tx = (await this.open()).transaction(SHORTLIST_STORE, 'readwrite');
    const stored: unknown = await tx.store.get(key);
    const entry = make(isEntry(stored) ? stored : undefined);
    void tx.store.put(entry);
    await tx.done;
    return { entry, added: !isEntry(stored) };
  }

  /** The entry after the buyer's change; null when it is not on the shortlist (removed meanwhile). */
  async update(key: string, patch: EntryPatch, now = Date.now()): Promise<ShortlistEntry | null> {
    const tx = (await this.open()).transaction(SHORTLIST_STORE, 'readwrite');
    const stored: unknown = await tx.store.get(key);
    if (!isEntry(stored)) {
      await tx.done;
      return null;
    }
    const changed = applyPatch(stored, patch, now);
    void tx.store.put(changed);
    await tx.done;
    return changed;
  }

  /** Adds each page reading to the history of its entry, for the suppliers on the shortlist (one transaction). */
  async recordVisits(seen: readonly SeenSupplier[]): Promise<Map<string, ShortlistEntry>> {
    const updated = new Map<string, ShortlistEntry>();
    if (seen.length === 0) return updated;
    const tx = (await this.open()).transaction(SHORTLIST_STORE, 'readwrite');
    for (const { key, visit, assessment } of seen) {
      const stored: unknown = await tx.store.get(key);
      if (!isEntry(stored)) continue;
      const entry = recordVisit(updated.get(key) ?? stored, visit, assessment);
      updated.set(key, entry);
      void tx.store.put(entry);
    }
    await tx.done;
    return updated;
  }

  /**
   * Merges imported entries into the shortlist in one transaction (callers
   * batch a big file into several). Nothing stored is lost: an entry already
   * there keeps everything it had (see mergeEntry). If the transaction fails
   * (a full disk), none of this batch is written.
   */
  async importEntries(entries: readonly ShortlistEntry[]): Promise<{ added: number; merged: number }> {
    let added = 0;
    let merged = 0;
    if (entries.length === 0) return { added, merged };
    const tx = (await this.open()).transaction(SHORTLIST_STORE, 'readwrite');
    const done = tx.done;
    done.catch(() => {}); // awaited below; an abort must not also surface as unhandled
    const store = unwrap(tx.store) as IDBObjectStore;
    try {
      // Every request is made now, in this task: the entries are copied for storage while an
      // earlier batch's transaction is still being written, instead of after it.
      const outcomes = entries.map((entry) => addOrMerge(store, entry));
      for (const wasNew of await Promise.all(outcomes)) {
        if (wasNew) added++;
        else merged++;
      }
    } catch (error) {
      // A request refused on its own (a value that can't be stored) doesn't end the transaction: end it, so the batch is all or nothing.
      abortQuietly(tx);
      throw error;
    }
    await done;
    return { added, merged };
  }

  async remove(keys: readonly string[]): Promise<void> {
    const tx = (await this.open()).transaction(SHORTLIST_STORE, 'readwrite');
    for (const key of keys) void tx.store.delete(key);
    await tx.done;
  }

  async clear(): Promise<void> {
    await (await this.open()).clear(SHORTLIST_STORE);
  }
}

/**
 * Adds `entry`; when its key is taken, merges it into the stored entry
 * instead, in the same transaction (the failed add is cancelled, so it
 * doesn't abort the transaction). True when the entry is new: most imported
 * suppliers are, and cost no read.
 */
function addOrMerge(store: IDBObjectStore, entry: ShortlistEntry): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const adding = store.add(entry);
    adding.onsuccess = () => resolve(true);
    adding.onerror = (event) => {
      if (adding.error?.name !== 'ConstraintError') return reject(adding.error);
      event.preventDefault();
      event.stopPropagation();
      const reading = store.get(entry.key);
      reading.onerror = () => reject(reading.error);
      reading.onsuccess = () => {
        const stored: unknown = reading.result;
        // A record that isn't an entry at all is replaced, as if nothing were there.
        const putting = store.put(isEntry(stored) ? mergeEntry(stored, entry) : entry);
        putting.onerror = () => reject(putting.error);
        putting.onsuccess = () => resolve(!isEntry(stored));
      };
    };
  });
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already finished (aborted by the failure itself).
  }
}
