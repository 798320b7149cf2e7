import { describe, expect, it } from 'vitest';
import type { ParsedPrice, PriceHint } from '../../../src/signals/parse/price';
import { parsePrice } from '../../../src/signals/parse/price';
import { HAVE_PAGES, csvColumn, jsonValues, rejected } from './real-values';

const p = (min: number, max: number, currency: string): ParsedPrice => ({ min, max, currency });

describe('parsePrice', () => {
  it.each<[string, PriceHint | undefined, ParsedPrice]>([
    // Indian lakh grouping, from the INR search pages.
    ['₹59,577.18-1,09,988.64', undefined, p(59577.18, 109988.64, 'INR')],
    ['₹14,206.87-61,410.33', undefined, p(14206.87, 61410.33, 'INR')],
    ['₹1,04,855.84-2,93,303.04', undefined, p(104855.84, 293303.04, 'INR')],
    ['₹908.02-917.19', undefined, p(908.02, 917.19, 'INR')],
    ['₹40,046.09', undefined, p(40046.09, 40046.09, 'INR')],
    ['₹24.53-29.43', undefined, p(24.53, 29.43, 'INR')],
    // USD in its many spellings.
    ['US $1.234,56', undefined, p(1234.56, 1234.56, 'USD')],
    ['US $12.05-$13.85', undefined, p(12.05, 13.85, 'USD')],
    ['$12.05-$13.85', undefined, p(12.05, 13.85, 'USD')],
    ['$0.50', undefined, p(0.5, 0.5, 'USD')],
    ['$600-1,100', undefined, p(600, 1100, 'USD')],
    ['$600-1,100 / piece', undefined, p(600, 1100, 'USD')],
    ['$600-1,100/piece', undefined, p(600, 1100, 'USD')],
    ['$1100.0~2000.0', undefined, p(1100, 2000, 'USD')],
    ['US$290,000+', undefined, p(290000, 290000, 'USD')],
    ['US $20,000+', undefined, p(20000, 20000, 'USD')],
    ['$480,000+', undefined, p(480000, 480000, 'USD')],
    ['US $100K − $200K', undefined, p(100000, 200000, 'USD')],
    ['$10K — $20K', undefined, p(10000, 20000, 'USD')],
    ['$890', undefined, p(890, 890, 'USD')],
    ['Sample price: $890', undefined, p(890, 890, 'USD')],
    ['USD 12.50', undefined, p(12.5, 12.5, 'USD')],
    ['12.50 USD', undefined, p(12.5, 12.5, 'USD')],
    [' US$ 14.49 - 14.99 ', undefined, p(14.49, 14.99, 'USD')],
    ['US$ 220-260', undefined, p(220, 260, 'USD')],
    ['$5 to $8', undefined, p(5, 8, 'USD')],
    // Euro, pound and decimal commas.
    ['€2.61-3.38', undefined, p(2.61, 3.38, 'EUR')],
    ['€3,38', { decimalSeparator: ',' }, p(3.38, 3.38, 'EUR')],
    ['€3,38', undefined, p(3.38, 3.38, 'EUR')],
    ['€ 2.61 - 3.38', undefined, p(2.61, 3.38, 'EUR')],
    ['3,29 €', undefined, p(3.29, 3.29, 'EUR')],
    ['1.234 €', { decimalSeparator: ',' }, p(1234, 1234, 'EUR')],
    ['1.234 €', undefined, p(1.234, 1.234, 'EUR')],
    ['1.234-2.345,67 €', undefined, p(1234, 2345.67, 'EUR')],
    ['£0.1527', undefined, p(0.1527, 0.1527, 'GBP')],
    // Currencies without minor units: a lone 3-digit group is grouping.
    ['₫87,059-122,577', undefined, p(87059, 122577, 'VND')],
    ['₫87.059', undefined, p(87059, 87059, 'VND')],
    ['Rp 15.000', undefined, p(15000, 15000, 'IDR')],
    ['₩12,000', undefined, p(12000, 12000, 'KRW')],
    // Other symbols.
    ['¥12.5', undefined, p(12.5, 12.5, 'CNY')],
    ['CN¥12.5', undefined, p(12.5, 12.5, 'CNY')],
    ['JP¥1,200', undefined, p(1200, 1200, 'JPY')],
    ['A$5.20', undefined, p(5.2, 5.2, 'AUD')],
    ['C$5.20', undefined, p(5.2, 5.2, 'CAD')],
    ['HK$39', undefined, p(39, 39, 'HKD')],
    ['R$5,50', undefined, p(5.5, 5.5, 'BRL')],
    ['₺3,04', undefined, p(3.04, 3.04, 'TRY')],
    ['≈₺3,04', undefined, p(3.04, 3.04, 'TRY')],
    ['₽100', undefined, p(100, 100, 'RUB')],
    ['RM 12.50', undefined, p(12.5, 12.5, 'MYR')],
    ['₱50', undefined, p(50, 50, 'PHP')],
    ['฿50', undefined, p(50, 50, 'THB')],
    ['AED 50', undefined, p(50, 50, 'AED')],
    ['SAR 12', undefined, p(12, 12, 'SAR')],
    ['CHF 9.90', undefined, p(9.9, 9.9, 'CHF')],
    // Hints: ambiguous "$"/"¥" and bare numbers take hint.currency; named currencies don't.
    ['$5', { currency: 'CAD' }, p(5, 5, 'CAD')],
    ['$5', { currency: 'cad' }, p(5, 5, 'CAD')],
    ['¥500', { currency: 'JPY' }, p(500, 500, 'JPY')],
    ['€5', { currency: 'USD' }, p(5, 5, 'EUR')],
    ['US $5', { currency: 'CAD' }, p(5, 5, 'USD')],
    ['650.0~1200.0', { currency: 'USD' }, p(650, 1200, 'USD')],
    ['3.38', { currency: 'EUR' }, p(3.38, 3.38, 'EUR')],
    ['$5', { currency: 'not a code' }, p(5, 5, 'USD')],
  ])('%j %j', (text, hint, expected) => {
    expect(parsePrice(text, hint)).toEqual(expected);
  });

  it.each<[string, PriceHint | undefined]>([
    ['', undefined],
    ['Contact for price', undefined],
    ['Price on request', undefined],
    ['650.0~1200.0', undefined], // no currency marker and no hint
    ['$0', undefined],
    ['$0.00-$0.00', undefined],
    ['-$5', undefined],
    ['US $-5', undefined],
    ['$20-10', undefined], // reversed range: likely a misread, not a price
    ['US $5 (≈ €4.60)', undefined], // two named currencies
    ['$5 ¥6', undefined],
    ['CHARM 5', undefined], // "RM" inside a word is not ringgit
    ['$', undefined],
    ['$1,2,3', undefined],
    ['{0}', { currency: 'USD' }],
  ])('%j %j -> null', (text, hint) => {
    expect(parsePrice(text, hint)).toBeNull();
  });

  it('never throws on non-string input', () => {
    expect(parsePrice(undefined as unknown as string)).toBeNull();
    expect(parsePrice(12 as unknown as string, { currency: 'USD' })).toEqual(p(12, 12, 'USD'));
  });
});

describe.skipIf(!HAVE_PAGES)('parsePrice on every real price string', () => {
  const valid = (out: ParsedPrice | null) =>
    out !== null &&
    out.min > 0 &&
    out.min <= out.max &&
    Number.isFinite(out.max) &&
    /^[A-Z]{3}$/.test(out.currency);
  const keys =
    /^(price|priceV2|promotionPrice|fobPrice|fobPriceWithoutUnit|formatPrice|formatLadderPrice|priceRangeText)$/;

  it('search-offers-api.json and the other saved JSON prices', () => {
    const prices = jsonValues(keys);
    expect(prices.length).toBeGreaterThan(150);
    // Bare numbers ("650.0~1200.0", ladder "3.38") need the page's currency as a hint.
    expect(rejected(prices, (text) => parsePrice(text, { currency: 'USD' }), valid)).toEqual([]);
    const rupees = prices.filter((text) => text.startsWith('₹'));
    expect(rupees.length).toBeGreaterThan(100);
    expect(rejected(rupees, parsePrice, (out) => valid(out) && out?.currency === 'INR')).toEqual([]);
  });

  it('search-2020-scraped.csv prices', () => {
    const prices = csvColumn('price');
    expect(prices.length).toBeGreaterThan(30);
    expect(rejected(prices, parsePrice, (out) => valid(out) && out?.currency === 'USD')).toEqual([]);
  });
});
