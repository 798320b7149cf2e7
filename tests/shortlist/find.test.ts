import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LevelSchema } from '../../src/signals/assessment';
import { REFERENCE_RATES, type RateTable } from '../../src/prices/reference-rates';
import { STATUSES, type SavedOffer, type ShortlistEntry } from '../../src/shortlist/entry';
import { DEFAULT_QUERY, ShortlistIndex, foldText, type ShortlistQuery } from '../../src/shortlist/find';
import { makeEntry, manyEntries } from '../support/shortlist-entries';

const rates: RateTable = { date: '2026-01-01', perUsd: { USD: 1, EUR: 0.5, INR: 100 } };

function priced(value: number, currency: string): SavedOffer {
  return {
    productId: `${currency}-${value}`,
    title: null,
    url: null,
    price: null,
    moq: null,
    unitPrice: { value, currency, unit: 'piece', quantity: null },
    savedAt: 0,
    landedCost: null,
  };
}

function named(index: number, name: string | null, overrides: Partial<ShortlistEntry> = {}): ShortlistEntry {
  return makeEntry(index, { name, tags: [], notes: '', ...overrides });
}

function names(found: readonly ShortlistEntry[]): (string | null)[] {
  return found.map((entry) => entry.name);
}

const query = (q: Partial<ShortlistQuery>): ShortlistQuery => ({ ...DEFAULT_QUERY, ...q });

describe('ShortlistIndex text search', () => {
  const entries = [
    named(0, 'Yiwu Café Crafts Co., Ltd.'),
    named(1, 'Shenzhen Bright LED Technology', { tags: ['Priority', '电子'] }),
    named(2, '深圳市光明照明科技有限公司', { notes: 'Factory in Dongguan; samples OK' }),
    named(3, 'Zhejiang Re\u0301sume\u0301 Textiles'),
    named(4, null, { notes: 'no name yet', key: 'alibaba:shenzhen' }),
  ];
  const index = new ShortlistIndex(entries, rates);

  it('ignores case and accents, both ways', () => {
    expect(names(index.query(query({ text: 'cafe' })))).toEqual(['Yiwu Café Crafts Co., Ltd.']);
    expect(names(index.query(query({ text: 'CAFÉ' })))).toEqual(['Yiwu Café Crafts Co., Ltd.']);
    expect(names(index.query(query({ text: 'résumé' })))).toEqual(['Zhejiang Re\u0301sume\u0301 Textiles']);
    expect(names(index.query(query({ text: 'RESUME' })))).toEqual(['Zhejiang Re\u0301sume\u0301 Textiles']);
  });

  it('needs every word, anywhere in the name, tags or notes, in any order', () => {
    expect(names(index.query(query({ text: 'led shenzhen' })))).toEqual(['Shenzhen Bright LED Technology']);
    expect(names(index.query(query({ text: 'priority 电子 bright' })))).toEqual([
      'Shenzhen Bright LED Technology',
    ]);
    expect(names(index.query(query({ text: 'dongguan 光明' })))).toEqual(['深圳市光明照明科技有限公司']);
    expect(index.query(query({ text: 'led paris' }))).toEqual([]);
  });

  it('does not search the key or the address', () => {
    expect(names(index.query(query({ text: 'shenzhen' })))).toEqual(['Shenzhen Bright LED Technology']);
    expect(index.query(query({ text: 'alibaba' }))).toEqual([]);
  });

  it('finds everything for blank text', () => {
    expect(index.query(query({ text: '   ' }))).toHaveLength(entries.length);
    expect(index.size).toBe(entries.length);
  });

  it('folds full-width letters too', () => {
    expect(foldText('ＬＥＤ Café')).toBe('led cafe');
  });

  it('folds plain ASCII the quick way to the same result as the full way', () => {
    const full = (text: string) =>
      text
        .normalize('NFKD')
        .toLowerCase()
        .replace(/\p{M}+/gu, '');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary-ascii' }), fc.string({ unit: 'binary' })), (text) => {
        expect(foldText(text)).toBe(full(text));
      }),
      { numRuns: 2_000 },
    );
  });

  it('by default lists everyone, newest first', () => {
    expect(DEFAULT_QUERY).toEqual({ text: '', status: 'all', level: 'all', sort: 'added' });
    expect(index.query(DEFAULT_QUERY).map((entry) => entry.addedAt)).toEqual(
      entries.map((entry) => entry.addedAt).sort((a, b) => b - a),
    );
  });
});

describe('ShortlistIndex filters and sorts', () => {
  it('filters by status and by level', () => {
    const entries = [
      named(0, 'A', { status: 'approved', level: 'low' }),
      named(1, 'B', { status: 'rejected', level: 'high' }),
      named(2, 'C', { status: 'approved', level: 'high' }),
    ];
    const index = new ShortlistIndex(entries, rates);
    expect(names(index.query(query({ status: 'approved', sort: 'risk' })))).toEqual(['C', 'A']);
    expect(names(index.query(query({ level: 'high', sort: 'risk' })))).toEqual(['C', 'B']);
    expect(names(index.query(query({ status: 'approved', level: 'high' })))).toEqual(['C']);
    expect(index.query(query({ status: 'contacted' }))).toEqual([]);
  });

  it('sorts by risk: high, medium, unknown, low; then the risk number; then the name', () => {
    const judged = (index: number, name: string, level: 'low' | 'medium' | 'high', risk: number | null) =>
      named(index, name, { level, assessment: { risk, level, findings: [] } });
    const entries = [
      judged(0, 'low one', 'low', 5),
      named(1, 'never judged', { level: 'unknown', assessment: null }),
      judged(2, 'medium 40', 'medium', 40),
      judged(3, 'high 70 b', 'high', 70),
      judged(4, 'High 70 a', 'high', 70),
      judged(5, 'high 90', 'high', 90),
      judged(6, 'medium 55', 'medium', 55),
      judged(7, 'high no number', 'high', null),
    ];
    expect(names(new ShortlistIndex(entries, rates).query(query({ sort: 'risk' })))).toEqual([
      'high 90',
      'High 70 a',
      'high 70 b',
      'high no number',
      'medium 55',
      'medium 40',
      'never judged',
      'low one',
    ]);
  });

  it('sorts by the cheapest offer in dollars, suppliers without a usable price last', () => {
    const entries = [
      named(0, 'no offers', { offers: [] }),
      named(1, 'two euros', { offers: [priced(2, 'EUR')] }), // $4
      named(2, 'three dollars', { offers: [priced(9, 'USD'), priced(3, 'USD')] }),
      named(3, 'rupees', { offers: [priced(250, 'INR')] }), // $2.50
      named(4, 'unknown currency', { offers: [priced(0.01, 'XOF')] }),
      named(5, 'mixed', { offers: [priced(600, 'INR'), priced(2.25, 'EUR')] }), // $4.50 or $6
    ];
    expect(names(new ShortlistIndex(entries, rates).query(query({ sort: 'price' })))).toEqual([
      'rupees',
      'three dollars',
      'two euros',
      'mixed',
      'no offers',
      'unknown currency',
    ]);
  });

  it('sorts by the day added, newest first, ties by name', () => {
    const entries = [
      named(0, 'old', { addedAt: 1_000 }),
      named(1, 'new b', { addedAt: 5_000 }),
      named(2, 'new a', { addedAt: 5_000 }),
      named(3, null, { addedAt: 5_000 }),
    ];
    expect(names(new ShortlistIndex(entries, rates).query(query({ sort: 'added' })))).toEqual([
      'new a',
      'new b',
      null,
      'old',
    ]);
  });

  it('gives the same suppliers as a plain scan, for any query', () => {
    const entries = manyEntries(400);
    const index = new ShortlistIndex(entries, REFERENCE_RATES);
    const words = ['led', 'café', 'co', 'ltd', '电子', 'priority', 'sample', 'zz', '光明', 'RESUME', ''];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { maxLength: 3 }),
        fc.constantFrom('all' as const, ...STATUSES),
        fc.constantFrom('all' as const, ...LevelSchema.options),
        fc.constantFrom('risk' as const, 'price' as const, 'added' as const),
        (picked, status, level, sort) => {
          const found = index.query({ text: picked.join(' '), status, level, sort });
          const expected = entries.filter((entry) => {
            const text = foldText([entry.name ?? '', ...entry.tags, entry.notes].join('\n'));
            return (
              (status === 'all' || entry.status === status) &&
              (level === 'all' || entry.level === level) &&
              picked.every((word) => text.includes(foldText(word)))
            );
          });
          expect(new Set(found.map((entry) => entry.key))).toEqual(
            new Set(expected.map((entry) => entry.key)),
          );
          expect(found).toHaveLength(expected.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
