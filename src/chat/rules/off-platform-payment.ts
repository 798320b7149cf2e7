import { looksLikePerson } from '../beneficiary';
import {
  GOODS_AFTER_CHANNEL,
  GOODS_BEFORE_CHANNEL,
  IN_THE_ORDER,
  PAY_IN_THE_ORDER,
  PAYMENT_CHANNELS,
  PAYMENT_DEVICE,
  SHOPPERS_PAY_THE_SHOP,
} from '../lexicon/payment';
import { firstHit, hitAt, type Hit, type MessageView } from '../message-view';
import { isCueRefused, isRefused } from '../negation';
import { isAffirmedAfter, isRefusedAfter } from '../refused-after';
import { showsOrTakesTheChannel } from '../payment-equipment';
import { BANK_DETAILS_GIVEN } from '../lexicon/payment-routes';
import type { Cue } from '../lexicon/cue';
import { isQuotedNotSaid } from '../quoted-answer';
import { sentenceAround } from '../sentences';
import { paysAnOwnAgent } from './own-agent';
import { isPaymentLink } from './suspicious-link';

/** The order's own payee, Alibaba's collection account at Citibank ("Beneficiary: Alibaba.com Singapore E-Commerce Private Limited"). */
const ALIBABAS_OWN_ACCOUNT =
  /\balibaba\.com\s+singapore\s+e-?commerce\b|\balibaba(?:\.com)?(?:'s\s+(?:own\s+|collection\s+)?|\s+(?:own|collection)\s+)account\b|\balibaba\.com\s+(?:us|hong\s+kong)\s+(?:collection|e-?commerce)\b|\b(?:on|in)\s+(?:my|your|the)\s+(?:order|payment|alibaba)\s+page\b|\bon\s+my\s+page\b/u;
/** Another payee beside it: "our account", "instead", "is old", "slow". */
const ANOTHER_PAYEE_TOO =
  /\b(?:our|my|his|her|their)\s+(?:\S+\s+)?(?:account|bank|a\/c|card)\b|\b(?:instead|new\s+account|old|slow|expired|closed|but)\b/u;

function onlyAlibabasOwnAccount(letters: string): boolean {
  return ALIBABAS_OWN_ACCOUNT.test(letters) && !ANOTHER_PAYEE_TOO.test(letters);
}

/** "… own account" right after "Alibaba": Alibaba's, not the supplier's. */
const ALIBABA_BEFORE = /\balibaba(?:\.com)?(?:'s)?\s+$/u;

/** The match is bank details, or an account said to be Alibaba's ("this is Alibaba own account"). */
function namesAlibabasAccount(letters: string, start: number, cue: Cue): boolean {
  return (
    cue.label === BANK_DETAILS_GIVEN || ALIBABA_BEFORE.test(letters.slice(Math.max(0, start - 20), start))
  );
}

/**
 * Paying outside the protected order: a channel with no buyer protection, a
 * personal account, "pay us directly", bank details or a payment page given
 * in the chat. A refusal ("we never accept Western Union") is not a request.
 */
export function offPlatformPayment(view: MessageView): Hit | null {
  const channel = firstHit(
    view,
    PAYMENT_CHANNELS,
    (start, end, cue) =>
      (isAffirmedAfter(view.letters, end) || !isCueRefused(view.letters, start, cue)) &&
      !(cue.offeredInOrder && paidInTheOrder(view, start)) &&
      !namesTheGoods(view, start, end) &&
      !paysAnOwnAgent(view, start, end) &&
      !SHOPPERS_PAY_THE_SHOP.test(clauseAround(view.letters, start, end)) &&
      !isRefusedAfter(view.letters, end) &&
      !(namesAlibabasAccount(view.letters, start, cue) && onlyAlibabasOwnAccount(view.letters)),
  );
  if (channel) return channel;
  // Alibaba's own collection account, as the order's payment page shows it, is the order's.
  if (onlyAlibabasOwnAccount(view.letters)) return null;
  // Details quoted or reported in a warning are passed over, so ones given after them are still found.
  const said = (at: { index: number; text: string }) =>
    !isRefused(view.text, at.index) && !isQuotedNotSaid(view, hitAt('', at.index, at.text));
  const account = view.accounts.find(said);
  if (account) return hitAt('bank account details given in the chat', account.index, account.text);
  const wallet = view.wallets.find(said);
  if (wallet) return hitAt('a crypto wallet address', wallet.index, wallet.text);
  const beneficiary = view.beneficiary;
  if (beneficiary && !isRefused(view.text, beneficiary.index) && !namedForTheOrder(view, beneficiary.index)) {
    const label = looksLikePerson(beneficiary.name)
      ? "a person's account"
      : 'a beneficiary given in the chat';
    return { label, start: beneficiary.index, end: beneficiary.end };
  }
  const link = view.links.find((l) => isPaymentLink(view, l));
  return link ? hitAt('a payment page outside Alibaba.com', link.index, link.text) : null;
}

/**
 * What a device takes, said after the channel: "GCash and Maya QR supported on the kiosk", "… Orange Money, est-ce que
 * votre terminal peut lire les QR codes de paiement ?", "the WeChat Pay function in our POS terminals", "… QR payment module is
 * compatible with most POS systems".
 */
const SUPPORTED_ON_A_DEVICE =
  /^[^.!?]{0,30}?\bsupported\s+(?:on|by|in)\s+(?:the|our|this|each|all)\b|^[^.!?]{0,40}?\bterminal\w*\s+(?:\S+\s+)?(?:peut|peuvent|pourrait|sait|can|could)\s+(?:lire|accepter|prendre|read|accept|take)\b|^\s*(?:function|feature|module|option)s?\s+(?:in|on|of)\s+(?:the|our|this|these|your)\s+(?:\S+\s+)?terminal|^[^.!?]{0,40}?\b(?:module|plugin|sdk|function)s?\s+(?:is|are)\s+compatible\s+with\b/u;

/**
 * The channel is what the goods are or carry ("USDT mining rigs", "the
 * MoneyGram logo"), or payment hardware said to take it comes first ("POS
 * terminals that accept PayPal") or after it ("… supported on the kiosk").
 */
function namesTheGoods(view: MessageView, start: number, end: number): boolean {
  GOODS_AFTER_CHANNEL.lastIndex = end;
  if (GOODS_AFTER_CHANNEL.test(view.letters)) return true;
  if (GOODS_BEFORE_CHANNEL.test(view.letters.slice(Math.max(0, start - 12), start))) return true;
  const sentence = sentenceAround(view.letters, start);
  if (showsOrTakesTheChannel(sentence.text, view.describesPaymentEquipment)) return true;
  // Most messages sell no payment hardware: one search of the whole text, kept with the view, rules it out.
  if (!view.mayDescribeAPaymentDevice) return false;
  if (SUPPORTED_ON_A_DEVICE.test(view.letters.slice(end, sentence.start + sentence.text.length))) return true;
  return PAYMENT_DEVICE.test(view.letters.slice(sentence.start, start));
}

/** The clause of the words from `start` to `end`: up to 80 characters each way, not past a comma or a sentence's end. */
function clauseAround(text: string, start: number, end: number): string {
  const before = /[^.!?,;]*$/u.exec(text.slice(Math.max(0, start - 80), start))![0];
  const after = /^[^.!?,;]*/u.exec(text.slice(end, end + 80))![0];
  return before + text.slice(start, end) + after;
}

/**
 * "…and 50%", "…and the rest", "…and the bulk order", "next orders", 剩下的, 大货, "TA for big order, but for this
 * sample send to my Alipay", "the VAT part by WeChat Pay, the goods part via Alibaba", "the freight part via Payoneer
 * and the product part in Alibaba", "machine 21,000 USD through Alibaba, spare parts 6,800 USD directly…": a second
 * share of the money, paid another way.
 */
const ANOTHER_SHARE =
  /\b(?:and|then|but)\s+(?:the\s+)?(?:other\s+)?(?:\d+(?:\.\d+)?\s?%|(?:rest|balance|remaining|remainder|half|bulk)\b)|[,;]\s*(?:[^\s,;]+\s+){0,4}?(?:us\$|\$)?\d[\d,.]*\s?(?:%|(?:usd|dollars?|rmb|eur|euros?)\b)|(?:[,;]\s*(?:and\s+)?|\band\s+)the\s+(?:\S+\s+){0,2}?(?:part|portion|share)\b|\b(?:but|however|except)\b[^]*?\b(?:my|our|me|us|direct(?:ly)?)\b|\b(?:next|later|future|following|repeat|bulk)\s+orders?\b|剩下|剩余|尾款|余款|其余|大货/u;

/**
 * Words beside the order's that set it aside: "refund via Alibaba take long, better…", "we will still mark the order
 * as shipped in Alibaba" (the order only shown as done, the money paid elsewhere), "close the dispute on Alibaba, I'll
 * return the money via PayPal" (the order named for the dispute dropped), "Alibaba checkout pe mat karo" (don't, there),
 * "please ignore the account on the Trade Assurance order", "we refund you 500 usd by mistake on alibaba" (the order named for
 * a refund said to be a mistake, to be sent back elsewhere).
 */
const ORDER_SET_ASIDE =
  /\b(?:ignore|disregard)\s+(?:the\s+|our\s+)?(?:\S+\s+)?(?:account|bank\s+details|beneficiary)\s+(?:on|in|of)\s+(?:the|your)\b|\b(?:takes?|taking)\s+(?:too\s+|so\s+|very\s+)?long\b|\btoo\s+slow\b|\bmark(?:ed)?\s+(?:the\s+|your\s+)?order\s+as\s+(?:shipped|paid|delivered|received|completed)\b|\b(?:close|cancel|withdraw|drop)\w*\s+(?:the\s+|your\s+|this\s+)?(?:dispute|claim|complaint|case)\b|\bmat\s+(?:karo|kijiye|karna)\b|\brefund\w*\s+(?:\S+\s+){0,4}?by\s+mistake\b/u;

/**
 * "Cheaper than USD through Alibaba", "you save 400 USD compared to paying via Trade Assurance", "em vez de pagar pelo
 * próprio Alibaba": the order is what the offer is weighed against.
 */
const WEIGHED_AGAINST_THE_ORDER =
  /\b(?:than|instead\s+of|compared?\s+(?:to|with)|versus|vs\.?|en\s+vez\s+de|em\s+vez\s+de|au\s+lieu\s+de)\s+(?:\S+\s+){0,3}$/u;

/** "Pay 50% by PayPal and 50% via Trade Assurance": the order takes one share, the app the other. */
function sharesTheMoney(sentence: string, channelAt: number, inOrderAt: number): boolean {
  // A channel after the order's words brings its own first words: "… and the rest directly to us".
  const to = channelAt > inOrderAt ? channelAt + 12 : inOrderAt;
  return ANOTHER_SHARE.test(sentence.slice(Math.min(channelAt, inOrderAt), to));
}

/**
 * The beneficiary is the order's own, as the order's page shows it ("the same as shown in the Alibaba order payment
 * page, the beneficiary name is our company name"), and no share of the money goes elsewhere.
 */
function namedForTheOrder(view: MessageView, index: number): boolean {
  return paidInTheOrder(view, index) && !ANOTHER_SHARE.test(sentenceAround(view.letters, index).text);
}

/**
 * The sentence says the app is used in the Alibaba order ("PayPal through
 * Alibaba checkout"), and not "not through Alibaba" nor for another share of
 * the money than the order's; or it asks about the app and the next sentence
 * answers that the payment goes in the order ("Is PayPal ok? I want to pay in
 * the Alibaba order").
 */
export function paidInTheOrder(view: MessageView, start: number): boolean {
  const sentence = sentenceAround(view.letters, start);
  const at = orderNamedAt(view, sentence);
  if (at === 'refused') return false;
  if (at !== null) {
    const from = Math.max(0, at - 40);
    return (
      !sharesTheMoney(sentence.text, start - sentence.start, at) &&
      !ORDER_SET_ASIDE.test(sentence.text.slice(from, at + 40)) &&
      !WEIGHED_AGAINST_THE_ORDER.test(sentence.text.slice(from, at))
    );
  }
  const end = sentence.start + sentence.text.length;
  if (view.letters[end] !== '?') return false;
  const next = sentenceAround(view.letters, end + 1);
  const paidThere = PAY_IN_THE_ORDER.exec(next.text);
  return paidThere !== null && !isRefused(view.letters, next.start + paidThere.index);
}

/**
 * Where the sentence first names the order without refusing it: "I cannot use Trade Assurance with my card, so I will
 * wire to the Alibaba payment account in the order" refuses the first and pays in the second. 'refused' when it refuses
 * every one, null when it names none.
 */
function orderNamedAt(
  view: MessageView,
  sentence: { start: number; text: string },
): number | 'refused' | null {
  for (let from = 0, named = false; ; named = true) {
    const inOrder = IN_THE_ORDER.exec(sentence.text.slice(from));
    if (inOrder === null) return named ? 'refused' : null;
    const at = from + inOrder.index;
    if (!isRefused(view.letters, sentence.start + at)) return at;
    from = at + Math.max(1, inOrder[0].length);
  }
}
