import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { ShortlistEntry } from '../src/shortlist/entry';
import { exportJson } from '../src/shortlist/export';
import { DB_NAME, DB_VERSION } from '../src/storage/db';
import { IMPORT_PLAN } from '../src/storage/shortlist-access';
import { manyEntries } from '../tests/support/shortlist-entries';
import { EXPORTED_AT, timeExportClicks } from './shortlist-export';
import { timePopups, type PopupSamples } from './shortlist-popup';
import type { ShortlistSamples } from './shortlist-samples';

// The shortlist's speed at 10,000 suppliers (issue 5). The functions passed to
// page.evaluate and addInitScript run in the page, serialised as text: they
// declare no named inner functions (tsx's keepNames would add calls to a
// helper the page doesn't have).

export const SHORTLIST_SIZE = 10_000;

/** The browser measurements (1–3 and the exports of 4), in a browser with the built extension and nothing stored. */
export async function shortlistInBrowser(
  context: BrowserContext,
  extensionId: string,
  runs: number,
  entries: ShortlistEntry[] = manyEntries(SHORTLIST_SIZE),
): Promise<
  Pick<
    ShortlistSamples,
    'importMs' | 'previewMs' | 'pageExportJsonMs' | 'pageExportCsvMs' | 'importBatches'
  > &
    PopupSamples
> {
  const page = await context.newPage();
  const folder = await mkdtemp(join(tmpdir(), 'supplier-radar-bench-'));
  let imports: Pick<ShortlistSamples, 'importMs' | 'previewMs'>;
  let pageExportJsonMs: number[];
  let pageExportCsvMs: number[];
  try {
    const file = join(folder, 'shortlist.json');
    await writeFile(file, exportJson(entries, EXPORTED_AT));
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    imports = await timeImports(page, file, entries, runs);
    pageExportJsonMs = await timeExportClicks(page, 'JSON', entries.length, runs);
    pageExportCsvMs = await timeExportClicks(page, 'CSV', entries.length, runs);
  } finally {
    await page.close();
    await rm(folder, { recursive: true, force: true });
  }
  const popup = await timePopups(context, extensionId, entries.length, runs);
  const importBatches = Math.ceil(entries.length / IMPORT_PLAN.size);
  return { ...imports, pageExportJsonMs, pageExportCsvMs, importBatches, ...popup };
}

/**
 * 1. As a buyer imports a file on the options page: empty the shortlist,
 * choose the file (timed to its preview), click Import (timed to the
 * outcome); the store is counted empty before and full after. One warm-up
 * run discarded.
 */
async function timeImports(
  page: Page,
  file: string,
  entries: readonly ShortlistEntry[],
  runs: number,
): Promise<Pick<ShortlistSamples, 'importMs' | 'previewMs'>> {
  const importMs: number[] = [];
  const previewMs: number[] = [];
  const count = entries.length.toLocaleString('en-US');
  for (let run = 0; run <= runs; run++) {
    await send(page, { type: 'shortlist-remove', keys: entries.map((entry) => entry.key) });
    await expectStored(page, 0);
    await page.evaluate(watchImport, { input: IMPORT_INPUT, preview: IMPORT_PREVIEW });
    await page.locator(IMPORT_INPUT).setInputFiles(file);
    await page.locator(IMPORT_PREVIEW).waitFor({ timeout: 60_000 });
    const button = page.getByRole('button', { name: `Import ${count} valid entries` });
    await button.waitFor({ timeout: 5_000 });
    const outcome = await page.evaluate(clickImport, { outcome: IMPORT_OUTCOME });
    if (!outcome.text.includes(`${count} new`)) throw new Error(`the import said: ${outcome.text}`);
    await expectStored(page, entries.length);
    if (run > 0) {
      importMs.push(outcome.ms);
      previewMs.push(outcome.previewMs);
    }
  }
  return { importMs, previewMs };
}

const IMPORT_INPUT = '[data-testid=import] input[type=file]';
const IMPORT_PREVIEW = '[data-testid=import-preview]';
const IMPORT_OUTCOME = '[data-testid=import-outcome]';

/** In the page: notes when the file input changes and when the preview first appears. */
function watchImport({ input, preview }: { input: string; preview: string }): void {
  const scope = globalThis as unknown as { benchChosenAt: number; benchPreviewAt: number };
  scope.benchChosenAt = Number.NaN;
  scope.benchPreviewAt = Number.NaN;
  document.querySelector(input)?.addEventListener('change', () => (scope.benchChosenAt = performance.now()), {
    once: true,
  });
  const observer = new MutationObserver(() => {
    if (!document.querySelector(preview)) return;
    scope.benchPreviewAt = performance.now();
    observer.disconnect();
  });
  observer.observe(document.body, { childList: true, subtree: true });
}

/** In the page: clicks the preview's Import button and waits for the outcome line (its text, and the time). */
function clickImport({
  outcome,
}: {
  outcome: string;
}): Promise<{ ms: number; previewMs: number; text: string }> {
  const scope = globalThis as unknown as { benchChosenAt: number; benchPreviewAt: number };
  const previewMs = scope.benchPreviewAt - scope.benchChosenAt;
  const button = Array.from(document.querySelectorAll('[data-testid=import-preview] button')).find((b) =>
    /^Import \d/.test(b.textContent ?? ''),
  ) as HTMLButtonElement | undefined;
  if (!button) return Promise.reject(new Error('no Import button in the preview'));
  return new Promise((resolve) => {
    const start = performance.now();
    const observer = new MutationObserver(() => {
      const shown = document.querySelector(outcome);
      if (!shown) return;
      observer.disconnect();
      resolve({ ms: performance.now() - start, previewMs, text: shown.textContent ?? '' });
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    button.click();
  });
}

async function send(page: Page, message: unknown): Promise<void> {
  const answer = await page.evaluate(
    (request) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage(request),
    message,
  );
  if (answer && typeof answer === 'object' && 'error' in answer) {
    throw new Error(`background refused: ${JSON.stringify(answer)}`);
  }
}

async function expectStored(page: Page, count: number): Promise<void> {
  const stored = await storedCount(page);
  if (stored !== count) throw new Error(`the shortlist holds ${stored} entries, not ${count}`);
}

/**
 * Runs in the extension page: opens the extension's database as it is (never
 * creating or upgrading it) and counts the shortlist store's entries.
 */
function storedCount(page: Page): Promise<number> {
  return page.evaluate(
    ({ name, version }) =>
      new Promise<number>((resolve, reject) => {
        const opening = indexedDB.open(name, version);
        opening.onupgradeneeded = () => {
          opening.transaction?.abort();
          reject(new Error('the extension has not created its database yet'));
        };
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const db = opening.result;
          const asked = db.transaction('shortlist').objectStore('shortlist').count();
          asked.onerror = () => reject(asked.error);
          asked.onsuccess = () => {
            db.close();
            resolve(asked.result);
          };
        };
      }),
    { name: DB_NAME, version: DB_VERSION },
  );
}
