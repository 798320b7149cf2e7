import {
  MAX_ALLOWED,
  SettingsChangeSchema,
  type AllowedSupplier,
  type SettingsChange,
} from './settings-change';
import { MAX_TARGETS, TargetPriceSchema, type WritableArea } from './market-settings';
import type { TargetPrice } from '../prices/observation';
import { readAllowlist, SETTINGS_KEY } from './settings';
import { describeStorageError } from './storage-error';
import { migrateSettings, SETTINGS_VERSION, type Migrated } from './settings-migrations';

export type SaveResult = { ok: true } | { ok: false; error: string };

/** What went wrong with each part of a change, in words for the buyer. */
const INVALID: Record<keyof SettingsChange, string> = {
  judge:
    'The rule settings were refused: a threshold is out of range, or two thresholds contradict each other.',
  targets: 'A target price is incomplete: it needs product words, a price above zero, a currency and a unit.',
  rates: 'Rates need a date (YYYY-MM-DD) and, for each currency code, a number above zero.',
  addTarget:
    'A target price is incomplete: it needs product words, a price above zero, a currency and a unit.',
  allow: 'The supplier to mark as verified is not one the shortlist knows.',
  disallow: 'The supplier to unmark is not one the shortlist knows.',
};

/** The change validated; the same words whether the options page or the background finds the problem. */
export function checkSettingsChange(change: unknown): { ok: true; change: SettingsChange } | SaveFailure {
  const parsed = SettingsChangeSchema.safeParse(change);
  if (parsed.success) return { ok: true, change: parsed.data };
  const field = parsed.error.issues[0]?.path[0];
  const error =
    typeof field === 'string' && field in INVALID
      ? INVALID[field as keyof SettingsChange]
      : 'The settings change was not readable.';
  return { ok: false, error: `${error} Nothing was changed.` };
}

type SaveFailure = { ok: false; error: string };

// Saves wait for the one before them on the same storage: each reads and
// writes the whole settings object, so two at once would lose one's change.
const queues = new WeakMap<WritableArea, Promise<SaveResult>>();

/**
 * The one writer of stored settings. Applies the change onto what is stored,
 * migrated to the current version first, keeping every field the change
 * leaves out. Refuses, writing nothing, when the stored value is unreadable
 * or from a newer version. Never throws: a storage failure (such as a full
 * quota) comes back as an error in plain words.
 */
export function saveSettings(
  area: WritableArea,
  change: SettingsChange,
  now = Date.now(),
): Promise<SaveResult> {
  const previous = queues.get(area) ?? Promise.resolve();
  const result = previous
    .then(() => applyChange(area, change, now))
    .catch((error: unknown): SaveResult => ({ ok: false, error: describeStorageError(error) }));
  queues.set(area, result);
  return result;
}

async function applyChange(area: WritableArea, input: SettingsChange, now: number): Promise<SaveResult> {
  const checked = checkSettingsChange(input);
  if (!checked.ok) return checked;
  const change = checked.change;
  let raw: unknown;
  try {
    raw = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch (error) {
    return {
      ok: false,
      error: `Couldn't read the saved settings (${describe(error)}). Nothing was changed.`,
    };
  }
  const migrated: Migrated =
    raw === undefined ? { ok: true, stored: { version: SETTINGS_VERSION } } : migrateSettings(raw);
  if (!migrated.ok) return refused(migrated.reason);
  const next = { ...migrated.stored };
  if (change.judge) next.judge = change.judge;
  if (change.targets) next.targets = change.targets;
  if (change.addTarget) {
    const targets = withTarget(Array.isArray(next.targets) ? next.targets : [], change.addTarget);
    if (!targets.ok) return targets;
    next.targets = targets.list;
  }
  if (change.rates) next.rates = change.rates;
  if (change.allow || change.disallow) {
    const allowlist = changeAllowlist(readAllowlist(next.allowlist).allowlist, change, now);
    if (!allowlist.ok) return allowlist;
    next.allowlist = allowlist.list;
  }
  try {
    await area.set({ [SETTINGS_KEY]: next });
  } catch (error) {
    return { ok: false, error: describeStorageError(error) };
  }
  return { ok: true };
}

/**
 * Adds a target, replacing one for the same product words (any case),
 * currency and unit. Stored entries that can't be read are kept as they are
 * (reading them shows a notice); only a valid duplicate is replaced.
 */
function withTarget(list: unknown[], target: TargetPrice): { ok: true; list: unknown[] } | SaveFailure {
  const same = (stored: unknown) => {
    const other = TargetPriceSchema.safeParse(stored);
    return (
      other.success &&
      other.data.product.toLowerCase() === target.product.toLowerCase() &&
      other.data.currency === target.currency &&
      other.data.unit.toLowerCase() === target.unit.toLowerCase()
    );
  };
  const kept = list.filter((other) => !same(other));
  if (kept.length >= MAX_TARGETS) {
    return {
      ok: false,
      error: `You have ${MAX_TARGETS} target prices, the most Supplier Radar keeps. Remove one in the options first. Nothing was changed.`,
    };
  }
  return { ok: true, list: [...kept, target] };
}

/** Adds or replaces one supplier by key, or removes one (removing wins when a change does both). */
function changeAllowlist(
  list: AllowedSupplier[],
  change: SettingsChange,
  now: number,
): { ok: true; list: AllowedSupplier[] } | SaveFailure {
  let next = list;
  if (change.allow) {
    // The "since" date of a mark can't be later than the save that records it.
    const allowed = { ...change.allow, verifiedAt: Math.min(change.allow.verifiedAt, now) };
    const at = next.findIndex((entry) => entry.key === allowed.key);
    if (at >= 0) next = next.map((entry, i) => (i === at ? allowed : entry));
    else if (next.length >= MAX_ALLOWED)
      return {
        ok: false,
        error: `You have marked ${MAX_ALLOWED.toLocaleString('en-US')} suppliers as verified, the most Supplier Radar keeps. Undo one in the options first. Nothing was changed.`,
      };
    else next = [...next, allowed];
  }
  if (change.disallow) next = next.filter((entry) => entry.key !== change.disallow);
  return { ok: true, list: next };
}

function refused(reason: 'unreadable' | 'newer' | 'unknown-version'): SaveFailure {
  const error =
    reason === 'newer'
      ? 'The saved settings come from a newer version of Supplier Radar; nothing was changed. Update the extension to change them.'
      : `The saved settings are ${reason === 'unreadable' ? 'unreadable' : 'from an unknown version'}; nothing was changed. “Delete everything” in the options starts again from the defaults.`;
  return { ok: false, error };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
