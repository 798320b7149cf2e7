import type { Assessment } from '../signals/assessment';
import type { Listing } from '../signals/listing';
import type { PageReading } from '../signals/reading';
import type { Supplier } from '../signals/supplier';
import { knownSignalCount } from './evidence';
import { orderFindings } from './order-findings';
import type { RuleId, JudgeSettings } from './rule-settings';
import { comparePrices, NO_MARKET_DATA, type MarketData } from '../prices/market';
import type { PriceComparison } from '../prices/page-benchmark';
import { NO_CONTEXT, type ListingContext, type RuleOutcome } from './rule';
import { RULES, RULE_IDS } from './rules';
import { score } from './score';
import type { WeightedFinding } from './score';
import type { ProfileChange } from '../shortlist/changes';

/** Runs one rule with its own settings into `found`; the generic keeps rule and settings paired. */
function runRule<Id extends RuleId>(
  id: Id,
  supplier: Supplier,
  listing: Listing | null,
  settings: JudgeSettings,
  context: ListingContext,
  found: WeightedFinding[],
): void {
  const rule = RULES[id];
  const ruleSettings: JudgeSettings['rules'][Id] = settings.rules[id];
  if (!ruleSettings.enabled) return;
  let outcomes: RuleOutcome[];
  if (rule.appliesTo === 'supplier') outcomes = rule.evaluate(supplier, ruleSettings, context);
  else if (listing !== null) outcomes = rule.evaluate(listing, ruleSettings, context);
  else return;
  // A page judges thousands of offers: plain loops, no intermediate arrays.
  for (const { points, ...finding } of outcomes)
    found.push({ finding, points: points * ruleSettings.weight });
}

function assess(
  supplier: Supplier,
  listing: Listing | null,
  settings: JudgeSettings,
  context: ListingContext = NO_CONTEXT,
): Assessment {
  const found: WeightedFinding[] = [];
  for (const id of RULE_IDS) runRule(id, supplier, listing, settings, context, found);
  const { risk, level } = score(found, knownSignalCount(supplier), settings);
  return { risk, level, findings: orderFindings(found.map((f) => f.finding)) };
}

/** A supplier alone (a storefront header, a product page's supplier card): the supplier rules only. */
export function judgeSupplier(supplier: Supplier, settings: JudgeSettings, context = NO_CONTEXT): Assessment {
  return assess(supplier, null, settings, context);
}

/** An offer alone: its supplier's rules plus the rules that read the offer's own text (no price benchmark). */
export function judgeListing(listing: Listing, settings: JudgeSettings, context = NO_CONTEXT): Assessment {
  return assess(listing.supplier, listing, settings, context);
}

/** A listing's verdict with the price comparison behind it (null when prices were not compared). */
export interface JudgedListing {
  assessment: Assessment;
  price: PriceComparison | null;
}

/**
 * Offers seen together on one page: each judged as judgeListing does, and its
 * price compared with the buyer's target, the other offers on the page (a
 * market sample) or the offers seen earlier, in that order of trust.
 */
export function judgeListingsWithPrices(
  listings: readonly Listing[],
  settings: JudgeSettings,
  market: MarketData = NO_MARKET_DATA,
  /** Profile changes the buyer's visits showed for a listing's supplier (see SupplierChanges). */
  changesOf: SupplierChanges = NO_CHANGES,
): JudgedListing[] {
  const priceRule = settings.rules['price-far-below-benchmark'];
  const prices = priceRule.enabled
    ? comparePrices(listings, priceRule.minComparables, market)
    : listings.map(() => null);
  return listings.map((listing, index) => {
    const price = prices[index] ?? null;
    return {
      assessment: judgeListing(listing, settings, { price, changes: changesOf(listing.supplier) }),
      price,
    };
  });
}

/** A supplier's profile changes between the buyer's visits; none for suppliers not on the shortlist. */
export type SupplierChanges = (supplier: Supplier) => readonly ProfileChange[];
const NO_CHANGES: SupplierChanges = () => [];

export function judgeListings(
  listings: readonly Listing[],
  settings: JudgeSettings,
  market: MarketData = NO_MARKET_DATA,
): Assessment[] {
  return judgeListingsWithPrices(listings, settings, market).map((judged) => judged.assessment);
}

/** Everything on one page: the page's own supplier, and each listing in page order. */
export function judgeReading(
  reading: PageReading,
  settings: JudgeSettings,
): { supplier: Assessment | null; listings: Assessment[] } {
  return {
    supplier: reading.supplier === null ? null : judgeSupplier(reading.supplier, settings),
    listings: judgeListings(reading.listings, settings),
  };
}
