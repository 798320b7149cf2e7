import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBusinessType } from '../../../src/signals/parse/business-type';
import { cleanText } from '../../../src/signals/parse/clean-text';
import { parseCountry } from '../../../src/signals/parse/country';
import { parseCountryCode } from '../../../src/signals/parse/country-code';
import { parseMoq } from '../../../src/signals/parse/moq';
import { parseLocaleNumber } from '../../../src/signals/parse/number-format';
import type { PriceHint } from '../../../src/signals/parse/price';
import { parsePrice } from '../../../src/signals/parse/price';
import { parseRate } from '../../../src/signals/parse/rate';
import { parseCount, parseRating } from '../../../src/signals/parse/rating';
import { parseResponseTimeHours } from '../../../src/signals/parse/response-time';
import { parseYears } from '../../../src/signals/parse/years';

const RUNS = { numRuns: 400 };

// Fragments of real marketplace text, so random strings reach the interesting branches.
// prettier-ignore
const FRAGMENTS: readonly string[] = [
  '$', 'US $', 'US$', '₹', '€', '£', '₫', '¥', 'CN¥', 'HK$', 'RM', 'Rp', 'USD', 'EUR', ' ', '-', '−', '~',
  'to', ',', '.', "'", '%', '<', '≤', '>=', '+', 'K', 'k', 'h', 'min', 'day', 'yrs', 'yr', 'Years', '@@',
  '%20', '/', '/5', '(', ')', 'reviews', 'sold', 'Min. order:', 'MOQ:', 'pieces', 'set', 'штук', 'CN',
  'China', 'Hong Kong', 'Taiwan, China', 'Türkiye', 'Manufacturer', 'Trading Company', '万', '\u00a0',
  '\u202f', '0', '00', '000', '__proto__', 'constructor', 'toString', 'hasOwnProperty',
];
// prettier-ignore
const HTML_BITS: readonly string[] = [
  '<strong>', '</strong>', '<br>', '<div class="x">', '</div>', '<!--', '-->', "<img src='x'>", '&amp;',
  '&#39;', '&amp;#39;', '&quot;', '&lt;', '&gt;', '&nbsp;', '&#x1F600;', '&#0;', '&#xD800;', '&#1114112;',
  '&', '<', '>', ';',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const marketText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...FRAGMENTS),
      fc.nat({ max: 1_000_000 }).map(String),
      fc.string({ maxLength: 3 }),
    ),
    {
      maxLength: 12,
    },
  )
  .map((parts) => parts.join(''));
const htmlText = fc
  .array(
    fc.oneof(fc.constantFrom(...HTML_BITS), fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 4 })),
    {
      maxLength: 16,
    },
  )
  .map((parts) => parts.join(''));
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: loneSurrogate }),
  marketText,
  htmlText,
);
const anyHint: fc.Arbitrary<PriceHint | undefined> = fc.option(
  fc.record(
    {
      currency: fc.oneof(fc.constantFrom('USD', 'eur', 'INR', 'VND', 'JPY'), fc.string({ maxLength: 4 })),
      decimalSeparator: fc.constantFrom('.' as const, ',' as const),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

const inRange = (value: number | null, min: number, max: number) =>
  value === null || (Number.isFinite(value) && value >= min && value <= max);

/** Every text parser, for the checks that hold for all of them. */
const EVERY_PARSER: ReadonlyArray<(text: string) => unknown> = [
  cleanText,
  parsePrice,
  parseLocaleNumber,
  parseRate,
  parseRating,
  parseCount,
  parseYears,
  parseResponseTimeHours,
  parseCountry,
  parseCountryCode,
  parseBusinessType,
  parseMoq,
];

describe('parsers never throw and stay in range', () => {
  it('cleanText returns trimmed, single-spaced text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const out = cleanText(text);
        expect(out).toBe(out.trim());
        expect(out).not.toMatch(/\s\s/);
      }),
      RUNS,
    );
  });

  it('parsePrice: positive finite min <= max and an ISO currency', () => {
    fc.assert(
      fc.property(anyText, anyHint, (text, hint) => {
        const out = parsePrice(text, hint);
        if (out === null) return;
        expect(Number.isFinite(out.min) && Number.isFinite(out.max)).toBe(true);
        expect(out.min).toBeGreaterThan(0);
        expect(out.min).toBeLessThanOrEqual(out.max);
        expect(out.currency).toMatch(/^[A-Z]{3}$/);
      }),
      RUNS,
    );
  });

  it('parseLocaleNumber: finite or null', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(undefined, '.' as const, ',' as const), (text, decimal) => {
        const out = parseLocaleNumber(text, decimal);
        expect(out === null || Number.isFinite(out)).toBe(true);
      }),
      RUNS,
    );
  });

  it('rates 0..1, ratings 0..5, counts whole, years 0..100, hours positive', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(inRange(parseRate(text), 0, 1)).toBe(true);
        expect(inRange(parseRate(text, { fraction: true }), 0, 1)).toBe(true);
        expect(inRange(parseRating(text), 0, 5)).toBe(true);
        const count = parseCount(text);
        expect(count === null || (Number.isSafeInteger(count) && count >= 0)).toBe(true);
        const years = parseYears(text);
        expect(years === null || (Number.isInteger(years) && years >= 0 && years <= 100)).toBe(true);
        const hours = parseResponseTimeHours(text);
        expect(hours === null || (Number.isFinite(hours) && hours > 0 && hours <= 24 * 365)).toBe(true);
      }),
      RUNS,
    );
  });

  it('country codes, business types and MOQs are well formed', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const country of [parseCountry(text), parseCountryCode(text)]) {
          expect(country === null || /^[A-Z]{2}$/.test(country)).toBe(true);
        }
        expect([null, 'manufacturer', 'trading', 'manufacturer-trading']).toContain(parseBusinessType(text));
        const moq = parseMoq(text);
        if (moq === null) return;
        expect(Number.isFinite(moq.quantity) && moq.quantity > 0).toBe(true);
        expect(moq.unit === null || (moq.unit.length > 0 && moq.unit === moq.unit.toLowerCase())).toBe(true);
      }),
      RUNS,
    );
  });

  it('tolerates runtime non-strings from JSON', () => {
    const junk = fc.oneof(fc.constant(null), fc.constant(undefined), fc.double(), fc.object(), fc.boolean());
    fc.assert(
      fc.property(junk, (value) => {
        const text = value as unknown as string;
        for (const parse of EVERY_PARSER) expect(() => parse(text)).not.toThrow();
      }),
    );
  });
});

describe('large adversarial input', () => {
  // No timing assertion: a quadratic regex shows up as a test timeout.
  const big = 100_000;
  const inputs = [
    '1'.repeat(big),
    '1,'.repeat(big / 2),
    '1 '.repeat(big / 2),
    '<!--'.repeat(big / 4),
    '<a'.repeat(big / 2),
  ].concat([
    '&amp;'.repeat(big / 5),
    '$1-'.repeat(big / 3),
    '1%'.repeat(big / 2),
    '@@'.repeat(big / 2),
    'in '.repeat(big / 3),
  ]);

  it.each(inputs.map((text) => [text.slice(0, 6), text] as const))('%j... stays fast', (_, text) => {
    for (const parse of EVERY_PARSER) expect(() => parse(text)).not.toThrow();
  });
});

// Format an integer string with a separator, Western (3s) or Indian (3 then 2s) grouping.
function group(digits: string, separator: string, indian: boolean): string {
  const head = digits.slice(0, -3);
  const tail = digits.slice(-3);
  if (head.length === 0) return tail;
  const size = indian ? 2 : 3;
  const groups: string[] = [];
  for (let end = head.length; end > 0; end -= size) groups.unshift(head.slice(Math.max(0, end - size), end));
  return [...groups, tail].join(separator);
}

const FORMATS = [
  { name: 'US', group: ',', decimal: '.', indian: false },
  { name: 'EU', group: '.', decimal: ',', indian: false },
  { name: 'Indian', group: ',', decimal: '.', indian: true },
  { name: 'French', group: '\u202f', decimal: ',', indian: false },
  { name: 'Swiss', group: "'", decimal: '.', indian: false },
] as const;
const amount = fc.record({
  whole: fc.nat({ max: 999_999_999_999 }),
  cents: fc.option(fc.nat({ max: 99 }), { nil: undefined }),
});
const format = (a: { whole: number; cents: number | undefined }, f: (typeof FORMATS)[number]) =>
  group(String(a.whole), f.group, f.indian) +
  (a.cents === undefined ? '' : f.decimal + String(a.cents).padStart(2, '0'));
const valueOf = (a: { whole: number; cents: number | undefined }) =>
  Number(`${a.whole}${a.cents === undefined ? '' : `.${String(a.cents).padStart(2, '0')}`}`);

describe('round trips', () => {
  it.each(FORMATS)('parseLocaleNumber reads $name grouping back', (f) => {
    fc.assert(
      fc.property(amount, (a) => {
        const text = format(a, f);
        expect(parseLocaleNumber(text, f.decimal)).toBe(valueOf(a));
        // Two decimal digits make the format self-evident: no hint needed.
        if (a.cents !== undefined) expect(parseLocaleNumber(text)).toBe(valueOf(a));
      }),
    );
  });

  it('parsePrice reads formatted ranges back', () => {
    const symbols = fc.constantFrom(
      ['$', 'USD'],
      ['US $', 'USD'],
      ['₹', 'INR'],
      ['€', 'EUR'],
      ['£', 'GBP'],
      ['R$', 'BRL'],
    );
    fc.assert(
      fc.property(amount, amount, symbols, fc.constantFrom(...FORMATS), (a, b, [symbol, code], f) => {
        const [low, high] = valueOf(a) <= valueOf(b) ? [a, b] : [b, a];
        fc.pre(valueOf(low) > 0);
        const text = `${symbol}${format(low, f)}-${format(high, f)}`;
        expect(parsePrice(text, { decimalSeparator: f.decimal })).toEqual({
          min: valueOf(low),
          max: valueOf(high),
          currency: code,
        });
      }),
    );
  });

  it('parseRate, parseRating, parseYears, parseCount and parseMoq read their own formats back', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 1000 }),
        fc.nat({ max: 50 }),
        fc.nat({ max: 100 }),
        fc.nat({ max: 10_000_000 }),
        (p, r, y, n) => {
          expect(parseRate(`${(p / 10).toFixed(1)}%`)).toBeCloseTo(p / 1000, 12);
          expect(parseRate(`${(p / 10).toFixed(1).replace('.', ',')}%`)).toBeCloseTo(p / 1000, 12);
          expect(parseRating(`${(r / 10).toFixed(1)}/5`)).toBe(r / 10);
          expect(parseYears(`CN@@${y} yrs`)).toBe(y);
          expect(parseCount(`${group(String(n), ',', false)} sold`)).toBe(n);
          fc.pre(n > 0);
          expect(parseMoq(`Min. order: ${group(String(n), ',', false)} pieces`)).toEqual({
            quantity: n,
            unit: 'pieces',
          });
        },
      ),
    );
  });

  it('cleanText undoes entity encoding and keyword highlighting', () => {
    const word = fc.string({
      unit: fc.constantFrom(...'abcXYZ019&\'"<>é中'.split('')),
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
        const encode = (w: string) =>
          w
            .replace(/&/g, '&amp;')
            .replace(/'/g, '&#39;')
            .replace(/"/g, '&quot;')
            .replace(/</g, '&lt;')
            .replace(/>/g, '&gt;');
        const highlighted = words.map((w, i) => (i % 2 === 0 ? `<strong>${encode(w)}</strong>` : encode(w)));
        expect(cleanText(highlighted.join(' \n '))).toBe(words.join(' '));
      }),
    );
  });
});
