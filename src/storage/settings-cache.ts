import { loadSettings, SETTINGS_KEY, type KeyValueArea, type LoadedSettings } from './settings';

/** The slice of browser.storage.onChanged the cache listens to. */
export interface ChangeEvents {
  addListener(listener: (changes: Record<string, unknown>, areaName: string) => void): void;
}

/**
 * Settings read once and kept until they change in storage. Storage stays the
 * truth: a restarted worker starts with an empty cache and reads it again, and
 * a change made in the options page drops the copy. Saves a storage round trip
 * and a validation per message, on the path of every scroll batch.
 */
export function cachedSettings(
  area: KeyValueArea,
  changes: ChangeEvents,
  areaName = 'local',
): () => Promise<LoadedSettings> {
  let cached: Promise<LoadedSettings> | null = null;
  changes.addListener((changed, changedArea) => {
    if (changedArea === areaName && SETTINGS_KEY in changed) cached = null;
  });
  return () => {
    const pending = cached ?? loadSettings(area);
    cached = pending;
    // A failed read is not kept: the next message tries storage again.
    pending.catch(() => {
      if (cached === pending) cached = null;
    });
    return pending;
  };
}
