import type { Finding, Level } from '../signals/assessment';
import type { JudgeSettings } from './rule-settings';

/** Where every supplier starts: below "medium", so it takes concerns to get there. */
export const BASE_RISK = 30;

/** A finding with its points already weighted. */
export interface WeightedFinding {
  finding: Finding;
  points: number;
}

export interface Score {
  risk: number | null;
  level: Level;
}

function levelOf(risk: number, levels: JudgeSettings['levels']): Level {
  if (risk >= levels.high) return 'high';
  if (risk >= levels.medium) return 'medium';
  return 'low';
}

/**
 * Risk = base + points, clamped to 0..100 and rounded. Every step is
 * non-decreasing in each concern's points, so adding a concern never lowers
 * risk or level. A danger finding lifts risk to the "high" threshold: a
 * single danger is reason enough, and lifting (rather than forcing the level
 * alone) keeps risk and level telling the same story.
 */
export function score(found: readonly WeightedFinding[], evidence: number, settings: JudgeSettings): Score {
  const hasDanger = found.some((f) => f.finding.severity === 'danger' && f.finding.tone === 'concern');
  // Too little shown to judge; a danger still speaks, since one is enough.
  if (evidence < settings.minimumEvidence && !hasDanger) return { risk: null, level: 'unknown' };
  const sum = found.reduce((total, f) => total + f.points, BASE_RISK);
  const clamped = Math.min(100, Math.max(0, sum));
  const risk = Math.round(hasDanger ? Math.max(clamped, settings.levels.high) : clamped);
  return { risk, level: levelOf(risk, settings.levels) };
}
