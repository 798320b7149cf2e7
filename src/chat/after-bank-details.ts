import type { ChatFinding } from '../signals/chat';
import { secondPieceIn } from './account-pieces';
import { BANK_SHORT_NAMES, findBareNumbers, type AccountMention } from './accounts';
import { RULE_VOICES } from './advice';

// What a supplier's message means once the supplier has given bank details in the chat.

/** Words that speak of the number as an account's: "same account", "correct is …", "le bon numéro" (a pasted order number has none). */
const SPEAKS_OF_THE_NUMBER =
  /\b(?:account|acct|acc|a\/c|card|iban|number|no|num|use|same|correct|right\s+one|full|complete|part|rest|typo|typing|wrong|mistake|misma|mismo|mesma|mesmo|même|meme|aynı|ayni|sama|conta|cuenta|compte|rekening)\b|número|numéro|номер|тот\s+же|та\s+же|账号|卡号|号码|账户|一样/u;

/** An order's or a parcel's number, in any words: "Numéro de commande : 2402 8813 …", "put order no. … in reference". */
const ABOUT_AN_ORDER_OR_A_PARCEL =
  /\b(?:order|orders|commande|pedido|encomenda|ordine|bestellung|sipari[şs]|pesanan|tracking|suivi|rastreo|rastreio|waybill|awb|b\/l)\b|заказ|订单|运单|đơn\s+hàng/u;

/**
 * Long numbers no word names, spoken of as the account's or correcting one given before (`corrects`), or a short one
 * said to go on from the last ("Second part: 8842 10").
 */
export function bareNumbers(text: string, corrects: (key: string) => boolean): AccountMention[] {
  if (ABOUT_AN_ORDER_OR_A_PARCEL.test(text)) return [];
  const numbers = findBareNumbers(text);
  const long = SPEAKS_OF_THE_NUMBER.test(text) ? numbers : numbers.filter((number) => corrects(number.key));
  if (long.length > 0) return long;
  const piece = secondPieceIn(text);
  return piece ? [piece] : [];
}

/**
 * After bank details, the supplier picks the bank or the account to pay: "pls use Industrial Bank only", "kindly remit
 * to ICICI only", "for USD use the BOCOM one", "por favor usar a nova", "pls follow the 5576 number".
 */
const BANK_CHOSEN = new RegExp(
  `\\b(?:use|remit|pay|transfer|wire)\\b[^.!?\\n]{0,40}?(?:\\bbank\\b(?!\\s+(?:slip|receipt|copy|charges?|statement|fees?|transfer\\s+slip))|\\b(?:${BANK_SHORT_NAMES})\\b|\\b(?:new|other|second|correct)\\s+(?:one|account|acc|number)\\b)|\\bfollow\\s+the\\s+\\S+\\s+number\\b|(?<![\\p{L}])(?:usar|use|pague|transfira|transfiera|envie|envíe)\\s+(?:a\\s+|la\\s+|na\\s+|en\\s+la\\s+)?(?:nova|nueva|outra|otra)(?![\\p{L}])`,
  'u',
);

export function bankChosenAfterDetails(letters: string): { text: string } | null {
  const chosen = BANK_CHOSEN.exec(letters);
  return chosen ? { text: chosen[0] } : null;
}

/** Paying outside, read from what the supplier gave before: an account number, or the bank to use. */
export function paidAfterBankDetails(evidence: string, aNumber: boolean): ChatFinding {
  const voice = RULE_VOICES['off-platform-payment'];
  const what = aNumber ? 'an account number' : 'the bank to pay';
  return {
    rule: 'off-platform-payment',
    severity: voice.severity,
    message: voice.message(`${what}, after the bank details given earlier in this chat`),
    evidence,
    advice: voice.advice,
  };
}
