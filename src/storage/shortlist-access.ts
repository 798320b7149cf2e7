import { browser } from 'wxt/browser';
import {
  OkResponseSchema,
  ShortlistEntryResponseSchema,
  ShortlistImportResponseSchema,
  type BackgroundRequest,
} from '../messaging/protocol';
import type { ShortlistAccess } from '../shortlist/access';
import { sendInBatches } from './import-batches';
import type { ShortlistEntry } from '../shortlist/entry';
import type { EntryPatch } from '../shortlist/patch';
import { ShortlistStore } from './shortlist';

/** 1,000 entries per import message (one transaction each), two on their way at a time. */
export const IMPORT_PLAN = { size: 1_000, inFlight: 2 };

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
    importEntries(entries: ShortlistEntry[], onProgress?: (done: number) => void) {
      const send = async (batch: ShortlistEntry[]) =>
        ShortlistImportResponseSchema.parse(await ask({ type: 'shortlist-import', entries: batch }));
      return sendInBatches(entries, send, IMPORT_PLAN, onProgress);
    },
  };
}

/** Sends a request to the background; its refusal or failure becomes an Error with the background's words. */
async function ask(request: BackgroundRequest): Promise<unknown> {
  const answer: unknown = await browser.runtime.sendMessage(request);
  if (answer && typeof answer === 'object' && 'error' in answer) throw new Error(String(answer.error));
  return answer;
}
