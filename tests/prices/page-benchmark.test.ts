import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePagePrices } from '../../src/prices/page-benchmark';
import { sortedMedian, sortedQuartiles } from '../../src/prices/stats';
import type { Listing } from '../../src/signals/listing';
import { listing } from '../judge/build';

/** An offer at `price` per `unit` in `currency`, with its own id. */
function offer(id: number, price: number, unit = 'pieces', currency = 'USD'): Listing {
  return listing({
    productId: String(id),
    price: { min: price, max: price, currency },
    moq: { quantity: 100, unit },
  });
}

const options = { minComparables: 5 };

describe('comparePagePrices', () => {
  it('compares each offer with the median of the others, never itself', () => {
    const offers = [1, 2, 3, 4, 5, 100].map((price, index) => offer(index, price));
    const [first, , , , , last] = comparePagePrices(offers, options);
    expect(first!.benchmark).toMatchObject({
      source: 'page',
      median: 4,
      count: 5,
      currency: 'USD',
      unit: 'piece',
    });
    expect(last!.benchmark).toMatchObject({ median: 3, count: 5 });
    expect(last!.unitPrice).toMatchObject({ value: 100 });
  });

  it('does not compare with fewer than the minimum of comparable offers, and says so', () => {
    const result = comparePagePrices(
      [1, 2, 3, 4, 5].map((price, index) => offer(index, price)),
      options,
    );
    expect(result.every((comparison) => comparison.benchmark === null)).toBe(true);
    expect(result[0]!.notCompared).toBe(
      'only 4 other offers on this page are sold per piece in a comparable currency (5 needed)',
    );
  });

  it('compares only offers sold by the same unit', () => {
    const offers = [...[1, 2, 3, 4, 5, 6].map((price, index) => offer(index, price)), offer(99, 50, 'sets')];
    const result = comparePagePrices(offers, options);
    expect(result[0]!.benchmark?.count).toBe(5);
    expect(result[6]!.benchmark).toBeNull();
    expect(result[6]!.notCompared).toContain('no other offer on this page is sold per set');
  });

  it('brings other currencies in through the reference rates, and reports in the offer’s own', () => {
    const offers = [
      offer(1, 10, 'pieces', 'USD'),
      offer(2, 10, 'pieces', 'USD'),
      offer(3, 10, 'pieces', 'USD'),
      offer(4, 10, 'pieces', 'USD'),
      offer(5, 10, 'pieces', 'USD'),
      offer(6, 0.86, 'pieces', 'EUR'),
    ];
    const euro = comparePagePrices(offers, options)[5]!;
    expect(euro.benchmark?.currency).toBe('EUR');
    expect(euro.benchmark?.median).toBeCloseTo(8.6, 6);
  });

  it('leaves an offer in a currency without a rate out of other currencies’ comparisons', () => {
    const offers = [
      ...[1, 2, 3, 4, 5].map((price, index) => offer(index, price)),
      offer(9, 3, 'pieces', 'XOF'),
    ];
    const result = comparePagePrices(offers, options);
    expect(result[5]!.benchmark).toBeNull();
    expect(result[0]!.benchmark).toBeNull(); // four others in dollars: the franc offer is not guessed in
  });

  it('does not let an offer shown twice be its own benchmark', () => {
    const offers = [
      offer(7, 1),
      offer(7, 1),
      ...[10, 10, 10, 10, 10].map((price, index) => offer(index, price)),
    ];
    const [first] = comparePagePrices(offers, options);
    expect(first!.benchmark).toMatchObject({ median: 10, count: 5 });
  });

  it('gives a reason for each offer it could not price', () => {
    const result = comparePagePrices([listing({ price: null })], options);
    expect(result).toEqual([{ unitPrice: null, benchmark: null, notCompared: 'the listing shows no price' }]);
  });

  it('describes the spread of the others by their quartiles, never counting the offer itself', () => {
    const offers = [1, 2, 3, 4, 5, 100].map((price, index) => offer(index, price));
    const result = comparePagePrices(offers, options);
    // The others of the first: 2, 3, 4, 5, 100; of the last: 1, 2, 3, 4, 5.
    expect(result[0]!.benchmark?.quartiles).toEqual({ lower: 3, upper: 5 });
    expect(result[5]!.benchmark?.quartiles).toEqual({ lower: 2, upper: 4 });
  });

  it('agrees with the plain definition: median and quartiles of the other offers by the same unit', () => {
    const unitArb = fc.constantFrom('pieces', 'sets');
    fc.assert(
      fc.property(
        fc.array(fc.record({ price: fc.double({ min: 0.01, max: 1e5, noNaN: true }), unit: unitArb }), {
          maxLength: 30,
        }),
        (rows) => {
          const offers = rows.map((row, index) => offer(index, row.price, row.unit));
          const result = comparePagePrices(offers, options);
          rows.forEach((row, index) => {
            const others = rows
              .filter((other, j) => j !== index && other.unit === row.unit)
              .map((o) => o.price);
            const benchmark = result[index]!.benchmark;
            if (others.length < options.minComparables) expect(benchmark).toBeNull();
            else {
              others.sort((a, b) => a - b);
              expect(benchmark?.median).toBe(sortedMedian(others));
              expect(benchmark?.quartiles).toEqual(sortedQuartiles(others));
            }
          });
        },
      ),
    );
  });
});
