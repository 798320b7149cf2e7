import { WEEKDAYS } from './lexicon/cue';
import { VOUCHES_IN_OTHER_LANGUAGES } from './payment-thread-languages';

// The supplier's own words that press a request to pay outside the order on, in a thread of src/chat/payment-thread.ts:
// vouching for the way it asked, and deadlines.

/** What else is sent in an order's talk: "sent the artwork", "order sent" are no money. */
export const THINGS_SENT =
  '(?:artwork|logo|files?|photos?|pics?|pictures?|designs?|samples?|parcels?|package|goods|address|tracking|labels?|specs?|drawings?|mock-?ups?|catalogu?e|quot(?:e|ation)|po(?!\\s*,)|order|inquiry|message|video)';

/**
 * The supplier vouching for the way it asked: "we are reliable, 15 years gold supplier", "many Filipino customer pay
 * like this", "Many Indian customer do it", "it is same", "same protection", "100% safe". Not "received, thank you":
 * the money is gone, and the guard's advice is for before paying.
 */
export const VOUCHES =
  /\b(?:(?:many|all|most|other|our)\s+(?:\S+\s+){0,4}?(?:customers?|clients?|buyers?|sellers?|importers?)\s+(?:\S+\s+){0,3}?(?:pay|paid|use|used|do|did)\s+(?:(?:it|this)\s+)?(?:like\s+this|this\s+way|the\s+same|same\s+way|(?<=\s)(?:it|this|that)(?=\s*(?:[.!,]|$|(?:dear|sir|madam|friend|my\s+friend)\b)))|we\s+are\s+(?:reliable|honest|trusted|legit|a\s+real\s+company|(?:the\s+)?same\s+company)|(?:100\s?%|totally|completely|very)\s+safe|(?:it\s+)?is\s+(?:safe|normal)\s*,?\s+(?:sir|dear|many)|trust\s+me|it\s+is\s+same(?=\s*(?:[.!,]|$))|same\s+(?:protection|system)|company\s+account\s+(?:cannot|can'?t|can\s+not)\s+receive|(?<=^\W*(?:yes\W+)?)(?:it\s+is|it'?s|this\s+is)\s+(?:very\s+|more\s+|quite\s+)?(?:normal|safe)|it\s+is\s+more\s+safe|(?:card|bank|wire)\s+transfer\s+is\s+(?:the\s+)?same|(?:rule|same)\s+for\s+all\s+(?:our\s+)?(?:customers|clients|buyers))\b/u;

/**
 * The supplier pressing on with the way it asked: "balance must by T/T", "please resend today" (after a "rejected"
 * transfer), "today send please", "please hurry, the warehouse charge storage from Monday"; not "please resend the
 * photos".
 */
const DAYS = `(?:${WEEKDAYS.join('|')})`;
const PRESSES_ON = new RegExp(
  '\\b(?:balance|deposit|rest|remaining|payment|money)\\s+(?:must|should|has\\s+to|needs?\\s+to|only|can\\s+only|only\\s+can)\\s+(?:be\\s+)?(?:(?:paid|pay|sent|made|done)\\s+)?(?:by|via|through|with)\\s+(?:t\\/t|tt|bank|wire)\\b' +
    `|\\b(?:please|pls|kindly)\\s+re-?send\\b(?!\\s+(?:me\\s+|us\\s+)?(?:the\\s+|your\\s+)?${THINGS_SENT})|\\bre-?send\\s+(?:it\\s+|the\\s+(?:money|payment|transfer|amount|balance|deposit)\\s+)?(?:today|now|tomorrow|asap|again)\\b` +
    '|\\b(?:please|pls|kindly)\\s+(?:send|pay|transfer)\\s+(?:it\\s+)?(?:today|now|tonight)\\b|\\b(?:today|now|tonight)\\s+(?:send|pay|transfer)\\s+(?:it\\s+)?(?:please|pls)\\b' +
    '|\\b(?:please|pls|kindly)\\s+hurry\\b(?=[^.!?]{0,80}\\b(?:pay|charge|storage|fee|money|transfer|deposit|balance))' +
    // A deadline: "Today is last day of VIP promotion", "Program closes on Friday", "6.8 price not keep", "booth price
    // keep only 3 days", "slot only keep to Friday", "pay the duty part before Friday", "rate change tomorrow", "If
    // this week not remittance …", "if you don't pay, your order will be produce after holiday".
    `|\\b(?:today|tomorrow|tonight)\\s+(?:is\\s+)?(?:the\\s+)?last\\s+day\\b|\\b(?:closes?|ends?|expires?)\\s+(?:on\\s+)?(?:${DAYS}|today|tomorrow|tonight)\\b` +
    "|\\b(?:price|rate|offer|slot|space)\\s+(?:\\S+\\s+)?(?:not|cannot|can\\s+not|can'?t|won'?t)\\s+keep\\b|\\bkeep\\s+only\\s+(?:\\d|one|two|three|to|until|till)\\b|\\bonly\\s+keep\\s+(?:to|until|till)\\b" +
    `|\\b(?:pay|send|transfer|remit|go)\\s+(?:\\S+\\s+){0,3}?before\\s+(?:${DAYS}|tomorrow|tonight|the\\s+\\d|\\d)` +
    '|\\b(?:price|rate|membership|fee)\\s+(?:\\S+\\s+)?(?:change|changes|become|becomes|go\\s+up|goes\\s+up|rise|rises)\\b(?<=\\btomorrow\\b[^.!?]{0,40})' +
    '|\\b(?:price|rate)\\s+(?:\\S+\\s+)?(?:change|changes|go\\s+up|goes\\s+up|rise|rises)\\s+tomorrow\\b' +
    "|\\bif\\s+(?:you\\s+|this\\s+week\\s+|today\\s+)?(?:don'?t|do\\s+not|not)\\s+(?:pay|remit\\w*|send|transfer)" +
    // "Refund will expire after 48h", "if duty not paid before, booking is cancelled", "Enter card and pay, we start".
    "|\\b(?:refund|offer|discount|promotion|price)\\s+(?:will\\s+)?expires?\\b|\\bif\\s+(?:\\S+\\s+)?(?:not|isn'?t|is\\s+not)\\s+paid\\b|\\benter\\s+(?:the\\s+|your\\s+)?card\\s+(?:details\\s+)?and\\s+pay\\b",
  'u',
);

/** The supplier vouching for the way it asked, or pressing it on, in any of the chat's languages. */
export function pressesOn(letters: string): RegExpExecArray | null {
  return VOUCHES.exec(letters) ?? VOUCHES_IN_OTHER_LANGUAGES.exec(letters) ?? PRESSES_ON.exec(letters);
}
