import type { PriceComparison } from './page-benchmark';
import { medianAbsoluteDeviation, sortedMedian } from './stats';

/** One set of offers that were compared with each other: same unit, same currency. */
export interface BenchmarkSummary {
  source: 'page';
  unit: string;
  currency: string;
  /** Offers in the set. */
  offers: number;
  /** Median and median absolute deviation of their unit prices. */
  median: number;
  spread: number;
  /** Offers in the set that had enough others to be compared. */
  compared: number;
}

/**
 * What a page's prices were compared against, for the audit report: one entry
 * per unit and currency, in order of size, and how many priced listings could
 * not be compared at all.
 */
export function summarizeBenchmarks(comparisons: ReadonlyArray<PriceComparison | null>): {
  sets: BenchmarkSummary[];
  notCompared: number;
} {
  const sets = new Map<string, { unit: string; currency: string; values: number[]; compared: number }>();
  let notCompared = 0;
  for (const comparison of comparisons) {
    const price = comparison?.unitPrice;
    if (!comparison || !price) {
      if (comparison) notCompared++;
      continue;
    }
    const key = `${price.unit}|${price.currency}`;
    const set = sets.get(key) ?? { unit: price.unit, currency: price.currency, values: [], compared: 0 };
    set.values.push(price.value);
    if (comparison.benchmark) set.compared++;
    else notCompared++;
    sets.set(key, set);
  }
  const summaries = [...sets.values()].map((set): BenchmarkSummary => {
    const sorted = [...set.values].sort((a, b) => a - b);
    const median = sortedMedian(sorted);
    return {
      source: 'page',
      unit: set.unit,
      currency: set.currency,
      offers: sorted.length,
      median,
      spread: medianAbsoluteDeviation(sorted, median),
      compared: set.compared,
    };
  });
  return { sets: summaries.sort((a, b) => b.offers - a.offers), notCompared };
}
