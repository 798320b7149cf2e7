import { describe, expect, it } from 'vitest';
import { parseCountryCode } from '../../../src/signals/parse/country-code';

describe('parseCountryCode', () => {
  it.each([
    ['CN', 'CN'],
    ['cn', 'CN'],
    [' CN ', 'CN'],
    ['CN@@2 yrs', 'CN'],
    ['Located in Shenzhen, Guangdong, CN', 'CN'],
    ['Located in Hanoi, VN', 'VN'],
  ])('%s -> %s', (text, code) => {
    expect(parseCountryCode(text)).toBe(code);
  });

  it.each(['', 'China', 'Located in China', 'Located in Shenzhen', 'CHN', '12'])(
    "%s is no code (names are parseCountry's job)",
    (text) => {
      expect(parseCountryCode(text)).toBeNull();
    },
  );
});
