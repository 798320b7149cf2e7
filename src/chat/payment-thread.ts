import { BANK_WORDS_REPLY } from './payment-thread-bank-words';
import type { ThreadSpec } from './request-thread';
import {
  ASKS_WHERE_IN_OTHER_LANGUAGES,
  BACK_TO_THE_ORDER_IN_OTHER_LANGUAGES,
  DOUBTS_IN_OTHER_LANGUAGES,
  NAMES_THE_ORDER_IN_OTHER_LANGUAGES,
  PAID_IN_OTHER_LANGUAGES,
  POINTS_AT_IN_OTHER_LANGUAGES,
  TO_PAY_IN_OTHER_LANGUAGES,
} from './payment-thread-languages';
import { warnsAnywhere } from './warning';
import { genuineCheckEnd } from './asks-if-genuine';
import { pressesOn, THINGS_SENT } from './payment-thread-presses';

// The replies that carry a request to pay outside the order on: "ok which account then?", "same as last time",
// "@Crystal-Zhou-88 pls", "sent $340, ss attached" (src/chat/request-thread.ts).

/** Money sent or about to be: "sent 1320", "ok sent £178", "paid it", "done ✅", "sending 50% now", "did it today". */
export const PAID = new RegExp(
  `(?<!\\b(?:is|are|be|been|was|were|get|got|gets|will\\s+be|already|${THINGS_SENT})\\s+)\\b(?:sent|paid|transferred|wired|remitted|deposited|did\\s+it)\\b(?!\\s+(?:(?:you|u|it|the|them|those|all|my|our)\\s+)?(?:${THINGS_SENT}|details\\s+of|with\\s+(?:the\\s+)?(?:design|artwork|order|sample))\\b)` +
    // "done, check pic", "ok done ✅"; not "insurance done", "gate out done".
    "|^\\W*(?:(?:ok|okay|yes|yep|ya|alright|all|it's|its|just)\\W+){0,2}done\\b" +
    `|\\b(?:sending|transferring|paying|wiring)\\s+(?:it\\s+|the\\s+(?!${THINGS_SENT}\\s)\\S+\\s+|\\d[\\d,.]*\\s?%?\\s+(?:(?:the\\s+)?(?:balance|deposit|advance|payment|money|amount)\\s+)?)?(?:now|tonight|today|tomorrow|thursday|friday|monday|later|in\\s+a\\s+bit)\\b|\\bbuying\\s+the\\s+cards?\\b` +
    // "ok po I send 35,800 pesos to Carlo", "I send 150 from Meezan", "we pay again to Hang Seng", "I will do the TT
    // from Indian bank".
    "|\\b(?:i|we)\\s+(?:will\\s+|'ll\\s+|can\\s+)?(?:send|pay|transfer|wire|remit)\\s+(?:(?:it|the\\s+money|the\\s+balance)\\s+)?(?:again\\s+(?:to|via|from)\\b|(?:[$£€₹₦]\\s?)?\\d[\\d,.]*(?:\\s?(?:usd|dollars|pesos|naira|rupees|rmb|eur|k|%))?\\s+(?:to|from|via|by|through|now|today|tomorrow|tonight)\\b)" +
    "|\\b(?:will|'ll|going\\s+to|to)\\s+do\\s+(?:the\\s+)?(?:\\S+\\s+)?(?:tt|t\\/t|transfer|wire|remittance|payment)\\b" +
    // "I will return the 1,200 today", "pay the bal there" (where the mail said), "let me set up wise", "we will
    // arrange from Bank Muscat", "send to the wallet".
    "|\\b(?:i|we)\\s+(?:will\\s+|'ll\\s+)?(?:return|send\\s+back)\\s+(?:the\\s+)?(?:[$£€₹₦]\\s?)?\\d|\\bpay\\s+(?:the\\s+)?(?:bal|balance|deposit|rest|money|amount)\\s+there\\b" +
    "|\\blet\\s+me\\s+(?:set\\s+up|open|install)\\s+(?:a\\s+)?(?:wise|paypal|alipay|revolut|payoneer)\\b|\\b(?:will|'ll)\\s+arrange\\s+(?:it\\s+|(?:the\\s+)?payment\\s+)?from\\b" +
    '|\\b(?:send|transfer)\\s+(?:it\\s+|them\\s+)?to\\s+(?:the|your|that|this|his|her)\\s+(?:wallet|account|acct)\\b' +
    // "I send tomorrow from BBVA", "wiring the 4800 to the Jiarui account now", "paying 2.9m naira now", "gave 6,300 to
    // Xiao Li", "going to Elektra now to send it", "we will bring it" (the cash asked for), "so my bank can process".
    // Not a tracking number or photos promised ("tracking number I send tomorrow").
    "|(?<!\\b(?:number|tracking|photos?|pics?|videos?|docs?|documents?|invoice|pi)\\s+)\\b(?:i|we)\\s+(?:will\\s+|'ll\\s+)?(?:send|pay|transfer|wire)\\s+(?:it\\s+)?(?:now|today|tonight|tomorrow)\\b" +
    '|\\b(?:sending|wiring|transferring|paying)\\s+(?:the\\s+)?(?:\\S+\\s+)?to\\s+(?:the|that|this|your|his|her)\\s+(?:\\S+\\s+)?(?:account|acct|bank|one)\\b' +
    '|\\bpaying\\s+(?:[$£€₹₦]\\s?)?\\d[\\d,.]*\\s?(?:k|m)?\\s?(?:usd|dollars|naira|pesos|rupees|rmb|eur|kes|ksh)?\\s+(?:now|today|tonight|tomorrow)\\b' +
    '|\\b(?:gave|handed)\\s+(?:[$£€¥₹₦]\\s?)?\\d[\\d,.]*\\s*(?:\\S+\\s+)?to\\b|\\bgoing\\s+to\\s+(?:\\S+\\s+){1,2}?(?:now\\s+)?to\\s+send\\s+(?:it|the\\s+money)\\b' +
    "|\\b(?:i|we)\\s+(?:will|'ll)\\s+bring\\s+(?:it|the\\s+cash|cash|the\\s+money)\\b|\\bso\\s+(?:my|our)\\s+bank\\s+can\\s+(?:process|pay|transfer|send)\\b" +
    // "will wire from our Chase account tomorrow", "will do Monday", "Payment done. Check pls", Taglish "send ko
    // bukas".
    '|\\bwill\\s+(?:wire|transfer|pay|send|remit|do|arrange)\\b(?:\\s+(?!(?:the\\s+)?(?:order|sample|artwork|logo|design|po)\\b)\\S+){0,4}?\\s+(?:by\\s+)?(?:now|today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday)\\b|\\bpayment\\s+(?:is\\s+)?(?:done|made|sent|completed)\\b|\\b(?:deposit|payment|balance|transfer|remittance|wire)\\s+will\\s+be\\s+(?:effected|made|sent|done|remitted|wired|transferred)\\s+(?:by\\s+)?(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday)\\b|\\b(?:send|bayad|transfer)\\s+ko\\s+(?:na\\s+)?(?:bukas|mamaya|ngayon)\\b' +
    // "I'll wire the deposit", "sending KES via paybill now", "will send to the DBS one", "I will meet him Thursday"
    // (the cash collector).
    "|\\b(?:i|we)(?:'ll|\\s+will|\\s+can)\\s+(?:wire|remit|transfer)\\s+(?:it|them|the\\s+(?:deposit|balance|money|amount|rest|difference|fee))\\b" +
    '|\\b(?:sending|paying|transferring|wiring)\\s+(?:\\S+\\s+){0,3}?(?:via|by|through|with)\\s+\\S+\\s+(?:now|today|tonight|tomorrow)\\b' +
    '|\\b(?:send|pay|transfer|wire)\\s+(?:it\\s+)?to\\s+(?:the|that|this)\\s+(?:\\S+\\s+)?(?:one|account|acct)\\b' +
    "|\\b(?:i|we)(?:'ll|\\s+will)\\s+meet\\s+(?:him|her|them|your\\s+\\S+|mr\\.?\\s+\\S+)\\b|\\bwill\\s+bring\\s+(?:the\\s+)?(?:cash|money)\\b" +
    // A refund taken outside the dispute: "my paypal is jess@…", "I will close the dispute now", "Cancelling now".
    '|\\bmy\\s+(?:paypal|wise|revolut|gcash|m-?pesa|zelle|venmo|account|acct|bank\\s+(?:account|details))\\s+(?:is|:)\\s' +
    "|\\b(?:i|we)(?:'ll|\\s+will)\\s+(?:close|cancel|withdraw)\\s+(?:the\\s+|my\\s+)?(?:dispute|case|claim)\\b|^\\W*(?:\\S+\\s+){0,3}?cancell?ing\\s+(?:it\\s+)?now\\b",
  'u',
);

/**
 * Asking where or how to pay: "which account?", "what's her cashtag", "wise to where?", "username?", "whats the iban";
 * another way outside ("I don't have Alipay. Can I pay normal bank?"), the sum in the asked currency ("how much exactly
 * in CNY?"), the cash collector ("where is he?"), "send me how to pay".
 */
const ASKS_WHERE =
  /\bwhich\s+(?:account|acct|acc|bank|card|wallet|number|iban|swift|transaction|one|is\s+(?:faster|easier|cheaper))\b|\bwhat'?s?\s+(?:is\s+)?(?:the|her|his|your|ur)\s+(?:(?:wise|paypal|alipay|gcash|usdt|wallet|bank)\s+)?(?:tag|cashtag|username|user\s?name|handle|id|e-?mail|address|account|acct|details|iban|swift|routing|number|name)\b|\b(?:what|which)\s+(?:e-?mail|currency|amount|details|reference)\b|\bwhere\s+(?:do\s+|should\s+|can\s+|shall\s+)?(?:we|i)\s+(?:send|pay|transfer|remit)\b|^\W*(?:ok\s+)?send\s*(?:pls|please)?\W*$|\b(?:username|cashtag|handle|tag|id|e-?mail)\s*\?|\bremind\s+me\s+(?:his|her|the|your)\s+(?:handle|tag|account|number|name|e-?mail)\b|\bto\s+where\s*\?|\bhow\s+(?:(?:do|should|can|shall)\s+)?(?:i|we)\s+(?:pay|send|transfer)\b|\bhow\s+(?:you|u)\s+want\b|\bgoes\s+where\b|\bhow\s+much\s+(?:then|now|total|is\s+it|deposit|advance|balance|first|cash)\b|\b(?:gcash|wise|paypal|alipay|wechat|usdt|wallet|m-?pesa|zelle|venmo|cash\s?app)\s+(?:number|no|address|id|account|name|tag)\s*\?|\bwhat'?s\s+(?:your|ur|the|her|his)\s+(?:paypal|wise|alipay|gcash|zelle|venmo|cash\s?app|payoneer|revolut|usdt|wallet)\s*\?|\bsend\s+(?:me\s+)?(?:the\s+|your\s+|ur\s+)?wallet\b|\b(?:send|share|give)\s+(?:me\s+)?(?:the\s+|your\s+|ur\s+)?(?:\S+\s+){0,2}?(?:details|info|bank\s+info|account\s+(?:no|number|details|name)|swift(?:\s+code)?|iban|routing\s+number|(?:alipay|wechat|paypal|gcash|wise)\s+(?:name|id|account))\b|\bwhat\s+are\s+the\s+(?:bank\s+|account\s+)?details\b|\bname\s+on\s+the\s+account\b|\bhow\s+many\s+cards\b|\bcan\s+(?:i|we)\s+pay\s+(?:it\s+|this\s+)?(?:with|from|using)\s+(?:my|our)\b|\bhow\s+(?:to|do\s+(?:i|we))\s+proceed\b|\bsend\s+(?:me\s+)?(?:his|her|their)\s+(?:number|details|account|wallet|info)\b|\band\s+(?:the\s+)?bank\s+(?:info|details)\b|\bsend\s+(?:me\s+|us\s+)?(?:the\s+)?(?:pi|invoice|proforma)\s+with\s+(?:the\s+)?(?:\S+\s+)?(?:bank\s+)?(?:details|info|accounts?)\b|\bdo\s+i\s+need\s+a\s+reference\b|\b(?:ok\s+)?how\s*\??$|\bcan\s+(?:i|we)\s+(?:pay|send|transfer)\s+(?:\S+\s+){0,2}?(?:(?:by|via|with|to|through)\s+)?(?:(?:normal|local|a)\s+)?(?:\S*bank|wire|card|cash|t\/?t)\b|\bpossible\s+(?:to\s+pay\s+)?(?:by|via|with|through)\s+(?:(?:normal|local)\s+)?(?:bank|wire|card|cash|t\/?t|transfer)\b|\bhow\s+much\s+(?:\S+\s+){0,2}?in\s+(?:cny|rmb|yuan|usd|dollars?|eur|euros?|aed|kes|naira|pesos|rupees)\b|\bwhere\s+(?:is|can\s+(?:i|we)\s+(?:find|meet))\s+(?:he|him|she|her|your\s+\S+)\b|\bhow\s+to\s+pay\b/u;

/** Pointing at the account or the way already named: "same as last time", "yes that one", "send to the one I gave". */
const POINTS_AT =
  /\bsame\s+(?:as\s+(?:last\s+time|before|usual|the\s+quote|quote)|one|account|acct|bank|details|company)\b|\b(?:yes|yeah|yep|ya)\s+(?:that\s+one|same)\b|\bthe\s+one\s+(?:i|we|you)\s+(?:gave|give|sent|send|told|shared|just\s+gave)\b|\bthe\s+(?:\S+\s+){0,2}?one\s+(?:ending|with)\b|\b(?:bank\s+)?details\s+i\s+(?:gave|sent|send)\b|^\s*[@$][a-z][\w.-]{3,}|\bsend\s+(?:it\s+)?again\b|\bcheck\s+again\b|\bbuy\s+(?:another|one\s+more)\b|\bhalf\s+now\b|\bfull\s+amount\b|\b(?:send|share)\s+(?:me\s+|us\s+)?(?:the\s+|a\s+|pic\s+of\s+(?:the\s+)?)?(?:slip|receipt|screenshot|ss|proof|code|reference\s+(?:number|no)|mtcn|transaction\s+(?:id|number|no)|utr)\b|\b(?:slip|receipt|screenshot|ss)\s+(?:after|when\s+done|attached|above)\b|\bwith\s+the\s+cash\b|\bhere'?s\s+(?:the\s+|my\s+)?(?:\S+\s+)?(?:receipt|slip|screenshot|proof)\b|\bhere\s+(?:is\s+)?(?:the\s+|my\s+)?qr\s?code\b|\bno\s+fee\b(?!\s+(?:was|is|were|will)\b)/u;

/** An amount to pay in a short reply: "yes $2,088, beneficiary Zhao Jing", "£480 deposit right?" (not "VIP price $23.50"). */
const AN_AMOUNT =
  /[$£€¥₹₦]\s?\d|\b\d[\d,.]*\s?(?:usd|aud|gbp|eur|euros|cad|dollars|bucks|rmb|cny|pesos|mxn|reais|brl|inr|rupees|ngn|naira|kes|ksh|php|pkr|zar)\b|\b(?:usd|aud|gbp|eur|cad|inr|rs\.?|ngn|kes|ksh|php|pkr|zar|rm|myr)\s?\d|\d\s?(?:元|块|руб|บาท|ดอลลาร์|دولار|روپے|جنيه|[$€£](?![\p{L}\p{N}]))|\b\d[\d,.]*\s?d[óo]lares(?![\p{L}])/u;
const TO_PAY =
  /\b(?:pay|pls|please|total|deposit|balance|beneficiary|same|amount|half|full|transfer|advance|ready)\b/u;
/** Coins need no word for paying: "0.1642 BTC at today's rate, I will confirm when it arrives". */
const A_COIN_AMOUNT = /\b\d[\d,.]*\s?(?:btc|usdt|eth|usdc|trx)\b/u;

/** A question that doubts the request, beyond what warnsAnywhere reads: "lol what?", "is this legit?", "really??", "… different from the PI?". */
const DOUBTS =
  /\b(?:legit|sure|normal(?!\s+(?:bank|transfer|wire|t\/t))|why|lol|really|protected|protection|safe|different)\b|\bwhat\s*\?|\?\s*\?|^\W*(?:frozen|blocked|closed|changed|audited|hacked|(?:new|another|other)\s+(?:account|bank))\s*\?/u;
/** Doubt said outright, question or not: "That's strange, CIF freight is already in the price I paid". */
export const DOUBTS_SAID =
  /\b(?:strange|weird|suspicious|fraud|scam|fake|phishing|bribe|makes\s+no\s+sense|(?:was|is|were)\s+not\s+in\s+the\s+(?:quote|quotation|contract|pi|agreement))\b|(?<![\p{L}])(?:raro|estranho|louche|bizarre|strano|странно|мошен\p{L}*|seltsam|komisch|garip|tuhaf|aneh|dziwne|podejrzan\p{L}*)(?![\p{L}])|おかしい|怪しい|詐欺/u;

/**
 * Back to the protected order, or no: "ok pay through alibaba then", "Please use the Trade Assurance order", "I send
 * the order in Alibaba now", "I'll only pay via TA", "we can't accept Zelle", "no way".
 */
const BACK_TO_THE_ORDER =
  /\b(?:pay|paying|use|using|only|just)\s+(?:\S+\s+){0,3}?(?:via|through|thru|on|in|with)\s+(?:the\s+)?(?:alibaba|ta|trade\s+assurance)\b|\b(?:use|via|through|thru)\s+(?:the\s+)?(?:alibaba|ta|trade\s+assurance)\s+(?:order|checkout|payment)\b|\b(?:send|make|create|issue|place|open)\s+(?:me\s+)?(?:the\s+|a\s+|an\s+)?(?:(?:alibaba|ta|trade\s+assurance)\s+)?(?:order|link)\s+(?:(?:in|on|via|through)\s+alibaba|now)\b|\b(?:send|make|create|issue|place|open)\s+(?:me\s+)?(?:the\s+|a\s+|an\s+)?(?:alibaba|ta|trade\s+assurance)\s+(?:order|link)\b|\b(?:alibaba|ta|trade\s+assurance)\s+(?:order\s+)?(?:only|or\s+nothing)\b|\bput\s+(?:the\s+|it\s+)?(?:\S+\s+)?in\s+the\s+(?:alibaba|ta|trade\s+assurance)\s+order\b|\b(?:no\s+way|not\s+comfortable|i\s+refuse|not\s+doing\s+(?:that|this)|(?:i|we)\s+(?:won'?t|will\s+not)\s+pay\s+(?:that|this|like\s+that|outside)|(?:we|i)\s+(?:can'?t|cannot|can\s+not|don'?t|do\s+not|won'?t)\s+accept(?!\s+(?:new|more)\s+(?:partners|orders|customers|clients|members)))\b|走(?:阿里|信保|平台)|(?:阿里|信保|平台)(?:下单|付款)/u;

/** Back to the order, or no, in any of the chat's languages. */
export const TURNS_BACK_TO_THE_ORDER = new RegExp(
  `${BACK_TO_THE_ORDER.source}|${BACK_TO_THE_ORDER_IN_OTHER_LANGUAGES.source}`,
  'u',
);

/**
 * A reply that names the order is about the order, not what was asked outside it: "paid on alibaba x" (not "tačno");
 * not the order put down ("Alibaba can't do", "Alibaba need 7 days to create order", "Alibaba release money too slow").
 */
export const NAMES_THE_ORDER =
  /(?<!\b(?:no|not|without|skip|avoid|outside|than|instead\s+of|don'?t\s+\w+|not\s+\w+)\s+(?:the\s+)?)(?<!\b(?:years?|yrs)\s+(?:on|in|with)\s+)\b(?:alibaba|trade\s+assurance|ta)(?![\p{L}\p{N}_])(?!\s+(?:fees?|commission|charges?|is\s+slow|slow|takes?\s+\d|cuts?\s+\d|needs?\s+\d|can'?t|cannot|can\s+not|not\s+support|release\s+(?:the\s+)?money|price\s+is\s+higher|is\s+(?:too\s+)?(?:slow|expensive|higher)))|\b(?:in|with|through|via|on)\s+the\s+order\b|\border\s+(?:is\s+)?(?:updated|modified|created)\b|\b(?:updated|modified)\s+the\s+order\b|阿里|信保|平台/u;

/** A question mark in any script: Latin, full-width, Arabic. */
const A_QUESTION_MARK = /[?？؟]/u;

/** The buyer on guard: "is it safe? never paid like that before", "is this correct?"; or talking of the order itself. */
function onGuardOrAboutTheOrder(letters: string): boolean {
  return (
    NAMES_THE_ORDER.test(letters) ||
    NAMES_THE_ORDER_IN_OTHER_LANGUAGES.test(letters) ||
    warnsAnywhere(letters) ||
    genuineCheckEnd(letters) >= 0 ||
    DOUBTS_SAID.test(letters) ||
    (A_QUESTION_MARK.test(letters) && (DOUBTS.test(letters) || DOUBTS_IN_OTHER_LANGUAGES.test(letters)))
  );
}

/** What the two paying threads share: their finding, and the replies that end them or that they leave alone. */
const PAYING_OUTSIDE = {
  rule: 'off-platform-payment',
  closes: TURNS_BACK_TO_THE_ORDER,
  leftAlone: onGuardOrAboutTheOrder,
} as const;

/** Paying outside the order, or to changed details, asked by the supplier and carried on. */
export const PAYING_OUTSIDE_THREAD: ThreadSpec = {
  ...PAYING_OUTSIDE,
  opensOn: ['off-platform-payment', 'payment-details-change'],
  label: 'a reply that goes on with paying outside the order, as asked earlier in this chat',
  presses: pressesOn,
  reply: (letters) =>
    PAID.exec(letters) ??
    ASKS_WHERE.exec(letters) ??
    POINTS_AT.exec(letters) ??
    BANK_WORDS_REPLY.exec(letters) ??
    A_COIN_AMOUNT.exec(letters) ??
    PAID_IN_OTHER_LANGUAGES.exec(letters) ??
    ASKS_WHERE_IN_OTHER_LANGUAGES.exec(letters) ??
    POINTS_AT_IN_OTHER_LANGUAGES.exec(letters) ??
    pressesOn(letters) ??
    (TO_PAY.test(letters) || TO_PAY_IN_OTHER_LANGUAGES.test(letters) ? AN_AMOUNT.exec(letters) : null),
};

/** An account named in a question: "which account?", "¿la cuenta es la misma?", "Konto in China?", "付款还是老账户吗？". */
const ACCOUNT_ASKED_ABOUT =
  /(?<![\p{L}])(?:account|acct|iban|swift|bank\s+details|cuenta|conta|conto|compte|konto|hesab\p{L}*|rekening|t[àa]i\s+kho[ảa]n|сч[её]т|реквизит\p{L}*)(?![\p{L}])[^?]*\?|(?:账户|账号|卡号|口座|حساب)[^?]*[?？]/u;

/**
 * Once a supplier has moved the talk elsewhere, where to pay is settled there: "pago na mesma conta da última vez?",
 * "sí, la misma de antes", "付款还是老账户吗？". Only the account pointed at or asked about: "added", "sent" belong to
 * the talk's own thread.
 */
export const PAYING_WHERE_THE_TALK_MOVED: ThreadSpec = {
  ...PAYING_OUTSIDE,
  opensOn: ['off-platform-contact'],
  label: 'the account to pay, settled after the talk moved off Alibaba.com in this chat',
  reply: (letters) =>
    POINTS_AT.exec(letters) ??
    POINTS_AT_IN_OTHER_LANGUAGES.exec(letters) ??
    ACCOUNT_ASKED_ABOUT.exec(letters),
};
