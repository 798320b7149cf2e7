import { describe, expect, it } from 'vitest';
import { inferDecimalSeparator, parseLocaleNumber } from '../../../src/signals/parse/number-format';

describe('parseLocaleNumber', () => {
  it.each([
    ['1,09,988.64', undefined, 109988.64],
    ['59,577.18', undefined, 59577.18],
    ['12,34,567', undefined, 1234567],
    ['1.234,56', undefined, 1234.56],
    ['1,234.56', undefined, 1234.56],
    ['1 234,56', undefined, 1234.56],
    ['1\u202f234\u00a0567', undefined, 1234567],
    ["1'234.50", undefined, 1234.5],
    ['1.234.567', undefined, 1234567],
    ['1,234,567', undefined, 1234567],
    ['100000', undefined, 100000],
    ['0.1527', undefined, 0.1527],
    ['650.0', undefined, 650],
    ['12', undefined, 12],
    // The ambiguous rule: a lone "," + 3 digits groups, a lone "." is decimal, unless hinted.
    ['1,234', undefined, 1234],
    ['1.234', undefined, 1.234],
    ['1.234', ',', 1234],
    ['1,234', ',', 1.234],
    ['1,234', '.', 1234],
    ['1.234', '.', 1.234],
    // Where only one reading is possible, the hint can't force the other.
    ['1,5', undefined, 1.5],
    ['1,5', '.', 1.5],
    ['3,38', ',', 3.38],
    ['12.5', ',', 12.5],
    ['1234,567', undefined, 1234.567],
    ['0,123', undefined, 0.123],
    ['1,2345', undefined, 1.2345],
    ['-12.5', undefined, -12.5],
  ] as const)('%j (decimal %s) -> %d', (text, decimal, expected) => {
    expect(parseLocaleNumber(text, decimal)).toBe(expected);
  });

  it.each(['', ' ', '12.', '.5', '1,2,3', '1.2.3', '1,234.5.6', '1.234,5,6', 'abc', '1e5', '٣', '-', '1,,2'])(
    '%j -> null',
    (text) => {
      expect(parseLocaleNumber(text)).toBeNull();
    },
  );

  it('returns null for numbers too long to be real', () => {
    expect(parseLocaleNumber('9'.repeat(400))).toBeNull();
  });
});

describe('inferDecimalSeparator', () => {
  it.each([
    ['1.234,56', ','],
    ['1,234.56', '.'],
    ['1.234.567', ','],
    ['1,09,988', '.'],
    ['1,234', null],
    ['1.234', null],
    ['12', null],
  ] as const)('%j -> %s', (token, expected) => {
    expect(inferDecimalSeparator(token)).toBe(expected);
  });
});
