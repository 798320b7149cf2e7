import { unwrap, type IDBPDatabase } from 'idb';
import type { Assessment } from '../signals/assessment';
import type { ShortlistEntry, Visit } from '../shortlist/entry';
import { mergeEntry } from '../shortlist/merge';
import { applyPatch, type EntryPatch } from '../shortlist/patch';
import { recordVisit } from '../shortlist/record-visit';
import { lazyRadarDb } from './bounded-store';
import { DB_NAME, type RadarDb } from './db';

const STORE = 'shortlist';

/** A page's reading of a shortlisted supplier, to add to its history. */
export interface SeenSupplier {
  key: string;
  visit: Visit;
  assessment: Assessment | null;
}

/**
 * The buyer's shortlist in IndexedDB. Every change is one readwrite
 * transaction that reads the entry as it is and writes it back, so a visit
 * the background records and a note the popup saves never undo each other.
 * Entries were validated before they were written; reads only skip records
 * that aren't entries at all (never deleting them).
 */
export class ShortlistStore {
  private readonly open: () => Promise<IDBPDatabase<RadarDb>>;

  constructor(dbName = DB_NAME, onBlocked?: () => void) {
    this.open = lazyRadarDb(dbName, onBlocked);
  }

  async get(key: string): Promise<ShortlistEntry | undefined> {
    const entry: unknown = await (await this.open()).get(STORE, key);
    return isEntry(entry) ? entry : undefined;
  }

  /** The entries of these keys that are on the shortlist, read in one transaction. */
  async getMany(keys: Iterable<string>): Promise<Map<string, ShortlistEntry>> {
    const unique = [...new Set(keys)];
    const found = new Map<string, ShortlistEntry>();
    if (unique.length === 0) return found;
    const tx = (await this.open()).transaction(STORE);
    const entries = await Promise.all(unique.map((key) => tx.store.get(key)));
    entries.forEach((entry) => isEntry(entry) && found.set(entry.key, entry));
    return found;
  }

  /**
   * Newest first, at most `limit`, from the addedAt index, so a long list
   * costs nothing extra: in one request where the browser can read an index
   * backwards that way (getAllRecords, Chrome 141+), else with a cursor.
   */
  async firstRows(limit: number): Promise<ShortlistEntry[]> {
    const index = (await this.open()).transaction(STORE).store.index('addedAt');
    const raw = unwrap(index) as IDBIndex & Partial<RecordsReader>;
    if (typeof raw.getAllRecords === 'function') {
      const records = await settled(raw.getAllRecords({ count: limit, direction: 'prev' }));
      return records.map((record) => record.value).filter(isEntry);
    }
    const rows: ShortlistEntry[] = [];
    for (let cursor = await index.openCursor(null, 'prev'); cursor && rows.length < limit;) {
      if (isEntry(cursor.value)) rows.push(cursor.value);
      cursor = await cursor.continue();
    }
    return rows;
  }

  async all(): Promise<ShortlistEntry[]> {
    const entries: unknown[] = await (await this.open()).getAll(STORE);
    return entries.filter(isEntry);
  }

  async count(): Promise<number> {
    return (await this.open()).count(STORE);
  }

  /**
   * Writes what `make` builds from the entry stored under `key` (undefined
   * when there is none), read and written in one transaction; says whether
   * the entry is new.
   */
  async upsert(
    key: string,
    make: (stored: ShortlistEntry | undefined) => ShortlistEntry,
  ): Promise<{ entry: ShortlistEntry; added: boolean }> {
    const tx = (await this.open()).transaction(STORE, 'readwrite');
    const stored: unknown = await tx.store.get(key);
    const entry = make(isEntry(stored) ? stored : undefined);
    void tx.store.put(entry);
    await tx.done;
    return { entry, added: !isEntry(stored) };
  }

  /** The entry after the buyer's change; null when it is not on the shortlist (removed meanwhile). */
  async update(key: string, patch: EntryPatch, now = Date.now()): Promise<ShortlistEntry | null> {
    const tx = (await this.open()).transaction(STORE, 'readwrite');
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
    const tx = (await this.open()).transaction(STORE, 'readwrite');
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
    const tx = (await this.open()).transaction(STORE, 'readwrite');
    const done = tx.done;
    done.catch(() => {}); // awaited below; an abort must not also surface as unhandled
    try {
      const stored = await Promise.all(entries.map((entry) => tx.store.get(entry.key)));
      const puts = entries.map((entry, index) => {
        const existing: unknown = stored[index];
        if (isEntry(existing)) merged++;
        else added++;
        const put = tx.store.put(isEntry(existing) ? mergeEntry(existing, entry) : entry);
        // Once one fails the rest are aborted too: each is awaited through Promise.all, and silenced here.
        put.catch(() => {});
        return put;
      });
      await Promise.all(puts);
    } catch (error) {
      // A put refused on its own (a value that can't be stored) doesn't end the transaction: end it, so the batch is all or nothing.
      abortQuietly(tx);
      throw error;
    }
    await done;
    return { added, merged };
  }

  async remove(keys: readonly string[]): Promise<void> {
    const tx = (await this.open()).transaction(STORE, 'readwrite');
    for (const key of keys) void tx.store.delete(key);
    await tx.done;
  }

  async clear(): Promise<void> {
    await (await this.open()).clear(STORE);
  }
}

/** IDBIndex.getAllRecords, newer than TypeScript's DOM types. */
interface RecordsReader {
  getAllRecords(options: { count: number; direction: 'prev' }): IDBRequest<Array<{ value: unknown }>>;
}

function settled<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already finished (aborted by the failure itself).
  }
}

/** A cheap shape check: enough to never hand the UI something that isn't an entry. */
function isEntry(value: unknown): value is ShortlistEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.key === 'string' &&
    typeof entry.addedAt === 'number' &&
    typeof entry.signals === 'object' &&
    entry.signals !== null &&
    Array.isArray(entry.offers) &&
    Array.isArray(entry.history) &&
    Array.isArray(entry.tags)
  );
}
