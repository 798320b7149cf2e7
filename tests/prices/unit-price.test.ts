import { describe, expect, it } from 'vitest';
import { unitPriceOf } from '../../src/prices/unit-price';
import type { Listing, Price } from '../../src/signals/listing';
import { listing } from '../judge/build';

const priced = (price: Price | null, moq: Listing['moq'] = { quantity: 500, unit: 'pieces' }) =>
  listing({ price, moq });

const ladder = [
  { minQuantity: 100, maxQuantity: 499, price: 2.5 },
  { minQuantity: 500, maxQuantity: 1999, price: 1.9 },
  { minQuantity: 2000, maxQuantity: null, price: 1.2 },
];

describe('unitPriceOf', () => {
  it('takes the ladder rung that covers the MOQ', () => {
    const result = unitPriceOf(priced({ min: 1.2, max: 2.5, currency: 'USD', tiers: ladder }));
    expect(result).toEqual({
      ok: true,
      price: { value: 1.9, lowest: 1.2, currency: 'USD', unit: 'piece', quantity: 500, basis: 'tier' },
    });
  });

  it.each([
    [50, 2.5],
    [100, 2.5],
    [499, 2.5],
    [1999, 1.9],
    [2000, 1.2],
    [1e9, 1.2],
  ])('at %d pieces the ladder gives %d', (quantity, value) => {
    const result = unitPriceOf(priced({ min: 1.2, max: 2.5, currency: 'USD', tiers: ladder }), quantity);
    expect(result.ok && result.price.value).toBe(value);
  });

  it('reads a ladder given out of order', () => {
    const result = unitPriceOf(priced({ min: 1.2, max: 2.5, currency: 'USD', tiers: [...ladder].reverse() }));
    expect(result.ok && result.price.value).toBe(1.9);
  });

  it('takes the top of a range, not its bottom: "0.85-3.50" is not "0.85"', () => {
    const result = unitPriceOf(priced({ min: 0.85, max: 3.5, currency: 'USD' }));
    expect(result).toMatchObject({ ok: true, price: { value: 3.5, lowest: 0.85, basis: 'range' } });
  });

  it('a single price is itself', () => {
    const result = unitPriceOf(
      priced({ min: 0.1527, max: 0.1527, currency: 'GBP' }, { quantity: 100000, unit: 'bags' }),
    );
    expect(result).toMatchObject({
      ok: true,
      price: { value: 0.1527, currency: 'GBP', unit: 'bag', quantity: 100000, basis: 'single' },
    });
  });

  it.each([
    [
      'overlapping rungs',
      [
        { minQuantity: 1, maxQuantity: 100, price: 2 },
        { minQuantity: 50, maxQuantity: null, price: 1 },
      ],
    ],
    [
      'two rungs from the same quantity',
      [
        { minQuantity: 1, maxQuantity: null, price: 2 },
        { minQuantity: 1, maxQuantity: null, price: 1 },
      ],
    ],
    ['a rung that ends before it starts', [{ minQuantity: 10, maxQuantity: 5, price: 2 }]],
  ])('ignores an absurd ladder (%s) and falls back to the range', (_name, tiers) => {
    const result = unitPriceOf(priced({ min: 1, max: 2, currency: 'USD', tiers }));
    expect(result).toMatchObject({ ok: true, price: { value: 2, basis: 'range' } });
  });

  it('an MOQ below the ladder takes its first rung', () => {
    const result = unitPriceOf(
      listing({
        price: { min: 1.2, max: 2.5, currency: 'USD', tiers: ladder },
        moq: { quantity: 1, unit: 'piece' },
      }),
    );
    expect(result.ok && result.price.value).toBe(2.5);
  });

  it.each([
    ['no price', priced(null), 'the listing shows no price'],
    [
      'no unit',
      priced({ min: 1, max: 2, currency: 'USD' }, { quantity: 5, unit: null }),
      'the listing does not say what unit its price is for',
    ],
    [
      'no MOQ at all',
      priced({ min: 1, max: 2, currency: 'USD' }, null),
      'the listing does not say what unit its price is for',
    ],
    ['a zero price', priced({ min: 0, max: 0, currency: 'USD' }), 'the price shown is not a usable amount'],
    [
      'a negative price',
      priced({ min: -3, max: 2, currency: 'USD' }),
      'the price shown is not a usable amount',
    ],
    [
      'an inverted range',
      priced({ min: 5, max: 2, currency: 'USD' }),
      'the price shown is not a usable amount',
    ],
    [
      'an infinite price',
      priced({ min: 1, max: Infinity, currency: 'USD' }),
      'the price shown is not a usable amount',
    ],
  ])('says why it cannot price %s', (_name, input, reason) => {
    expect(unitPriceOf(input)).toEqual({ ok: false, reason });
  });
});
