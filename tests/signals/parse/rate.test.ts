import { describe, expect, it } from 'vitest';
import { parseRate } from '../../../src/signals/parse/rate';
import { HAVE_PAGES, csvColumn, jsonValues, rejected } from './real-values';

describe('parseRate', () => {
  it.each([
    ['92.6%', 0.926],
    ['100.0%', 1],
    ['100%', 1],
    ['94,3%', 0.943],
    ['87%', 0.87],
    ['86.1%', 0.861],
    ['43.9%', 0.439],
    ['6.5%', 0.065],
    ['0%', 0],
    ['0.0%', 0],
    ['1.00000000%', 0.01],
    ['33 %', 0.33],
    ['Reorder rate 26%', 0.26],
    ['On-time dispatch rate ⓘ 100.0%', 1],
  ])('%j -> %d', (text, expected) => {
    expect(parseRate(text)).toBe(expected);
  });

  it.each([
    ['0.25', 0.25],
    ['0.10', 0.1],
    ['0,15', 0.15],
    ['1', 1],
    ['0', 0],
    ['25%', 0.25], // a percent sign still means percent
  ])('%j with { fraction: true } -> %d', (text, expected) => {
    expect(parseRate(text, { fraction: true })).toBe(expected);
  });

  it.each([
    '',
    '<15%', // a bucket bound, not a measurement
    '>90%',
    '≤5%',
    '0.25', // a bare number is only a fraction when asked
    '87', // ... and never a percent
    '177.778%',
    '0101%',
    '12345%',
    '1.000000001%',
    '%',
    '-5%',
  ])('%j -> null', (text) => {
    expect(parseRate(text)).toBeNull();
  });

  it.each(['1.5', '25', '0.25 of buyers', '-0.1'])('%j with { fraction: true } -> null', (text) => {
    expect(parseRate(text, { fraction: true })).toBeNull();
  });
});

describe.skipIf(!HAVE_PAGES)('parseRate on real values', () => {
  const fraction = (r: number | null) => r !== null && r >= 0 && r <= 1;

  it('onTimeDelivery, supplierOnTimeDeliveryRate, reorderRate and the CSV response rates', () => {
    const values = [
      ...jsonValues(/^(onTimeDelivery|supplierOnTimeDeliveryRate|reorderRate)$/),
      ...csvColumn('seller_response_rate'),
    ];
    expect(values.length).toBeGreaterThan(40);
    const bounds = values.filter((v) => v.startsWith('<'));
    expect(bounds).toEqual(['<15%']);
    expect(bounds.map((v) => parseRate(v))).toEqual([null]);
    expect(
      rejected(
        values.filter((v) => !v.startsWith('<')),
        parseRate,
        fraction,
      ),
    ).toEqual([]);
  });

  it('tradeCapacityMarkets percentages as fractions', () => {
    for (const text of ['0.25', '0.15', '0.13', '0.10', '0.27']) {
      expect(parseRate(text, { fraction: true })).toBe(Number(text));
    }
  });
});
