import { browser } from 'wxt/browser';
import {
  OkResponseSchema,
  ShortlistEntryResponseSchema,
  ShortlistImportResponseSchema,
  type BackgroundRequest,
} from '../messaging/protocol';
import type { ImportResult, ShortlistAccess } from '../shortlist/access';
import type { ShortlistEntry } from '../shortlist/entry';
import type { EntryPatch } from '../shortlist/patch';
import { ShortlistStore } from './shortlist';

/** Entries per import message: each is one transaction in the background. */
export const IMPORT_BATCH = 1_000;

/**
 * The shortlist for the popup and options page: reads straight from
 * IndexedDB (the extension's pages share its origin), changes through the
 * background, which validates them and alone writes. `onBlocked` hears when an
 * older Supplier Radar tab holds the database open during an upgrade.
 */
export function createShortlistAccess(onBlocked?: () => void): ShortlistAccess {
  const store = new ShortlistStore(undefined, onBlocked);
  return {
    firstRows: (limit) => store.firstRows(limit),
    all: () => store.all(),
    get: (key) => store.get(key),
    async update(key: string, patch: EntryPatch) {
      return ShortlistEntryResponseSchema.parse(await ask({ type: 'shortlist-update', key, patch })).entry;
    },
    async remove(keys: string[]) {
      OkResponseSchema.parse(await ask({ type: 'shortlist-remove', keys }));
    },
    async importEntries(entries: ShortlistEntry[], onProgress?: (done: number) => void) {
      const total: ImportResult = { added: 0, merged: 0 };
      for (let start = 0; start < entries.length; start += IMPORT_BATCH) {
        const batch = entries.slice(start, start + IMPORT_BATCH);
        const result = ShortlistImportResponseSchema.parse(
          await ask({ type: 'shortlist-import', entries: batch }),
        );
        total.added += result.added;
        total.merged += result.merged;
        onProgress?.(start + batch.length);
      }
      return total;
    },
  };
}

/** Sends a request to the background; its refusal or failure becomes an Error with the background's words. */
async function ask(request: BackgroundRequest): Promise<unknown> {
  const answer: unknown = await browser.runtime.sendMessage(request);
  if (answer && typeof answer === 'object' && 'error' in answer) throw new Error(String(answer.error));
  return answer;
}
