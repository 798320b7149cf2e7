import { describe, expect, it } from 'vitest';
import { parseBusinessType } from '../../../src/signals/parse/business-type';
import { HAVE_PAGES, jsonValues } from './real-values';

describe('parseBusinessType', () => {
  it.each([
    ['Manufacturer,Trading Company', 'manufacturer-trading'],
    ['Manufacturer, Trading Company', 'manufacturer-trading'],
    ['Manufacturer/Factory & Trading Company', 'manufacturer-trading'],
    ['Manufacturer/Factory &amp; Trading Company', 'manufacturer-trading'],
    ['Trading Company', 'trading'],
    ['Distributor/Wholesaler', 'trading'],
    ['Agent', 'trading'],
    ['Buying Office', 'trading'],
    ['Manufacturer', 'manufacturer'],
    ['Custom Manufacturer', 'manufacturer'],
    ['Custom manufacturer', 'manufacturer'],
    ['Verified as Custom Manufacturer', 'manufacturer'],
    ['Manufacturer/Factory', 'manufacturer'],
    ['strengthFactory', 'manufacturer'],
    ['leadingFactory', 'manufacturer'],
    ['strengthTrading', 'trading'],
    ['nhà sản xuất tùy chỉnh', 'manufacturer'],
    ['Производитель', 'manufacturer'],
    ['Торговая компания', 'trading'],
    ['源头工厂', 'manufacturer'],
  ] as const)('%j -> %s', (text, expected) => {
    expect(parseBusinessType(text)).toBe(expected);
  });

  it.each(['', 'Supplier', 'Other', 'Verified', 'Gold Supplier'])('%j -> null', (text) => {
    expect(parseBusinessType(text)).toBeNull();
  });
});

describe.skipIf(!HAVE_PAGES)('parseBusinessType on real values', () => {
  it('companyBusinessType and identityName', () => {
    const values = jsonValues(/^(companyBusinessType|identityName)$/);
    expect(values.length).toBeGreaterThan(0);
    expect(values.filter((value) => parseBusinessType(value) === null)).toEqual([]);
  });
});
