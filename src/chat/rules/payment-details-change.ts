import type { ChatContext } from '../context';
import { differsFromSupplier, findCompanyLine, looksLikePerson } from '../beneficiary';
import { ACCOUNT } from '../lexicon/cue';
import { DETAILS_CHANGE } from '../lexicon/details-change';
import {
  BANK_HOLIDAY,
  CLOSED,
  PAYMENT_STAYS_IN_THE_ORDER,
  STILL_PAID_IN_THE_ORDER,
  STILL_PAID_THERE_NEXT,
  THE_ORDERS_OWN_ACCOUNT,
} from '../lexicon/details-change-context';
import { firstHit, type Hit, type MessageView } from '../message-view';
import { isCueRefused, isRefused } from '../negation';
import { isRefusedAfter } from '../refused-after';
import { isInAWarning } from '../warning';
import { sentenceAround } from '../sentences';

/** Whose account is a login or a courier's, not a bank's. */
const LOGIN_OWNERS =
  '\\b(?:dhl|fedex|ups|tnt|aramex|courier|express|shipping|e-?mail|user|demo|trial|test|admin|staff|guest|login|app|software|member|game|cloud|alibaba|aliexpress|amazon|ebay|shopify|store|shop|seller|skype|instagram|facebook|google|gmail|tiktok)';
/**
 * Someone else's account, a buyer's, or the platform's, never counts as the supplier's receiving account. An
 * e-mail's only right before it: "par e-mail les nouvelles coordonnées" sends new bank details by e-mail. Nor does
 * the account money comes from: "we pay from our new Polish subsidiary's bank". "Our Alibaba bank account" is the
 * supplier's own (its login, "our Alibaba account", is A_LOGIN_BEFORE's). Nor the buyer's, threatened: "we will report
 * you to alibaba, account closed", "verify in 24 hours or account will be closed".
 */
const NOT_THE_SUPPLIERS =
  /\b(?:your|ur|(?<!\bdear\s)buyer|(?<!\b(?:our|my)\s+)alibaba|login|whats\s?app|wechat|paypal)\s+(?:(?!and\b)[\w.]+\s+)?$|\be-?mail\s+$|\bfrom\s+(?:our|my)\s+(?:\S+\s+){0,2}$|\breport\s+(?:you|u)\b(?:\s+to\s+\S+?)?[\s,;]*$|\b(?:or|otherwise)\s+(?:the\s+)?$/u;
/**
 * A new account the writer will send, to be paid: then the old one named is the writer's, however it is called ("ur old
 * acc closed, pay to new one i send", "ur" typed for "our").
 */
const PAY_THE_NEW_ONE_I_SEND =
  /\b(?:pay|send|transfer|remit|wire|use)\s+(?:it\s+|money\s+)?(?:to\s+)?(?:the\s+)?new\s+(?:one|acc\w*|a\/c)\b[^.!?]{0,20}?\b(?:i|we)\s+(?:will\s+|'ll\s+)?(?:send|sent|give|gave|share)\b/u;
/** The supplier speaking of its own: "for your convenience our German subsidiary will invoice you". */
const SUPPLIER_SPEAKS = /^(?:our|we)\b/u;
/** A courier's account or an app's login, before the account word: "the user account is blocked". */
const A_LOGIN_BEFORE = new RegExp(`${LOGIN_OWNERS}\\s+$`, 'u');
/** The same, inside the words matched: "the new DHL account", "a new user account". */
const A_LOGIN_INSIDE = new RegExp(`${LOGIN_OWNERS}\\s+${ACCOUNT}`, 'u');
/** A login on a marketplace, an online shop or an app, not a bank account: "create a new account on Alibaba", "the new account for our Amazon store", 新账户是阿里巴巴国际站的子账号, "nova conta de cliente criada no Alibaba", "حساب جديد على علي بابا". */
const ON_THE_MARKETPLACE =
  /^\s*(?:is|was)\s+(?:the|our|my|an?)\s+(?:alibaba|aliexpress)\s+(?:sub-?)?(?:account|store|shop)\b|^\s*(?:on|at|in|with|for|by)\s+(?:(?:our|my|the|your)\s+)?(?:alibaba|aliexpress|1688|amazon|ebay|shopify|etsy|walmart|tiktok|the\s+platform)\b|^\s*(?:on|at|in|with|for|by)\s+(?:our|my|your)\s+(?:\S+\s+)?(?:online\s+)?(?:store|shop)\b|^\s*(?:على|في)\s+(?:موقع\s+)?علي\s*بابا|^\s*(?:是|在)(?:阿里巴巴|阿里|国际站|1688)|^[^.!?]{0,30}?\s(?:no|na|en|em|di)\s+(?:alibaba|aliexpress)\b/u;
/** A login in an app or a system ("a new account in the app"); not a receiving or bank account "updated in our system". */
const IN_AN_APP =
  /^\s*(?:in|on|for)\s+(?:the|our|this|your)\s+(?:app|software|system|pos|admin\s+panel|dashboard|settings)\b/u;
const A_BANK_ACCOUNT = new RegExp(
  `\\b(?:receiving|beneficiary|bank|collection|remittance)\\s+(?:\\S+\\s+)?${ACCOUNT}`,
  'u',
);
/** The same, inside the words matched: "our account on Alibaba was upgraded to Verified Pro", "the account name on my Alibaba changed". */
const A_MARKETPLACE_ACCOUNT = new RegExp(
  `\\b${ACCOUNT}\\s+(?:on|at|with)\\s+(?:alibaba|aliexpress|1688|the\\s+platform)\\b|\\b${ACCOUNT}\\s+name\\s+(?:on|in)\\s+my\\s+(?:alibaba|aliexpress|1688)\\b|\\bthe\\s+buyer\\s+${ACCOUNT}`,
  'u',
);
/**
 * "Our account has not changed", "bank nothing change", "bank details no change", "rekening kami tidak pernah berubah"
 * (has never changed), "nunca cambió"; not "is not available", "can not receive", "can't receive".
 */
const SAID_NOT =
  /\bnot\b(?!\s+(?:available|in\s+use|valid\s+(?:any\s?more|now)|receive\b))|n't\b(?!\s+receive\b)|\bnever\b|\b(?:nothing|no)\s+(?:change|changed|changes)\b|\b(?:tidak|tak|belum)\s+pernah\b|\b(?:tidak|tak)\s+berubah\b|(?<![\p{L}])(?:no|n[ãa]o)\s+(?:ha|han|hemos|foi|mudou|cambi[óo]|muda|cambia)\b|(?<![\p{L}])لم\s+(?:يتغير|تتغير)|\bnunca\b|\bjamais\b|\bniemals\b|никогда|从未|从来没/u;

/**
 * The writer's own bank, held up, with the writer paying: a buyer's "my bank is under maintenance today, I will pay
 * tomorrow", not a supplier's receiving account.
 */
const MY_OWN_BEFORE = /\bmy\s+(?:\S+\s+)?$/u;
const THE_WRITER_PAYS = /\bi\s+(?:will|'ll|can|shall|would|am\s+going\s+to)\s+(?:\S+\s+){0,2}?pay\b/u;

/** The account said to stay as it was, right after: "… bank account is the same, no change". */
const STAYS_THE_SAME = /^\s*(?:is|are)\s+(?:still\s+)?(?:the\s+same|unchanged)\s*(?:[,.!;]|$|as\s+before\b)/u;

/** A change said to be years old, told only as history: "the old account was closed 2 years ago, we told you then". */
const YEARS_AGO = /^[^.!?]{0,24}?\s(?:\d+|two|three|four|five|several|many)\s+years?\s+ago\b/u;

/** A change for the supplier's home customers, said not to touch the buyer: "… from our domestic customers, doesn't affect you". */
const FOR_OTHER_CUSTOMERS =
  /\b(?:domestic|local|mainland)\s+(?:customers?|clients?|buyers?)\b[^.!?]{0,40}?\b(?:doesn'?t|does\s+not|won'?t|will\s+not)\s+affect\s+(?:you|your)\b/u;

/** A new or changed receiving account, beneficiary, bank or bank country, and the pretexts for one. */
export function paymentDetailsChange(view: MessageView, context: ChatContext): Hit | null {
  const said = firstHit(view, DETAILS_CHANGE, (start, end, cue) => {
    const before = view.letters.slice(Math.max(0, start - 24), start);
    // Words that name the account's owner themselves ("our German subsidiary will invoice you") belong to no one before.
    const ownerNamed = SUPPLIER_SPEAKS.test(view.letters.slice(start, start + 4));
    const someoneElses = !ownerNamed && NOT_THE_SUPPLIERS.test(before);
    if ((someoneElses && !PAY_THE_NEW_ONE_I_SEND.test(view.letters)) || A_LOGIN_BEFORE.test(before))
      return false;
    if (MY_OWN_BEFORE.test(before) && THE_WRITER_PAYS.test(view.letters)) return false;
    if (cue.noIsTheWarning ? isInAWarning(view.letters, start) : isCueRefused(view.letters, start, cue))
      return false;
    // Said no to after the words: 口座変更をお願いすることはありません (we never ask to change accounts by message).
    if (!cue.noIsTheWarning && isRefusedAfter(view.letters, end)) return false;
    const matched = view.letters.slice(start, end);
    const after = view.letters.slice(end, end + 40);
    if (
      A_MARKETPLACE_ACCOUNT.test(matched) ||
      A_LOGIN_INSIDE.test(matched) ||
      ON_THE_MARKETPLACE.test(after) ||
      (IN_AN_APP.test(after) && !A_BANK_ACCOUNT.test(before + matched))
    )
      return false;
    if ((cue.deniable && SAID_NOT.test(matched)) || YEARS_AGO.test(after) || STAYS_THE_SAME.test(after))
      return false;
    const sentence = sentenceAround(view.letters, start);
    const closedForHoliday = CLOSED.test(matched) && BANK_HOLIDAY.test(sentence.text);
    return !closedForHoliday && !FOR_OTHER_CUSTOMERS.test(sentence.text) && !placedInTheOrder(view, sentence);
  });
  if (said) return said;
  const beneficiary = view.beneficiary;
  if (!beneficiary) return anotherCompanyOnItsOwnLine(view, context);
  if (isRefused(view.text, beneficiary.index)) return null;
  const { name, index, end } = beneficiary;
  if (beneficiary.announcedAsNew) return { label: 'a new beneficiary', start: index, end };
  if (context.from === 'buyer') return null;
  if (looksLikePerson(name)) return { label: 'a person as the beneficiary', start: index, end };
  if (differsFromSupplier(name, context))
    return { label: "a beneficiary that isn't the supplier", start: index, end };
  return null;
}

/** Bank details under another company's name, with no "Beneficiary:" before it. */
function anotherCompanyOnItsOwnLine(view: MessageView, context: ChatContext): Hit | null {
  if (!context.supplierName || context.from === 'buyer' || view.accounts.length === 0) return null;
  const line = findCompanyLine(view.letters);
  if (!line || !differsFromSupplier(line.name, context)) return null;
  return { label: "a beneficiary that isn't the supplier", start: line.index, end: line.end };
}

/** Turns the buyer away from the order's account: "ignore the account in the Alibaba order". */
const TURNS_AWAY_FROM_THE_ORDER =
  /\b(?:ignore|disregard|instead\s+of|rather\s+than|forget|other\s+than)\b[^,;:]{0,40}$/u;
/** Or, right after naming it, says it is out of date: "the account in your TA order is old". */
const SAID_OUT_OF_DATE =
  /^[^,;:]{0,30}?\b(?:is|are)\s+(?:now\s+)?(?:old|outdated|expired|wrong|invalid|no\s+longer\s+(?:valid|used|in\s+use)|not\s+ours)\b/u;
/** Or only a share of the money stays there: "60% in alibaba order as before, but remaining 40% go to our new factory account". */
const ONLY_A_SHARE_THERE = /^[^.!?]{0,40}?\bbut\s+(?:the\s+)?(?:remaining|rest|balance|other)\b/u;

/**
 * The sentence puts the account in the Alibaba order itself, or says the buyer still pays there (or the next sentence
 * says only that, not asking it), and doesn't say "not the one in the order".
 */
function placedInTheOrder(view: MessageView, sentence: { start: number; text: string }): boolean {
  if (PAYMENT_STAYS_IN_THE_ORDER.test(sentence.text)) return true;
  const inOrder = THE_ORDERS_OWN_ACCOUNT.exec(sentence.text) ?? STILL_PAID_IN_THE_ORDER.exec(sentence.text);
  if (inOrder === null) {
    const next = sentenceAround(view.letters, sentence.start + sentence.text.length + 1);
    const asked = view.letters[next.start + next.text.length] === '?';
    return next.start > sentence.start && !asked && STILL_PAID_THERE_NEXT.test(next.text);
  }
  if (TURNS_AWAY_FROM_THE_ORDER.test(sentence.text.slice(0, inOrder.index))) return false;
  const after = sentence.text.slice(inOrder.index + inOrder[0].length);
  if (SAID_OUT_OF_DATE.test(after) || ONLY_A_SHARE_THERE.test(after)) return false;
  return !isRefused(view.letters, sentence.start + inOrder.index);
}
