import type { Benchmark } from '../../prices/page-benchmark';
import type { UnitPrice } from '../../prices/unit-price';
import type { PriceCheck } from '../../signals/assessment';
import type { RuleSettingsMap } from '../rule-settings';
import type { Supplier } from '../../signals/supplier';
import { auditBadge } from '../audit-badges';

import { lowerFence } from '../../prices/stats';
import { formatMoney, formatShare, quantityOf } from '../format';
import { concern, good } from '../rule';
import type { ListingRule, RuleOutcome } from '../rule';

export const PRICE_POINTS = { warning: 20, danger: 40 } as const;

const id = 'price-far-below-benchmark';

// Alibaba's own fraud advice: be careful with offers more than 50% below the
// market price; genuine savings are 10-15%. A price far below what similar
// offers ask is the bait of the classic scam, so it is judged against a
// benchmark, with the numbers shown.
export const priceFarBelowBenchmark: ListingRule<'price-far-below-benchmark'> = {
  id,
  appliesTo: 'listing',
  evaluate(listing, settings, context) {
    const comparison = context.price;
    if (listing.price === null || comparison === null) return [];
    const { unitPrice, benchmark } = comparison;
    if (unitPrice === null || benchmark === null) {
      return [note(`Price not compared: ${comparison.notCompared ?? 'no benchmark'}`, '')];
    }
    const priceCheck: PriceCheck = {
      value: unitPrice.value,
      lowest: unitPrice.lowest,
      median: benchmark.median,
      spread: benchmark.spread,
      currency: unitPrice.currency,
      unit: unitPrice.unit,
      source: benchmark.source,
      count: benchmark.count,
      label: benchmark.label,
    };
    return priceOutcomes(listing.supplier, unitPrice, benchmark, settings).map((outcome) => ({
      ...outcome,
      priceCheck,
    }));
  },
};

function priceOutcomes(
  supplier: Supplier,
  unitPrice: UnitPrice,
  benchmark: Benchmark,
  settings: RuleSettingsMap[typeof id],
): RuleOutcome[] {
  const money = (value: number) => formatMoney(value, unitPrice.currency);
  const at = unitPrice.quantity === null ? '' : ` at ${quantityOf(unitPrice.quantity, unitPrice.unit)}`;
  const below = 1 - unitPrice.value / benchmark.median;
  const evidence = `${money(unitPrice.value)} per ${unitPrice.unit}${at}: ${describe(below)} ${describeBenchmark(benchmark, money)}`;
  const share = formatShare(below);

  // A sample that spans a lazy sofa chair and a sectional set has a median far
  // above its cheap, honest offers: a price is only far below the market when
  // it also stands out from how widely the sample itself varies.
  // A target is one price, with no spread: anything below it counts.
  const fence = benchmark.quartiles && lowerFence(benchmark.quartiles, settings.outlierFence);
  const standsOut = (value: number) => fence === null || value < fence;
  if (below >= settings.warningBelow && !standsOut(unitPrice.value)) {
    const message = `Price ${share} below the median, but these offers' prices vary widely: not an outlier`;
    return [note(message, `${evidence}; only a price under ${money(fence as number)} would stand out`)];
  }
  if (below >= settings.dangerBelow) {
    return [
      concern(
        id,
        'danger',
        PRICE_POINTS.danger,
        `Price ${share} below the market: too good to be true`,
        evidence,
      ),
    ];
  }
  if (below >= settings.warningBelow) {
    if (youngAndUnverified(supplier)) {
      const message = `Price ${share} below the market from a young storefront with no third-party audit: the bought-badge pattern`;
      return [concern(id, 'danger', PRICE_POINTS.danger, message, evidence)];
    }
    return [concern(id, 'warning', PRICE_POINTS.warning, `Price ${share} below the market`, evidence)];
  }
  const outcomes: RuleOutcome[] = [];
  const lowestBelow = 1 - unitPrice.lowest / benchmark.median;
  // Most ranges start at a bulk tier or a cheaper variant: only a bottom far enough down to be
  // a danger on its own is worth pointing out, and it adds nothing to the risk.
  if (lowestBelow >= settings.dangerBelow && standsOut(unitPrice.lowest)) {
    const message = `Only the lowest price shown (${money(unitPrice.lowest)}) is ${formatShare(lowestBelow)} below the market, not the price at the minimum order`;
    outcomes.push(note(message, evidence));
  }
  if (-below >= settings.noteAbove) {
    outcomes.push(note(`Price ${formatShare(-below)} above the market`, evidence));
  } else if (outcomes.length === 0) {
    const inLine =
      benchmark.source === 'target'
        ? 'Price in line with your target'
        : `Price in line with ${benchmark.count} similar offers`;
    outcomes.push(good(id, 0, inLine, evidence));
  }
  return outcomes;
}

function describeBenchmark(benchmark: Benchmark, money: (value: number) => string): string {
  const spread = `${money(benchmark.median)}, typical spread ±${money(benchmark.spread)}`;
  switch (benchmark.source) {
    case 'target':
      return `your target price for "${benchmark.label ?? 'this product'}" (${money(benchmark.median)})`;
    case 'history':
      return `the median of ${benchmark.count} similar offers you saw earlier${benchmark.label ? ` for "${benchmark.label}"` : ''} (${spread})`;
    case 'page':
      return `the median of ${benchmark.count} similar offers on this page (${spread})`;
  }
}

function describe(below: number): string {
  if (below > 0) return `${formatShare(below)} below`;
  if (below < 0) return `${formatShare(-below)} above`;
  return 'equal to';
}

/** A finding that informs and adds nothing to the risk. */
function note(message: string, evidence: string): RuleOutcome {
  return concern(id, 'info', 0, message, evidence);
}

/** 1-2 years on the platform (Gold membership is bought by the year) and, where the page shows it, no audit. */
function youngAndUnverified(supplier: Supplier): boolean {
  return (
    supplier.yearsActive !== null &&
    supplier.yearsActive <= 2 &&
    supplier.verificationShown &&
    auditBadge(supplier.badges) === undefined
  );
}
