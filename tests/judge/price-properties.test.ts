import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judgeListings } from '../../src/judge/judge';
import { DEFAULT_JUDGE_SETTINGS } from '../../src/judge/rule-settings';
import { AssessmentSchema, type Level } from '../../src/signals/assessment';
import type { Listing, Price } from '../../src/signals/listing';
import { BADGES } from '../../src/signals/supplier';
import { listing, supplier } from './build';

// The price rule judged the way the background does: a page's offers together.

const RANK: Record<Level, number> = { unknown: 0, low: 1, medium: 2, high: 3 };
const money = fc.double({ min: 0.0001, max: 1e7, noNaN: true, noDefaultInfinity: true });
const unitArb = fc.constantFrom('pieces', 'piece', 'Sets', 'bags', 'kg', null);

const priceArb: fc.Arbitrary<Price> = fc
  .tuple(money, money, fc.constantFrom('USD', 'EUR', 'INR', 'GBP', 'VND', 'XOF'))
  .map(([a, b, currency]) => ({ min: Math.min(a, b), max: Math.max(a, b), currency }));

const offerArb: fc.Arbitrary<Listing> = fc
  .record({
    id: fc.integer({ min: 1, max: 1e6 }),
    price: fc.option(priceArb, { nil: null }),
    unit: unitArb,
    quantity: fc.integer({ min: 1, max: 1e5 }),
    years: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
    badges: fc.uniqueArray(fc.constantFrom(...BADGES)),
    verificationShown: fc.boolean(),
  })
  .map((o) =>
    listing({
      productId: String(o.id),
      price: o.price,
      moq: { quantity: o.quantity, unit: o.unit },
      supplier: supplier({ yearsActive: o.years, badges: o.badges, verificationShown: o.verificationShown }),
    }),
  );

const priceFindings = (listings: Listing[]) =>
  judgeListings(listings, DEFAULT_JUDGE_SETTINGS).map((assessment) =>
    assessment.findings.filter((finding) => finding.rule === 'price-far-below-benchmark'),
  );

describe('prices judged on a page', () => {
  it('never throws, and every verdict passes its schema, whatever the prices', () => {
    fc.assert(
      fc.property(fc.array(offerArb, { maxLength: 25 }), (offers) => {
        for (const assessment of judgeListings(offers, DEFAULT_JUDGE_SETTINGS))
          AssessmentSchema.parse(assessment);
      }),
    );
  });

  it('lowering an offer’s price never lowers its risk or level', () => {
    fc.assert(
      fc.property(
        fc.array(offerArb, { minLength: 1, maxLength: 20 }),
        fc.nat(),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (offers, pick, factor) => {
          const index = pick % offers.length;
          const target = offers[index] as Listing;
          fc.pre(target.price !== null);
          const price = target.price as Price;
          const cheaper = offers.map((offer, i) =>
            i === index
              ? { ...offer, price: { ...price, min: price.min * factor, max: price.max * factor } }
              : offer,
          );
          const before = judgeListings(offers, DEFAULT_JUDGE_SETTINGS)[index]!;
          const after = judgeListings(cheaper, DEFAULT_JUDGE_SETTINGS)[index]!;
          expect(RANK[after.level]).toBeGreaterThanOrEqual(RANK[before.level]);
          if (before.risk !== null && after.risk !== null)
            expect(after.risk).toBeGreaterThanOrEqual(before.risk);
        },
      ),
    );
  });

  it('flags nothing from a page with fewer comparable offers than the minimum', () => {
    fc.assert(
      fc.property(fc.array(offerArb, { maxLength: 5 }), (offers) => {
        for (const findings of priceFindings(offers)) {
          expect(findings.every((finding) => finding.severity === 'info')).toBe(true);
        }
      }),
    );
  });

  it('flags no price within the spread of widely spread offers, however far below their median', () => {
    // A page of chairs and sectionals: the middle half spans $50 to $800.
    const prices = [20, 50, 60, 80, 120, 300, 500, 700, 800, 900, 1200];
    const offers = prices.map((value, index) =>
      listing({
        productId: String(index),
        price: { min: value, max: value, currency: 'USD' },
        moq: { quantity: 1, unit: 'pieces' },
        supplier: supplier({ yearsActive: 1, verificationShown: true, badges: ['gold'] }),
      }),
    );
    const flagged = priceFindings(offers).map((findings) =>
      findings.some((finding) => finding.severity !== 'info'),
    );
    expect(flagged).toEqual(prices.map(() => false));
  });

  it('flags the one outlier among similar offers, and only it', () => {
    const offers = [3.1, 2.9, 3.0, 3.2, 2.8, 3.05, 0.42].map((value, index) =>
      listing({
        productId: String(index),
        price: { min: value, max: value, currency: 'USD' },
        moq: { quantity: 500, unit: 'pieces' },
        supplier: supplier({ yearsActive: 6, verificationShown: true, badges: ['verified'] }),
      }),
    );
    const severities = priceFindings(offers).map((findings) => findings.map((f) => f.severity));
    expect(severities).toEqual([['info'], ['info'], ['info'], ['info'], ['info'], ['info'], ['danger']]);
  });
});
