import type { Page } from 'playwright-core';
import type { ShortlistEntry } from '../src/shortlist/entry';
import { exportCsv, exportJson } from '../src/shortlist/export';
import type { ShortlistSamples } from './shortlist-samples';

/** The export time written into the files (any fixed day: the figures don't depend on it). */
export const EXPORTED_AT = Date.UTC(2026, 5, 1);

/**
 * 4, in the browser: Export clicked in the options page → the file handed to
 * the browser, what the buyer waits for (the entries read from IndexedDB,
 * serialised, made a Blob and its download started). Timed in the page, from
 * the click to the button enabled again; the download itself is awaited too.
 * One warm-up discarded.
 */
export async function timeExportClicks(
  page: Page,
  format: 'JSON' | 'CSV',
  count: number,
  runs: number,
): Promise<number[]> {
  const times: number[] = [];
  const status = `Exported ${count.toLocaleString('en-US')} suppliers as ${format}.`;
  for (let run = 0; run <= runs; run++) {
    const [download, ms] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.evaluate(clickExport, `Export as ${format}`),
    ]);
    await download.delete();
    const shown = await page.getByTestId('export-status').textContent();
    if (shown !== status) throw new Error(`the export said: ${shown}`);
    if (run > 0) times.push(ms);
  }
  return times;
}

/** In the page: clicks the export button and resolves when it is enabled again (the export's `finally`), in ms. */
function clickExport(label: string): Promise<number> {
  const button = Array.from(document.querySelectorAll('[data-testid=export] button')).find(
    (candidate) => candidate.textContent === label,
  ) as HTMLButtonElement | undefined;
  if (!button) return Promise.reject(new Error(`no "${label}" button`));
  return new Promise((resolve) => {
    let start = 0;
    let wasDisabled = false;
    const observer = new MutationObserver(() => {
      if (button.disabled) wasDisabled = true;
      else if (wasDisabled) {
        observer.disconnect();
        resolve(performance.now() - start);
      }
    });
    observer.observe(button, { attributes: true, attributeFilter: ['disabled'] });
    start = performance.now();
    button.click();
  });
}

/** 4. In Node: exportJson and exportCsv of the entries, repeats each after one discarded warm-up. */
export function timeExports(
  entries: readonly ShortlistEntry[],
  repeats: number,
): Pick<ShortlistSamples, 'exportJsonMs' | 'exportCsvMs' | 'jsonBytes' | 'csvBytes'> {
  let json = '';
  let csv = '';
  const exportJsonMs = repeatTimed(repeats + 1, () => (json = exportJson(entries, EXPORTED_AT))).slice(1);
  const exportCsvMs = repeatTimed(repeats + 1, () => (csv = exportCsv(entries))).slice(1);
  return {
    exportJsonMs,
    exportCsvMs,
    jsonBytes: Buffer.byteLength(json),
    csvBytes: Buffer.byteLength(csv),
  };
}

function repeatTimed(times: number, job: () => unknown): number[] {
  return Array.from({ length: times }, () => {
    const start = performance.now();
    job();
    return performance.now() - start;
  });
}
