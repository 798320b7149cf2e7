import { describe, expect, it } from 'vitest';
import { judgeListing, judgeReading, judgeSupplier } from '../../src/judge/judge';
import { DEFAULT_JUDGE_SETTINGS } from '../../src/judge/rule-settings';
import { RULES, RULE_IDS } from '../../src/judge/rules';
import { AssessmentSchema } from '../../src/signals/assessment';
import type { Assessment } from '../../src/signals/assessment';
import type { PageReading } from '../../src/signals/reading';
import { listing, supplier, withRule } from './build';

const settings = DEFAULT_JUDGE_SETTINGS;

const established = supplier({
  name: 'Ningbo Example Lighting Co., Ltd.',
  country: 'CN',
  yearsActive: 13,
  badges: ['gold', 'verified', 'trade-assurance'],
  verificationShown: true,
  responseRate: 0.95,
  responseTimeHours: 2,
  onTimeDeliveryRate: 0.981,
  rating: 4.8,
  reviewCount: 312,
  businessType: 'manufacturer',
});

const youngTrader = supplier({
  name: 'Shenzhen Example Trade Co., Ltd.',
  country: 'CN',
  yearsActive: 1,
  badges: ['gold'],
  verificationShown: true,
  rating: 5,
  reviewCount: 2,
  businessType: 'trading',
});

function valid(a: Assessment): Assessment {
  return AssessmentSchema.parse(a);
}

describe('judgeSupplier', () => {
  it('rates a 13-year verified manufacturer with good stats low', () => {
    const a = valid(judgeSupplier(established, settings));
    expect(a.level).toBe('low');
    expect(a.risk).toBeLessThan(settings.levels.medium);
    expect(a.findings.every((f) => f.tone === 'good')).toBe(true);
    expect(a.findings.map((f) => f.message)).toEqual([
      'On the platform for 13 years',
      'Verified supplier (third-party audit)',
      'Offers Trade Assurance (protected only when you pay on the platform)',
      'Response time ≤2h',
      'Response rate 95%',
      'On-time delivery 98.1%',
      'Rated 4.8 from 312 reviews',
      'Manufacturer (as the supplier describes itself)',
    ]);
  });

  it('rates a 1-year unverified trading company rated 5.0 from 2 reviews at least medium', () => {
    const a = valid(judgeSupplier(youngTrader, settings));
    expect(['medium', 'high']).toContain(a.level);
    expect(a.findings.map((f) => [f.rule, f.severity, f.tone])).toEqual([
      ['years-on-platform', 'warning', 'concern'],
      ['third-party-verification', 'warning', 'concern'],
      ['gold-membership', 'info', 'concern'],
      ['rating-and-reviews', 'info', 'concern'],
      ['business-type', 'info', 'concern'],
    ]);
    expect(a.findings[3]?.message).toBe('Rated 5.0 from only 2 reviews: too few to trust');
  });

  it('says unknown, with no risk, for a supplier the page shows nothing about', () => {
    expect(valid(judgeSupplier(supplier(), settings))).toEqual({
      risk: null,
      level: 'unknown',
      findings: [],
    });
  });

  it('still lists findings when the evidence is too thin to score', () => {
    const a = valid(judgeSupplier(supplier({ badges: ['trade-assurance'], yearsActive: 8 }), settings));
    expect(a.level).toBe('unknown');
    expect(a.risk).toBeNull();
    expect(a.findings.map((f) => f.rule)).toEqual(['years-on-platform', 'trade-assurance']);
  });

  it('lets a danger finding speak even when evidence is thin', () => {
    const a = valid(judgeSupplier(supplier({ onTimeDeliveryRate: 0.4 }), settings));
    expect(a.level).toBe('high');
    expect(a.risk).toBeGreaterThanOrEqual(settings.levels.high);
  });

  it('ignores listing-only rules', () => {
    const a = judgeSupplier(established, settings);
    expect(a.findings.some((f) => f.rule === 'off-platform-payment-terms')).toBe(false);
  });

  it('is pure: same input, same output', () => {
    expect(judgeSupplier(youngTrader, settings)).toEqual(judgeSupplier(youngTrader, settings));
  });
});

describe('judgeListing', () => {
  const offer = listing({
    title: 'Wholesale LED Bulb E27 9W',
    paymentTerms: ['Paypal.Western Union.TT.Trade Assurance'],
    supplier: established,
  });

  it('rates a listing that offers Western Union high, even from a good supplier', () => {
    const a = valid(judgeListing(offer, settings));
    expect(a.level).toBe('high');
    const first = a.findings[0];
    expect(first?.rule).toBe('off-platform-payment-terms');
    expect(first?.severity).toBe('danger');
    expect(first?.message).toContain('Western Union');
    expect(first?.evidence).toContain('Paypal.Western Union.TT.Trade Assurance');
  });

  it('judges the same supplier the same way when the listing says nothing risky', () => {
    const plain = listing({ supplier: established, paymentTerms: ['T/T', 'PayPal'] });
    expect(judgeListing(plain, settings)).toEqual(judgeSupplier(established, settings));
  });

  it('is high for a young unverified trader offering Bitcoin', () => {
    const a = valid(judgeListing(listing({ supplier: youngTrader, paymentTerms: ['BTC'] }), settings));
    expect(a.level).toBe('high');
    expect(a.findings[0]?.message).toContain('Bitcoin');
  });

  it('drops a disabled rule and its points', () => {
    const off = withRule('off-platform-payment-terms', { enabled: false });
    const a = valid(judgeListing(offer, off));
    expect(a.findings.some((f) => f.rule === 'off-platform-payment-terms')).toBe(false);
    expect(a.level).toBe('low');
  });

  it('scales points by weight; weight 0 keeps the finding but adds nothing', () => {
    const zero = withRule('years-on-platform', { weight: 0 });
    const young = supplier({ yearsActive: 1, verificationShown: true, badges: ['verified'] });
    const a = judgeSupplier(young, zero);
    const b = judgeSupplier({ ...young, yearsActive: 3 }, zero);
    expect(a.findings[0]?.rule).toBe('years-on-platform');
    expect(a.risk).toBe(b.risk);
    const double = judgeSupplier(young, withRule('years-on-platform', { weight: 2 }));
    expect(double.risk).toBeGreaterThan(judgeSupplier(young, settings).risk ?? 0);
  });
});

describe('judgeReading', () => {
  it('assesses the page supplier and every listing in order', () => {
    const reading: PageReading = {
      site: 'alibaba',
      page: 'search',
      health: 'ok',
      supplier: youngTrader,
      listings: [
        listing({ productId: 'a', supplier: established }),
        listing({ productId: 'b', supplier: established, paymentTerms: ['Western Union'] }),
        listing({ productId: 'c' }),
      ],
      problems: [],
    };
    const result = judgeReading(reading, settings);
    expect(result.supplier).toEqual(judgeSupplier(youngTrader, settings));
    expect(result.listings.map((a) => a.level)).toEqual(['low', 'high', 'unknown']);
  });

  it('gives no supplier assessment when the page has no supplier of its own', () => {
    const reading: PageReading = {
      site: 'alibaba',
      page: 'search',
      health: 'ok',
      supplier: null,
      listings: [],
      problems: [],
    };
    expect(judgeReading(reading, settings)).toEqual({ supplier: null, listings: [] });
  });
});

describe('rule registry', () => {
  it('runs every rule exactly once, each under its own id, each with default settings', () => {
    expect([...RULE_IDS].sort()).toEqual(Object.keys(RULES).sort());
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    expect(Object.keys(DEFAULT_JUDGE_SETTINGS.rules).sort()).toEqual([...RULE_IDS].sort());
    for (const id of RULE_IDS) expect(RULES[id].id).toBe(id);
  });

  it('has the two listing rules: payment terms and price', () => {
    expect(RULE_IDS.filter((id) => RULES[id].appliesTo === 'listing')).toEqual([
      'off-platform-payment-terms',
      'price-far-below-benchmark',
    ]);
  });
});
