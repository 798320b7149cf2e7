import type { Listing } from '../signals/listing';
import type { PriceObservation, TargetPrice } from './observation';
import { comparePagePrices, type Benchmark, type PriceComparison } from './page-benchmark';
import { convert, REFERENCE_RATES, type RateTable } from './reference-rates';
import { medianAbsoluteDeviation, sortedMedian, sortedQuartiles } from './stats';
import { canonicalUnit } from './units';
import type { UnitPrice } from './unit-price';

/** What is known about the market besides the page itself. */
export interface MarketData {
  /** The buyer's target prices. */
  targets: readonly TargetPrice[];
  /** Prices seen earlier under this page's search (see PriceHistory). */
  history: readonly PriceObservation[];
  /** The search the history was read for; null off search pages. */
  topic: string | null;
  /** Why the history could not be read, if it could not: said where it leaves a price uncompared. */
  historyProblem?: string | null;
  rates: RateTable;
}

export const NO_MARKET_DATA: MarketData = { targets: [], history: [], topic: null, rates: REFERENCE_RATES };

/**
 * Each listing's price against the most trusted benchmark there is: the
 * buyer's own target price for that kind of product, else the other offers
 * on the page, else the offers seen earlier under the same search.
 */
export function comparePrices(
  listings: readonly Listing[],
  minComparables: number,
  market: MarketData = NO_MARKET_DATA,
): PriceComparison[] {
  const page = comparePagePrices(listings, { minComparables, rates: market.rates });
  const onPage = new Set(listings.map((listing) => listing.productId));
  const earlier = market.history.filter((observation) => !onPage.has(observation.productId));
  const historyCache = new Map<string, Benchmark | null>();
  return listings.map((listing, index) => {
    const comparison = page[index] as PriceComparison;
    const price = comparison.unitPrice;
    if (price === null) return comparison;
    const target = targetBenchmark(listing, price, market);
    if (target) return { ...comparison, benchmark: target, notCompared: null };
    if (comparison.benchmark) return comparison;
    const key = `${price.unit}|${price.currency}`;
    if (!historyCache.has(key))
      historyCache.set(key, historyBenchmark(price, earlier, minComparables, market));
    const history = historyCache.get(key) ?? null;
    if (history) return { ...comparison, benchmark: history, notCompared: null };
    return market.historyProblem
      ? {
          ...comparison,
          notCompared: `${comparison.notCompared ?? 'no benchmark'}, and ${market.historyProblem}`,
        }
      : comparison;
  });
}

/** The most specific target whose words are all in the title, sold by the same unit, in a currency we can convert. */
function targetBenchmark(listing: Listing, price: UnitPrice, market: MarketData): Benchmark | null {
  if (market.targets.length === 0) return null;
  const title = ` ${(listing.title ?? '').toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
  let best: { target: TargetPrice; words: number; median: number } | null = null;
  for (const target of market.targets) {
    if (canonicalUnit(target.unit) !== price.unit) continue;
    const words = target.product
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    if (words.length === 0 || !words.every((word) => title.includes(` ${word} `))) continue;
    const median = convert(target.price, target.currency, price.currency, market.rates);
    if (median === null || !(median > 0)) continue;
    if (!best || words.length > best.words) best = { target, words: words.length, median };
  }
  if (!best) return null;
  return {
    source: 'target',
    label: best.target.product,
    median: best.median,
    spread: 0,
    quartiles: null,
    count: 1,
    currency: price.currency,
    unit: price.unit,
  };
}

/** The median of earlier offers by the same unit, converted to the listing's currency; null with too few. */
function historyBenchmark(
  price: UnitPrice,
  earlier: readonly PriceObservation[],
  minComparables: number,
  market: MarketData,
): Benchmark | null {
  const values: number[] = [];
  for (const observation of earlier) {
    if (observation.unit !== price.unit) continue;
    const value = convert(observation.value, observation.currency, price.currency, market.rates);
    if (value !== null && value > 0) values.push(value);
  }
  if (values.length < minComparables) return null;
  values.sort((a, b) => a - b);
  const median = sortedMedian(values);
  return {
    source: 'history',
    label: market.topic,
    median,
    spread: medianAbsoluteDeviation(values, median),
    quartiles: sortedQuartiles(values),
    count: values.length,
    currency: price.currency,
    unit: price.unit,
  };
}
