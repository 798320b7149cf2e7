import { describe, expect, it } from 'vitest';
import { parseYears } from '../../../src/signals/parse/years';
import { HAVE_PAGES, csvColumn, jsonValues, rejected } from './real-values';

describe('parseYears', () => {
  it.each([
    ['13 yrs', 13],
    ['1 yr', 1],
    ['CN 5 YRS', 5],
    ['11 YRS', 11],
    ['\u00a0\u00a0 14 YRS', 14],
    ['13 yrs on Alibaba.com', 13],
    ['13 Years Paid Supplier', 13],
    ['6', 6],
    ['0', 0],
    ['100', 100],
    ['CN@@2 yrs', 2],
    ['CN@@9%20yrs', 9],
    ['6 years', 6],
    ['1 year', 1],
    ['10+ yrs', 10],
    ['5 лет', 5],
    ['13年', 13],
  ])('%j -> %d', (text, expected) => {
    expect(parseYears(text)).toBe(expected);
  });

  it.each([
    '',
    'yrs',
    '{years} yrs',
    '{0} years',
    '2.5 yrs',
    '101',
    '101 yrs',
    '2013',
    'Year founded 2013',
    '-3 yrs',
    'new',
  ])('%j -> null', (text) => {
    expect(parseYears(text)).toBeNull();
  });
});

describe.skipIf(!HAVE_PAGES)('parseYears on real values', () => {
  const inRange = (out: number | null) => out !== null && Number.isInteger(out) && out >= 1 && out <= 30;

  it('goldSupplierYears, goldYears(Number), companyJoinYears and the CSV seller_years', () => {
    const values = [
      ...jsonValues(/^(goldSupplierYears|goldYears|goldYearsNumber|companyJoinYears|localCompanyJoinYears)$/),
      ...csvColumn('seller_years'),
    ];
    expect(values.length).toBeGreaterThan(30);
    expect(rejected(values, parseYears, inRange)).toEqual([]);
  });
});
