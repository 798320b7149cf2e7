import { describe, expect, it } from 'vitest';
import { judgeListingsWithPrices } from '../../src/judge/judge';
import { DEFAULT_JUDGE_SETTINGS } from '../../src/judge/rule-settings';
import { summarizeBenchmarks } from '../../src/prices/benchmark-summary';
import { canonicalUnit } from '../../src/prices/units';
import { alibaba } from '../../src/sites/alibaba';
import {
  expectedReading,
  expectReading,
  GBP_SEARCH_URL,
  parsePage,
  readFixture,
  SEARCH_URL,
} from '../support/saved-pages';

// Prices on the saved search pages, judged as the background judges a page: all offers together.
function judgedPage(file: string, url: URL) {
  const reading = alibaba.read(parsePage(readFixture(file)), url);
  const judged = judgeListingsWithPrices(reading.listings, DEFAULT_JUDGE_SETTINGS);
  return reading.listings.map((listing, index) => ({ listing, ...judged[index]! }));
}

const severityOf = (entry: ReturnType<typeof judgedPage>[number]) =>
  entry.assessment.findings.find((finding) => finding.rule === 'price-far-below-benchmark')?.severity;
const idsWith = (entries: ReturnType<typeof judgedPage>, severity: string) =>
  entries.filter((entry) => severityOf(entry) === severity).map((entry) => entry.listing.productId);

describe('the saved INR search page (48 offers, sofas, verified suppliers only)', () => {
  const page = judgedPage('search-fy26-inr-verified-filter.html', SEARCH_URL);

  it('normalises every offer to a price per unit at its minimum order', () => {
    expect(page).toHaveLength(48);
    expect(page.every((entry) => entry.price?.unitPrice !== null)).toBe(true);
    // By hand from the first card: "₹59,577.18-1,09,988.64", "Min. order: 1 set".
    expect(page[0]!.price?.unitPrice).toEqual({
      value: 109988.64,
      lowest: 59577.18,
      currency: 'INR',
      unit: 'set',
      quantity: 1,
      basis: 'range',
    });
  });

  it('prices each offer at the top of its range, per its MOQ unit, at its MOQ (the page shows no ladders)', () => {
    for (const { listing, price } of page) {
      expect(price?.unitPrice, listing.productId ?? '').toEqual({
        value: listing.price!.max,
        lowest: listing.price!.min,
        currency: 'INR',
        unit: canonicalUnit(listing.moq!.unit),
        quantity: listing.moq!.quantity,
        basis: listing.price!.max > listing.price!.min ? 'range' : 'single',
      });
    }
  });

  it('compares pieces with pieces and sets with sets; the one bag offer has nothing to compare with', () => {
    const { sets, notCompared } = summarizeBenchmarks(page.map((entry) => entry.price));
    expect(sets.map((set) => [set.unit, set.currency, set.offers, set.compared])).toEqual([
      ['piece', 'INR', 40, 40],
      ['set', 'INR', 7, 7],
      ['bag', 'INR', 1, 0],
    ]);
    expect(notCompared).toBe(1);
    const bag = page.find((entry) => entry.price?.unitPrice?.unit === 'bag')!;
    expect(bag.assessment.findings.find((f) => f.rule === 'price-far-below-benchmark')?.message).toBe(
      'Price not compared: no other offer on this page is sold per bag in a comparable currency (5 needed)',
    );
  });

  // By hand: the pieces' median is about 42,162 a piece, and their middle half runs from about
  // 30,339 to 56,827 (the booth's 38 others); Tukey's fence on a log scale is
  // 30,339 × (30,339 / 56,827)^1.5 ≈ 11,834. Only the restaurant booth at 8,249.15 (80% below) is
  // under it. The six other sets sell at 17,048.24 to 1,09,988.64 a set (median 54,902.67):
  // 22,547.68 is 59% below it and 17,048.24 69% below, but both are common prices among them.
  it('flags only the offer that stands out from the others as a danger', () => {
    expect(idsWith(page, 'danger')).toEqual(['1601523593774']);
    const booth = page.find((entry) => entry.listing.productId === '1601523593774')!;
    expect(booth.assessment.findings.find((f) => f.rule === 'price-far-below-benchmark')?.message).toBe(
      'Price 80% below the market: too good to be true',
    );
    const sets = page.find((entry) => entry.listing.productId === '1601458609856')!;
    expect(sets.price?.benchmark).toMatchObject({ median: 54902.67, count: 6, unit: 'set', currency: 'INR' });
  });

  it('warns about no offer 30-70% below a median when such prices are common on the page, and says why', () => {
    expect(idsWith(page, 'warning')).toEqual([]);
    const cheapSet = page.find((entry) => entry.listing.productId === '1601495460912')!;
    const finding = cheapSet.assessment.findings.find((f) => f.rule === 'price-far-below-benchmark');
    expect(finding).toMatchObject({
      severity: 'info',
      message: "Price 69% below the median, but these offers' prices vary widely: not an outlier",
    });
    expect(finding?.evidence).toMatch(/only a price under ₹16,276\.87 would stand out$/);
    const commonLow = page.filter((entry) =>
      entry.assessment.findings.some((f) => f.message.endsWith('not an outlier')),
    );
    expect(commonLow).toHaveLength(13);
  });

  it('does not flag a wide range on its bottom: "₹14,206.87-61,410.33" a piece is a normal price at its MOQ', () => {
    const wide = page.find((entry) => entry.listing.productId === '1601520019939')!;
    expect(severityOf(wide)).toBe('info');
    expect(wide.assessment.findings.find((f) => f.rule === 'price-far-below-benchmark')?.message).toBe(
      'Price in line with 39 similar offers',
    );
  });
});

describe('the rendered 48-card page', () => {
  it('judges prices exactly as the server page with the same offers', () => {
    const rendered = judgedPage('search-fy26-rendered-48.html', SEARCH_URL);
    const server = judgedPage('search-fy26-inr-verified-filter.html', SEARCH_URL);
    expect(rendered.map((entry) => [entry.listing.productId, severityOf(entry)])).toEqual(
      server.map((entry) => [entry.listing.productId, severityOf(entry)]),
    );
  });
});

describe('the GBP card excerpt (one card)', () => {
  it('normalises the price and compares nothing: one offer is no market', () => {
    const [only] = judgedPage('search-fy26-card-gbp.excerpt.html', GBP_SEARCH_URL);
    expect(only!.price?.unitPrice).toMatchObject({
      value: 0.1527,
      currency: 'GBP',
      unit: 'bag',
      quantity: 100000,
    });
    expect(only!.price?.benchmark).toBeNull();
    expect(severityOf(only!)).toBe('info');
  });
});

describe('the one-outlier page (eight copies of the GBP card, one at £0.03 a bag)', () => {
  const OUTLIER_URL = new URL('https://www.alibaba.com/showroom/lens-cleaning-wipes.html');

  it('reads the eight cards as expected', () => {
    const reading = alibaba.read(parsePage(readFixture('search-price-outlier.html')), OUTLIER_URL);
    expectReading(reading, expectedReading('search-price-outlier.expected.json'));
  });

  it('flags the outlier, and only it', () => {
    const page = judgedPage('search-price-outlier.html', OUTLIER_URL);
    expect(page.map((entry) => [entry.listing.productId, severityOf(entry), entry.assessment.level])).toEqual(
      [
        ['1601705232501', 'info', 'low'],
        ['1601705232502', 'info', 'low'],
        ['1601705232503', 'info', 'low'],
        ['1601705232504', 'info', 'low'],
        ['1601705232505', 'danger', 'high'],
        ['1601705232506', 'info', 'low'],
        ['1601705232507', 'info', 'low'],
        ['1601705232508', 'info', 'low'],
      ],
    );
  });
});
