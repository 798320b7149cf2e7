import { cue, type Cue } from './cue';

/** After a reason to leave the order, where the money goes instead: "by T/T", "to our bank", "to us". */
const BY_BANK_INSTEAD =
  '(?:by|via|to|through|into)\\s+(?:our\\s+|the\\s+|my\\s+|a\\s+)?(?:bank|t/t|tt|wire|account|company(?:\\s+account)?|us)\\b';

/**
 * The reasons given for leaving Trade Assurance: "Trade Assurance is not
 * available", "the fees are too high", "the order system has a bug, pay by
 * bank". Part of PAYMENT_ROUTES, at its end.
 */
export const REASONS_TO_LEAVE_THE_ORDER: readonly Cue[] = [
  cue(
    'a reason to leave Trade Assurance',
    // Not a fee reported by someone else: "my colleague says Alibaba charges 2.99% for card"; nor the chat ("alibaba
    // msg is very slow"); nor the buyer's own trouble ("the payment link in the Alibaba order page doesn't work for
    // me"); nor a fee set against the order's free way ("Alibaba charge 2.99% for card, but T/T to the … virtual
    // account in your Alibaba order has no fee"); nor a wallet the order doesn't take ("Alibaba doesn't support Wave, …
    // you can pay by card", "… Wise, only card"); nor French "à ta charge" (yours to pay); nor the tax the order
    // collects ("Alibaba charges the VAT 19% at checkout for EU"), nor "Alibaba doesnt charge the buyer".
    "(?<!\\b(?:says?|said|heard|read|told\\s+me)\\s+(?:that\\s+)?)\\b(?:trade\\s+assurance\\s+|(?<!(?:\\s|^)(?:à|a|pour|sur|par|avec|dans)\\s+)ta\\s+|alibaba\\s+|alibaba\\.com\\s+|the\\s+platform\\s+|alibaba\\s+payment\\s+)(?:(?!(?:msg|msgs|message|messages|chat|messenger|app|reply|replies|doesnt|dont|didnt|wont|not|never)\\s)[\\p{L}]+\\s+){0,2}?(?:takes?\\s+too\\s+long|is\\s+not\\s+available|not\\s+available|is\\s+not\\s+possible|(?:is\\s+|are\\s+)?(?:temporarily\\s+|currently\\s+|now\\s+)?(?:unavailable|suspended|blocked|frozen|disabled|deactivated|restricted|under\\s+maintenance|not\\s+working)|does\\s*(?:not|n't)\\s+(?:support|work)(?!\\s+(?:wave|orange\\s+money|momo|m-?pesa|gcash|maya|yape|plin|pix|paytm|bkash|easypaisa|jazzcash|dana|ovo|zelle|venmo|cash\\s?app|crypto|usdt|western\\s+union|moneygram|wise|paypal|payoneer|skrill|revolut)\\b)|(?:won't|will\\s+not|can't|cannot)\\s+work|is\\s+only\\s+for|will\\s+add|charges?(?![sd]?\\s+(?:the\\s+|your\\s+|import\\s+|\\d+\\s?%\\s+)*(?:vat|gst|tax|taxes|duty|duties|iva|tva|mwst)\\b)(?!(?:[^.!?]|(?<=\\d)\\.(?=\\d)){0,100}?\\b(?:has|have|with)\\s+no\\s+(?:fees?|charges?)\\b)(?!d?\\s+by\\s+(?:your|the\\s+(?:buyer'?s|sending|receiving))\\s+bank)|freezes?|fees?\\s+(?:are|is)\\s+too\\s+high|takes?\\s+(?:too|so)\\s+(?:much|many|high)\\s+(?:\\S+\\s+)?(?:fees?|commission)|(?:limit|quota|credit(?:\\s+line)?|account)\\s+(?:is\\s+|has\\s+been\\s+|was\\s+)?(?:too\\s+(?:small|low)|full|reached|exceeded|used\\s+up|not\\s+enough|insufficient|only\\s+(?:usd\\s*|us\\s*\\$\\s*|\\$\\s*)?\\d)|(?:can(?:not|'t|\\s+not)|could\\s*(?:not|n't))\\s+be\\s+(?:created|placed|made|opened)|(?:has|have)\\s+a\\s+(?:\\S+\\s+)?delay|is\\s+(?:too\\s+|very\\s+|so\\s+)?slow)(?!\\s+(?:for\\s+me|on\\s+my\\s+(?:side|end|phone|laptop|computer|browser))\\b)" +
      // "We don't use Alibaba pay anymore because they take too long to release."
      "|\\b(?:don'?t|do\\s+not|no\\s+longer)\\s+use\\s+(?:alibaba(?:\\s+pay(?:ment)?)?\\s+|trade\\s+assurance\\s+|ta\\s+)any\\s?more\\b" +
      // "Let's keep Alibaba only for communication, payment we do by bank."
      '|\\b(?:alibaba|the\\s+platform)\\s+(?:is\\s+)?only\\s+for\\s+(?:communication|chat|chatting|talking|contact|messages?|inquir\\w*)\\b' +
      // "The buyer protection of Alibaba is too expensive for us."
      '|\\bbuyer\\s+protection\\s+of\\s+alibaba\\s+(?:is|are)\\s+too\\s+(?:expensive|high|costly|much)\\b|\\btrade\\s+assurance\\s+(?:fees?\\s+)?(?:is|are)\\s+too\\s+(?:expensive|costly)\\b' +
      // "The amount exceeds the Trade Assurance limit."
      '|\\b(?:exceeds?|exceeded|exceeding|over|above|beyond)\\s+(?:the\\s+|our\\s+)?(?:trade\\s+assurance\\s+|ta\\s+|alibaba\\s+)(?:order\\s+)?(?:limit|quota|credit(?:\\s+line)?)\\b' +
      // "Our Trade Assurance is not yet activated" (an order not ready yet is routine).
      '|\\b(?:trade\\s+assurance\\s+|ta\\s+)(?:(?:account|service|function)\\s+)?(?:is\\s+)?not\\s+(?:yet\\s+)?(?:activated|active|opened|open|set\\s+up)\\b' +
      // "No time for TA verification", "cannot wait Alibaba 3 days to confirm", "no need place order on Alibaba", "the
      // order on Alibaba is just for record".
      '|\\b(?:order|alibaba)\\s+(?:\\S+\\s+){0,3}?(?:is\\s+)?(?:just|only)\\s+for\\s+(?:the\\s+)?records?\\b' +
      "|\\bno\\s+time\\s+for\\s+(?:the\\s+)?(?:trade\\s+assurance|ta|alibaba|platform)\\b|\\b(?:can'?t|cannot|can\\s+not)\\s+wait\\s+(?:for\\s+)?(?:the\\s+)?(?:trade\\s+assurance|ta|alibaba|platform)\\b|\\bno\\s+need\\s+(?:to\\s+)?(?:place|make)\\s+(?:the\\s+|an?\\s+)?order\\s+(?:on|in|through)\\s+(?:the\\s+)?(?:alibaba|platform|trade\\s+assurance)\\b" +
      // "We cannot receive the payment in the Alibaba order this time": the order said closed to the money.
      "|\\b(?:can(?:not|'t|\\s+not)|could\\s*(?:not|n't)|unable\\s+to|not\\s+able\\s+to)\\s+receive\\s+(?:the\\s+|your\\s+|any\\s+)?(?:payment|money|funds)\\s+(?:in|through|via|on|by)\\s+(?:the\\s+)?(?:alibaba|trade\\s+assurance|ta\\s+)" +
      // "Alibaba also stop Trade Assurance processing during Spring Festival holiday": the order never closes for a
      // holiday.
      '|\\b(?:alibaba|trade\\s+assurance)\\s+(?:also\\s+)?(?:stops?|closes?|pauses?|suspends?)\\s+(?:the\\s+)?(?:trade\\s+assurance\\s+)?(?:processing|payments?|orders?)\\s+(?:during|for|in|over)\\s+(?:the\\s+)?(?:\\S+\\s+){0,2}?(?:holidays?|new\\s+year|festival)\\b' +
      '|信保\\s*(?:takes\\s+too\\s+long|太慢|不支持)|信保额度(?:不够|不足|满了|用完)|信保(?:的)?(?:手续)?费(?:用)?太(?:高|贵)|平台(?:的)?手续费(?:太)?(?:高|贵)' +
      // Japanese "アリババ経由だと手数料が高い" (through Alibaba the fees are high).
      '|(?:アリババ|alibaba)(?:経由|で(?:の)?(?:支払い?|決済))?(?:だと|は)[^。！？]{0,8}?手数料が(?:高い|かかる)',
    {
      needsPaymentTalk: true,
      anchors: [
        'trade',
        'ta ',
        'alibaba',
        'アリババ',
        'platform',
        '信保',
        '手续费',
        'no time for',
        'record',
        ' wait ',
      ],
    },
  ),
  cue(
    'a reason to leave Trade Assurance',
    // "Our order system has a bug now, please pay by bank first": a fault named, then the bank instead.
    // A fault alone ("the payment page has an error, please try again later") is routine.
    '\\b(?:alibaba|trade\\s+assurance|ta|order|payment)\\s+(?:system|website|site|page|platform)\\s+(?:(?:has|have|had|got|is\\s+having)\\s+(?:a\\s+|an\\s+|some\\s+)?(?:\\w+\\s+)?(?:bugs?|problems?|errors?|issues?|glitch(?:es)?)|is\\s+(?:down|broken))\\b' +
      `[^\\n]{0,80}?\\b(?:pay|send|transfer|remit|wire)\\w*\\s+(?:\\S+\\s+){0,3}?${BY_BANK_INSTEAD}`,
    { anchors: ['bug', 'problem', 'error', 'issue', 'glitch', 'down', 'broken'] },
  ),
  cue(
    'a reason to leave Trade Assurance',
    // "Trade Assurance will take 10 days to release, if you pay by T/T to us we can ship tomorrow", "Alibaba will hold
    // your payment for 90 days, so it is better to pay us via bank": the wait, then the bank instead.
    "\\b(?:trade\\s+assurance(?:'s)?\\s+|ta\\s+|alibaba(?:'s)?\\s+)(?:\\S+\\s+)?(?:will\\s+)?(?:(?:takes?|needs?)\\s+(?:\\d+|many|several|more|a\\s+long)\\s+(?:\\S+\\s+)?(?:days|weeks|time)|(?:holds?|keeps?)\\s+(?:your\\s+|the\\s+)?(?:payment|money|funds)\\s+for\\s+(?:\\d+|many|several)\\s+(?:days|weeks|months))\\b" +
      `(?=[^\\n]{0,80}?\\b(?:if\\s+you|please|pls|kindly|you\\s+can|just|better\\s+to)\\s+pay\\s+(?:\\S+\\s+){0,3}?${BY_BANK_INSTEAD})`,
    { anchors: ['trade', 'ta ', 'alibaba'] },
  ),
  cue(
    'a reason to leave Trade Assurance',
    // "Pls pay by company account below, it is more fast than Alibaba": paying outside sold as quicker, or as cheaper
    // when "it" is, or the account just named ("the bank detail of our HK partner there, cheaper than alibaba"); prices
    // are "cheaper than Alibaba" too.
    "\\b(?:faster|more\\s+fast|quicker|more\\s+quick|more\\s+convenient|easier|more\\s+easy|(?:cheaper|more\\s+cheap)(?<=(?:\\b(?:it\\s+is|it's|its|this\\s+is|that\\s+is|will\\s+be)\\s+(?:much\\s+|a\\s+lot\\s+)?|\\b(?:there|direct(?:ly)?|account|details?|partner)\\s*,\\s*)(?:cheaper|more\\s+cheap)))\\s+(?:than\\s+alibaba|than\\s+trade\\s+assurance|than\\s+ta|than\\s+the\\s+platform)\\b" +
      // "Pode pagar no boleto, sai mais barato que pelo Alibaba", "sale más barato que por Alibaba".
      '|(?<![\\p{L}])(?:sai|fica|sale|es|é)\\s+(?:mais|m[áa]s)\\s+(?:barato|r[áa]pido)\\s+(?:que|do\\s+que)\\s+(?:pelo\\s+|por\\s+|no\\s+|en\\s+|via\\s+)?alibaba\\b',
    {
      needsPaymentTalk: true,
      anchors: ['than alibaba', 'than trade', 'than ta', 'than the platform', 'barato', 'rápido', 'rapido'],
    },
  ),
  cue(
    'a higher price for paying through Trade Assurance',
    // "If you pay through Alibaba the price will be 3% higher", "TA order need add 3% fee": the same offer as a
    // discount for paying outside. Not prices "on Alibaba" compared with last year: the condition is paying or ordering
    // through it.
    '\\b(?:alibaba\\b|trade\\s+assurance\\b|ta\\s+)(?<=\\b(?:pay|paying|paid|payment|order|ordering)\\s+(?:\\S+\\s+){0,2}?(?:through|via|by|with|in|on|under)\\s+(?:the\\s+)?(?:alibaba|trade\\s+assurance|ta\\s+)|\\b(?:through|via|with|under)\\s+(?:the\\s+)?(?:alibaba|trade\\s+assurance|ta\\s+)|\\b(?:trade\\s+assurance|ta\\s+)(?=\\s*orders?\\b))' +
      '(?:\\s*orders?)?[^.!?\\n]{0,40}?(?:\\b(?:price|cost|it)\\s+(?:will\\s+be|is|would\\s+be)\\s+(?:\\d+(?:\\.\\d+)?\\s*%\\s+)?(?:higher|more\\s+expensive)\\b|\\d(?:\\.\\d+)?\\s*%\\s+(?:higher|more|extra|additional)\\b(?!\\s+(?:discount|off|cheaper|free))|\\b(?:add|plus)\\s+(?:an?\\s+|extra\\s+)?\\d+(?:\\.\\d+)?\\s*%)' +
      // "Si paga por Alibaba el precio es 3% más alto", "pelo Alibaba fica 3% mais caro", "über Alibaba 3% teurer",
      // "через Alibaba на 3% выше".
      '|(?:\\b(?:por|pelo|via|con|com|par|uber)|über)\\s+(?:el\\s+|o\\s+)?alibaba\\b[^.!?\\n]{0,40}?\\d(?:[.,]\\d+)?\\s*%\\s+(?:m[áa]s\\s+(?:alto|caro)|mais\\s+(?:alto|caro)|plus\\s+cher|h[öo]her|teurer)' +
      '|через\\s+(?:alibaba|алибаба)[^.!?\\n]{0,40}?\\d(?:[.,]\\d+)?\\s*%\\s+(?:выше|дороже)' +
      '|(?:走信保|用信保|通过信保)(?:的话|付款|下单)?[^。！？\\n]{0,8}?(?:加|多|贵|高)\\s*\\d+(?:\\.\\d+)?\\s*%|信保订单(?:要|需要)?(?:加|多收)\\s*\\d+(?:\\.\\d+)?\\s*%',
    // Every match ends in a percentage or "higher": rarer than "alibaba", which is in most messages.
    { anchors: ['%', 'higher', 'more expensive'] },
  ),
  cue(
    'a reason to leave Trade Assurance',
    // A limit Trade Assurance doesn't have, said to send the rest elsewhere: "Alibaba TA order limit is 10,000 for
    // first order. So we open TA 10,000 and balance … to our Dubai company", "TA is only for small orders, for big
    // orders use our escrow" (not a supplier's own limit: "our Trade Assurance limit is 500,000 USD, enough for your
    // order").
    '\\b(?:trade\\s+assurance|ta|alibaba)(?:\\s+order)?\\s+(?:limit|maximum|max)\\s+(?:is\\s+)?(?:only\\s+)?(?:usd\\s?|us\\$\\s?|\\$\\s?)?\\d[\\d,.]*\\d(?=[^]{0,160}\\b(?:balance|rest|remaining|outside|direct|by\\s+(?:tt|t/t|bank)|to\\s+(?:our|my)\\s))' +
      '|\\b(?:trade\\s+assurance|ta)\\s+is\\s+only\\s+for\\s+(?:small|sample|trial)\\s+orders?\\b',
    { anchors: ['limit', 'maximum', 'max', 'only for'] },
  ),
];
