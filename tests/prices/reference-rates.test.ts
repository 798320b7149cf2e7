import { describe, expect, it } from 'vitest';
import { convert, REFERENCE_RATES } from '../../src/prices/reference-rates';

describe('convert', () => {
  it('goes through the dollar: 1 EUR in GBP at the bundled rates', () => {
    expect(convert(1, 'EUR', 'GBP')).toBeCloseTo(0.76 / 0.86, 10);
    expect(convert(86, 'EUR', 'USD')).toBeCloseTo(100, 10);
  });

  it('leaves an amount in its own currency as it is, rate or not', () => {
    expect(convert(5, 'XOF', 'XOF')).toBe(5);
  });

  it('gives null, not a guess, when a rate is missing', () => {
    expect(convert(5, 'XOF', 'USD')).toBeNull();
    expect(convert(5, 'USD', 'XOF')).toBeNull();
  });

  it('uses the table it is given (the buyer’s own rates)', () => {
    expect(convert(10, 'USD', 'EUR', { date: '2026-11-20', perUsd: { USD: 1, EUR: 0.9 } })).toBeCloseTo(
      9,
      10,
    );
  });

  it('has a dated table with the dollar at 1 and every rate above zero', () => {
    expect(REFERENCE_RATES.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(REFERENCE_RATES.perUsd.USD).toBe(1);
    expect(Object.values(REFERENCE_RATES.perUsd).every((rate) => rate > 0)).toBe(true);
  });
});
