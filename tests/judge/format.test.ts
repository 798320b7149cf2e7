import { describe, expect, it } from 'vitest';
import { formatMoney, formatShare, quantityOf } from '../../src/judge/format';

describe('formatMoney', () => {
  it.each([
    [1.9, 'USD', '$1.90'],
    [10, 'USD', '$10'],
    [0.42, 'USD', '$0.42'],
    [0.1527, 'GBP', '£0.1527'],
    [42162.32, 'INR', '₹42,162.32'],
    [87059, 'VND', '₫87,059'],
    [2.61, 'EUR', '€2.61'],
  ])('%d %s → %s', (value, currency, text) => {
    expect(formatMoney(value, currency)).toBe(text);
  });

  it('falls back to the code for a currency Intl does not know', () => {
    expect(formatMoney(3, 'ZZ1')).toBe('ZZ1 3.00');
  });
});

describe('formatShare', () => {
  it.each([
    [0.784, '78%'],
    [0.5, '50%'],
    [1.64, '164%'],
  ])('%d → %s', (share, text) => {
    expect(formatShare(share)).toBe(text);
  });
});

describe('quantityOf', () => {
  it.each([
    [1, 'piece', '1 piece'],
    [500, 'piece', '500 pieces'],
    [2, 'box', '2 boxes'],
    [1000, 'kg', '1,000 kg'],
    [3, 'square meter', '3 square meters'],
  ])('%d %s → %s', (quantity, unit, text) => {
    expect(quantityOf(quantity, unit)).toBe(text);
  });
});
