import { browser } from 'wxt/browser';
import type { BackgroundRequest } from '../messaging/protocol';
import type { ShortlistAccess } from '../shortlist/access';
import type { ShortlistEntry } from '../shortlist/entry';
import type { EntryPatch } from '../shortlist/patch';
import type { ShortlistStore } from './shortlist';
import { DB_NAME } from './db';
import { writeInBatches } from './import-batches';
import { ShortlistReads } from './shortlist-reads';
import { storageProblem } from './storage-error';

/** 1,000 entries per transaction; five started at once, so later ones are copied while earlier ones are written. */
export const IMPORT_PLAN = { size: 1_000, inFlight: 5 };

/**
 * The shortlist for the popup and options page: reads straight from
 * IndexedDB (the extension's pages share its origin); the buyer's changes go
 * through the background, which validates them, except an import, which the
 * options page writes itself: its rows were validated for the preview, and
 * sending 10,000 entries as messages would cost more than writing them (see
 * docs/ARCHITECTURE.md). `onBlocked` hears when an older Supplier Radar tab
 * holds the database open during an upgrade. The schemas that check the
 * background's answers, and the writing code, are imported on first use, so
 * opening the popup loads neither.
 */
export function createShortlistAccess(onBlocked?: () => void): ShortlistAccess {
  const reads = new ShortlistReads(DB_NAME, onBlocked);
  let writer: ShortlistStore | null = null;
  return {
    firstRows: (limit) => reads.firstRows(limit),
    all: () => reads.all(),
    allInParts: () => reads.inParts(),
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
    async importEntries(entries: ShortlistEntry[], onProgress?: (done: number) => void) {
      const { ShortlistStore } = await import('./shortlist');
      const store = (writer ??= new ShortlistStore(DB_NAME, onBlocked));
      // A full disk or a newer version's data reaches the buyer in words.
      const write = (batch: ShortlistEntry[]) =>
        store.importEntries(batch).catch((error: unknown) => {
          throw new Error(storageProblem(error) ?? `the browser could not store them (${String(error)})`);
        });
      return writeInBatches(entries, write, IMPORT_PLAN, onProgress);
    },
  };
}

/** Sends a request to the background; its refusal or failure becomes an Error with the background's words. */
async function ask(request: BackgroundRequest): Promise<unknown> {
  const answer: unknown = await browser.runtime.sendMessage(request);
  if (answer && typeof answer === 'object' && 'error' in answer) throw new Error(String(answer.error));
  return answer;
}
