import { CHAT_RULE_IDS, type ChatFinding, type ChatMessage, type CheckedMessage } from '../signals/chat';
import { memoryBook, type AccountBook } from './account-book';
import { AccountPieces } from './account-pieces';
import { bankChosenAfterDetails, bareNumbers, paidAfterBankDetails } from './after-bank-details';
import type { AccountMention } from './accounts';
import { RULE_VOICES } from './advice';
import { concernsTheBuyersOwnMessage } from './buyers-own-message';
import { TALKING_ELSEWHERE_THREAD } from './contact-thread';
import type { ChatContext } from './context';
import { findingsFor } from './detect';
import { viewMessage, type MessageView } from './message-view';
import { LINK_THREAD } from './link-thread';
import { PAYING_OUTSIDE_THREAD, PAYING_WHERE_THE_TALK_MOVED } from './payment-thread';
import { RequestThread } from './request-thread';

/**
 * Findings for each message of a conversation, in order. Beyond each message on its own: a supplier account that
 * differs from one given earlier (in this check, or in `book` from earlier visits) is a payment-details change, one
 * sent in pieces is one account, and after bank details a bare number or a bank picked is paying outside; the buyer's
 * own messages keep only what puts the buyer at risk; a short reply that carries a supplier's request to pay or talk
 * outside on is a finding too. docs/CHAT-RULES.md, "Across a conversation", has the rest.
 *
 * `earlier` are messages of the same conversation checked before these (a live chat sends the last few with each new
 * message): they are not judged again, only read for account numbers begun there and finished here, and for a
 * supplier's request still open.
 */
export function checkConversation(
  messages: readonly ChatMessage[],
  context: ChatContext = {},
  book: AccountBook = memoryBook(),
  earlier: readonly ChatMessage[] = [],
): CheckedMessage[] {
  const pieces = new AccountPieces();
  const threads = [
    PAYING_OUTSIDE_THREAD,
    TALKING_ELSEWHERE_THREAD,
    PAYING_WHERE_THE_TALK_MOVED,
    LINK_THREAD,
  ].map((spec) => new RequestThread(spec));
  const afterEarlierDetails = book.earlier().length > 0;
  for (const message of earlier) {
    const view = viewMessage(message.text);
    // Judged already: only a supplier's findings matter here, to open a thread (a buyer's reply can only close one).
    const findings = message.from === 'supplier' ? ownFindings(view, message, context) : [];
    for (const thread of threads) thread.follow(view, message.from, findings);
    if (message.from !== 'supplier') continue;
    const { accounts, wholes } = accountsIn(view, afterEarlierDetails, pieces);
    accounts.forEach((account, i) => pieces.add(wholes[i] ?? account.key));
  }
  return messages.map((message) => {
    const view = viewMessage(message.text);
    const findings = ownFindings(view, message, context);
    for (const thread of threads) {
      const carriedOn = thread.follow(view, message.from, findings);
      if (carriedOn) findings.push(carriedOn);
    }
    if (message.from === 'supplier') {
      const afterBankDetails = book.earlier().length > 0;
      const { accounts, bare, wholes } = accountsIn(view, afterBankDetails, pieces);
      const changed = accountChange(accounts, book, wholes);
      if (changed && !findings.some((f) => f.rule === 'payment-details-change')) findings.push(changed);
      const paidThere = bare[0] ?? (afterBankDetails ? bankChosenAfterDetails(view.letters) : null);
      if (paidThere && !findings.some((f) => f.rule === 'off-platform-payment'))
        findings.push(paidAfterBankDetails(paidThere.text, bare.length > 0));
      accounts.forEach((account, i) => {
        const key = wholes[i] ?? account.key;
        book.remember(key, key.slice(-4));
        pieces.add(key);
      });
    }
    return { ...message, findings: findings.sort(byRuleOrder) };
  });
}

/** The message's findings on its own; the buyer's keep only what puts the buyer at risk. */
function ownFindings(view: MessageView, message: ChatMessage, context: ChatContext): ChatFinding[] {
  return findingsFor(view, { ...context, from: message.from }).filter(
    (finding) => message.from !== 'buyer' || concernsTheBuyersOwnMessage(finding, view),
  );
}

/**
 * The account numbers a supplier's message gives, each with the whole number it finishes when it finishes one begun
 * earlier. After bank details, a bare long number is the account's: "sure: 6228-4801-9876-5431-219, same account".
 */
function accountsIn(
  view: MessageView,
  afterBankDetails: boolean,
  pieces: AccountPieces,
): { accounts: AccountMention[]; bare: AccountMention[]; wholes: Array<string | null> } {
  const bare =
    view.accounts.length === 0 && afterBankDetails
      ? bareNumbers(view.text, (key) => pieces.corrects(key))
      : [];
  const accounts = view.accounts.length > 0 ? view.accounts : bare;
  const wholes = accounts.map((account) => pieces.wholeOf(account.key, view.letters));
  return { accounts, bare, wholes };
}

/** The first account of the message that the book doesn't know and that finishes no number begun earlier, if the book knows others. */
function accountChange(
  accounts: readonly AccountMention[],
  book: AccountBook,
  wholes: ReadonlyArray<string | null>,
): ChatFinding | null {
  const earlier = book.earlier();
  const fresh = accounts.find((account, i) => wholes[i] === null && !book.knows(account.key));
  if (!fresh || earlier.length === 0) return null;
  const voice = RULE_VOICES['payment-details-change'];
  const before = earlier.map((lastFour) => `…${lastFour}`).join(', ');
  return {
    rule: 'payment-details-change',
    severity: voice.severity,
    message: voice.message(
      `account …${fresh.lastFour} differs from the one given earlier in this chat (${before})`,
    ),
    evidence: fresh.text,
    advice: voice.advice,
  };
}

function byRuleOrder(a: ChatFinding, b: ChatFinding): number {
  return CHAT_RULE_IDS.indexOf(a.rule) - CHAT_RULE_IDS.indexOf(b.rule);
}
