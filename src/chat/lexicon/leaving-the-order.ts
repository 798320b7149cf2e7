import { COURIERS, cue, NOT_MONEY, THOUSANDS_COMMA, type Cue } from './cue';
import { LEAVING_THE_ORDER_IN_OTHER_LANGUAGES } from './leaving-the-order-languages';
import { PART_OF_THE_PRICE_OUTSIDE } from './part-of-the-price';
import { PAYING_AROUND_THE_ORDER } from './paying-around-the-order';
import { BUYERS_OWN_COSTS, NOT_ITS_FEE, RULING_OUT_THE_ORDER } from './ruling-out-the-order';

/** A word between paying and "directly": "the", "30%", "US$4,275.00"; a full stop ends the sentence, not a word. */
const AMOUNT_OR_WORD = `(?:[\\p{L}\\p{N}$/%-]|\\.(?!\\s)|${THOUSANDS_COMMA})+`;

/** "Wire directly to a 12V battery", "a kiosk for outside installation": wiring and fitting, not paying. */
const NOT_WIRED_OR_INSTALLED =
  '(?!\\s+(?:to|into)\\s+(?:a\\s+|the\\s+|your\\s+)?(?:\\d+\\s?v\\b|batter|power|mains|switch|socket|outlet|panel|board|circuit|controller|driver)|\\s+(?:installation|installations|mounting|use|walls?)\\b)';

/** "You pay DHL directly" for freight collect: the courier's own bill. */
const A_COURIER = `(?:the\\s+)?${COURIERS}`;

/**
 * "Can I pay the order directly with my card?": the buyer's own card, which pays the order itself; "I paid the duty
 * directly on ups.com": the courier's own bill.
 */
const NOT_BY_CARD_OR_ON_A_COURIERS_SITE = `(?!\\s+(?:with|by|using)\\s+(?:my|a)\\s+(?:own\\s+)?(?:credit\\s+|debit\\s+|visa\\s+|company\\s+)?card\\b|\\s+(?:on|at|via|to)\\s+${A_COURIER}\\b)`;

/**
 * Steering the buyer out of the Trade Assurance order: "pay us directly",
 * "don't use Trade Assurance", "cancel the order and pay by T/T". Part of
 * PAYMENT_ROUTES; the reasons given for it are REASONS_TO_LEAVE_THE_ORDER.
 */
export const LEAVING_THE_ORDER: readonly Cue[] = [
  // One cue per family of words, each with its own anchors: a message tries only the branches whose words it holds.
  cue(
    'paying directly, outside the order',
    // Money, not goods sent straight to a customer or by the writer ("I send direct"), nor "you pay Alibaba (or DHL, or
    // customs) directly"; "direct transfer film" and
    // a "direct deal with the factory" are no payments; in the Alibaba order it is no finding (offeredInOrder).
    `\\b(?:(?:pay|paid|paying|payment|payments|remit|wire|t/t|tt)\\s+(?:(?!alibaba\\b|by\\s+(?:us|me)\\b|${A_COURIER}\\b|customs\\b|${BUYERS_OWN_COSTS})${AMOUNT_OR_WORD}\\s+){0,4}?|(?:transfer|transferring|send(?<!\\b(?:i|we)(?:'ll|\\s+will|\\s+can|\\s+could)?\\s+send))\\s+(?:(?!${NOT_MONEY}\\b|alibaba\\b)${AMOUNT_OR_WORD}\\s+){0,4}?)(?:directly|direct(?!\\s+(?:line|number|contact|e-?mail|phone|factory|manufacturer|supplier|sales|price|drive)\\b)|outside|straight)\\b${NOT_WIRED_OR_INSTALLED}${NOT_BY_CARD_OR_ON_A_COURIERS_SITE}` +
      // "30% in the Alibaba order and the rest directly to us".
      '|\\b(?:rest|balance|remaining|remainder)\\s+(?:\\S+\\s+)?(?:directly|direct)\\s+(?:to|into)\\s+(?:us|our|me|my)\\b' +
      // "Pls pay sea freight USD 2,150 to me directly".
      '|\\b(?:pay|remit|wire|transfer)\\w*\\s+(?:\\S+\\s+){0,6}?to\\s+(?:me|us)\\s+direct(?:ly)?\\b' +
      // "10,000 through TA and 26,000 direct to company acc", "6,800 USD directly to our service company account";
      // "TA only for deposit, bal we do direct".
      '|\\bdirect(?:ly)?\\s+(?:to|into)\\s+(?:our\\s+|the\\s+|my\\s+)?(?:(?!alibaba\\b|trade\\b|ta\\b|escrow\\b|your\\b)[\\p{L}]+\\s+){0,2}?(?:acc|account|a/c|acct)\\b' +
      '|\\b(?:bal|balance|rest|remaining)\\s+(?:we|i)\\s+(?:do|make|take|receive|collect)\\s+direct(?:ly)?\\b' +
      // "This time we do direct, ok?"
      '|\\b(?:we|let\\W?s|lets)\\s+(?:do|go|make\\s+it|deal)\\s+direct(?:ly)?(?=\\s*(?:[,.!?;:]|$|ok\\b|okay\\b|this\\s+time|next\\s+time|now\\b))' +
      '|\\bdirect\\s+(?:payment|pi|invoice|transfer(?!\\s+(?:film|paper|printing|print|vinyl|stickers?)\\b)|bank(?:\\s+details)?|deal(?!\\s+with\\s+(?:the\\s+|our\\s+)?(?:factory|manufacturer|maker|producer)\\b)|order(?!\\s+(?:from|with)\\s+(?:the\\s+)?(?:factory|manufacturer))|t/t|tt|wire)\\b',
    { offeredInOrder: true, anchors: ['direct', 'outside', 'straight'] },
  ),
  cue(
    'paying directly, outside the order',
    '\\boutside\\s+(?:of\\s+)?(?:alibaba|the\\s+platform|trade\\s+assurance|ta|the\\s+order)\\b' +
      // "If you order outside, I can give better price" (not "buyers outside China").
      '|\\b(?:order|buy|deal|trade)\\w*\\s+outside\\b(?!\\s+(?:of\\s+)?(?:china|the\\s+(?:eu|us|uk|country|city|factory)|business\\s+hours|office\\s+hours|working\\s+hours))' +
      // "We can do business out of Alibaba"; not "sold out of" anything.
      '|\\b(?:business|order|deal|trade|pay|paying|payment|transaction)s?\\s+out\\s+of\\s+alibaba\\b|\\b(?:business|order|deal|trade|pay|paying|payment|transaction)s?\\s+out\\s+of\\s+the\\s+platform\\b',
    { anchors: ['outside', 'out of alibaba', 'out of the platform'] },
  ),
  cue(
    'paying directly, outside the order',
    // Not quoted back: "the 'skip Alibaba' offers you get from others".
    '\\b(?:without|skip|skipping|bypass|bypassing)(?<![\'"‘“](?:skip|skipping|bypass|bypassing))\\s+(?:the\\s+)?(?:alibaba|platform|trade\\s+assurance|ta|escrow)\\b' +
      '|\\b(?:save|avoid)\\s+(?:the\\s+)?(?:alibaba|platform|trade\\s+assurance|ta)\\s+(?:fees?|commission|charges?)\\b',
    { anchors: ['without', 'skip', 'bypass', 'save', 'avoid'] },
  ),
  ...RULING_OUT_THE_ORDER,
  cue(
    'paying directly, outside the order',
    // Steering the buyer away from the order itself: "no need for an Alibaba order", "don't use Trade Assurance",
    // "we cannot accept Alibaba orders".
    // "The Alibaba order is just paperwork for us old partners".
    '\\b(?:alibaba|ta|trade\\s+assurance)\\s+(?:order\\s+)?(?:is|are)\\s+(?:just|only)\\s+(?:a\\s+)?(?:paperwork|formality|formalities|for\\s+show)\\b|\\bno\\s+need\\s+(?:to\\s+use\\s+|for\\s+|(?:to\\s+)?go\\s+(?:through|via)\\s+)?(?:the\\s+)?(?:alibaba|platform|trade\\s+assurance|ta|escrow)\\b(?!\\s+(?:fees?|inspection|logo|account|login))' +
      // "As old friends we don't need the platform this time", "we no longer use Alibaba checkout".
      "|\\b(?:don'?t|do\\s+not|no\\s+longer|let'?s\\s+not|let\\s+us\\s+not)\\s+(?:need\\s+(?:to\\s+use\\s+)?|use\\s+)(?:the\\s+)?(?:trade\\s+assurance|escrow|platform(?!\\s+(?:fees?|account|login))|alibaba(?:'s)?\\s+(?:order|payment|checkout))\\b" +
      // "For repeat order you don't need TA anymore"; not its fee.
      `|\\b(?:don'?t|do\\s+not)\\s+need\\s+(?:to\\s+use\\s+)?(?:the\\s+)?ta${NOT_ITS_FEE}` +
      "|\\b(?:don'?t|do\\s+not|cannot|can'?t|can\\s+not|won'?t|will\\s+not)\\s+(?:accept|receive|take)\\s+(?:the\\s+|any\\s+|new\\s+)?(?:trade\\s+assurance(?:\\s+orders?)?|alibaba\\s+(?:orders?|payment|checkout)|ta\\s+orders?)\\b" +
      '|\\bno\\s+need\\s+(?:for\\s+|of\\s+)?(?:an?\\s+|the\\s+)?(?:new\\s+|another\\s+)?(?:alibaba|trade\\s+assurance|ta)\\s+order\\b' +
      '|\\bnever\\s+mind\\s+(?:the\\s+)?(?:alibaba|platform|trade\\s+assurance|ta|escrow)\\b' +
      '|\\bno\\s+need\\s+to\\s+(?:place|make|create|open)\\s+(?:an?\\s+|the\\s+)?(?:order|trade\\s+assurance\\s+order)\\s+(?:on|through|via|in)\\s+(?:alibaba|the\\s+platform)\\b',
    {
      anchors: [
        'paperwork',
        'formalit',
        'for show',
        'no need',
        'no longer',
        'never mind',
        "let's not",
        'lets not',
        'let us not',
        "don't",
        'dont',
        'do not',
        'cannot',
        "can't",
        'cant',
        'can not',
        "won't",
        'wont',
        'will not',
      ],
    },
  ),
  cue(
    'paying directly, outside the order',
    // "We can make the order offline" (not an offline shop or being offline), "pay the rest offline", "3000 usd on
    // alibaba, rest 7400 offline".
    '\\b(?:make|do|place|complete|finish|handle|process)\\s+(?:the\\s+|this\\s+|our\\s+|your\\s+)?(?:order|deal|payment|transaction|business)\\s+offline\\b' +
      '|\\b(?:rest|balance|remaining|remainder)\\s+(?:(?:usd|us\\$|rmb|eur)\\s+)?\\$?\\d[\\d,.]*k?\\s+(?:(?:usd|rmb|eur|dollars?)\\s+)?offline\\b' +
      // Not what a card reader does: "it can process payments offline".
      '|\\b(?:pay|paid|paying|payment|transfer|send)\\w*(?<!\\b(?:process|processes|processing|accept|accepts|accepting|store|stores|storing|take|takes)\\s+payments?)\\s+(?:\\S+\\s+){0,3}?offline\\b',
    { anchors: ['offline'] },
  ),
  ...PAYING_AROUND_THE_ORDER,
  ...LEAVING_THE_ORDER_IN_OTHER_LANGUAGES,
  // Apart from the cues above, with anchors of their own: a cue's every branch is tried at every word of every message it runs on.
  cue(
    'paying directly, outside the order',
    // "Let's close the deal off Alibaba"; not a discount "off" a price.
    '\\b(?:business|order|deal|trade|transaction)s?\\s+off\\s+alibaba\\b|\\b(?:business|order|deal|trade|transaction)s?\\s+(?:off\\s+the\\s+platform|off\\s+platform|off-platform)\\b' +
      // "The quote $4.20 is only for off-platform payment".
      '|\\bfor\\s+(?:an?\\s+)?off[\\s-]platform\\s+(?:payment|transfer|deal|order|transaction)s?\\b' +
      // "Please don't pay at Alibaba, Alibaba takes much money from us"; not "don't pay on Alibaba yet", nor the
      // warning "if you don't pay through Trade Assurance, we cannot help you".
      "|\\b(?:don't\\s+pay|dont\\s+pay|do\\s+not\\s+pay)\\s+(?:at|on|through|via|in|by)\\s+(?:alibaba|the\\s+platform|trade\\s+assurance)\\b(?!\\s+(?:yet|until|before|now|first|today|for\\s+now))" +
      `(?![^.!?\\n]{0,60}?\\b(?:(?:cannot|can't|can\\s+not|won't|will\\s+not|not\\s+be\\s+able\\s+to)\\s+(?:\\S+\\s+){0,2}?(?:help|refund|protect|guarantee|cover)|(?:no|without)\\s+(?:buyer\\s+)?protection|at\\s+your\\s+own\\s+risk))`,
    {
      anchors: [
        'off alibaba',
        'off the platform',
        'off platform',
        'off-platform',
        'for off',
        "don't pay",
        'dont pay',
        'do not pay',
      ],
    },
  ),
  cue(
    'paying directly, outside the order',
    // "We can't use Alibaba order for this, PayPal is ok", "no need Alibaba": as suppliers write it in a
    // hurry (the order, not the site: "I can't use Alibaba today, the website is down").
    "\\b(?:can't\\s+use|cant\\s+use|cannot\\s+use|can\\s+not\\s+use)\\s+(?:the\\s+)?(?:trade\\s+assurance|alibaba(?:'s)?\\s+(?:order|payment|checkout))\\b" +
      '|\\b(?:no\\s+need\\s+alibaba|no\\s+need\\s+trade\\s+assurance|no\\s+need\\s+ta)\\b',
    {
      needsPaymentTalk: true,
      // "I cannot use Trade Assurance with my card, so I will wire to the Alibaba payment account in the order."
      offeredInOrder: true,
      anchors: [
        "can't use",
        'cant use',
        'cannot use',
        'can not use',
        'no need alibaba',
        'no need trade',
        'no need ta',
      ],
    },
  ),
  cue(
    'paying directly, outside the order',
    // "Remit the deposit to the account in the contract, not via Alibaba" (said of paying, not of how we met), "pay all
    // today by bank, not alibaba", "to the account on our letterhead, not through the Alibaba order".
    '\\b(?:not\\s+via|not\\s+through|(?:by|via)\\s+(?:bank(?:\\s+transfer)?|t/?t|wire)\\s*,?\\s+not)\\s+(?:the\\s+)?(?:alibaba|trade\\s+assurance|platform)\\b',
    { needsPaymentTalk: true, anchors: ['alibaba', 'trade assurance', 'platform'] },
  ),
  cue(
    'paying directly, outside the order',
    // "Cancel the Trade Assurance order and pay by T/T", "orders over $10,000 can't be processed through Alibaba".
    "\\bcancel\\s+(?:the\\s+|this\\s+|your\\s+)?(?:trade\\s+assurance\\s+|ta\\s+|alibaba\\s+)?order\\s+and\\s+(?:pay|send|transfer|remit|wire|(?:i|we)\\s+(?:will|'ll)\\s+send\\s+(?:you\\s+)?(?:a\\s+|the\\s+|our\\s+)?(?:new\\s+)?(?:payment\\s+link|pi|invoice|account|bank(?!\\s+(?:slip|receipt|statement|copy))))\\b" +
      // "Cancel the TA order, I will send you a proforma invoice with our bank details."
      "|\\bcancel\\s+(?:the\\s+|this\\s+|your\\s+)?(?:trade\\s+assurance\\s+|ta\\s+|alibaba\\s+)?order(?:\\s+on\\s+alibaba)?(?:\\s*,\\s*|\\s+and\\s+)(?:i|we)\\s+(?:will|'ll)\\s+(?:send|make|give|issue)\\s+(?:\\S+\\s+){0,6}?(?:our|the|company)\\s+(?:company\\s+)?bank\\b(?!\\s+(?:slip|receipt|statement|copy))" +
      // "Trade Assurance payment is pending too long, please cancel it and send TT."
      '|\\bcancel\\s+(?:it|this|that|the\\s+payment)\\s+and\\s+(?:pay|send|transfer|wire|remit)\\w*\\s+(?:by\\s+|via\\s+|with\\s+)?(?:t/t|tt|bank(?!\\s+(?:slip|receipt|statement|copy))|wire|the\\s+money|directly)\\b' +
      "|\\b(?:can(?:not|'t|\\s+not)|could(?:\\s+not|n't))\\s+(?:be\\s+processed|be\\s+paid|be\\s+handled|be\\s+accepted)\\s+(?:through|via|on|in|by)\\s+(?:alibaba|the\\s+platform|trade\\s+assurance)\\b",
    { anchors: ['cancel', 'be processed', 'be paid', 'be handled', 'be accepted'] },
  ),
  cue(
    'paying directly, outside the order',
    // "For the bulk, let's do bank to bank": a wire straight to the supplier (not T/T paid in the Trade Assurance order).
    '\\bbank\\s+to\\s+bank\\b|\\bbank-to-bank\\b',
    { offeredInOrder: true, anchors: ['bank to bank', 'bank-to-bank'] },
  ),
  cue(
    'paying directly, outside the order',
    // "We can do a private deal, 10% cheaper"; a private label is a product.
    '\\bprivate(?:ly)?\\s+(?:deal|transaction|trade|payment|business)s?\\b|\\b(?:do|make|deal|pay)\\s+(?:it|this|the\\s+deal|the\\s+order|business)\\s+(?:in\\s+)?private(?:ly)?\\b',
    { anchors: ['private'] },
  ),
  cue(
    'paying directly, outside the order',
    // 直接打款: an instruction after "不要通过阿里巴巴付款，", not an item of a refused list.
    '直接(?:打款|打到|打给|付款|付给|转账|转给|转到|转我|转公司|汇到|汇款|电汇|匯款|轉帳|\\s*t/t|\\s*tt\\b|用?(?:微信|支付宝)(?:转账|支付|付款|转|付))' +
      '|(?:不要|别|不用)(?:通过|在|走|用)\\s*(?:阿里(?:巴巴)?|平台|信保)(?:平台)?(?:上面|上|里)?\\s*(?:付款|支付|下单|付)',
    // "您在「我的订单」里直接付款就行": paying in the Alibaba order itself.
    { instruction: true, offeredInOrder: true, anchors: ['直接', '不要', '别', '不用'] },
  ),
  ...PART_OF_THE_PRICE_OUTSIDE,
];
