import { cue, mentionsOneOf, NOT_FOR_A_REFUND, type Cue } from './cue';

/** The apps the details or the paying are moved to. */
const APPS = 'whats\\s?app|wechat|we\\s+chat|telegram|skype|viber';
/** Where the details are to come instead: an app, e-mail, or "there" (an app just named). */
const ANOTHER_CHANNEL = `${APPS}|line|wa|wc|e-?mail|there`;

/**
 * Where to pay, promised for later rather than in the order, often in another
 * app: "i send u bank a/c", "he will tell you how to pay", "le paso la nueva
 * cuenta para el pago", or paying arranged in the app ("contact Mr. Gao on
 * WeChat to pay the return fee"). No account the supplier sends itself is the
 * order's. Part of PAYMENT_ROUTES.
 */
export const DETAILS_PROMISED_FOR_LATER: readonly Cue[] = [
  cue(
    'bank details to be given outside the order',
    // "I will give you our real company account for payment", "add me wa … i send u bank a/c", "contact him direct and
    // he send you bank info", "I send new SWIFT details", "I give you the Equity Bank account": the account is for paying the supplier, or someone it names, directly.
    `\\b(?:(?:i|we|he|she|they)(?:\\s+will|'ll|\\s+can|\\s+shall)?|\\w+\\s+will)\\s+(?:send\\s+u|send\\s+you|send\\s+new|send\\s+the\\s+new|send\\s+our\\s+new|send\\s+real|send\\s+the\\s+real|send\\s+our\\s+real|send\\s+correct|send\\s+the\\s+correct|send\\s+updated|send\\s+the\\s+updated|give\\s+u|give\\s+you|share\\s+u|share\\s+you)\\s+(?:the\\s+|our\\s+|my\\s+|his\\s+|her\\s+|their\\s+)?(?:(?:real|new|correct|right|company|bank|updated|latest|official|beneficiary|receiving|\\S+\\s+bank)\\s+){0,3}(?:a/c|acc|acct|account|(?:bank|payment|swift|wire)\\s+(?:details|info(?:rmation)?))\\b(?!\\s+(?:manager|login|password|statements?|opening|forms?)\\b)` +
      NOT_FOR_A_REFUND +
      // "Pls pay to MedCert Global by bank transfer, i send the account", "msg me on telegram …, i send bank acc".
      "|\\b(?:i|we)(?:\\s+will|'ll|\\s+can)?\\s+send\\s+bank\\s+(?:acc|a/c|acct|account|details|info)\\b" +
      "|\\b(?:i|we|he|she)(?:\\s+will|'ll|\\s+can)?\\s+send\\s+the\\s+acc(?:ount|t)?\\b(?!\\s+(?:manager|login|password|statements?|opening|forms?)\\b)" +
      // "Add him on WeChat, he will tell you how to pay the destination charges", "pay the way I tell you there".
      `|(?:\\b(?:he|she|they|i)\\s+(?:will\\s+|'ll\\s+|can\\s+)?(?:tell|explain|show)\\s+(?:you|u)\\s+how\\s+to\\s+pay\\b|\\bpay\\s+the\\s+way\\s+(?:i|he|she)\\s+(?:tell|told|explain)\\w*\\s+(?:you|u)\\b)` +
      mentionsOneOf(ANOTHER_CHANNEL) +
      // Turkish "yeni IBAN'ı WhatsApp'tan göndereceğim" (I'll send the new IBAN on WhatsApp), "orada hesap bilgisi veririm"
      // (I'll give the account details there); Korean 계좌 알려드리겠습니다 (I'll tell you the account).
      '|\\biban\\S*\\s+(?:\\S+\\s+)?(?:whats\\s?app|wechat|telegram|e-?posta|mail)\\S*\\s+(?:g[öo]nder|payla[şs]|ilet)' +
      '|\\bhesap\\s+(?:bilgi\\S*|numara\\S*|no)\\s+(?:\\S+\\s+)?(?:verir|verece|g[öo]nderir|g[öo]ndere|payla[şs][ıi]r|iletir)[\\p{L}]*|계좌(?:\\s*번호)?(?:를|는)?\\s*(?:알려|보내)\\s*(?:드리|드릴)' +
      // Spanish "le paso la nueva cuenta para el pago", "te mando la cuenta pa depositar".
      '|\\b(?:le|te|les)\\s+(?:paso|mando|env[íi]o|doy|comparto)\\s+(?:la|mi|nuestra)\\s+(?:nueva\\s+)?cuenta\\b(?=[^.!?]{0,30}\\b(?:para|pa)\\s+(?:el\\s+)?(?:pago|pagar|depositar|dep[óo]sito|transferir|transferencia)\\b|\\s+(?:de|del)\\s+(?!alibaba|pedido|orden))' +
      // Spanish "a la cuenta que te mandé" (to the account I sent you).
      '|\\ba\\s+la\\s+cuenta\\s+que\\s+(?:te|le|les)\\s+(?:mand[ée]|pas[ée]|di|envi[ée]|compart[íi])(?![\\p{L}])' +
      // French "pour recevoir le RIB", Arabic وأعطيك حساب البنك (and I'll give you the bank account).
      '|\\b(?:recevoir|vous\\s+envoyer|je\\s+vous\\s+envoie|vous\\s+enverrai|vous\\s+donner)\\s+(?:le|notre|mon)\\s+(?:nouveau\\s+)?rib\\b' +
      '|(?:وأعطيك|واعطيك|أعطيك|اعطيك|أرسل\\s+لك|ارسل\\s+لك|ارسلك)\\s+(?:رقم\\s+)?(?:ال)?حساب' +
      // German "die neue Kontonummer sende ich Ihnen per Mail".
      '|\\b(?:kontonummer|bankverbindung|bankdaten|kontodaten)\\s+(?:\\S+\\s+){0,3}?(?:per\\s+(?:e-?mail|mail|whatsapp)|(?:schicke|sende)\\s+ich)\\b' +
      // Dutch "rekeningnummer volgt" (the account number follows), "de bankgegevens stuur ik later".
      '|\\b(?:rekeningnummer|bankgegevens|rekeninggegevens)\\s+(?:volgt|volgen|komt\\s+(?:nog|later)|stuur\\s+ik\\s+(?:nog|later|straks))\\b' +
      // Chinese 账户我发给你 (the account, I'll send it to you); Russian "там скину номер карты для оплаты" (I'll send the card
      // number there).
      '|(?:账户|账号|卡号|帐号)\\s*(?:我|稍后|等下|马上)?\\s*(?:发给你|发给您|发你|發給你|發給您)' +
      '|(?:скину|пришлю|отправлю|дам)\\s+(?:вам\\s+|тебе\\s+)?(?:номер\\s+карты|реквизиты)|(?:номер\\s+карты|реквизиты)\\s+(?:скину|пришлю|отправлю)',
    {
      anchors: [
        'номер карты',
        'реквизиты',
        'send u',
        'send you',
        // Without "you": "I send new SWIFT details", "i send the account".
        'send new',
        'send the acc',
        'send bank',
        'send the new',
        'send our new',
        'send real',
        'send the real',
        'send our real',
        'send correct',
        'send the correct',
        'send updated',
        'send the updated',
        'give u',
        'give you',
        'share u',
        'share you',
        'how to pay',
        'the way',
        'paso',
        'mando',
        'envío',
        'envio',
        'doy',
        'comparto',
        'a la cuenta',
        'iban',
        'recevoir',
        'envoyer',
        'envoie',
        'enverrai',
        'donner',
        'أعطيك',
        'اعطيك',
        'أرسل',
        'ارسل',
        'kontonummer',
        'bankverbindung',
        'bankdaten',
        'kontodaten',
        'rekeningnummer',
        'bankgegevens',
        'rekeninggegevens',
        'hesap',
        '계좌',
        '发给你',
        '发给您',
        '发你',
        '發給你',
        '發給您',
      ],
    },
  ),
  cue(
    'bank details to be given outside the order',
    // "Payment to HSBC account in attached PI", "pay by tomorrow noon to the account in my email": the account is in a
    // paper of the supplier's own, not in the order.
    `\\b(?:pay|send|transfer|remit|wire|tt|payment)\\w*\\s+(?:\\S+\\s+){0,6}?to\\s+(?:the\\s+|our\\s+)?(?:\\S+\\s+)?(?:bank\\s+)?(?:account|acc|acct|a/c)\\s+(?:in|on|from)\\s+(?:the\\s+|my\\s+|our\\s+)?(?:attached\\s+)?(?:pi|proforma|invoice|e-?mail|mail)\\b` +
      // Spanish "ahí te paso el link de pago" (I'll pass you the payment link there).
      '|\\b(?:te|le)\\s+(?:paso|mando|env[íi]o)\\s+(?:el|un)\\s+(?:link|enlace)\\s+de\\s+pago\\b(?![^.!?]{0,30}\\b(?:del|en|de)\\s+(?:alibaba|trade\\s+assurance|pedido)\\b)' +
      // "I send you the proforma invoice from our finance with bank info", "email me … for the invoice with bank details".
      '|\\bsend\\s+(?:u|you)\\s+(?:the\\s+|our\\s+|a\\s+)?(?:proforma\\s+)?(?:invoice|pi)\\s+(?:\\S+\\s+){0,4}?with\\s+(?:the\\s+|our\\s+)?bank\\s+(?:info|details|account)\\b' +
      '|\\b(?:e-?mail|message|write\\s+to)\\s+me\\s+(?:\\S+\\s+){0,4}?for\\s+the\\s+(?:proforma\\s+)?(?:invoice|pi)\\s+with\\s+(?:the\\s+)?bank\\s+(?:info|details|account)\\b' +
      // "Pay to our shipping agent, bank details i send in pdf": the details named first, then promised.
      "|\\bbank\\s+(?:details|info(?:rmation)?|account)\\s+(?:i|we)(?:\\s+will|'ll)?\\s+(?:send|give|share)\\b(?![^.!?]{0,30}\\b(?:alibaba|trade\\s+assurance)\\b)" +
      NOT_FOR_A_REFUND,
    { anchors: ['acc', 'a/c', 'link', 'enlace', 'bank'] },
  ),
  cue(
    'paying arranged in another app',
    // "Contact our finance staff Mr. Gao on WeChat gao_finance_cw to pay the return fee": the payment follows in the app.
    `\\b(?:on|via|in|through|over)\\s+(?:${APPS})\\b[^.!?,;]{0,40}?\\bto\\s+(?:pay|send\\s+(?:the\\s+|your\\s+)?(?:money|payment|fee|deposit|balance))\\b(?![^.!?]{0,40}\\b(?:alibaba|trade\\s+assurance|ta\\s+order)\\b)`,
    {
      offeredInOrder: true,
      anchors: ['whatsapp', 'whats app', 'wechat', 'we chat', 'telegram', 'skype', 'viber'],
    },
  ),
  cue(
    'bank details to be given outside the order',
    // "Pay to the one I will send you on WhatsApp" (or "… there", once the talk moved), "use the details I sent in email for
    // the balance": the account is
    // one the supplier gives in another channel, not the order's.
    `\\bpay\\w*\\s+(?:\\S+\\s+){0,3}?(?:to|into)\\s+the\\s+(?:one|account|acc|details)\\s+(?:i|we|he|she)(?:\\s+will|'ll)?\\s+(?:send|give|share)\\w*\\s+(?:to\\s+)?(?:you|u)\\s+(?:(?:on|in|via|by|over)\\s+(?:${APPS}|e-?mail|mail)|there)\\b` +
      `|\\buse\\s+the\\s+(?:bank\\s+|payment\\s+)?(?:details|account|info)\\s+(?:i|we)\\s+(?:sent|gave|shared)\\s+(?:you\\s+|u\\s+)?(?:in|by|via|on|over)\\s+(?:the\\s+|my\\s+|our\\s+)?(?:${APPS}|e-?mail|mail)\\s+for\\s+(?:the\\s+)?(?:balance|deposit|payment|rest|remaining)\\b`,
    {
      anchors: ['whatsapp', 'whats app', 'wechat', 'we chat', 'telegram', 'skype', 'viber', 'mail', 'there'],
    },
  ),
];
