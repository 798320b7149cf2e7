import { describe, expect, it } from 'vitest';
import { DEFAULT_JUDGE_SETTINGS } from '../../src/judge/rule-settings';
import { loadSettings, SETTINGS_KEY } from '../../src/storage/settings';
import { migrateSettings, SETTINGS_VERSION } from '../../src/storage/settings-migrations';

// Settings exactly as version 1 of the extension saved them.
const judgeV1 = structuredClone(DEFAULT_JUDGE_SETTINGS);
judgeV1.rules['response-rate'] = { enabled: false, weight: 2, concernBelow: 0.5, goodAtLeast: 0.8 };
judgeV1.levels = { medium: 35, high: 65 };
const storedV1 = {
  version: 1,
  judge: judgeV1,
  targets: [{ product: 'bubble sofa', price: 250, currency: 'USD', unit: 'piece' }],
  rates: { date: '2026-11-20', perUsd: { EUR: 0.9 } },
};

const areaWith = (value: unknown) => ({
  get: async (key: string) => (key === SETTINGS_KEY ? { [key]: value } : {}),
});

describe('settings migrations', () => {
  it('brings every earlier version up to the current one', () => {
    for (let version = 1; version < SETTINGS_VERSION; version++) {
      const migrated = migrateSettings({ version, judge: {} });
      expect(migrated).toMatchObject({ ok: true, stored: { version: SETTINGS_VERSION } });
    }
  });

  it('adds an empty allowlist to version 1, keeping every other field', () => {
    const extra = { ...storedV1, somethingElse: { kept: true } };
    expect(migrateSettings(extra)).toEqual({
      ok: true,
      stored: { ...extra, version: 2, allowlist: [] },
    });
  });

  it('migrates in memory only: the stored object is not changed', () => {
    const stored = structuredClone(storedV1);
    migrateSettings(stored);
    expect(stored).toEqual(storedV1);
  });

  it('refuses what it cannot know', () => {
    expect(migrateSettings({ version: SETTINGS_VERSION + 1 })).toEqual({ ok: false, reason: 'newer' });
    expect(migrateSettings({ version: '1' })).toEqual({ ok: false, reason: 'unknown-version' });
    expect(migrateSettings({ version: 1.5 })).toEqual({ ok: false, reason: 'unknown-version' });
    expect(migrateSettings([])).toEqual({ ok: false, reason: 'unreadable' });
  });

  it('loads version-1 settings with their rules, targets and rates, and no verified suppliers', async () => {
    const loaded = await loadSettings(areaWith(storedV1));
    expect(loaded.judge).toEqual(judgeV1);
    expect(loaded.targets).toEqual(storedV1.targets);
    expect(loaded.rates.date).toBe('2026-11-20');
    expect(loaded.rates.perUsd.EUR).toBe(0.9);
    expect(loaded.allowlist).toEqual([]);
    expect(loaded.notices).toEqual([]);
  });

  it('falls back field by field in version-1 settings too', async () => {
    const broken = {
      ...storedV1,
      judge: { ...judgeV1, levels: 'high' },
      targets: [storedV1.targets[0], 'x'],
    };
    const loaded = await loadSettings(areaWith(broken));
    expect(loaded.judge.rules['response-rate']).toEqual(judgeV1.rules['response-rate']);
    expect(loaded.judge.levels).toEqual(DEFAULT_JUDGE_SETTINGS.levels);
    expect(loaded.targets).toEqual(storedV1.targets);
    expect(loaded.notices).toEqual([
      'Setting "levels" was invalid; using its default.',
      '1 saved target price was invalid and ignored.',
    ]);
  });
});
