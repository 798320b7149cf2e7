import type { ChatFinding, ChatRuleId } from '../signals/chat';
import { RULE_VOICES } from './advice';
import type { ChatContext } from './context';
import { PAY_INSTRUCTION } from './lexicon/details-change-context';
import { PRESSURE_ABOUT_MONEY } from './lexicon/pressure-context';
import { asksTheReader, genuineCheckEnd } from './asks-if-genuine';
import { isQuoted, isQuotedNotSaid } from './quoted-answer';
import { isInAWarning } from './warning';
import { matchesOf } from './matches';
import { viewMessage, type Hit, type MessageView } from './message-view';
import { isInstructionRefused } from './negation';
import { isRefusedAfter } from './refused-after';
import { offPlatformContact } from './rules/off-platform-contact';
import { offPlatformPayment, paidInTheOrder } from './rules/off-platform-payment';
import { paymentDetailsChange } from './rules/payment-details-change';
import { pressure } from './rules/pressure';
import { suspiciousLink } from './rules/suspicious-link';

export type { ChatContext } from './context';

/** Findings for one message's text, read on its own. Pure; never throws. */
export function detectMessage(text: string, context: ChatContext = {}): ChatFinding[] {
  return findingsFor(viewMessage(text), context);
}

export function findingsFor(view: MessageView, context: ChatContext): ChatFinding[] {
  const change = paymentDetailsChange(view, context);
  let hits: Array<[ChatRuleId, Hit | null]> = [
    ['off-platform-payment', offPlatformPayment(view) ?? (change ? payToChange(view) : null)],
    ['payment-details-change', change],
    ['off-platform-contact', offPlatformContact(view)],
    ['suspicious-link', suspiciousLink(view)],
    ['pressure', pressure(view)],
  ];
  // A buyer quoting a message to ask if it was real ("… Was that you??") asks for nothing by it; a link pasted in is still
  // a danger, and a request made after the check is the writer's own.
  const checkedUpTo = hits.some(([rule, hit]) => hit && rule !== 'suspicious-link')
    ? genuineCheckEnd(view.letters)
    : -1;
  if (checkedUpTo >= 0) {
    const askedAfter = asksTheReader(view.letters.slice(checkedUpTo));
    hits = hits.map(([rule, hit]) => [
      rule,
      hit && rule !== 'suspicious-link' && checked(view, hit, checkedUpTo, askedAfter) ? null : hit,
    ]);
  }
  // Words quoted in a reply to the buyer's question about them, or on a forwarded line in a warning, are discussed, not
  // said ("re your question: "the container leaves in 6 hours" — yes, but …"); a link stays a danger wherever it is.
  // The cue searches and the account, wallet, e-mail and phone checks already pass such words over; this covers the
  // rest (a beneficiary, a pay-to-change instruction, a chat link).
  hits = hits.map(([rule, hit]) => [
    rule,
    hit && rule !== 'suspicious-link' && isQuotedNotSaid(view, hit) ? null : hit,
  ]);
  // A payment page named in a warning ("we received reports of a fake e-mail … with a link to tradeassurance-alibaba.
  // verify-pay.net") or quoted in one is the link rule's finding alone: the warning asks no one to pay there.
  const link = hits.find(([rule]) => rule === 'suspicious-link')?.[1];
  if (link && (namedInAWarning(view, link) || isQuotedNotSaid(view, link)))
    hits = hits.filter(([rule, hit]) => !(rule === 'off-platform-payment' && hit?.start === link.start));
  const findings: ChatFinding[] = [];
  for (const [rule, hit] of hits) {
    if (!hit) continue;
    const voice = RULE_VOICES[rule];
    findings.push({
      rule,
      severity: rule === 'pressure' ? pressureSeverity(view, findings.length > 0) : voice.severity,
      message: voice.message(hit.label, hit.noun),
      evidence: view.text.slice(hit.start, hit.end),
      advice: hit.advice ?? voice.advice,
    });
  }
  return findings;
}

/**
 * Part of the message being checked: before the check's words, quoted, or after them in a message that asks the reader
 * for nothing after the check (`askedAfter`).
 */
function checked(view: MessageView, hit: Hit, checkedUpTo: number, askedAfter: boolean): boolean {
  return hit.start < checkedUpTo || isQuoted(view, hit) || !askedAfter;
}

/** What a warning calls a link it reports: "a link to", "a link like", "links such as". */
const A_LINK_REPORTED = /\blinks?\s+(?:to|like|such\s+as|called)\s*:?\s*$/u;

/** The link is one a warning reports ("a fake e-mail … with a link to …"), not one it offers ("use only our portal: …"). */
function namedInAWarning(view: MessageView, link: Hit): boolean {
  return (
    A_LINK_REPORTED.test(view.letters.slice(Math.max(0, link.start - 24), link.start)) &&
    isInAWarning(view.letters, link.start)
  );
}

/** A changed account the message also tells the buyer to pay ("here are the new details", "pay the balance there"). */
function payToChange(view: MessageView): Hit | null {
  for (const match of matchesOf(PAY_INSTRUCTION.pattern, view.letters)) {
    // "We moved to a new bank, but please pay through Alibaba as usual": paid in the order, not to the new bank.
    // Nor payments said no to ("bankamız dolar ödemelerini kabul etmiyor": our bank takes no dollar payments).
    const end = match.index + match[0].length;
    if (
      isInstructionRefused(view.letters, match.index) ||
      isRefusedAfter(view.letters, end) ||
      paidInTheOrder(view, match.index)
    )
      continue;
    return { label: 'to a changed account', start: match.index, end: clauseEnd(view.letters, end) };
  }
  return null;
}

/** What follows a word in its clause, up to 60 characters. */
const CLAUSE_REST = /[^.!?;:,，。！？；：\n]{0,60}/uy;

/**
 * Where the clause an instruction word starts ends, so the evidence reads as
 * a phrase ("attached letterhead", "use the attached details for the deposit")
 * rather than one word.
 * A clause longer than 60 characters stops at its last whole word.
 */
function clauseEnd(text: string, from: number): number {
  CLAUSE_REST.lastIndex = from;
  let rest = CLAUSE_REST.exec(text)?.[0] ?? '';
  if (rest.length === 60 && from + 60 < text.length) rest = rest.slice(0, Math.max(0, rest.lastIndexOf(' ')));
  return from + rest.trimEnd().length;
}

/** Urgency about money, or beside another finding, is a warning; otherwise a note. */
function pressureSeverity(view: MessageView, withOtherFindings: boolean): ChatFinding['severity'] {
  return withOtherFindings || PRESSURE_ABOUT_MONEY.test(view.letters) ? 'warning' : 'info';
}
