import { cue, type Cue } from './cue';

/**
 * The supplier paid around the order rather than told to leave it outright: "pay the sample fee … directly
 * to you", "30% through Alibaba, 70% to our bank account", "pay by TT to us", "TT in advance, not Alibaba",
 * "we handle the payment between us", "off the books", the platform's commission shared. Part of
 * LEAVING_THE_ORDER.
 */
export const PAYING_AROUND_THE_ORDER: readonly Cue[] = [
  cue(
    'paying directly, outside the order',
    // Further from its verb, "directly to you": "can I pay the sample fee with my credit card directly to you?"
    '\\b(?:pay|paid|paying|transfer|transferring|remit|wire)\\s+(?:[\\p{L}\\p{N}$/%.-]+\\s+){4,8}?directly\\s+to\\s+(?:you|your\\s+(?:company|account|bank|factory))\\b' +
      // "Transfer the freight to our shipping agent directly, then we deduct from invoice"; "send the bank transfer now and
      // I'll update the Trade Assurance order after" (not "place the Trade Assurance order after approval", "… after you confirm sample").
      '|\\bdeduct\\w*\\s+(?:it\\s+)?from\\s+(?:the\\s+|your\\s+|our\\s+)?(?:invoice|pi|balance|order)\\b(?<=\\bdirectly\\b[^.!?]{0,60})' +
      '|\\b(?:update|create|make|add|place)\\s+(?:the\\s+)?(?:trade\\s+assurance|alibaba)\\s+(?:order\\s+after|order\\s+later)(?!\\s+(?:approval|the\\s+meeting|our\\s+meeting|the\\s+board|confirmation|the\\s+sample|(?:we|you|u)\\s+(?:check|test|approve|confirm|receive)))',
    { anchors: ['directly to', 'deduct', 'order after', 'order later'] },
  ),
  cue(
    'paying directly, outside the order',
    // "30% through Alibaba, 70% to our bank account": a share of the payment sent to the supplier's own account (not a fee charged to it).
    "\\b\\d+(?:[.,]\\d+)?\\s?%(?<!\\b(?:charges?|fees?|commission|takes?|costs?)\\s+\\d+(?:[.,]\\d+)?\\s?%)\\s+(?:directly\\s+)?to\\s+(?:our|my)\\s+(?:[\\p{L}']+\\s+)?(?:bank\\s+)?(?:account|bank)\\b",
    { anchors: ['%'] },
  ),
  cue(
    'paying directly, outside the order',
    // "If you pay by TT to us it's 11.8", "you send the money, I send the goods, no platform".
    '\\b(?:t/t\\s+to\\s+us|tt\\s+to\\s+us|transfer\\s+to\\s+us|wire\\s+to\\s+us|t/t\\s+to\\s+me|tt\\s+to\\s+me|transfer\\s+to\\s+me|wire\\s+to\\s+me|(?:t/t|tt|transfer|wire)\\s+directly\\s+to\\s+us)\\b' +
      // Not "no Alibaba" (Portuguese "no" is "in the": "falar aqui no Alibaba"), nor "no Trade Assurance" after a
      // Portuguese word ("abro disputa no Trade Assurance", "Pode fazer a ordem no Trade Assurance, 30% de sinal").
      '|\\b(?:no\\s+platform|no\\s+escrow|no\\s+trade\\s+assurance)(?<!\\b(?:disputa|ordem|pedido|pedidos|pagamento|pagamentos|compra|reclamação|reclamacao|garantia|proteção|protecao|tudo|feito|feita|pago|paga|fica|fazer|pagar|pague|paguei|abrir|abro|aqui|direto|seguro|segura|aberta|aberto|pagamos)\\s+no\\s+\\S+(?:\\s+assurance)?)(?=\\s*(?:[.,;!?]|$|(?:needed|required|necessary|involved)\\b))',
    {
      anchors: [
        't/t to us',
        'tt to us',
        'transfer to us',
        'wire to us',
        't/t to me',
        'tt to me',
        'transfer to me',
        'wire to me',
        'directly to us',
        'no platform',
        'no escrow',
        'no trade assurance',
      ],
    },
  ),
  cue(
    'paying privately, outside the order',
    // "We handle the payment between us", "settle it privately", "keep this order off the books", "let's do it outside".
    '\\b(?:pay|paid|payment|payments|settle|settlement|balance|deposit|money)\\b[^.!?]{0,30}?\\b(?:between\\s+us|privately|in\\s+private)\\b' +
      '|\\bsettle\\s+(?:it|this|that)\\s+privately\\b|\\boff\\s+the\\s+books\\b|\\b(?:do|make|place)\\s+(?:it|this|the\\s+order|the\\s+deal)\\s+outside\\b' +
      // "Not through the website", "instead of the order page", "please don't pay via the order link".
      '|\\bnot\\s+through\\s+the\\s+(?:website|platform|order\\s+page|order\\s+link)\\b|\\binstead\\s+of\\s+(?:through\\s+)?the\\s+(?:platform|order\\s+page|order\\s+link)\\b' +
      "|\\b(?:don't|do\\s+not)\\s+pay\\s+(?:via|through|by|in|on)\\s+the\\s+(?:order\\s+link|order\\s+page|platform)\\b" +
      // "The platform part we can skip", "our other channel for the deposit", "an easier way to pay, she will contact you separately".
      '|\\b(?:platform|alibaba|trade\\s+assurance|escrow)\\s+(?:part|step|thing)\\s+(?:we|you)\\s+can\\s+skip\\b|\\b(?:other|another|private)\\s+channel\\s+for\\s+(?:the\\s+)?(?:deposit|payment|balance)\\b' +
      '|\\b(?:easier|cheaper|special|private)\\s+(?:way\\s+to\\s+pay|method\\s+to\\s+pay|way\\s+of\\s+payment|method\\s+of\\s+payment|arrangement\\s+for\\s+(?:the\\s+)?payment)\\b(?![^.!?]{0,40}alibaba)' +
      // "The rest 8,500 USD you pay by TT", "add it by bank transfer to me".
      '|\\b(?:rest|remaining|remainder)\\s+(?:[\\d,.]+\\s*(?:usd|dollars?)?\\s+)?(?:you\\s+pay|you\\s+send|you\\s+transfer)\\s+(?:by|via|with)\\s+(?:t/?t|bank\\s+transfer|wire|western\\s+union)\\b(?!\\s+(?:in|through|via|on)\\s+(?:the\\s+)?alibaba)',
    {
      anchors: [
        'between us',
        'privately',
        'in private',
        'off the books',
        'outside',
        'not through the',
        'instead of',
        'order link',
        'order page',
        'platform',
        'can skip',
        'channel for',
        'way to pay',
        'method to pay',
        'way of payment',
        'method of payment',
        'arrangement for',
        'you pay',
        'you send',
        'you transfer',
      ],
    },
  ),
  cue(
    "the platform's fee saved by paying outside",
    // "The platform commission is 3%, let's split it, I reduce 1.5% if you wire us"; "Alibaba ko commission kyun dena",
    // "Alibaba'ya komisyon vermeyelim".
    '\\bcommission\\b[^.!?]{0,40}?\\b(?:split|share|sharing|half|win-?win|if\\s+you\\s+(?:wire|transfer|pay\\s+(?:us\\s+)?direct))' +
      '|\\b(?:split|share)\\s+(?:the\\s+)?(?:commission|saving|savings)\\b|\\bcommission\\s+kyun\\s+dena\\b|\\bkomisyon\\s+vermeyelim\\b',
    { anchors: ['commission', 'saving', 'komisyon'] },
  ),
  cue(
    'paying directly, outside the order',
    // "We prefer TT in advance, not Alibaba": a way to pay set against the order.
    '\\b(?:not\\s+alibaba|not\\s+trade\\s+assurance|not\\s+via\\s+alibaba|not\\s+through\\s+alibaba|not\\s+by\\s+alibaba|not\\s+on\\s+alibaba|not\\s+in\\s+alibaba)\\b(?<=\\b(?:t/t|tt|transfer|wire|union|advance|directly|direct)\\b[^.!?]{0,30})',
    {
      anchors: [
        'not alibaba',
        'not trade assurance',
        'not via alibaba',
        'not through alibaba',
        'not by alibaba',
        'not on alibaba',
        'not in alibaba',
      ],
    },
  ),
  cue(
    'paying directly, outside the order',
    // "If deposit not received today on our account (not platform)"; "the Alibaba order will be closed as 'offline
    // paid'" (the order only shown as paid).
    '\\b(?:account|acc)\\s*\\(\\s*not\\s+(?:the\\s+)?(?:platform|alibaba|trade\\s+assurance|ta)\\s*\\)' +
      '|\\b(?:closed|marked|shown)\\s+as\\s+["“\']?(?:offline\\s+paid|paid\\s+offline)\\b',
    { anchors: ['acc', 'offline'] },
  ),
  cue(
    'paying directly, outside the order',
    // Two invoices, the order for the low one: "we can make two invoice, one low value for KRA and one real. Alibaba order
    // we make the low one USD 6,000, real price is 19,800" — the rest can only be paid outside it.
    '\\b(?:make|do|issue|prepare|write|use)\\s+(?:\\S+\\s+)?(?:two\\s+invoice|2\\s+invoice|double\\s+invoice)s?\\b(?=[^.!?]{0,80}\\b(?:low|lower|small|real|actual|true)\\b)' +
      '|\\b(?:alibaba|ta|trade\\s+assurance)\\s+order\\s+(?:we\\s+)?(?:make|put|write|set|change)\\s+(?:it\\s+)?(?:the\\s+|to\\s+the\\s+)?(?:low\\s+one|lower\\s+one|small\\s+one|low\\s+value|lower\\s+value|low\\s+amount|lower\\s+amount)\\b',
    {
      anchors: [
        'two invoice',
        '2 invoice',
        'double invoice',
        'low one',
        'lower one',
        'small one',
        'low value',
        'lower value',
        'low amount',
        'lower amount',
      ],
    },
  ),
];
