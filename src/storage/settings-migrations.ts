/** The shape of the stored settings object this version reads and writes. */
export const SETTINGS_VERSION = 2;

type StoredObject = Record<string, unknown>;

/**
 * MIGRATIONS[n] turns a stored version-n object into version n + 1. Each one
 * only adds or reshapes what its version changed and keeps every other field,
 * so settings saved by any earlier version arrive whole.
 */
const MIGRATIONS: Record<number, (stored: StoredObject) => StoredObject> = {
  // v2: the verified-supplier allowlist ("I have verified this supplier").
  1: (stored) => ({ ...stored, version: 2, allowlist: [] }),
};

export type Migrated =
  { ok: true; stored: StoredObject } | { ok: false; reason: 'unreadable' | 'newer' | 'unknown-version' };

/**
 * The stored settings as a current-version object, migrated in memory step by
 * step. The input is never changed: reading leaves storage as it was, and only
 * a save writes the migrated object back.
 */
export function migrateSettings(stored: unknown): Migrated {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    return { ok: false, reason: 'unreadable' };
  }
  const source = stored as StoredObject;
  const version = source.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'unknown-version' };
  }
  if (version > SETTINGS_VERSION) return { ok: false, reason: 'newer' };
  let current: StoredObject = { ...source };
  for (let from = version; from < SETTINGS_VERSION; from++) {
    const step = MIGRATIONS[from];
    if (!step) return { ok: false, reason: 'unknown-version' };
    current = step(current);
  }
  return { ok: true, stored: current };
}
