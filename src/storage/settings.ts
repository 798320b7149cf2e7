import { DEFAULT_JUDGE_SETTINGS, JudgeSettingsSchema, type JudgeSettings } from '../judge/rule-settings';
import type { TargetPrice } from '../prices/observation';
import { REFERENCE_RATES, type RateTable } from '../prices/reference-rates';
import { readMarketSettings } from './market-settings';
import { AllowedSupplierSchema, MAX_ALLOWED, type AllowedSupplier } from './settings-change';
import { migrateSettings, SETTINGS_VERSION } from './settings-migrations';

export { SETTINGS_VERSION };

/** The slice of browser.storage.local the settings need (a fake in tests). */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
}

export const SETTINGS_KEY = 'settings';

export interface LoadedSettings {
  judge: JudgeSettings;
  /** The buyer's target prices, the first benchmark a price is held to. */
  targets: TargetPrice[];
  /** Exchange rates: the bundled table, with any rates the buyer entered. */
  rates: RateTable;
  /** Suppliers the buyer has verified for themselves, in the order they were marked. */
  allowlist: AllowedSupplier[];
  /** One line per stored value that could not be used and fell back to its default. */
  notices: string[];
}

const REFUSED_NOTICE = {
  unreadable: 'Saved settings were unreadable; using defaults.',
  'unknown-version': 'Saved settings are from an unknown version; using defaults.',
  newer: 'Saved settings come from a newer version of Supplier Radar; using defaults until it is updated.',
} as const;

/**
 * Reads the buyer's settings, migrating settings saved by an earlier version
 * in memory. A malformed stored value falls back to its default field by
 * field, with a notice; nothing stored is ever rewritten here.
 */
export async function loadSettings(area: KeyValueArea): Promise<LoadedSettings> {
  const raw = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  const defaults = { judge: DEFAULT_JUDGE_SETTINGS, targets: [], rates: REFERENCE_RATES, allowlist: [] };
  if (raw === undefined) return { ...defaults, notices: [] };
  const migrated = migrateSettings(raw);
  if (!migrated.ok) return { ...defaults, notices: [REFUSED_NOTICE[migrated.reason]] };
  const { stored } = migrated;
  const judge = readJudgeSettings(stored.judge);
  const market = readMarketSettings(stored);
  const allowlist = readAllowlist(stored.allowlist);
  return {
    judge: judge.judge,
    targets: market.targets,
    rates: market.rates,
    allowlist: allowlist.allowlist,
    notices: [...judge.notices, ...market.notices, ...allowlist.notices],
  };
}

/** Each verified supplier is checked on its own; a bad one is dropped, never the list. */
export function readAllowlist(raw: unknown): { allowlist: AllowedSupplier[]; notices: string[] } {
  if (raw === undefined) return { allowlist: [], notices: [] };
  if (!Array.isArray(raw)) {
    return {
      allowlist: [],
      notices: ['Saved verified suppliers were unreadable; none are marked verified.'],
    };
  }
  const byKey = new Map<string, AllowedSupplier>();
  let invalid = 0;
  for (const entry of raw.slice(0, MAX_ALLOWED)) {
    const parsed = AllowedSupplierSchema.safeParse(entry);
    if (!parsed.success) invalid++;
    // A key twice (not written by us) counts once: the later mark wins, as a save would.
    else byKey.set(parsed.data.key, parsed.data);
  }
  const notices =
    invalid === 0
      ? []
      : [`${invalid} saved verified supplier${invalid === 1 ? ' was' : 's were'} invalid and ignored.`];
  return { allowlist: [...byKey.values()], notices };
}

/** Validates each rule and each top-level field on its own, so one bad value can't wipe the rest. */
export function readJudgeSettings(raw: unknown): { judge: JudgeSettings; notices: string[] } {
  const notices: string[] = [];
  const source = isRecord(raw) ? raw : {};
  const storedRules = isRecord(source.rules) ? source.rules : {};
  const ruleShapes = JudgeSettingsSchema.shape.rules.shape;
  const rules = { ...DEFAULT_JUDGE_SETTINGS.rules };
  for (const id of Object.keys(ruleShapes) as Array<keyof typeof ruleShapes>) {
    if (storedRules[id] === undefined) continue;
    const parsed = ruleShapes[id].safeParse(storedRules[id]);
    if (parsed.success) Object.assign(rules, { [id]: parsed.data });
    else notices.push(`Rule "${id}" had invalid settings; using its defaults.`);
  }
  const candidate = {
    rules,
    levels: pick('levels', source.levels, notices),
    minimumEvidence: pick('minimumEvidence', source.minimumEvidence, notices),
  };
  const whole = JudgeSettingsSchema.safeParse(candidate);
  if (whole.success) return { judge: whole.data, notices };
  notices.push('Risk level thresholds were inconsistent; using the defaults.');
  return { judge: { ...candidate, levels: DEFAULT_JUDGE_SETTINGS.levels }, notices };
}

function pick<K extends 'levels' | 'minimumEvidence'>(
  key: K,
  value: unknown,
  notices: string[],
): JudgeSettings[K] {
  if (value === undefined) return DEFAULT_JUDGE_SETTINGS[key];
  const parsed = JudgeSettingsSchema.shape[key].safeParse(value);
  if (parsed.success) return parsed.data as JudgeSettings[K];
  notices.push(`Setting "${key}" was invalid; using its default.`);
  return DEFAULT_JUDGE_SETTINGS[key];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
