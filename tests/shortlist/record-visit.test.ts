import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/signals/assessment';
import { emptySupplier } from '../../src/signals/empty-supplier';
import type { Listing } from '../../src/signals/listing';
import type { PageKind } from '../../src/signals/reading';
import type { Supplier } from '../../src/signals/supplier';
import {
  MAX_OFFERS,
  MAX_VISITS,
  ShortlistEntrySchema,
  type SavedOffer,
  type Visit,
} from '../../src/shortlist/entry';
import { addOffer, createEntry, recordVisit, savedOfferFrom } from '../../src/shortlist/record-visit';

const T0 = Date.UTC(2026, 10, 1);
const HOUR = 3_600_000;

const storefront: Supplier = {
  ...emptySupplier(),
  name: 'Ningbo Smart-Home Electric Co., Ltd.',
  url: 'https://nbsmart.en.alibaba.com/',
  country: 'CN',
  yearsActive: 6,
  badges: ['verified', 'gold'],
  verificationShown: true,
  rating: 4.7,
  reviewCount: 88,
};

const risky: Assessment = { risk: 72, level: 'high', findings: [] };
const safe: Assessment = { risk: 8, level: 'low', findings: [] };

function visit(seenAt: number, page: PageKind, supplier: Partial<Supplier>): Visit {
  return { seenAt, page, url: `https://example.test/${page}`, supplier: { ...emptySupplier(), ...supplier } };
}

function offer(productId: string, savedAt: number, extra: Partial<SavedOffer> = {}): SavedOffer {
  return {
    productId,
    title: `Offer ${productId}`,
    url: null,
    price: null,
    moq: null,
    unitPrice: null,
    savedAt,
    landedCost: null,
    ...extra,
  };
}

function firstEntry(assessment: Assessment | null = risky) {
  return createEntry({
    site: 'alibaba',
    key: 'alibaba:nbsmart',
    supplier: storefront,
    assessment,
    page: 'supplier',
    url: 'https://nbsmart.en.alibaba.com/',
    now: T0,
  });
}

describe('createEntry', () => {
  it('starts a valid entry being considered, with the first visit and the assessment’s level', () => {
    const entry = firstEntry();
    expect(entry).toEqual({
      key: 'alibaba:nbsmart',
      site: 'alibaba',
      name: storefront.name,
      url: storefront.url,
      signals: storefront,
      assessment: risky,
      level: 'high',
      offers: [],
      status: 'considering',
      notes: '',
      tags: [],
      checklist: {},
      history: [
        { seenAt: T0, page: 'supplier', url: 'https://nbsmart.en.alibaba.com/', supplier: storefront },
      ],
      addedAt: T0,
      updatedAt: T0,
    });
    expect(ShortlistEntrySchema.parse(entry)).toEqual(entry);
  });

  it('is unknown-level without an assessment, and holds the offer it was saved from', () => {
    const saved = offer('1600123', T0);
    const entry = createEntry({
      site: 'alibaba',
      key: 'alibaba:nbsmart',
      supplier: storefront,
      assessment: null,
      page: 'product',
      url: null,
      now: T0,
      offer: saved,
    });
    expect(entry.level).toBe('unknown');
    expect(entry.offers).toEqual([saved]);
  });
});

describe('recordVisit', () => {
  it('keeps what the new page does not show, and takes what it does', () => {
    const card = visit(T0 + HOUR, 'search', { name: 'Ningbo Smart Home Electric', yearsActive: 7 });
    const entry = recordVisit(firstEntry(), card, null);
    expect(entry.name).toBe('Ningbo Smart Home Electric');
    expect(entry.url).toBe(storefront.url);
    expect(entry.signals).toEqual({
      ...storefront,
      name: 'Ningbo Smart Home Electric',
      yearsActive: 7,
    });
    expect(entry.updatedAt).toBe(T0 + HOUR);
  });

  it('keeps the badges when a page shows neither badges nor verification, and takes them when it does', () => {
    const silent = recordVisit(firstEntry(), visit(T0 + HOUR, 'search', {}), null);
    expect(silent.signals.badges).toEqual(['verified', 'gold']);
    expect(silent.signals.verificationShown).toBe(true);
    const lost = recordVisit(firstEntry(), visit(T0 + HOUR, 'supplier', { verificationShown: true }), null);
    expect(lost.signals.badges).toEqual([]);
  });

  it('replaces the assessment and level when given one, and keeps them otherwise', () => {
    const judged = recordVisit(firstEntry(), visit(T0 + HOUR, 'product', {}), safe);
    expect([judged.assessment, judged.level]).toEqual([safe, 'low']);
    const unjudged = recordVisit(firstEntry(), visit(T0 + HOUR, 'product', {}), null);
    expect([unjudged.assessment, unjudged.level]).toEqual([risky, 'high']);
  });

  it('only moves the time forward when the last page of the same kind showed the same', () => {
    let entry = firstEntry();
    entry = recordVisit(entry, visit(T0 + HOUR, 'search', { name: 'Ningbo' }), null);
    entry = recordVisit(entry, { ...entry.history[0]!, seenAt: T0 + 2 * HOUR, url: 'elsewhere' }, null);
    expect(entry.history.map((v) => [v.page, v.seenAt])).toEqual([
      ['search', T0 + HOUR],
      ['supplier', T0 + 2 * HOUR],
    ]);
    expect(entry.updatedAt).toBe(T0 + 2 * HOUR);
  });

  it('appends a visit that shows something new, or that comes from another kind of page', () => {
    let entry = firstEntry();
    entry = recordVisit(entry, visit(T0 + HOUR, 'product', storefront), null);
    entry = recordVisit(entry, visit(T0 + 2 * HOUR, 'supplier', { ...storefront, reviewCount: 90 }), null);
    expect(entry.history.map((v) => [v.page, v.seenAt])).toEqual([
      ['supplier', T0],
      ['product', T0 + HOUR],
      ['supplier', T0 + 2 * HOUR],
    ]);
  });

  it(`keeps the newest ${MAX_VISITS} visits, oldest dropped first`, () => {
    let entry = firstEntry();
    for (let n = 1; n <= MAX_VISITS + 5; n++) {
      entry = recordVisit(entry, visit(T0 + n * HOUR, 'supplier', { reviewCount: n }), null);
    }
    expect(entry.history).toHaveLength(MAX_VISITS);
    expect(entry.history[0]?.supplier.reviewCount).toBe(6);
    expect(entry.history.at(-1)?.supplier.reviewCount).toBe(MAX_VISITS + 5);
    expect(ShortlistEntrySchema.safeParse(entry).success).toBe(true);
  });
});

const listing: Listing = {
  productId: '1600987654321',
  title: 'LED strip 5050, 5 m',
  url: 'https://www.alibaba.com/product-detail/led_1600987654321.html',
  price: {
    min: 1.2,
    max: 2,
    currency: 'USD',
    tiers: [
      { minQuantity: 100, maxQuantity: 999, price: 2 },
      { minQuantity: 1000, maxQuantity: null, price: 1.2 },
    ],
  },
  moq: { quantity: 100, unit: 'pieces' },
  supplier: storefront,
  paymentTerms: [],
};

describe('savedOfferFrom', () => {
  it('saves the listing with its price per unit at the minimum order', () => {
    expect(savedOfferFrom(listing, T0)).toEqual({
      productId: '1600987654321',
      title: 'LED strip 5050, 5 m',
      url: listing.url,
      price: listing.price,
      moq: listing.moq,
      unitPrice: { value: 2, currency: 'USD', unit: 'piece', quantity: 100 },
      savedAt: T0,
      landedCost: null,
    });
  });

  it('has no unit price when the listing does not say what its price is for', () => {
    expect(savedOfferFrom({ ...listing, moq: null }, T0)?.unitPrice).toBeNull();
    expect(savedOfferFrom({ ...listing, price: null }, T0)?.unitPrice).toBeNull();
  });

  it('saves nothing without a product id to know the offer by', () => {
    expect(savedOfferFrom({ ...listing, productId: null }, T0)).toBeNull();
    expect(savedOfferFrom({ ...listing, productId: '' }, T0)).toBeNull();
  });
});

describe('addOffer', () => {
  const inputs = {
    quantity: 500,
    unitPrice: 2,
    freight: 300,
    insurance: 20,
    dutyPercent: 3.9,
    dutyBase: 'goods' as const,
    broker: 100,
    otherFees: 0,
    contingencyPercent: 5,
  };

  it('refreshes an offer saved again but keeps the landed cost the buyer typed', () => {
    const entry = { ...firstEntry(), offers: [offer('a', T0, { landedCost: inputs }), offer('b', T0)] };
    const again = offer('a', T0 + HOUR, { title: 'Renamed' });
    const updated = addOffer(entry, again, T0 + HOUR);
    expect(updated.offers.map((o) => [o.productId, o.title, o.landedCost])).toEqual([
      ['b', 'Offer b', null],
      ['a', 'Renamed', inputs],
    ]);
    expect(updated.updatedAt).toBe(T0 + HOUR);
  });

  it(`keeps the newest ${MAX_OFFERS} offers`, () => {
    let entry = firstEntry();
    for (let n = 0; n < MAX_OFFERS + 3; n++) entry = addOffer(entry, offer(`p${n}`, T0 + n), T0 + n);
    expect(entry.offers).toHaveLength(MAX_OFFERS);
    expect(entry.offers[0]?.productId).toBe('p3');
    expect(entry.offers.at(-1)?.productId).toBe(`p${MAX_OFFERS + 2}`);
  });
});
