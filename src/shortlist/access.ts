import type { EntryPatch } from './patch';
import type { ShortlistEntry } from './entry';

export interface ImportResult {
  added: number;
  merged: number;
}

/**
 * What the popup and options page need of the shortlist (fakes in component
 * tests). Reads go straight to IndexedDB (extension pages share its origin);
 * changes go to the background, which validates them, except an import,
 * whose rows are validated for its preview and written by the page.
 */
export interface ShortlistAccess {
  /** Newest first, at most `limit`: what the popup shows before the whole list is read. */
  firstRows(limit: number): Promise<ShortlistEntry[]>;
  all(): Promise<ShortlistEntry[]>;
  /** Every entry, in key order, a batch at a time as they are read (for an export). */
  allInParts(): AsyncIterable<ShortlistEntry[]>;
  get(key: string): Promise<ShortlistEntry | undefined>;
  /** The entry after the change, or null when it is no longer on the shortlist. */
  update(key: string, patch: EntryPatch): Promise<ShortlistEntry | null>;
  remove(keys: string[]): Promise<void>;
  /** Merges `entries` into the shortlist, in batches; existing entries keep everything they had. */
  importEntries(entries: ShortlistEntry[], onProgress?: (done: number) => void): Promise<ImportResult>;
}
