import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_JUDGE_SETTINGS } from '../../src/judge/rule-settings';
import { SETTINGS_KEY, SETTINGS_VERSION } from '../../src/storage/settings';
import { cachedSettings, type ChangeEvents } from '../../src/storage/settings-cache';

function fakeStorage(initial: Record<string, unknown> = {}) {
  const data = { ...initial };
  const listeners: Array<(changes: Record<string, unknown>, area: string) => void> = [];
  const area = { get: vi.fn(async (key: string) => (key in data ? { [key]: data[key] } : {})) };
  const changes: ChangeEvents = { addListener: (listener) => listeners.push(listener) };
  const set = (key: string, value: unknown, areaName = 'local') => {
    data[key] = value;
    for (const listener of listeners) listener({ [key]: { newValue: value } }, areaName);
  };
  return { area, changes, set };
}

const stored = (minimumEvidence: number) => ({
  version: SETTINGS_VERSION,
  judge: { minimumEvidence },
});

describe('cachedSettings', () => {
  it('reads storage once for many messages', async () => {
    const { area, changes } = fakeStorage({ [SETTINGS_KEY]: stored(4) });
    const load = cachedSettings(area, changes);
    const [first, second] = await Promise.all([load(), load()]);
    await load();
    expect(first.judge.minimumEvidence).toBe(4);
    expect(second).toBe(first);
    expect(area.get).toHaveBeenCalledOnce();
  });

  it('reads again after the settings change in storage, and only then', async () => {
    const { area, changes, set } = fakeStorage();
    const load = cachedSettings(area, changes);
    expect((await load()).judge).toEqual(DEFAULT_JUDGE_SETTINGS);
    set('unrelated', 1);
    set(SETTINGS_KEY, stored(5), 'sync');
    await load();
    expect(area.get).toHaveBeenCalledOnce();
    set(SETTINGS_KEY, stored(5));
    expect((await load()).judge.minimumEvidence).toBe(5);
    expect(area.get).toHaveBeenCalledTimes(2);
  });

  it('does not keep a failed read', async () => {
    const { area, changes } = fakeStorage();
    area.get.mockRejectedValueOnce(new Error('storage unavailable'));
    const load = cachedSettings(area, changes);
    await expect(load()).rejects.toThrow('storage unavailable');
    expect((await load()).judge).toEqual(DEFAULT_JUDGE_SETTINGS);
  });
});
