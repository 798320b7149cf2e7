import { describe, expect, it } from 'vitest';
import { DEFAULT_JUDGE_SETTINGS } from '../../src/judge/rule-settings';
import { REFERENCE_RATES } from '../../src/prices/reference-rates';
import { loadSettings, SETTINGS_KEY, SETTINGS_VERSION } from '../../src/storage/settings';

const verified = (key: string, verifiedAt = 1_700_000_000_000) => ({ key, name: `Shop ${key}`, verifiedAt });

const areaWith = (value: unknown) => ({
  get: async (key: string) => (key === SETTINGS_KEY && value !== undefined ? { [key]: value } : {}),
});

describe('loadSettings', () => {
  it('uses the defaults when nothing is stored', async () => {
    expect(await loadSettings(areaWith(undefined))).toEqual({
      judge: DEFAULT_JUDGE_SETTINGS,
      targets: [],
      rates: REFERENCE_RATES,
      allowlist: [],
      notices: [],
    });
  });

  it('keeps valid stored values', async () => {
    const judge = structuredClone(DEFAULT_JUDGE_SETTINGS);
    judge.rules['years-on-platform'].concernAtMost = 2;
    judge.levels = { medium: 30, high: 60 };
    const loaded = await loadSettings(areaWith({ version: SETTINGS_VERSION, judge }));
    expect(loaded).toEqual({ judge, targets: [], rates: REFERENCE_RATES, allowlist: [], notices: [] });
  });

  it('keeps price thresholds saved before the outlier fence existed, and adds the fence at its default', async () => {
    const judge = structuredClone(DEFAULT_JUDGE_SETTINGS);
    const saved: Record<string, unknown> = { ...judge.rules['price-far-below-benchmark'], dangerBelow: 0.6 };
    delete saved.outlierFence;
    const stored = { ...judge, rules: { ...judge.rules, 'price-far-below-benchmark': saved } };
    const loaded = await loadSettings(areaWith({ version: SETTINGS_VERSION, judge: stored }));
    expect(loaded.judge.rules['price-far-below-benchmark']).toEqual({
      ...DEFAULT_JUDGE_SETTINGS.rules['price-far-below-benchmark'],
      dangerBelow: 0.6,
    });
    expect(loaded.notices).toEqual([]);
  });

  it('falls back field by field, with a notice, keeping the valid rest', async () => {
    const judge = structuredClone(DEFAULT_JUDGE_SETTINGS) as unknown as Record<
      string,
      Record<string, unknown>
    >;
    judge.rules!['response-rate'] = { enabled: 'yes' };
    judge.rules!['years-on-platform'] = {
      ...DEFAULT_JUDGE_SETTINGS.rules['years-on-platform'],
      goodAtLeast: 9,
    };
    judge.minimumEvidence = -3 as unknown as Record<string, unknown>;
    const loaded = await loadSettings(areaWith({ version: SETTINGS_VERSION, judge }));
    expect(loaded.judge.rules['response-rate']).toEqual(DEFAULT_JUDGE_SETTINGS.rules['response-rate']);
    expect(loaded.judge.rules['years-on-platform'].goodAtLeast).toBe(9);
    expect(loaded.judge.minimumEvidence).toBe(DEFAULT_JUDGE_SETTINGS.minimumEvidence);
    expect(loaded.notices).toHaveLength(2);
  });

  it('replaces inconsistent level thresholds with the defaults', async () => {
    const judge = { ...DEFAULT_JUDGE_SETTINGS, levels: { medium: 80, high: 20 } };
    const loaded = await loadSettings(areaWith({ version: SETTINGS_VERSION, judge }));
    expect(loaded.judge.levels).toEqual(DEFAULT_JUDGE_SETTINGS.levels);
    expect(loaded.notices).toEqual(['Risk level thresholds were inconsistent; using the defaults.']);
  });

  it.each([
    ['a string', 'garbage', 'unreadable'],
    ['a newer version', { version: SETTINGS_VERSION + 1, judge: {} }, 'newer version'],
    ['no version', { judge: {} }, 'unknown version'],
    ['version 0', { version: 0, judge: {} }, 'unknown version'],
    ['null', null, 'unreadable'],
  ])('uses defaults with a notice for %s', async (_name, stored, words) => {
    const minimumEvidence = 5;
    const loaded = await loadSettings(
      areaWith(typeof stored === 'object' && stored ? { ...stored, judge: { minimumEvidence } } : stored),
    );
    expect(loaded.judge).toEqual(DEFAULT_JUDGE_SETTINGS);
    expect(loaded.allowlist).toEqual([]);
    expect(loaded.notices).toHaveLength(1);
    expect(loaded.notices[0]).toContain(words);
  });

  it('reads target prices one by one, dropping the invalid with a notice', async () => {
    const good = { product: 'bubble sofa', price: 400, currency: 'USD', unit: 'piece' };
    const loaded = await loadSettings(
      areaWith({
        version: SETTINGS_VERSION,
        judge: DEFAULT_JUDGE_SETTINGS,
        targets: [good, { ...good, price: -1 }, { ...good, currency: 'dollars' }, 'sofa'],
      }),
    );
    expect(loaded.targets).toEqual([good]);
    expect(loaded.notices).toEqual(['3 saved target prices were invalid and ignored.']);
  });

  it('lays the buyer’s exchange rates over the bundled table, and keeps the bundled one when they are invalid', async () => {
    const stored = (rates: unknown) => ({ version: SETTINGS_VERSION, judge: DEFAULT_JUDGE_SETTINGS, rates });
    const mine = await loadSettings(areaWith(stored({ date: '2026-11-20', perUsd: { EUR: 0.9, USD: 3 } })));
    expect(mine.rates.date).toBe('2026-11-20');
    expect(mine.rates.perUsd).toEqual({ ...REFERENCE_RATES.perUsd, EUR: 0.9, USD: 1 });
    const broken = await loadSettings(areaWith(stored({ date: 'yesterday', perUsd: { EUR: -1 } })));
    expect(broken.rates).toBe(REFERENCE_RATES);
    expect(broken.notices).toEqual([
      `Saved exchange rates were invalid; using the bundled rates of ${REFERENCE_RATES.date}.`,
    ]);
  });

  it('reads verified suppliers one by one, dropping the invalid with a notice', async () => {
    const good = [verified('alibaba:acme'), verified('alibaba:bolt')];
    const loaded = await loadSettings(
      areaWith({
        version: SETTINGS_VERSION,
        allowlist: [
          good[0],
          { key: 'x', name: null, verifiedAt: 1 },
          { ...good[1], verifiedAt: -5 },
          good[1],
          7,
        ],
      }),
    );
    expect(loaded.allowlist).toEqual(good);
    expect(loaded.notices).toEqual(['3 saved verified suppliers were invalid and ignored.']);
  });

  it('counts a supplier marked twice once, the later mark winning', async () => {
    const loaded = await loadSettings(
      areaWith({
        version: SETTINGS_VERSION,
        allowlist: [verified('alibaba:acme', 1), verified('alibaba:bolt'), verified('alibaba:acme', 2)],
      }),
    );
    expect(loaded.allowlist.map((entry) => [entry.key, entry.verifiedAt])).toEqual([
      ['alibaba:acme', 2],
      ['alibaba:bolt', 1_700_000_000_000],
    ]);
    expect(loaded.notices).toEqual([]);
  });

  it('keeps the rest of the settings when the verified list is unreadable', async () => {
    const targets = [{ product: 'sofa', price: 250, currency: 'USD', unit: 'piece' }];
    const loaded = await loadSettings(
      areaWith({ version: SETTINGS_VERSION, targets, allowlist: { 'alibaba:acme': true } }),
    );
    expect(loaded.allowlist).toEqual([]);
    expect(loaded.targets).toEqual(targets);
    expect(loaded.notices).toEqual(['Saved verified suppliers were unreadable; none are marked verified.']);
  });
});
