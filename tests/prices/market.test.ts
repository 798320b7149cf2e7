import { describe, expect, it } from 'vitest';
import { judgeListings } from '../../src/judge/judge';
import { DEFAULT_JUDGE_SETTINGS } from '../../src/judge/rule-settings';
import { comparePrices, NO_MARKET_DATA, type MarketData } from '../../src/prices/market';
import type { PriceObservation } from '../../src/prices/observation';
import type { Listing } from '../../src/signals/listing';
import { listing, supplier } from '../judge/build';

function offer(id: string, price: number, title = 'Fabric bubble sofa 3 seater', currency = 'USD'): Listing {
  return listing({
    productId: id,
    title,
    price: { min: price, max: price, currency },
    moq: { quantity: 2, unit: 'pieces' },
    supplier: supplier({ yearsActive: 6, verificationShown: true, badges: ['verified'] }),
  });
}

const seenEarlier = (
  id: string,
  value: number,
  fields: Partial<PriceObservation> = {},
): PriceObservation => ({
  topic: 'fabric bubble sofa',
  productId: id,
  value,
  currency: 'USD',
  unit: 'piece',
  seenAt: 0,
  ...fields,
});

const market = (fields: Partial<MarketData>): MarketData => ({
  ...NO_MARKET_DATA,
  topic: 'fabric bubble sofa',
  ...fields,
});
const page = ['1', '2', '3', '4', '5', '6'].map((id) => offer(id, 300));

describe('comparePrices', () => {
  it('trusts the buyer’s target price first, when the title has all its words and the unit matches', () => {
    const targets = [
      { product: 'sofa', price: 500, currency: 'USD', unit: 'piece' },
      { product: 'bubble sofa', price: 400, currency: 'USD', unit: 'pieces' },
      { product: 'bubble sofa', price: 1, currency: 'USD', unit: 'set' },
      { product: 'chair', price: 1, currency: 'USD', unit: 'piece' },
    ];
    const [first] = comparePrices(page, 5, market({ targets }));
    expect(first!.benchmark).toMatchObject({ source: 'target', label: 'bubble sofa', median: 400, count: 1 });
  });

  it('converts a target in another currency', () => {
    const targets = [{ product: 'sofa', price: 344, currency: 'EUR', unit: 'piece' }];
    const [first] = comparePrices(page, 5, market({ targets }));
    expect(first!.benchmark?.median).toBeCloseTo(400, 6);
  });

  it('uses the page when it has enough comparable offers, even with history', () => {
    const history = ['a', 'b', 'c', 'd', 'e'].map((id) => seenEarlier(id, 1000));
    const [first] = comparePrices(page, 5, market({ history }));
    expect(first!.benchmark).toMatchObject({ source: 'page', median: 300 });
  });

  it('falls back to offers seen earlier under the same search when the page has too few', () => {
    const history = [
      ...['a', 'b', 'c', 'd', 'e'].map((id) => seenEarlier(id, 1000)),
      seenEarlier('x', 5, { unit: 'set' }),
    ];
    const [only] = comparePrices([offer('1', 300)], 5, market({ history }));
    expect(only!.benchmark).toMatchObject({
      source: 'history',
      label: 'fabric bubble sofa',
      median: 1000,
      count: 5,
    });
    expect(only!.notCompared).toBeNull();
  });

  it('does not count an offer on this page again from history', () => {
    const history = ['1', 'b', 'c', 'd', 'e'].map((id) => seenEarlier(id, 1000));
    const [only] = comparePrices([offer('1', 300)], 5, market({ history }));
    expect(only!.benchmark).toBeNull();
    expect(only!.notCompared).toContain('no other offer on this page');
  });

  it('says the history could not be read where that leaves a price uncompared', () => {
    const [only] = comparePrices(
      [offer('1', 300)],
      5,
      market({ historyProblem: 'price history unavailable: disk full' }),
    );
    expect(only!.benchmark).toBeNull();
    expect(only!.notCompared).toBe(
      'no other offer on this page is sold per piece in a comparable currency (5 needed), and price history unavailable: disk full',
    );
  });

  it('leaves history in a currency without a rate out', () => {
    const history = ['a', 'b', 'c', 'd', 'e'].map((id) => seenEarlier(id, 1000, { currency: 'XOF' }));
    const [only] = comparePrices([offer('1', 300)], 5, market({ history }));
    expect(only!.benchmark).toBeNull();
  });
});

describe('the price finding names its benchmark', () => {
  const findingFor = (listings: Listing[], data: MarketData) =>
    judgeListings(listings, DEFAULT_JUDGE_SETTINGS, data)[0]!.findings.find(
      (finding) => finding.rule === 'price-far-below-benchmark',
    )!;

  it('a target', () => {
    const targets = [{ product: 'bubble sofa', price: 400, currency: 'USD', unit: 'piece' }];
    const finding = findingFor([offer('1', 100)], market({ targets }));
    expect(finding.severity).toBe('danger');
    expect(finding.evidence).toBe(
      '$100 per piece at 2 pieces: 75% below your target price for "bubble sofa" ($400)',
    );
  });

  it('history', () => {
    const history = ['a', 'b', 'c', 'd', 'e'].map((id) => seenEarlier(id, 1000));
    const finding = findingFor([offer('1', 600)], market({ history }));
    expect(finding.severity).toBe('warning');
    expect(finding.evidence).toBe(
      '$600 per piece at 2 pieces: 40% below the median of 5 similar offers you saw earlier for "fabric bubble sofa" ($1,000, typical spread ±$0)',
    );
  });
});
