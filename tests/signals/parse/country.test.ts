import { describe, expect, it } from 'vitest';
import { parseCountry } from '../../../src/signals/parse/country';
import { COUNTRY_NAMES } from '../../../src/signals/parse/country-names';
import { HAVE_PAGES, jsonValues } from './real-values';

describe('parseCountry', () => {
  it.each([
    ['CN', 'CN'],
    ['cn', 'CN'],
    [' CN ', 'CN'],
    ['China', 'CN'],
    ['Mainland China', 'CN'],
    ['Located in Shenzhen, Guangdong, CN', 'CN'],
    ['Hubei, China', 'CN'],
    ['Made in China', 'CN'],
    ['CN@@2 yrs', 'CN'],
    ['HK', 'HK'],
    ['Hong Kong', 'HK'],
    ['Hong Kong, China', 'HK'],
    ['Taiwan', 'TW'],
    ['Taiwan, China', 'TW'],
    ['Vietnam', 'VN'],
    ['Viet Nam', 'VN'],
    ['India', 'IN'],
    ['Turkey', 'TR'],
    ['Türkiye', 'TR'],
    ['Turkey/Türkiye', 'TR'],
    ['United States', 'US'],
    ['USA', 'US'],
    ['U.S.A.', 'US'],
    ['Pakistan', 'PK'],
    ['Bangladesh', 'BD'],
    ['Indonesia', 'ID'],
    ['Thailand', 'TH'],
    ['Malaysia', 'MY'],
    ['Germany', 'DE'],
    ['United Kingdom', 'GB'],
    ['UK', 'GB'],
    ['Italy', 'IT'],
    ['Japan', 'JP'],
    ['South Korea', 'KR'],
    ['Korea', 'KR'],
    ['Canada', 'CA'],
    ['Netherlands', 'NL'],
    ['NL', 'NL'],
    ['in', 'IN'], // a lone code in any case is still a code
  ])('%j -> %s', (text, expected) => {
    expect(parseCountry(text)).toBe(expected);
  });

  it.each([
    '',
    'Other',
    'Located in',
    'Shenzhen, Guangdong',
    'XX',
    'Atlantis',
    'Sign in',
    'Contact us',
    '__proto__',
    'constructor',
    'toString',
  ])('%j -> null', (text) => {
    expect(parseCountry(text)).toBeNull();
  });

  it('keeps the name table well formed', () => {
    for (const [name, code] of Object.entries(COUNTRY_NAMES)) {
      expect(name).toBe(name.toLowerCase().trim());
      expect(code).toMatch(/^[A-Z]{2}$/);
      expect(parseCountry(name)).toBe(code);
    }
  });
});

describe.skipIf(!HAVE_PAGES)('parseCountry on real values', () => {
  it('countryCode, companyRegisterCountry, countryAbbr, country and countryName', () => {
    const values = jsonValues(
      /^(countryCode|companyRegisterCountry|countryAbbr|country|countryName|visitCountry)$/,
    );
    expect(values).toContain('Turkey/Türkiye');
    const parsed = Object.fromEntries(values.map((value) => [value, parseCountry(value)]));
    for (const [value, code] of Object.entries(parsed)) {
      if (value === 'Other') expect(code).toBeNull();
      else expect(code, value).toMatch(/^[A-Z]{2}$/);
    }
    expect(parsed['Turkey/Türkiye']).toBe('TR');
    expect(parsed['South Korea']).toBe('KR');
  });
});
