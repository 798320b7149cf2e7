import { browser } from 'wxt/browser';
import type { BackgroundRequest } from '../messaging/protocol';
import type { ShortlistAccess } from '../shortlist/access';
import type { ShortlistEntry } from '../shortlist/entry';
import type { EntryPatch } from '../shortlist/patch';
import { sendInBatches } from './import-batches';
import { ShortlistReads } from './shortlist-reads';

/** 1,000 entries per import message (one transaction each), two on their way at a time. */
export const IMPORT_PLAN = { size: 1_000, inFlight: 2 };

/**
 * The shortlist for the popup and options page: reads straight from
 * IndexedDB (the extension's pages share its origin), changes through the
 * background, which validates them and alone writes. `onBlocked` hears when an
 * older Supplier Radar tab holds the database open during an upgrade.
 * The schemas that check the background's answers are imported on the first
 * change, so opening the popup doesn't load zod.
 */
export function createShortlistAccess(onBlocked?: () => void): ShortlistAccess {
  const reads = new ShortlistReads(undefined, onBlocked);
  return {
    firstRows: (limit) => reads.firstRows(limit),
    all: () => reads.all(),
    get: (key) => reads.get(key),
    async update(key: string, patch: EntryPatch) {
      const answer = await ask({ type: 'shortlist-update', key, patch });
      const { ShortlistEntryResponseSchema } = await import('../messaging/protocol');
      return ShortlistEntryResponseSchema.parse(answer).entry;
    },
    async remove(keys: string[]) {
      const answer = await ask({ type: 'shortlist-remove', keys });
      const { OkResponseSchema } = await import('../messaging/protocol');
      OkResponseSchema.parse(answer);
    },
    importEntries(entries: ShortlistEntry[], onProgress?: (done: number) => void) {
      const send = async (batch: ShortlistEntry[]) => {
        const answer = await ask({ type: 'shortlist-import', entries: batch });
        const { ShortlistImportResponseSchema } = await import('../messaging/protocol');
        return ShortlistImportResponseSchema.parse(answer);
      };
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
