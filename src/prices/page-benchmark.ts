import type { Listing } from '../signals/listing';
import { convert, REFERENCE_RATES, type RateTable } from './reference-rates';
import {
  medianAbsoluteDeviation,
  sortedMedian,
  sortedMedianWithout,
  sortedQuartiles,
  type Quartiles,
} from './stats';
import { unitPriceOf, type UnitPrice } from './unit-price';

/** What a listing's price was compared with. */
export interface Benchmark {
  /**
   * target: the buyer's own target price; page: the other comparable offers on
   * the same page (a live market sample); history: offers the buyer saw
   * earlier under the same search.
   */
  source: 'target' | 'page' | 'history';
  /** The target's product words, or the search the history was seen under; null for the page. */
  label: string | null;
  /** Median unit price of the comparables, in the listing's currency. */
  median: number;
  /** Median absolute deviation of the comparables, in the listing's currency. */
  spread: number;
  /**
   * The comparables' lower and upper quartiles, in the listing's currency:
   * how widely the sample itself varies. Null for a target, a single price.
   */
  quartiles: Quartiles | null;
  /** How many offers it was made from (the listing itself never counts). */
  count: number;
  currency: string;
  unit: string;
}

/** One listing's price against the market: a benchmark, or why there is none. */
export interface PriceComparison {
  unitPrice: UnitPrice | null;
  benchmark: Benchmark | null;
  /** Why the price was not compared, in words for the buyer. */
  notCompared: string | null;
}

export interface ComparisonOptions {
  /** Fewer comparables than this and the page is not a market sample. */
  minComparables: number;
  rates?: RateTable;
}

interface Priced {
  productId: string | null;
  price: UnitPrice;
  /** The value in the group's currency: US dollars when a rate is known, else its own. */
  groupValue: number;
  inUsd: boolean;
  group: string;
  /** Its place in its group, once sorted. */
  position: number;
}

interface Group {
  /** Ascending by groupValue. */
  members: Priced[];
  values: number[];
  /** Median absolute deviation of the whole group: a description of the spread, not a test. */
  spread: number;
  /** How many entries carry each product id. */
  idCounts: Map<string, number>;
}

/**
 * Each listing's unit price against the other offers on the same page sold by
 * the same unit: their median and spread, in the listing's own currency.
 * Offers in another currency join through the reference rates when both
 * rates are known; a listing whose unit or currency can't be matched is left
 * out, never guessed. Sorts each group once, so 1,000 listings cost about as
 * much as sorting them.
 */
export function comparePagePrices(
  listings: readonly Listing[],
  options: ComparisonOptions,
): PriceComparison[] {
  const rates = options.rates ?? REFERENCE_RATES;
  // Each listing priced, or the reason it could not be.
  const priced = listings.map((listing): Priced | string => {
    const result = unitPriceOf(listing);
    if (!result.ok) return result.reason;
    const inUsd = convert(result.price.value, result.price.currency, 'USD', rates);
    const currency = inUsd === null ? result.price.currency : 'USD';
    return {
      productId: listing.productId,
      price: result.price,
      groupValue: inUsd ?? result.price.value,
      inUsd: inUsd !== null,
      group: `${result.price.unit}|${currency}`,
      position: 0,
    };
  });

  const groups = groupByUnitAndCurrency(priced.filter((entry): entry is Priced => typeof entry !== 'string'));
  return priced.map((entry): PriceComparison => {
    if (typeof entry === 'string') return { unitPrice: null, benchmark: null, notCompared: entry };
    const group = groups.get(entry.group) as Group;
    const others = othersOf(group, entry);
    const count = others.count;
    if (count < options.minComparables) {
      const offers =
        count === 0
          ? 'no other offer on this page is'
          : count === 1
            ? 'only 1 other offer on this page is'
            : `only ${count} other offers on this page are`;
      return {
        unitPrice: entry.price,
        benchmark: null,
        notCompared: `${offers} sold per ${entry.price.unit} in a comparable currency (${options.minComparables} needed)`,
      };
    }
    const own = (value: number) =>
      entry.inUsd ? (convert(value, 'USD', entry.price.currency, rates) as number) : value;
    return {
      unitPrice: entry.price,
      benchmark: {
        source: 'page',
        label: null,
        median: own(others.median),
        spread: own(group.spread),
        quartiles: { lower: own(others.quartiles.lower), upper: own(others.quartiles.upper) },
        count,
        currency: entry.price.currency,
        unit: entry.price.unit,
      },
      notCompared: null,
    };
  });
}

function groupByUnitAndCurrency(priced: readonly Priced[]): Map<string, Group> {
  const lists = new Map<string, Priced[]>();
  for (const entry of priced) {
    const members = lists.get(entry.group) ?? [];
    members.push(entry);
    lists.set(entry.group, members);
  }
  const groups = new Map<string, Group>();
  for (const [key, members] of lists) {
    members.sort((a, b) => a.groupValue - b.groupValue);
    const values = members.map((member) => member.groupValue);
    const idCounts = new Map<string, number>();
    for (const [position, member] of members.entries()) {
      member.position = position;
      if (member.productId !== null)
        idCounts.set(member.productId, (idCounts.get(member.productId) ?? 0) + 1);
    }
    const spread = medianAbsoluteDeviation(values, sortedMedian(values));
    groups.set(key, { members, values, spread, idCounts });
  }
  return groups;
}

/**
 * The group's median and quartiles without `entry`, and without copies of the
 * same offer (a page may show one twice): nothing about the benchmark depends
 * on the listing's own price, so lowering it can only look worse.
 */
function othersOf(group: Group, entry: Priced): { median: number; quartiles: Quartiles; count: number } {
  const copies = entry.productId === null ? 1 : (group.idCounts.get(entry.productId) ?? 1);
  if (copies === 1) {
    return {
      median: sortedMedianWithout(group.values, entry.position),
      quartiles: sortedQuartiles(group.values, entry.position),
      count: group.values.length - 1,
    };
  }
  const others = group.members
    .filter((member) => member.productId !== entry.productId)
    .map((member) => member.groupValue);
  return { median: sortedMedian(others), quartiles: sortedQuartiles(others), count: others.length };
}
