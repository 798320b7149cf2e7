import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judgeListing, judgeSupplier } from '../../src/judge/judge';
import { DEFAULT_JUDGE_SETTINGS, JudgeSettingsSchema } from '../../src/judge/rule-settings';
import type { JudgeSettings } from '../../src/judge/rule-settings';
import { RULE_IDS } from '../../src/judge/rules';
import { AssessmentSchema } from '../../src/signals/assessment';
import type { Assessment, Level } from '../../src/signals/assessment';
import { ListingSchema } from '../../src/signals/listing';
import type { Listing } from '../../src/signals/listing';
import { BADGES, BusinessTypeSchema, SupplierSchema } from '../../src/signals/supplier';
import type { Supplier } from '../../src/signals/supplier';
import { withRule } from './build';

const orNull = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
/** Mostly anywhere in range, sometimes exactly on a default threshold. */
const near = (min: number, max: number, edges: number[]) =>
  fc.oneof(fc.double({ min, max, noNaN: true }), fc.constantFrom(...edges));

const supplierArb: fc.Arbitrary<Supplier> = fc.record({
  name: orNull(fc.string()),
  url: orNull(fc.webUrl()),
  country: orNull(fc.stringMatching(/^[A-Z]{2}$/)),
  yearsActive: orNull(fc.integer({ min: 0, max: 100 })),
  badges: fc.uniqueArray(fc.constantFrom(...BADGES)),
  verificationShown: fc.boolean(),
  responseRate: orNull(near(0, 1, [0.7, 0.9])),
  responseTimeHours: orNull(near(0, 500, [6, 24])),
  onTimeDeliveryRate: orNull(near(0, 1, [0.6, 0.8, 0.95])),
  rating: orNull(near(0, 5, [4, 4.5, 4.8, 5])),
  reviewCount: orNull(fc.integer({ min: 0, max: 100_000 })),
  businessType: orNull(fc.constantFrom(...BusinessTypeSchema.options)),
});

const paymentText = fc.oneof(
  fc.string(),
  fc.constantFrom(
    'T/T',
    'PayPal',
    'L/C',
    'Western Union',
    'No Western Union',
    'BTC',
    'Paypal.Western Union.TT.Trade Assurance',
    'We do not accept PayPal, Western Union or Bitcoin',
  ),
);

const listingArb: fc.Arbitrary<Listing> = fc.record({
  productId: orNull(fc.string()),
  title: orNull(paymentText),
  url: orNull(fc.webUrl()),
  price: fc.constant(null),
  moq: orNull(
    fc.record({
      quantity: fc.integer({ min: 1, max: 1e6 }),
      unit: orNull(fc.constantFrom('pieces', 'bags')),
    }),
  ),
  supplier: supplierArb,
  paymentTerms: fc.array(paymentText, { maxLength: 4 }),
});

/** Default thresholds with any weights: monotonicity must not depend on the defaults' points. */
const settingsArb: fc.Arbitrary<JudgeSettings> = fc
  .array(fc.double({ min: 0, max: 5, noNaN: true }), {
    minLength: RULE_IDS.length,
    maxLength: RULE_IDS.length,
  })
  .map((weights) =>
    RULE_IDS.reduce((s, id, i) => withRule(id, { weight: weights[i] ?? 1 }, s), DEFAULT_JUDGE_SETTINGS),
  );

const AUDIT = new Set(['verified', 'verified-pro', 'assessed']);
const fraction = fc.double({ min: 0, max: 1, noNaN: true });

/** Ways to make a listing worse on one axis, each adding a red flag or taking away a good sign. */
const worsenArb: fc.Arbitrary<[string, (l: Listing) => Listing]> = fc.oneof(
  fc.constant<[string, (l: Listing) => Listing]>([
    'drop verification',
    (l) => ({
      ...l,
      supplier: {
        ...l.supplier,
        verificationShown: true,
        badges: l.supplier.badges.filter((b) => !AUDIT.has(b)),
      },
    }),
  ]),
  fc.constant<[string, (l: Listing) => Listing]>([
    'drop trade assurance',
    (l) => ({
      ...l,
      supplier: { ...l.supplier, badges: l.supplier.badges.filter((b) => b !== 'trade-assurance') },
    }),
  ]),
  fc
    .integer({ min: 0, max: 100 })
    .map((k): [string, (l: Listing) => Listing] => [
      `fewer years (${k})`,
      (l) => ({ ...l, supplier: { ...l.supplier, yearsActive: Math.min(l.supplier.yearsActive ?? 1, k) } }),
    ]),
  fc.double({ min: 0, max: 200, noNaN: true }).map((d): [string, (l: Listing) => Listing] => [
    `slower response (+${d}h)`,
    (l) => ({
      ...l,
      supplier: { ...l.supplier, responseTimeHours: (l.supplier.responseTimeHours ?? 24.5) + d },
    }),
  ]),
  fraction.map((f): [string, (l: Listing) => Listing] => [
    `lower response rate (×${f})`,
    (l) => ({ ...l, supplier: { ...l.supplier, responseRate: (l.supplier.responseRate ?? 0.69) * f } }),
  ]),
  fraction.map((f): [string, (l: Listing) => Listing] => [
    `lower on-time delivery (×${f})`,
    (l) => ({
      ...l,
      supplier: { ...l.supplier, onTimeDeliveryRate: (l.supplier.onTimeDeliveryRate ?? 0.79) * f },
    }),
  ]),
  // A lower rating is worse only where enough reviews stand behind it (see the rating rule).
  fraction.map((f): [string, (l: Listing) => Listing] => [
    `lower rating with ≥5 reviews (×${f})`,
    (l) => {
      const { rating, reviewCount } = l.supplier;
      if (rating === null || reviewCount === null || reviewCount < 5) return l;
      return { ...l, supplier: { ...l.supplier, rating: rating * f } };
    },
  ]),
  fc.constant<[string, (l: Listing) => Listing]>([
    'trading company',
    (l) => ({ ...l, supplier: { ...l.supplier, businessType: 'trading' } }),
  ]),
  fc
    .constantFrom('Western Union', 'paypal.western union', 'USDT')
    .map((t): [string, (l: Listing) => Listing] => [
      `add ${t} to payment terms`,
      (l) => ({ ...l, paymentTerms: [...l.paymentTerms, t] }),
    ]),
);

const RANK: Record<Exclude<Level, 'unknown'>, number> = { low: 0, medium: 1, high: 2 };

function checkValid(a: Assessment): void {
  expect(AssessmentSchema.safeParse(a).success).toBe(true);
  if (a.risk === null) expect(a.level).toBe('unknown');
  else expect(Number.isInteger(a.risk) && a.risk >= 0 && a.risk <= 100).toBe(true);
}

describe('judge properties', () => {
  it('the arbitraries make schema-valid signals', () => {
    fc.assert(
      fc.property(
        listingArb,
        (l) => ListingSchema.safeParse(l).success && SupplierSchema.safeParse(l.supplier).success,
      ),
    );
  });

  it('every assessment is valid, with risk in 0..100 or null', () => {
    fc.assert(
      fc.property(listingArb, settingsArb, (l, s) => {
        checkValid(judgeListing(l, s));
        checkValid(judgeSupplier(l.supplier, s));
      }),
      { numRuns: 500 },
    );
  });

  it('making a listing worse on one axis never lowers risk or level', () => {
    fc.assert(
      fc.property(listingArb, worsenArb, settingsArb, (l, [, worsen], s) => {
        const before = judgeListing(l, s);
        const after = judgeListing(worsen(l), s);
        if (before.level === 'unknown') return; // nothing to lower; unknown may become anything
        expect(after.level).not.toBe('unknown');
        expect(after.risk).toBeGreaterThanOrEqual(before.risk ?? 0);
        expect(RANK[after.level as keyof typeof RANK]).toBeGreaterThanOrEqual(RANK[before.level]);
      }),
      { numRuns: 1000 },
    );
  });

  it('a danger finding always means level high', () => {
    fc.assert(
      fc.property(listingArb, (l) => {
        const a = judgeListing(l, DEFAULT_JUDGE_SETTINGS);
        if (a.findings.some((f) => f.severity === 'danger')) expect(a.level).toBe('high');
      }),
      { numRuns: 500 },
    );
  });

  it('lists concerns before good signals, worst first', () => {
    const order = [
      'concern:danger',
      'concern:warning',
      'concern:info',
      'good:danger',
      'good:warning',
      'good:info',
    ];
    fc.assert(
      fc.property(listingArb, (l) => {
        const ranks = judgeListing(l, DEFAULT_JUDGE_SETTINGS).findings.map((f) =>
          order.indexOf(`${f.tone}:${f.severity}`),
        );
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }),
    );
  });

  it('a disabled rule never produces its finding', () => {
    fc.assert(
      fc.property(listingArb, fc.constantFrom(...RULE_IDS), (l, id) => {
        const s = withRule(id, { enabled: false });
        expect(judgeListing(l, s).findings.some((f) => f.rule === id)).toBe(false);
        expect(judgeSupplier(l.supplier, s).findings.some((f) => f.rule === id)).toBe(false);
      }),
    );
  });

  it('is pure: the same input gives the same output and is left unchanged', () => {
    fc.assert(
      fc.property(listingArb, (l) => {
        const copy = structuredClone(l);
        expect(judgeListing(l, DEFAULT_JUDGE_SETTINGS)).toEqual(judgeListing(copy, DEFAULT_JUDGE_SETTINGS));
        expect(l).toEqual(copy);
      }),
    );
  });
});

describe('JudgeSettingsSchema', () => {
  it('accepts DEFAULT_JUDGE_SETTINGS unchanged', () => {
    expect(JudgeSettingsSchema.parse(DEFAULT_JUDGE_SETTINGS)).toEqual(DEFAULT_JUDGE_SETTINGS);
  });

  it('accepts any weights from 0 to 5', () => {
    fc.assert(fc.property(settingsArb, (s) => JudgeSettingsSchema.safeParse(s).success));
  });

  it.each<[string, JudgeSettings]>([
    ['a negative weight', withRule('response-rate', { weight: -1 })],
    ['a rate above 1', withRule('response-rate', { goodAtLeast: 90 })],
    ['years thresholds out of order', withRule('years-on-platform', { mildAtMost: 6 })],
    ['on-time thresholds out of order', withRule('on-time-delivery', { dangerBelow: 0.9 })],
    ['medium above high', { ...DEFAULT_JUDGE_SETTINGS, levels: { medium: 80, high: 70 } }],
    ['more evidence than there are signals', { ...DEFAULT_JUDGE_SETTINGS, minimumEvidence: 7 }],
  ])('rejects %s', (_, settings) => {
    expect(JudgeSettingsSchema.safeParse(settings).success).toBe(false);
  });
});
