import { CHAT_RULE_IDS, type ChatRuleId } from '../signals/chat';
import { detectMessage } from './detect';

export interface LabelledMessage {
  id: string;
  text: string;
  labels: ChatRuleId[];
}

export interface RuleScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface Evaluation {
  perRule: Record<ChatRuleId, RuleScore>;
  /** The danger rules counted together (off-platform-payment, payment-details-change, suspicious-link). */
  danger: RuleScore;
  /** Messages where the detector and the labels disagree, with what differs. */
  misses: Array<{ id: string; missing: ChatRuleId[]; extra: ChatRuleId[] }>;
}

const DANGER_RULES: readonly ChatRuleId[] = [
  'off-platform-payment',
  'payment-details-change',
  'suspicious-link',
];

/** Precision and recall per rule id of the detector on labelled messages, each read on its own. */
export function evaluate(messages: readonly LabelledMessage[]): Evaluation {
  const counts = new Map<ChatRuleId, [number, number, number]>(
    CHAT_RULE_IDS.map((rule) => [rule, [0, 0, 0]]),
  );
  const misses: Evaluation['misses'] = [];
  for (const message of messages) {
    const found = new Set(detectMessage(message.text).map((finding) => finding.rule));
    const wanted = new Set(message.labels);
    for (const rule of CHAT_RULE_IDS) {
      const count = counts.get(rule) as [number, number, number];
      if (found.has(rule) && wanted.has(rule)) count[0]++;
      else if (found.has(rule)) count[1]++;
      else if (wanted.has(rule)) count[2]++;
    }
    const missing = CHAT_RULE_IDS.filter((rule) => wanted.has(rule) && !found.has(rule));
    const extra = CHAT_RULE_IDS.filter((rule) => found.has(rule) && !wanted.has(rule));
    if (missing.length + extra.length > 0) misses.push({ id: message.id, missing, extra });
  }
  const perRule = Object.fromEntries(
    CHAT_RULE_IDS.map((rule) => [rule, score(...(counts.get(rule) as [number, number, number]))]),
  ) as Record<ChatRuleId, RuleScore>;
  const sum = (k: 0 | 1 | 2) =>
    DANGER_RULES.reduce((total, rule) => total + (counts.get(rule) as number[])[k]!, 0);
  return { perRule, danger: score(sum(0), sum(1), sum(2)), misses };
}

function score(truePositives: number, falsePositives: number, falseNegatives: number): RuleScore {
  const ratio = (a: number, b: number) => (a + b === 0 ? 1 : a / (a + b));
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    precision: ratio(truePositives, falsePositives),
    recall: ratio(truePositives, falseNegatives),
  };
}
