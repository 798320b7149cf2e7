import { readFileSync } from 'node:fs';
import { readPage } from '../src/cli/read-page';
import { judgeListings } from '../src/judge/judge';
import { DEFAULT_JUDGE_SETTINGS } from '../src/judge/rule-settings';
import { NO_MARKET_DATA } from '../src/prices/market';
import type { PriceObservation } from '../src/prices/observation';
import type { Listing } from '../src/signals/listing';
import { median } from './stats';

/**
 * Judge throughput in Node: the listings of a saved search page (read by the
 * same adapter as in the browser), repeated to `count` with fresh product ids
 * and judged together as one page, against the page and a price history of
 * `count` earlier offers on the same search. Returns the median over
 * `repeats` of the time for all `count`, in ms.
 */
export function judgeThroughput(
  fixtureFile: string,
  pageUrl: string,
  count = 1_000,
  repeats = 21,
): { medianMs: number; listingsRead: number } {
  const reading = readPage(readFileSync(fixtureFile, 'utf8'), pageUrl);
  if (reading.listings.length === 0) throw new Error(`no listings read from ${fixtureFile}`);
  const listings: Listing[] = Array.from({ length: count }, (_, index) => ({
    ...(reading.listings[index % reading.listings.length] as Listing),
    productId: String(9_000_000_000_000 + index),
  }));
  const history: PriceObservation[] = listings.flatMap((listing, index) =>
    listing.price && listing.moq?.unit
      ? [
          {
            topic: 'fabric bubble sofa',
            productId: String(8_000_000_000_000 + index),
            value: listing.price.max,
            currency: listing.price.currency,
            unit: 'piece',
            seenAt: 0,
          },
        ]
      : [],
  );
  const market = { ...NO_MARKET_DATA, history, topic: 'fabric bubble sofa' };
  const times: number[] = [];
  let findings = 0; // keeps the results alive
  for (let run = 0; run < repeats + 3; run++) {
    const start = performance.now();
    for (const assessment of judgeListings(listings, DEFAULT_JUDGE_SETTINGS, market)) {
      findings += assessment.findings.length;
    }
    if (run >= 3) times.push(performance.now() - start); // the first runs warm the JIT up
  }
  if (findings < 0) throw new Error('unreachable');
  return { medianMs: median(times), listingsRead: reading.listings.length };
}
