import type { ChatFinding } from '../signals/chat';
import type { MessageView } from './message-view';

// Which findings the buyer's own messages keep: what puts the buyer at risk.

/**
 * What the guard warns the buyer of in the buyer's own message: paying or talking outside, and links. Urging the
 * supplier on puts the buyer at no risk, and a buyer who asks why the account changed is already on guard.
 */
export function concernsTheBuyersOwnMessage(finding: ChatFinding, view: MessageView): boolean {
  if (finding.rule === 'pressure') return false;
  if (finding.rule === 'payment-details-change') return !ASKS.test(view.letters);
  if (finding.rule !== 'off-platform-payment') return true;
  return (
    !namedToObject(finding.evidence, view.letters) &&
    !WHY_PAY.test(view.letters) &&
    !(ASKS_WHY.test(view.letters) && NAMES_ALIBABA.test(view.letters))
  );
}

/** "Почему не через Alibaba?", "Kenapa jadi rekening pribadi? Saya bayar lewat pesanan Alibaba saja": why, and the order named. */
const ASKS_WHY =
  /\b(?:why|pourquoi|por\s?qu[ée]|porque|warum|neden|kenapa|mengapa)\b|(?<![\p{L}])(?:почему|зачем|sao\s+lại)(?![\p{L}])|为什么|為什麼|لماذا/u;
/** A question, or why: a buyer asking why the account changed is already on guard. */
const ASKS = new RegExp(`[?？]|${ASKS_WHY.source}`, 'u');
const NAMES_ALIBABA = /alibaba|阿里|信保/u;

/** "Why should I pay you by Alipay?": the buyer pushing back, not offering. */
const WHY_PAY =
  /\bwhy\s+(?:should|would|do|must)\s+(?:i|we)\s+(?:pay|send|use)\b|por\s?qu[ée]\s+(?:debo|deber[íi]a|tengo\s+que)\s+pagar|por\s+que\s+(?:devo|deveria|tenho\s+que)\s+pagar|pourquoi\s+(?:dois-je|devrais-je|je\s+dois)\s+payer|为什么要?(?:付|打|转)/u;

/** "That's a personal account. We won't pay it", 这是个人账户，我们公司只能付给公司账户: the buyer names it to say no. */
const NAMED_BEFORE = /\b(?:that|this|it)(?:'s|\s+is|\s+was)\s+(?:an?\s+|the\s+)?$|(?:这|那)是(?:个|一个)?$/u;
const OBJECTS = /\b(?:won'?t|will\s+not|cannot|can'?t|not\s+allowed|refuse)\b|只能|不能|不可以|不行/u;

function namedToObject(evidence: string, letters: string): boolean {
  const at = letters.indexOf(evidence);
  return at > 0 && NAMED_BEFORE.test(letters.slice(Math.max(0, at - 20), at)) && OBJECTS.test(letters);
}
