import { MAX_RISKIEST } from '../messaging/limits';
import type { RiskyCard } from '../messaging/page-protocol';
import type { Level } from '../signals/assessment';
import type { Judged } from './card-badges';

/** Which levels count as risky for the popup's riskiest list, and their order (0: not listed). */
const RISKY_RANK: Record<Level, number> = { high: 2, medium: 1, low: 0, unknown: 0 };
/** A key too long for the message (RiskyCardSchema) would make the popup drop the whole summary. */
const MAX_CARD_KEY = 200;

/**
 * The medium- and high-risk cards badged on the page now, riskiest first:
 * what the buyer should look at first. Low and unknown are no warning, so
 * they are left out rather than padding the list.
 */
export function riskiestCards(
  judged: ReadonlyMap<string, Judged>,
  badgedKeys: ReadonlySet<string>,
): RiskyCard[] {
  const risky: Array<{ card: RiskyCard; risk: number }> = [];
  for (const key of badgedKeys) {
    const verdict = judged.get(key);
    if (!verdict || RISKY_RANK[verdict.assessment.level] === 0 || key.length > MAX_CARD_KEY) continue;
    const concern = verdict.assessment.findings.find((finding) => finding.tone === 'concern');
    const card: RiskyCard = {
      key,
      title: verdict.title,
      subject: verdict.subject,
      level: verdict.assessment.level,
      finding: concern?.message ?? null,
    };
    risky.push({ card, risk: verdict.assessment.risk ?? 0 });
  }
  // Stable sort: equal risks keep page order.
  risky.sort((a, b) => RISKY_RANK[b.card.level] - RISKY_RANK[a.card.level] || b.risk - a.risk);
  return risky.slice(0, MAX_RISKIEST).map(({ card }) => card);
}
