import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_JUDGE_SETTINGS } from '../../src/judge/rule-settings';
import { checkSettingsChange, saveSettings } from '../../src/storage/save-settings';
import { loadSettings, SETTINGS_KEY, SETTINGS_VERSION } from '../../src/storage/settings';
import { MAX_ALLOWED, type SettingsChange } from '../../src/storage/settings-change';

function memoryArea(initial?: unknown) {
  const data: Record<string, unknown> =
    initial === undefined ? {} : { [SETTINGS_KEY]: structuredClone(initial) };
  return {
    data,
    get: vi.fn(async (key: string) => (key in data ? { [key]: structuredClone(data[key]) } : {})),
    set: vi.fn(async (items: Record<string, unknown>) => void Object.assign(data, structuredClone(items))),
  };
}

const NOW = 1_800_000_000_000;
const sofa = { product: 'bubble sofa', price: 250, currency: 'USD', unit: 'piece' };
const acme = { key: 'alibaba:acme', name: 'Acme Furniture', verifiedAt: NOW - 1_000 };
const bolt = { key: 'alibaba:bolt', name: null, verifiedAt: NOW - 2_000 };

describe('saveSettings', () => {
  it('starts the settings when none are stored', async () => {
    const area = memoryArea();
    expect(await saveSettings(area, { targets: [sofa] }, NOW)).toEqual({ ok: true });
    expect(area.data[SETTINGS_KEY]).toEqual({ version: SETTINGS_VERSION, targets: [sofa] });
  });

  it('changes only what it is given, keeping every other stored field', async () => {
    const stored = { version: SETTINGS_VERSION, targets: [sofa], allowlist: [acme], future: 'kept' };
    const area = memoryArea(stored);
    const judge = structuredClone(DEFAULT_JUDGE_SETTINGS);
    judge.rules['response-time'].concernAboveHours = 48;
    await saveSettings(area, { judge }, NOW);
    expect(area.data[SETTINGS_KEY]).toEqual({ ...stored, judge });
    const rates = { date: '2026-11-20', perUsd: { EUR: 0.9 } };
    await saveSettings(area, { rates }, NOW);
    expect(area.data[SETTINGS_KEY]).toEqual({ ...stored, judge, rates });
  });

  it('migrates version-1 settings before changing them, keeping their rules, targets and rates', async () => {
    const judge = { ...DEFAULT_JUDGE_SETTINGS, minimumEvidence: 4 };
    const rates = { date: '2026-11-20', perUsd: { EUR: 0.9 } };
    const area = memoryArea({ version: 1, judge, targets: [sofa], rates });
    await saveSettings(area, { allow: acme }, NOW);
    expect(area.data[SETTINGS_KEY]).toEqual({ version: 2, judge, targets: [sofa], rates, allowlist: [acme] });
    const loaded = await loadSettings(area);
    expect(loaded.judge.minimumEvidence).toBe(4);
    expect(loaded.allowlist).toEqual([acme]);
  });

  it('adds a target from the shortlist, replacing the one for the same product, currency and unit only', async () => {
    const wipes = { product: 'lens wipes', price: 0.02, currency: 'USD', unit: 'piece' };
    const area = memoryArea({ version: SETTINGS_VERSION, targets: [sofa, wipes, { product: '' }] });
    const cheaperSofa = { ...sofa, product: 'Bubble Sofa', price: 180 };
    expect(await saveSettings(area, { addTarget: cheaperSofa }, NOW)).toEqual({ ok: true });
    const stored = area.data[SETTINGS_KEY] as { targets: unknown[] };
    // The unreadable entry stays as stored (reading it shows a notice); the sofa target is replaced.
    expect(stored.targets).toEqual([wipes, { product: '' }, cheaperSofa]);
    await saveSettings(area, { addTarget: { ...sofa, currency: 'EUR' } }, NOW);
    expect((await loadSettings(area)).targets).toHaveLength(3);
  });

  it('adds, replaces and removes verified suppliers one at a time, by key', async () => {
    const area = memoryArea({ version: SETTINGS_VERSION, allowlist: [acme] });
    await saveSettings(area, { allow: bolt }, NOW);
    const renamed = { ...acme, name: 'Acme Furniture Co.' };
    await saveSettings(area, { allow: renamed }, NOW);
    expect((await loadSettings(area)).allowlist).toEqual([renamed, bolt]);
    await saveSettings(area, { disallow: acme.key }, NOW);
    expect((await loadSettings(area)).allowlist).toEqual([bolt]);
  });

  it('never dates a verification after the save that records it', async () => {
    const area = memoryArea();
    await saveSettings(area, { allow: { ...acme, verifiedAt: NOW + 86_400_000 } }, NOW);
    expect((await loadSettings(area)).allowlist[0]?.verifiedAt).toBe(NOW);
  });

  it('keeps two changes sent at once', async () => {
    const area = memoryArea({ version: SETTINGS_VERSION, allowlist: [] });
    await Promise.all([saveSettings(area, { allow: acme }, NOW), saveSettings(area, { allow: bolt }, NOW)]);
    expect((await loadSettings(area)).allowlist).toEqual([acme, bolt]);
  });

  it('drops unusable verified suppliers when it rewrites the list', async () => {
    const area = memoryArea({ version: SETTINGS_VERSION, allowlist: [acme, { key: 'x' }] });
    await saveSettings(area, { allow: bolt }, NOW);
    expect((area.data[SETTINGS_KEY] as { allowlist: unknown }).allowlist).toEqual([acme, bolt]);
  });

  it('refuses to grow the verified list past its limit', async () => {
    const full = Array.from({ length: MAX_ALLOWED }, (_, i) => ({ ...acme, key: `alibaba:shop${i}` }));
    const area = memoryArea({ version: SETTINGS_VERSION, allowlist: full });
    const result = await saveSettings(area, { allow: bolt }, NOW);
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringContaining('the most Supplier Radar keeps'),
    });
    expect(area.set).not.toHaveBeenCalled();
    expect(await saveSettings(area, { allow: { ...full[0]!, name: 'Renamed' } }, NOW)).toEqual({ ok: true });
  });

  it.each([
    ['from a newer version', { version: SETTINGS_VERSION + 1, judge: {} }, 'newer version'],
    ['without a version', { judge: {} }, 'unknown version'],
    ['unreadable', 'garbage', 'unreadable'],
  ])('writes nothing when the stored settings are %s', async (_name, stored, words) => {
    const area = memoryArea(stored);
    const result = await saveSettings(area, { targets: [sofa] }, NOW);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining(words) });
    expect(area.set).not.toHaveBeenCalled();
    expect(area.data[SETTINGS_KEY]).toEqual(stored);
  });

  it('validates the change again, writing nothing when it is invalid', async () => {
    const area = memoryArea({ version: SETTINGS_VERSION });
    const judge = { ...DEFAULT_JUDGE_SETTINGS, levels: { medium: 80, high: 20 } };
    const bad: SettingsChange[] = [{ judge }, { targets: [{ ...sofa, price: -1 }] }, { disallow: 'x' }];
    for (const change of bad) {
      const result = await saveSettings(area, change, NOW);
      expect(result).toMatchObject({ ok: false, error: expect.stringContaining('Nothing was changed.') });
    }
    expect(area.set).not.toHaveBeenCalled();
  });

  it('reports a full storage in plain words instead of throwing', async () => {
    const area = memoryArea();
    area.set.mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const result = await saveSettings(area, { targets: [sofa] }, NOW);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('no more room') });
    area.get.mockRejectedValueOnce(new Error('storage unavailable'));
    expect(await saveSettings(area, { targets: [sofa] }, NOW)).toMatchObject({
      ok: false,
      error: expect.stringContaining('storage unavailable'),
    });
    // A failed save doesn't hold up the next one.
    expect(await saveSettings(area, { targets: [sofa] }, NOW)).toEqual({ ok: true });
  });
});

describe('checkSettingsChange', () => {
  it('names the part of the change that is wrong', () => {
    expect(checkSettingsChange({ rates: { date: 'today', perUsd: {} } })).toEqual({
      ok: false,
      error:
        'Rates need a date (YYYY-MM-DD) and, for each currency code, a number above zero. Nothing was changed.',
    });
    expect(checkSettingsChange({ targets: [sofa] })).toEqual({ ok: true, change: { targets: [sofa] } });
  });
});
