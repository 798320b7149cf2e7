import { readFileSync } from 'node:fs';
import { readPage } from '../src/cli/read-page';
import { judgeListing } from '../src/judge/judge';
import { DEFAULT_JUDGE_SETTINGS } from '../src/judge/rule-settings';
import type { Listing } from '../src/signals/listing';
import { median } from './stats';

/**
 * Judge throughput in Node: the listings of a saved search page (read by the
 * same adapter as in the browser), repeated to `count`, judged one by one.
 * Returns the median over `repeats` of the time for all `count`, in ms.
 */
export function judgeThroughput(
  fixtureFile: string,
  pageUrl: string,
  count = 1_000,
  repeats = 21,
): { medianMs: number; listingsRead: number } {
  const reading = readPage(readFileSync(fixtureFile, 'utf8'), pageUrl);
  if (reading.listings.length === 0) throw new Error(`no listings read from ${fixtureFile}`);
  const listings: Listing[] = Array.from(
    { length: count },
    (_, index) => reading.listings[index % reading.listings.length] as Listing,
  );
  const times: number[] = [];
  let levels = 0; // keeps the results alive
  for (let run = 0; run < repeats + 3; run++) {
    const start = performance.now();
    for (const listing of listings) levels += judgeListing(listing, DEFAULT_JUDGE_SETTINGS).findings.length;
    if (run >= 3) times.push(performance.now() - start); // the first runs warm the JIT up
  }
  if (levels < 0) throw new Error('unreachable');
  return { medianMs: median(times), listingsRead: reading.listings.length };
}
