import { DEFAULT_JUDGE_SETTINGS, JudgeSettingsSchema, type JudgeSettings } from '../judge/rule-settings';
import type { TargetPrice } from '../prices/observation';
import { REFERENCE_RATES, type RateTable } from '../prices/reference-rates';
import { readMarketSettings } from './market-settings';

/** The slice of browser.storage.local the settings need (a fake in tests). */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
}

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;

export interface LoadedSettings {
  judge: JudgeSettings;
  /** The buyer's target prices, the first benchmark a price is held to. */
  targets: TargetPrice[];
  /** Exchange rates: the bundled table, with any rates the buyer entered. */
  rates: RateTable;
  /** One line per stored value that could not be used and fell back to its default. */
  notices: string[];
}

/**
 * Reads the buyer's settings. A malformed stored value falls back to its
 * default field by field, with a notice; nothing stored is ever rewritten here.
 */
export async function loadSettings(area: KeyValueArea): Promise<LoadedSettings> {
  const stored = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  const defaults = { judge: DEFAULT_JUDGE_SETTINGS, targets: [], rates: REFERENCE_RATES };
  if (stored === undefined) return { ...defaults, notices: [] };
  if (!isRecord(stored) || stored.version !== SETTINGS_VERSION) {
    return { ...defaults, notices: ['Saved settings are from an unknown version; using defaults.'] };
  }
  const judge = readJudgeSettings(stored.judge);
  const market = readMarketSettings(stored);
  return {
    judge: judge.judge,
    targets: market.targets,
    rates: market.rates,
    notices: [...judge.notices, ...market.notices],
  };
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
