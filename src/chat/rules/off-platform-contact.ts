import { CONTACT_MOVES, OTHER_MOVES } from '../lexicon/contact';
import {
  ASKS_TO_BE_CONTACTED,
  DELIVERY_CONTEXT,
  MAIL_PROMISED_BEFORE,
  ON_THE_GOODS,
  PAYEE_BEFORE,
  PHONE_NUMBER,
  SENDER_AFTER,
  SENDER_BEFORE,
  SIGNATURE_BEFORE,
  WRITE_THERE_TOO,
  WROTE_AFTER,
} from '../lexicon/contact-details';
import { APP_MOVES, NAMES_AN_APP } from '../lexicon/contact-apps';
import { CHAT_APP_NAMES } from '../lexicon/domains';
import { COURIER_ACCOUNT_BEFORE } from '../accounts';
import { endsAnAddressBlock } from '../address-block';
import { endsInsideIban } from '../iban';
import type { LinkMention } from '../links';
import { isWithin, matchesOf } from '../matches';
import { anyCandidate, firstHit, hitAt, type Hit, type MessageView } from '../message-view';
import { isCueRefused, isRefused } from '../negation';
import { isQuotedNotSaid } from '../quoted-answer';
import { sentenceAround } from '../sentences';

/** "Pls call our courier agent Mr. Daniel +44 …, he tell you how to pay": a number to call about paying, not a driver's. */
const AN_AGENT_TO_PAY =
  /\b(?:our|my)\s+(?:courier\s+|customs\s+|clearance\s+)?agent\b[^!?\n]{0,80}?\b(?:pay|payment|fee)\b/u;

/** What PHONE_NUMBER needs, in a cheaper search: nine digits, maybe with spaces, dashes, dots or brackets between. */
const NINE_DIGITS = /\d(?:[\s().-]{0,2}\d){8}/;

/** The other side's ask, quoted and answered: "> Pls send me your WhatsApp -- Sorry sir, our policy is …". */
const ANSWERED_NO = /^\s*(?:--+|—)\s*(?:sorry|no)\b/u;

/**
 * Moving the talk where the platform can't see it: a messaging app, a
 * meeting link, an e-mail address, a phone number to call. A courier's or
 * driver's number, and an e-mail given only as a PayPal payee, are not.
 */
export function offPlatformContact(view: MessageView): Hit | null {
  // The anchor scan already knows most messages name no app; the app regex is the costlier test.
  const namesAnApp = anyCandidate(view, APP_MOVES) && NAMES_AN_APP.test(view.letters);
  const cues = namesAnApp ? CONTACT_MOVES : OTHER_MOVES;
  // An instruction ("…, give me your number") is refused only in its own clause.
  const move = firstHit(
    view,
    cues,
    (start, end, cue) =>
      !isCueRefused(view.letters, start, cue) &&
      !ANSWERED_NO.test(view.letters.slice(end, end + 20)) &&
      !(cue.mayBePrintedOnGoods && printedBefore(view.letters, start)),
  );
  if (move) return move;
  const link = view.links.find((l) => l.kind === 'contact' || isChatLookAlike(l));
  if (link) return hitAt('a chat or meeting link', link.index, link.text);
  for (const email of view.emails) {
    const before = view.text.slice(0, email.index);
    const after = view.text.slice(email.index + email.text.length, email.index + email.text.length + 24);
    const quotedSender =
      (SENDER_BEFORE.test(before) || SENDER_AFTER.test(after) || WROTE_AFTER.test(after)) &&
      !MAIL_PROMISED_BEFORE.test(before);
    const payee =
      PAYEE_BEFORE.test(before) && !WRITE_THERE_TOO.test(view.text.slice(email.index + email.text.length));
    if (email.kind === 'official' || payee || quotedSender) continue;
    // "https://alibaba.com@evil.example/pay": a link's disguise, which the link rule reports.
    if (insideLink(view, email.index) || onTheGoods(sentenceAround(view.text, email.index).text)) continue;
    const hit = hitAt('an e-mail address', email.index, email.text);
    // One quoted or reported in a warning is passed over, so one given after it is still found.
    if (!isRefused(view.text, email.index) && !isQuotedNotSaid(view, hit)) return hit;
  }
  for (const phone of NINE_DIGITS.test(view.text) ? matchesOf(PHONE_NUMBER, view.text) : []) {
    const sentence = sentenceAround(view.text, phone.index).text;
    const anAgentToPay = AN_AGENT_TO_PAY.test(sentence);
    if (
      !anAgentToPay &&
      (DELIVERY_CONTEXT.test(sentence) || onTheGoods(sentence) || endsAnAddressBlock(view.text, phone.index))
    )
      continue;
    // Inside an account number: "GB29 REVO 0099 7123 4455 66" holds a run of digits shaped like a phone's.
    if (view.accounts.some((account) => isWithin(phone.index, account))) continue;
    const before = view.text.slice(Math.max(0, phone.index - 40), phone.index);
    if (
      endsInsideIban(before) ||
      (!anAgentToPay && COURIER_ACCOUNT_BEFORE.test(before)) ||
      inSignature(view.text, phone.index)
    )
      continue;
    const hit = hitAt('a phone number', phone.index, phone[0]);
    if (!isRefused(view.text, phone.index) && !isQuotedNotSaid(view, hit)) return hit;
  }
  return null;
}

/** A number in the signature under a mail's closing, with no ask to be reached there. */
function inSignature(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 140), index);
  const closing = SIGNATURE_BEFORE.exec(before);
  return closing !== null && !ASKS_TO_BE_CONTACTED.test(before.slice(closing.index));
}

/**
 * A chat app's name in a look-alike host, with a chat or a group to join: "chat.whatsapp-business-group.xyz/join/…"
 * still takes the buyer to a chat (not "whatsapp-verify.top/login", a login page the link rule reports).
 */
const CHAT_APP_IN_HOST = new RegExp(`(?:^|[.-])(?:${CHAT_APP_NAMES.join('|')})(?:[.-]|$)`);
const A_CHAT_TO_JOIN = /\b(?:chat|join|group|invite)/;

function isChatLookAlike(link: LinkMention): boolean {
  return (
    link.kind === 'service-look-alike' &&
    CHAT_APP_IN_HOST.test(link.host) &&
    A_CHAT_TO_JOIN.test(`${link.host} ${link.path}`)
  );
}

function insideLink(view: MessageView, index: number): boolean {
  return view.links.some((link) => isWithin(index, link));
}

/** "Print our Instagram handle @casa_verde on the bags": the goods come first, not "our WhatsApp is …, printed on the catalogue too". */
function printedBefore(text: string, index: number): boolean {
  const sentence = sentenceAround(text, index);
  return onTheGoods(text.slice(sentence.start, index));
}

/** The buyer's own details for a box, label or manual, not the supplier's own nor an ask to be contacted. */
function onTheGoods(sentence: string): boolean {
  return ON_THE_GOODS.test(sentence) && !ASKS_TO_BE_CONTACTED.test(sentence);
}
