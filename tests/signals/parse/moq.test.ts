import { describe, expect, it } from 'vitest';
import type { ParsedMoq } from '../../../src/signals/parse/moq';
import { parseMoq } from '../../../src/signals/parse/moq';
import { HAVE_PAGES, jsonValues, rejected } from './real-values';

const m = (quantity: number, unit: string | null): ParsedMoq => ({ quantity, unit });

describe('parseMoq', () => {
  it.each([
    ['Min. order: 100000 bags', m(100000, 'bags')],
    ['Min. order: 2 pieces', m(2, 'pieces')],
    ['Min. order: 1,000 pieces', m(1000, 'pieces')],
    ['Min. Order: 10 pieces', m(10, 'pieces')],
    ['Min. order 10 pieces', m(10, 'pieces')],
    ['Min. order: 50 pieces)', m(50, 'pieces')],
    ['Min. order: 1 unit', m(1, 'unit')],
    ['Min. order: 2 cartons', m(2, 'cartons')],
    ['Min. order: 200 Pieces ', m(200, 'pieces')],
    ['MOQ:30 pieces', m(30, 'pieces')],
    ['10 Piece', m(10, 'piece')],
    ['6 pieces', m(6, 'pieces')],
    ['1 set', m(1, 'set')],
    ['1 Piece (MOQ)', m(1, 'piece')],
    ['Мин. заказ: 5 штук', m(5, 'штук')],
    ['Мин. заказ: 1 000 штук', m(1000, 'штук')],
    ['2 square meters', m(2, 'square meters')],
    ['10 pieces per color', m(10, 'pieces')],
    ['1 ton', m(1, 'ton')],
    ['6', m(6, null)],
    ['6.0', m(6, null)],
    ['0.5 tons', m(0.5, 'tons')],
  ])('%j -> %j', (text, expected) => {
    expect(parseMoq(text)).toEqual(expected);
  });

  it.each([
    '',
    'Min. Order:',
    'Min. order: {0} pieces',
    '0 pieces',
    // Price-ladder tiers are not minimums.
    '500-2,499 pieces',
    '10 - 29 pieces',
    '2 to 5 sets',
    '>= 1000 pieces',
    '≥1000 pieces',
  ])('%j -> null', (text) => {
    expect(parseMoq(text)).toBeNull();
  });
});

describe.skipIf(!HAVE_PAGES)('parseMoq on real values', () => {
  it('moq, moqV2, formatMinOrderQuantity and minOrderQuantity', () => {
    const values = jsonValues(/^(moq|moqV2|formatMinOrderQuantity|minOrderQuantity|halfTrustMoq)$/);
    expect(values.length).toBeGreaterThan(20);
    const ok = (out: ParsedMoq | null) => out !== null && Number.isInteger(out.quantity) && out.quantity > 0;
    expect(rejected(values, parseMoq, ok)).toEqual([]);
    expect(parseMoq('Min. order: 2 cartons')?.unit).toBe('cartons');
  });
});
