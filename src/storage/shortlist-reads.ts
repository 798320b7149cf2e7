import { unwrap, type IDBPDatabase } from 'idb';
import type { ShortlistEntry } from '../shortlist/entry';
import { lazyRadarDb } from './bounded-store';
import { DB_NAME, type RadarDb } from './db';

export const SHORTLIST_STORE = 'shortlist';

/**
 * Reading the buyer's shortlist from IndexedDB, as the extension pages do
 * themselves. Apart from the code that changes entries (ShortlistStore), so
 * the popup starts without it.
 * Entries were validated before they were written; reads only skip records
 * that aren't entries at all (never deleting them).
 */
export class ShortlistReads {
  protected readonly open: () => Promise<IDBPDatabase<RadarDb>>;

  constructor(dbName = DB_NAME, onBlocked?: () => void) {
    this.open = lazyRadarDb(dbName, onBlocked);
  }

  async get(key: string): Promise<ShortlistEntry | undefined> {
    const entry: unknown = await (await this.open()).get(SHORTLIST_STORE, key);
    return isEntry(entry) ? entry : undefined;
  }

  /** The entries of these keys that are on the shortlist, read in one transaction. */
  async getMany(keys: Iterable<string>): Promise<Map<string, ShortlistEntry>> {
    const unique = [...new Set(keys)];
    const found = new Map<string, ShortlistEntry>();
    if (unique.length === 0) return found;
    const tx = (await this.open()).transaction(SHORTLIST_STORE);
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
    const index = (await this.open()).transaction(SHORTLIST_STORE).store.index('addedAt');
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
    const entries: unknown[] = await (await this.open()).getAll(SHORTLIST_STORE);
    return entries.filter(isEntry);
  }

  async count(): Promise<number> {
    return (await this.open()).count(SHORTLIST_STORE);
  }
}

/** A cheap shape check: enough to never hand the UI something that isn't an entry. */
export function isEntry(value: unknown): value is ShortlistEntry {
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
