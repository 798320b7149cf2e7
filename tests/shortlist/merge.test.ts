import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptySupplier } from '../../src/signals/empty-supplier';
import {
  MAX_NOTES,
  MAX_OFFERS,
  MAX_TAGS,
  MAX_VISITS,
  ShortlistEntrySchema,
  type LandedCostInputs,
  type SavedOffer,
  type ShortlistEntry,
  type Visit,
} from '../../src/shortlist/entry';
import { mergeEntry } from '../../src/shortlist/merge';
import { makeEntry } from '../support/shortlist-entries';
import { entryArb } from './arbitraries';

const KEY = 'alibaba:szbright1';
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 5, 1);

const costs: LandedCostInputs = {
  quantity: 1_000,
  unitPrice: 2,
  freight: 400,
  insurance: 30,
  dutyPercent: 12,
  dutyBase: 'cif',
  broker: 150,
  otherFees: 0,
  contingencyPercent: 5,
};

function offer(productId: string, savedAt: number, extra: Partial<SavedOffer> = {}): SavedOffer {
  return {
    productId,
    title: `${productId} at ${savedAt}`,
    url: null,
    price: null,
    moq: null,
    unitPrice: null,
    savedAt,
    landedCost: null,
    ...extra,
  };
}

function visit(seenAt: number, page: Visit['page'], reviewCount: number | null = null): Visit {
  return { seenAt, page, url: null, supplier: { ...emptySupplier(), reviewCount } };
}

const stored = (overrides: Partial<ShortlistEntry> = {}) => makeEntry(1, { key: KEY, ...overrides });

describe('mergeEntry', () => {
  it('stores the incoming entry as it is when there is none', () => {
    const incoming = makeEntry(7);
    expect(mergeEntry(undefined, incoming)).toBe(incoming);
  });

  it('unites offers by product id: the newer copy wins, landed costs are kept from either', () => {
    const merged = mergeEntry(
      stored({ offers: [offer('a', T0, { landedCost: costs }), offer('b', T0 + 5), offer('c', T0)] }),
      stored({ offers: [offer('a', T0 + 9), offer('b', T0 + 1, { landedCost: costs }), offer('d', T0)] }),
    );
    expect(merged.offers.map((o) => [o.productId, o.savedAt, o.landedCost])).toEqual([
      ['a', T0 + 9, costs],
      ['b', T0 + 5, costs],
      ['c', T0, null],
      ['d', T0, null],
    ]);
  });

  it(`leaves out incoming offers, never stored ones, past ${MAX_OFFERS}`, () => {
    const mine = Array.from({ length: MAX_OFFERS - 2 }, (_, n) => offer(`mine${n}`, T0));
    const theirs = Array.from({ length: 5 }, (_, n) => offer(`theirs${n}`, T0 + n));
    const merged = mergeEntry(stored({ offers: mine }), stored({ offers: theirs }));
    expect(merged.offers.map((o) => o.productId)).toEqual([
      ...mine.map((o) => o.productId),
      'theirs3',
      'theirs4',
    ]);
  });

  it('unites tags without regard to case, stored spelling first', () => {
    const merged = mergeEntry(
      stored({ tags: ['LED', 'priority'] }),
      stored({ tags: ['led', 'Q3', 'PRIORITY'] }),
    );
    expect(merged.tags).toEqual(['LED', 'priority', 'Q3']);
  });

  it('keeps every checklist tick, from the earlier time', () => {
    const merged = mergeEntry(
      stored({ checklist: { 'business-licence': T0 + 5, 'video-tour': T0 } }),
      stored({ checklist: { 'business-licence': T0 + 1, 'inspection-booked': T0 + 7 } }),
    );
    expect(merged.checklist).toEqual({
      'business-licence': T0 + 1,
      'video-tour': T0,
      'inspection-booked': T0 + 7,
    });
  });

  it('adds imported notes after a blank line, unless empty or already there', () => {
    const mine = 'Asked for samples.\nPrice $2.10';
    expect(mergeEntry(stored({ notes: mine }), stored({ notes: 'Rep is Lily' })).notes).toBe(
      `${mine}\n\nRep is Lily`,
    );
    expect(mergeEntry(stored({ notes: mine }), stored({ notes: '  \n' })).notes).toBe(mine);
    expect(mergeEntry(stored({ notes: mine }), stored({ notes: 'Price $2.10\n' })).notes).toBe(mine);
    expect(mergeEntry(stored({ notes: '' }), stored({ notes: 'Rep is Lily' })).notes).toBe('Rep is Lily');
  });

  it('keeps stored notes whole when both together are too long', () => {
    const mine = 'a'.repeat(MAX_NOTES - 3);
    const merged = mergeEntry(stored({ notes: mine }), stored({ notes: 'more words' }));
    expect(merged.notes.startsWith(mine)).toBe(true);
    expect(merged.notes).toHaveLength(MAX_NOTES);
  });

  it('unites the visits, once each, oldest first, newest kept', () => {
    const merged = mergeEntry(
      stored({ history: [visit(T0, 'search'), visit(T0 + 2 * DAY, 'supplier')] }),
      stored({ history: [visit(T0, 'search', 9), visit(T0, 'product'), visit(T0 + DAY, 'supplier')] }),
    );
    expect(merged.history.map((v) => [v.seenAt, v.page, v.supplier.reviewCount])).toEqual([
      [T0, 'search', null],
      [T0, 'product', null],
      [T0 + DAY, 'supplier', null],
      [T0 + 2 * DAY, 'supplier', null],
    ]);
    const many = (from: number) =>
      Array.from({ length: MAX_VISITS }, (_, n) => visit(from + n * DAY, 'supplier'));
    const bounded = mergeEntry(stored({ history: many(T0) }), stored({ history: many(T0 + 10 * DAY) }));
    expect(bounded.history).toHaveLength(MAX_VISITS);
    expect(bounded.history[0]?.seenAt).toBe(T0 + 10 * DAY);
  });

  it('takes status, name and address from the side changed last, and keeps what that side lacks', () => {
    const mine = stored({
      status: 'contacted',
      name: 'Old name',
      url: 'https://a.en.alibaba.com/',
      updatedAt: T0,
    });
    const later = stored({ status: 'approved', name: 'New name', url: null, updatedAt: T0 + DAY });
    const merged = mergeEntry(mine, later);
    expect([merged.status, merged.name, merged.url]).toEqual([
      'approved',
      'New name',
      'https://a.en.alibaba.com/',
    ]);
    const earlier = stored({ status: 'rejected', name: 'Older name', updatedAt: T0 - DAY });
    expect(mergeEntry(mine, earlier).status).toBe('contacted');
    expect(mergeEntry(mine, { ...earlier, updatedAt: T0 }).status).toBe('contacted');
  });

  it('keeps the stored signals and assessment when a CSV import knows none', () => {
    const mine = stored({ updatedAt: T0 });
    const fromCsv = stored({
      signals: emptySupplier(),
      assessment: null,
      level: 'unknown',
      offers: [],
      history: [],
      updatedAt: T0 + DAY,
    });
    const merged = mergeEntry(mine, fromCsv);
    expect(merged.signals).toEqual(mine.signals);
    expect([merged.assessment, merged.level]).toEqual([mine.assessment, mine.level]);
    expect(merged.history).toEqual(mine.history);
  });

  it('takes the assessment and level of the later side when it has one', () => {
    const mine = stored({
      level: 'low',
      assessment: { risk: 10, level: 'low', findings: [] },
      updatedAt: T0,
    });
    const later = stored({
      level: 'high',
      assessment: { risk: 80, level: 'high', findings: [] },
      updatedAt: T0 + 1,
    });
    expect(mergeEntry(mine, later)).toMatchObject({ level: 'high', assessment: { risk: 80 } });
  });

  it('was added when the first side was added, and updated when the last was', () => {
    const merged = mergeEntry(
      stored({ addedAt: T0, updatedAt: T0 + 5 }),
      stored({ addedAt: T0 - 3, updatedAt: T0 + 1 }),
    );
    expect([merged.addedAt, merged.updatedAt]).toEqual([T0 - 3, T0 + 5]);
  });
});

describe('mergeEntry properties', () => {
  const pair = fc.tuple(entryArb({ key: KEY }), entryArb({ key: KEY }));

  it('loses no stored offer, tag or checklist tick, and stays a valid entry', () => {
    fc.assert(
      fc.property(pair, ([existing, incoming]) => {
        const merged = mergeEntry(existing, incoming);
        const ids = new Set(merged.offers.map((o) => o.productId));
        for (const o of existing.offers) expect(ids.has(o.productId)).toBe(true);
        const tags = new Set(merged.tags.map((tag) => tag.toLocaleLowerCase()));
        for (const tag of existing.tags) expect(tags.has(tag.toLocaleLowerCase())).toBe(true);
        for (const item of Object.keys(existing.checklist)) expect(merged.checklist).toHaveProperty(item);
        if (existing.tags.length + incoming.tags.length <= MAX_TAGS) {
          for (const tag of incoming.tags) expect(tags.has(tag.toLocaleLowerCase())).toBe(true);
        }
        for (const o of incoming.offers)
          if (existing.offers.length + incoming.offers.length <= MAX_OFFERS) {
            expect(ids.has(o.productId)).toBe(true);
          }
        expect(merged.notes.startsWith(existing.notes)).toBe(true);
        expect(ShortlistEntrySchema.parse(merged)).toEqual(merged);
      }),
      { numRuns: 300 },
    );
  });

  it('changes nothing when an entry is merged with itself', () => {
    fc.assert(
      fc.property(entryArb(), (entry) => {
        expect(mergeEntry(entry, entry)).toEqual(entry);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same entry after merging the same import twice', () => {
    fc.assert(
      fc.property(pair, ([existing, incoming]) => {
        const once = mergeEntry(existing, incoming);
        expect(mergeEntry(once, incoming)).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });
});
