import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { withSavedPage } from '../src/cli/read-page';
import type { JudgeRequest } from '../src/messaging/protocol';
import type { Listing } from '../src/signals/listing';
import { alibaba } from '../src/sites/alibaba';
import type { PageRecord } from '../src/sites/types';
import { median } from './stats';

/**
 * Judging 1,000 offers in the real background worker: 500 sent as listings
 * and 500 as page records for the worker to interpret (as a search page's
 * content script sends them), all from the saved INR search page with fresh
 * product ids, against the page itself and a price history of earlier offers
 * on the same search. Sent from an extension page, which may name the page
 * the offers were on. The figures are the worker's own (the `timing` it
 * reports), medians of `repeats`: judging the offers (history read, unit
 * prices, benchmarks, rules) and the whole message (also validating it and
 * interpreting the records).
 */
export async function workerJudgeMs(
  context: BrowserContext,
  extensionId: string,
  fixtureFile: string,
  searchUrl: string,
  repeats = 21,
): Promise<{ medianMs: number; messageMs: number; offers: number; stored: number }> {
  const { listings, records } = offersOf(fixtureFile, searchUrl);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const send = (request: JudgeRequest) =>
    page.evaluate(async (message) => {
      const runtime = (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime;
      const answer = (await runtime.sendMessage(message)) as {
        timing?: { workerMs: number; judgeMs: number };
        error?: string;
      };
      if (!answer.timing) throw new Error(`no timing in the answer: ${JSON.stringify(answer).slice(0, 200)}`);
      return answer.timing;
    }, request);
  const requestFor = (firstId: number): JudgeRequest => ({
    type: 'judge',
    site: 'alibaba',
    page: 'search',
    supplier: null,
    pageUrl: searchUrl,
    listings: cycle(listings, 500).map((listing, index) => ({
      ...listing,
      productId: String(firstId + index),
    })),
    batch: {
      format: 'alibaba-search-offers',
      context: {},
      records: cycle(records, 500).map((record, index) => ({
        ...record,
        productId: String(firstId + 500 + index),
      })),
      unreadable: 0,
    },
  });
  try {
    // Earlier visits to the same search: the history the measured requests read.
    for (let visit = 0; visit < 2; visit++) {
      await send(requestFor(8_000_000_000_000 + visit * 10_000));
      await page.waitForTimeout(1_000); // the write runs after the answer
    }
    const whole: number[] = [];
    const judging: number[] = [];
    for (let run = 0; run < repeats + 2; run++) {
      const timing = await send(requestFor(8_100_000_000_000 + run * 10_000));
      if (run >= 2) {
        whole.push(timing.workerMs);
        judging.push(timing.judgeMs);
      }
      await page.waitForTimeout(1_000); // the previous page's history write is done
    }
    return { medianMs: median(judging), messageMs: median(whole), offers: 1_000, stored: 2_000 };
  } finally {
    await page.close();
  }
}

function offersOf(fixtureFile: string, url: string): { listings: Listing[]; records: PageRecord[] } {
  const pageUrl = new URL(url);
  return withSavedPage(readFileSync(fixtureFile, 'utf8'), (doc) => {
    const listings = alibaba.read(doc, pageUrl).listings;
    const records = alibaba.readForJudging(doc, pageUrl).batch?.records ?? [];
    if (listings.length === 0 || records.length === 0) throw new Error(`no offers read from ${fixtureFile}`);
    return { listings, records };
  });
}

function cycle<T>(items: readonly T[], count: number): T[] {
  return Array.from({ length: count }, (_, index) => items[index % items.length] as T);
}
