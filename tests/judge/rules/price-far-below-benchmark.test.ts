import { describe, expect, it } from 'vitest';
import type { PriceComparison } from '../../../src/prices/page-benchmark';
import { PRICE_POINTS } from '../../../src/judge/rules/price-far-below-benchmark';
import type { Supplier } from '../../../src/signals/supplier';
import { listing, runRule, supplier, summary, withRule } from '../build';
import { DEFAULT_JUDGE_SETTINGS } from '../../../src/judge/rule-settings';

/** Page offers whose middle half sits between $9.50 and $10.50: anything under $8.18 stands out. */
const TIGHT = { lower: 9.5, upper: 10.5 };
/** Page offers whose middle half spans $5 to $20 (a chair and a sectional on one page): only under $0.625 stands out. */
const WIDE = { lower: 5, upper: 20 };

/** An offer at `value` per piece (lowest tier `lowest`) against a page median of 10 dollars from 23 offers. */
function compared(
  value: number,
  lowest = value,
  quartiles: { lower: number; upper: number } = TIGHT,
): PriceComparison {
  return {
    unitPrice: {
      value,
      lowest,
      currency: 'USD',
      unit: 'piece',
      quantity: 500,
      basis: lowest < value ? 'range' : 'single',
    },
    benchmark: {
      source: 'page',
      label: null,
      median: 10,
      spread: 1.5,
      quartiles,
      count: 23,
      currency: 'USD',
      unit: 'piece',
    },
    notCompared: null,
  };
}

const established = supplier({ yearsActive: 8, verificationShown: true, badges: ['verified'] });
const youngUnaudited = supplier({ yearsActive: 1, verificationShown: true, badges: ['gold'] });
const offer = (who: Supplier = established) =>
  listing({
    price: { min: 1, max: 10, currency: 'USD' },
    moq: { quantity: 500, unit: 'pieces' },
    supplier: who,
  });

const run = (comparison: PriceComparison | null, who?: Supplier) =>
  runRule('price-far-below-benchmark', offer(who), DEFAULT_JUDGE_SETTINGS, {
    price: comparison,
    changes: [],
  });

describe('price-far-below-benchmark', () => {
  it.each([
    [10, 'good:info'],
    [7.01, 'good:info'],
    [7, 'concern:warning'], // exactly 30% below
    [5.01, 'concern:warning'],
    [5, 'concern:danger'], // exactly 50% below
    [0.42, 'concern:danger'],
    [19.99, 'good:info'],
    [20, 'concern:info'], // twice the median: worth a note, not a risk
  ] as const)('%d dollars against a median of 10 → %s', (value, expected) => {
    expect(summary(run(compared(value)))).toBe(expected);
  });

  it('says it with the numbers: the price, the quantity, the benchmark, how many offers and which', () => {
    const [outcome] = run(compared(2.2));
    expect(outcome).toMatchObject({ severity: 'danger', points: PRICE_POINTS.danger });
    expect(outcome!.message).toBe('Price 78% below the market: too good to be true');
    expect(outcome!.evidence).toBe(
      '$2.20 per piece at 500 pieces: 78% below the median of 23 similar offers on this page ($10, typical spread ±$1.50)',
    );
  });

  it('raises a warning to a danger for a young storefront with no third-party audit (the bought-badge pattern)', () => {
    expect(summary(run(compared(6), youngUnaudited))).toBe('concern:danger');
    expect(run(compared(6), youngUnaudited)[0]!.message).toContain('bought-badge pattern');
    // Young but audited, or old and unaudited: a warning stays a warning.
    expect(
      summary(run(compared(6), supplier({ yearsActive: 1, verificationShown: true, badges: ['verified'] }))),
    ).toBe('concern:warning');
    expect(summary(run(compared(6), supplier({ yearsActive: 6, verificationShown: true })))).toBe(
      'concern:warning',
    );
    // A page that doesn't show verification can't say it is missing.
    expect(summary(run(compared(6), supplier({ yearsActive: 1 })))).toBe('concern:warning');
  });

  it('does not flag a range on its lowest tier alone, and says that the lowest tier is what is low', () => {
    const outcomes = run(compared(9.5, 0.1));
    expect(outcomes.map((o) => [o.severity, o.points])).toEqual([['info', 0]]);
    expect(outcomes[0]!.message).toBe(
      'Only the lowest price shown ($0.10) is 99% below the market, not the price at the minimum order',
    );
  });

  it.each([
    [4, 'concern:info'], // 60% below the median, but such prices are common among these offers
    [0.7, 'concern:info'],
    [0.62, 'concern:danger'], // under the fence
  ] as const)('%d dollars among widely spread offers (median 10) → %s', (value, expected) => {
    expect(summary(run(compared(value, value, WIDE)))).toBe(expected);
  });

  it('says why a price far below a widely spread median is no finding, with the price that would be', () => {
    const [outcome] = run(compared(4, 4, WIDE));
    expect(outcome).toMatchObject({ severity: 'info', points: 0 });
    expect(outcome!.message).toBe(
      "Price 60% below the median, but these offers' prices vary widely: not an outlier",
    );
    expect(outcome!.evidence).toBe(
      '$4 per piece at 500 pieces: 60% below the median of 23 similar offers on this page ($10, typical spread ±$1.50); only a price under $0.625 would stand out',
    );
    // Not even a young storefront with no audit makes a price that is common here a danger.
    expect(summary(run(compared(6, 6, WIDE), youngUnaudited))).toBe('concern:info');
  });

  it('points out a lowest tier only when it stands out from the offers too', () => {
    expect(run(compared(9.5, 2, WIDE)).map((o) => o.message)).toEqual([
      'Price in line with 23 similar offers',
    ]);
    expect(run(compared(9.5, 0.5, WIDE))[0]!.message).toMatch(/^Only the lowest price shown \(\$0\.50\)/);
  });

  it('compares with a target price by percentage alone: the buyer set it, there is no spread', () => {
    const target = compared(6, 6, TIGHT);
    target.benchmark = {
      ...target.benchmark!,
      source: 'target',
      label: 'sofa',
      spread: 0,
      quartiles: null,
      count: 1,
    };
    expect(summary(run(target))).toBe('concern:warning');
  });

  it('says plainly when the price could not be compared, and adds no risk', () => {
    const outcomes = run({
      unitPrice: null,
      benchmark: null,
      notCompared: 'the listing does not say what unit its price is for',
    });
    expect(outcomes).toEqual([
      expect.objectContaining({
        severity: 'info',
        points: 0,
        message: 'Price not compared: the listing does not say what unit its price is for',
      }),
    ]);
  });

  it('says nothing for a listing judged alone, or one without a price', () => {
    expect(run(null)).toEqual([]);
    expect(
      runRule('price-far-below-benchmark', listing(), DEFAULT_JUDGE_SETTINGS, {
        price: compared(1),
        changes: [],
      }),
    ).toEqual([]);
  });

  it('follows its thresholds from settings', () => {
    const strict = withRule('price-far-below-benchmark', {
      warningBelow: 0.1,
      dangerBelow: 0.2,
      outlierFence: 0,
    });
    const outcomes = runRule('price-far-below-benchmark', offer(), strict, {
      price: compared(8.5),
      changes: [],
    });
    expect(summary(outcomes)).toBe('concern:warning');
    // A narrower fence lets a price that is common on a wide page count again.
    const narrow = withRule('price-far-below-benchmark', { outlierFence: 0 });
    const wide = { price: compared(4, 4, WIDE), changes: [] };
    expect(summary(runRule('price-far-below-benchmark', offer(), narrow, wide))).toBe('concern:danger');
  });
});
