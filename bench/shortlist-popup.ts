import type { BrowserContext, Page } from 'playwright-core';
import { FLOOR_PAGE } from './popup-floor';
import type { ShortlistSamples } from './shortlist-samples';

// The popup with the shortlist (issue 5): its first rows, and searching as the buyer types. The
// functions passed to addInitScript and page.evaluate run in the page, serialised as text: they
// declare no named inner functions (tsx's keepNames would add calls to a helper the page doesn't have).

/** What a buyer types into the popup's search, one key at a time. */
export const SEARCH_TEXT = 'shenzhen led';
/** The popup's first rows and its count line (see VirtualList and ShortlistPanel). */
const ROW = '[id^="shortlist-row-"]';
const COUNT = '[data-testid=shortlist-count]';
const SEARCH = '[data-testid=shortlist-search]';
const POPUP_SIZE = { width: 380, height: 600 };

export type PopupSamples = Pick<
  ShortlistSamples,
  | 'firstRowMs'
  | 'firstRowDrawnMs'
  | 'documentStartMs'
  | 'scriptDoneMs'
  | 'allIndexedMs'
  | 'keystrokeMs'
  | 'floorFirstRowMs'
>;

/**
 * 2 and 3: the popup opened fresh, runs + 1 times (the first discarded), the query typed in each;
 * after each popup, the floor page (see popup-floor.ts), which the extension must have.
 */
export async function timePopups(
  context: BrowserContext,
  extensionId: string,
  count: number,
  runs: number,
): Promise<PopupSamples> {
  const samples: PopupSamples = {
    firstRowMs: [],
    firstRowDrawnMs: [],
    documentStartMs: [],
    scriptDoneMs: [],
    allIndexedMs: [],
    keystrokeMs: [],
    floorFirstRowMs: [],
  };
  for (let run = 0; run <= runs; run++) {
    const page = await context.newPage();
    try {
      const opened = await openPopupTimed(page, extensionId, count);
      const keys = await typeTimed(page, SEARCH_TEXT);
      const floor = await openFloorTimed(context, extensionId);
      if (run === 0) continue;
      samples.floorFirstRowMs.push(floor);
      samples.firstRowMs.push(opened.firstRow);
      samples.firstRowDrawnMs.push(opened.firstRowDrawn);
      samples.documentStartMs.push(opened.documentStart);
      samples.scriptDoneMs.push(opened.scriptDone);
      samples.allIndexedMs.push(opened.all);
      samples.keystrokeMs.push(...keys);
    } finally {
      await page.close();
    }
  }
  return samples;
}

interface PopupMarks {
  documentStart: number;
  firstRow?: number;
  firstRowDrawn?: number;
  all?: number;
}

/**
 * Runs in the popup before any of its scripts (addInitScript): marks, in
 * performance.now() (since navigation start), when the document starts, when
 * the first shortlist row is in the DOM and the end of the frame after it,
 * and when the count line says the whole list is read.
 */
function markPopup(args: { row: string; count: string; complete: string }): void {
  const marks: PopupMarks = { documentStart: performance.now() };
  (globalThis as unknown as { benchMarks: PopupMarks }).benchMarks = marks;
  const observer = new MutationObserver(() => {
    if (marks.firstRow === undefined && document.querySelector(args.row)) {
      marks.firstRow = performance.now();
      requestAnimationFrame(() => setTimeout(() => (marks.firstRowDrawn = performance.now()), 0));
    }
    if (marks.all === undefined && document.querySelector(args.count)?.textContent === args.complete) {
      marks.all = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/** Opens popup.html as a page at popup size (no ?tab=: it shows "not a marketplace page" above the shortlist). */
async function openPopupTimed(
  page: Page,
  extensionId: string,
  count: number,
): Promise<Required<PopupMarks> & { scriptDone: number }> {
  await page.setViewportSize(POPUP_SIZE);
  await page.addInitScript(markPopup, {
    row: ROW,
    count: COUNT,
    complete: `${count.toLocaleString('en-US')} suppliers`,
  });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.waitForFunction(
    () => {
      const marks = (globalThis as unknown as { benchMarks?: PopupMarks }).benchMarks;
      return marks?.all !== undefined && marks.firstRowDrawn !== undefined;
    },
    undefined,
    { polling: 50, timeout: 30_000 },
  );
  return page.evaluate(() => {
    const marks = (globalThis as unknown as { benchMarks: Required<PopupMarks> }).benchMarks;
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { ...marks, scriptDone: navigation.domContentLoadedEventStart };
  });
}

/** The floor page opened as the popup is (a new page, popup size, the same marks): navigation start → its first row. */
async function openFloorTimed(context: BrowserContext, extensionId: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.setViewportSize(POPUP_SIZE);
    await page.addInitScript(markPopup, { row: ROW, count: COUNT, complete: '' });
    await page.goto(`chrome-extension://${extensionId}/${FLOOR_PAGE}`);
    await page.waitForFunction(
      () => (globalThis as unknown as { benchMarks?: PopupMarks }).benchMarks?.firstRowDrawn !== undefined,
      undefined,
      { polling: 20, timeout: 10_000 },
    );
    return await page.evaluate(
      () => (globalThis as unknown as { benchMarks: Required<PopupMarks> }).benchMarks.firstRow,
    );
  } finally {
    await page.close();
  }
}

/**
 * 3. Types `text` into the popup's search with real key events, one key at a
 * time, each once the previous one is drawn. A key is timed in the page from
 * its keydown's timestamp (when the browser received it) to the end of the
 * first frame after the shortlist's DOM changed for it: the query over the
 * whole index and the list redrawn, laid out and painted.
 */
async function typeTimed(page: Page, text: string): Promise<number[]> {
  await page.locator(SEARCH).focus();
  await page.evaluate(
    ({ search }) => {
      const times: number[] = [];
      (globalThis as unknown as { benchKeys: number[] }).benchKeys = times;
      const section = document.querySelector(search)?.closest('section');
      if (!section) throw new Error('no shortlist section around the search box');
      document.addEventListener(
        'keydown',
        (event) => {
          const start = event.timeStamp;
          const observer = new MutationObserver(() => {
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => times.push(performance.now() - start), 0));
          });
          observer.observe(section, { childList: true, subtree: true, characterData: true });
        },
        { capture: true },
      );
    },
    { search: SEARCH },
  );
  for (let typed = 0; typed < text.length; typed++) {
    await page.keyboard.type(text.charAt(typed));
    await page.waitForFunction(
      (done) => (globalThis as unknown as { benchKeys: number[] }).benchKeys.length > done,
      typed,
      { polling: 20, timeout: 5_000 },
    );
  }
  const typedText = await page.locator(SEARCH).inputValue();
  if (typedText !== text) throw new Error(`the search box holds "${typedText}", not "${text}"`);
  return page.evaluate(() => (globalThis as unknown as { benchKeys: number[] }).benchKeys);
}
