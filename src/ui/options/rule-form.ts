import type { z } from 'zod';
import {
  DEFAULT_JUDGE_SETTINGS,
  JudgeSettingsSchema,
  type JudgeSettings,
  type RuleId,
} from '../../judge/rule-settings';
import { LEVEL_LABELS, RULE_LABELS, WEIGHT_RANGE, type Unit } from './rule-labels';

/**
 * The rules form keeps what the buyer typed as text, so a half-typed or
 * wrong value stays on screen to be fixed instead of turning into 0.
 */
export interface RuleDraft {
  enabled: boolean;
  /** "weight" and every threshold, in the units shown (percentages as 0..100). */
  values: Record<string, string>;
}

export interface JudgeDraft {
  rules: Record<RuleId, RuleDraft>;
  medium: string;
  high: string;
  minimumEvidence: string;
}

/** Where a problem is shown: on a rule, or on the risk levels. */
export type ProblemPlace = RuleId | 'levels';
export interface Problem {
  place: ProblemPlace;
  text: string;
}

export const RULE_IDS = Object.keys(DEFAULT_JUDGE_SETTINGS.rules) as RuleId[];

export function toDraft(judge: JudgeSettings): JudgeDraft {
  const rules = {} as Record<RuleId, RuleDraft>;
  for (const id of RULE_IDS) rules[id] = ruleToDraft(id, judge.rules[id]);
  return {
    rules,
    medium: String(judge.levels.medium),
    high: String(judge.levels.high),
    minimumEvidence: String(judge.minimumEvidence),
  };
}

export function ruleToDraft(id: RuleId, settings: JudgeSettings['rules'][RuleId]): RuleDraft {
  const stored = settings as unknown as Record<string, number>;
  const values: Record<string, string> = { weight: String(settings.weight) };
  for (const threshold of RULE_LABELS[id].thresholds) {
    values[threshold.key] = shown(stored[threshold.key] ?? Number.NaN, threshold.unit);
  }
  return { enabled: settings.enabled, values };
}

/** The settings the draft describes, or every problem in plain words. */
export function fromDraft(
  draft: JudgeDraft,
): { ok: true; judge: JudgeSettings } | { ok: false; problems: Problem[] } {
  const rules: Record<string, Record<string, unknown>> = {};
  for (const id of RULE_IDS) {
    const rule = draft.rules[id];
    const settings: Record<string, unknown> = { enabled: rule.enabled, weight: number(rule.values.weight) };
    for (const threshold of RULE_LABELS[id].thresholds) {
      settings[threshold.key] = stored(number(rule.values[threshold.key]), threshold.unit);
    }
    rules[id] = settings;
  }
  const candidate = {
    rules,
    levels: { medium: number(draft.medium), high: number(draft.high) },
    minimumEvidence: number(draft.minimumEvidence),
  };
  const parsed = JudgeSettingsSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, judge: parsed.data };
  const problems = parsed.error.issues.map(describe);
  const unique = problems.filter((p, i) => problems.findIndex((q) => q.text === p.text) === i);
  return { ok: false, problems: unique };
}

function describe(issue: z.core.$ZodIssue): Problem {
  const [top, id, key] = issue.path;
  if (top === 'rules' && typeof id === 'string' && id in RULE_LABELS) {
    const rule = RULE_LABELS[id as RuleId];
    const place = id as RuleId;
    if (key === undefined) return { place, text: `${rule.name}: ${rule.order ?? issue.message}` };
    if (key === 'weight') return { place, text: `${rule.name}, weight: enter ${WEIGHT_RANGE}.` };
    const threshold = rule.thresholds.find((t) => t.key === key);
    if (threshold) return { place, text: `${rule.name}, “${threshold.label}”: enter ${threshold.range}.` };
  }
  if (top === 'levels' && (id === 'medium' || id === 'high')) {
    return { place: 'levels', text: `“${LEVEL_LABELS[id].label}”: enter ${LEVEL_LABELS[id].range}.` };
  }
  if (top === 'minimumEvidence') {
    const label = LEVEL_LABELS.minimumEvidence;
    return { place: 'levels', text: `“${label.label}”: enter ${label.range}.` };
  }
  if (top === undefined) return { place: 'levels', text: LEVEL_LABELS.order };
  return { place: 'levels', text: `${issue.path.join(' › ')}: ${issue.message}` };
}

/** An empty field is no number (Number('') would be 0). */
function number(text: string | undefined): number {
  const trimmed = (text ?? '').trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

function shown(value: number, unit: Unit): string {
  // Rounded so that 0.7 shows as "70", not "70.00000000000001".
  return String(unit === 'percent' ? Math.round(value * 100 * 1e6) / 1e6 : value);
}

function stored(value: number, unit: Unit): number {
  return unit === 'percent' ? value / 100 : value;
}
