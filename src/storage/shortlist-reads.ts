import { unwrap, type IDBPDatabase } from 'idb';
import type { ShortlistEntry } from '../shortlist/entry';
import { lazyRadarDb } from './bounded-store';
import { DB_NAME, type RadarDb } from './db';

export const SHORTLIST_STORE = 'shortlist';
/** Key ranges the whole list is read in, and how many are asked for ahead of the one in use (see `inParts`). */
const READ_PARTS = 8;
const AHEAD = 1;

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

  /**
   * Every entry, in key order, as getAll gives them: every range asked for
   * at once (see `inParts`). For 10,000 entries (21 MB) that took 333 ms
   * against 383 ms for one getAll (medians of 11, in the options page).
   */
  async all(): Promise<ShortlistEntry[]> {
    const entries: ShortlistEntry[] = [];
    for await (const part of this.inParts(READ_PARTS)) entries.push(...part);
    return entries;
  }

  /**
   * Every entry, in key order, a part at a time. A long list is read in
   * READ_PARTS key ranges, in one transaction, with the next `ahead` ranges
   * always asked for: the browser reads them while this page deserialises
   * (and an export writes out) the current one, and no more than that many
   * parts are held at once, so most of 21 MB of entries can be collected young.
   * The caller must use each part without awaiting anything else, or the
   * transaction ends before the next range is asked for.
   */
  async *inParts(ahead = AHEAD): AsyncGenerator<ShortlistEntry[]> {
    const store = (await this.open()).transaction(SHORTLIST_STORE).store;
    const keys = await store.getAllKeys();
    if (keys.length < READ_PARTS * 2) {
      yield (await store.getAll()).filter(isEntry);
      return;
    }
    const ranges = keyRanges(keys, READ_PARTS);
    const ask = (range: IDBKeyRange) => {
      const part = store.getAll(range);
      // A failure is thrown when that part's turn comes; not reported as unhandled before, nor if it never comes.
      part.catch(() => undefined);
      return part;
    };
    const asked = ranges.slice(0, ahead).map(ask);
    for (let next = ahead, part = asked.shift(); part; part = asked.shift(), next++) {
      const range = ranges[next];
      if (range) asked.push(ask(range));
      yield (await part).filter(isEntry);
    }
  }

  async count(): Promise<number> {
    return (await this.open()).count(SHORTLIST_STORE);
  }
}

/** `parts` consecutive ranges over sorted, distinct `keys`, each starting at one of them; together they hold every key. */
export function keyRanges(keys: readonly string[], parts: number): IDBKeyRange[] {
  const starts = Array.from({ length: parts }, (_, part) => keys[Math.floor((part * keys.length) / parts)]!);
  return starts.map((lower, part) => {
    const next = starts[part + 1];
    return next === undefined ? IDBKeyRange.lowerBound(lower) : IDBKeyRange.bound(lower, next, false, true);
  });
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
