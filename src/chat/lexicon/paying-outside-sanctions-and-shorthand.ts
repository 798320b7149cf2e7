import { cue, type Cue } from './cue';

/**
 * Paying outside the order in the wordings of probe 70 (parts and electronics traded past sanctions and blocked
 * banks; resellers' phone-typed shorthand): payment agents and exchange shops (Russian "платёжный агент", Persian
 * "sarrafi", hundi, a transfer office), cash ("налом", "nakit dolar", Kazakh "қолма-қол", Kyrgyz "накталай", "we pay
 * you cash in Istanbul", "pay your staff in Ruili"), gold, "direct" details or transfers and "not through Alibaba" in
 * Russian, Persian, Syrian Arabic, Kazakh, Kyrgyz and Armenian, a personal Alipay in Burmese, "gcash mo", a DANA
 * wallet's number, "manda WU … pro meu primo", "he collect 4 me", "ur wife wechat", Tether. Part of
 * MORE_DIRECT_TRANSFERS.
 */
export const PAYING_OUTSIDE_SANCTIONS_AND_SHORTHAND: readonly Cue[] = [
  cue(
    'a money transfer service',
    '\\bhundi\\b|ဟွန်ဒီ|\\bsarrafi\\b|صرافی|صرّاف|مكتب\\s+(?:ال)?حوالات|\\bremittance\\s+(?:center|centre)\\b|\\bpalawan\\s+(?:pera\\s+)?padala\\b' +
      '|\\bplatezhn\\w*\\s+agent\\w*|(?<![\\p{L}])(?:платёжн|платежн)\\p{L}*\\s+агент\\p{L}*|(?<![\\p{L}])төлөм\\s+агент\\p{L}*',
    {
      anchors: [
        'hundi',
        'ဟွန်ဒီ',
        'sarrafi',
        'صرافی',
        'صرّاف',
        'مكتب',
        'remittance',
        'palawan',
        'platezhn',
        'платёжн',
        'платежн',
        'төлөм агент',
      ],
    },
  ),
  cue(
    'cash',
    '\\bnalom\\b|\\bnalichnymi\\b|(?<![\\p{L}])(?:налом|наличными|наличкой|наличкои)(?![\\p{L}])|\\bnakit\\s+(?:dolar|euro|avro|para)\\w*' +
      '|қолма-қол|накталай|накталаи|\\bpay\\s+(?:you\\s+cash\\s+in|cash\\s+in)\\b(?!\\s+advance\\b)|\\bpay\\s+your\\s+staff\\b' +
      '|\\bour\\s+man\\s+\\w+\\s+(?:will\\s+)?brings?\\s+(?:the\\s+)?(?:dollars|cash|money)\\b',
    {
      anchors: [
        'nalom',
        'nalichnymi',
        'налом',
        'наличными',
        'наличкой',
        'наличкои',
        'nakit',
        'қолма-қол',
        'накталай',
        'накталаи',
        'you cash in',
        'cash in',
        'pay your staff',
        'our man',
      ],
    },
  ),
  cue(
    'gold instead of money',
    '\\b(?:settle|pay)\\s+(?:\\S+\\s+){0,2}?(?:with|in)\\s+gold\\b|(?<![\\p{L}])(?:altın\\s+olarak|altin\\s+olarak)',
    { anchors: ['gold', 'altın olarak', 'altin olarak'] },
  ),
  cue(
    'paying directly, outside the order',
    '(?<![\\p{L}])прямые\\s+реквизиты|(?<![\\p{L}])через\\s+(?:площадку|платформу|алибаб\\p{L}*)\\s+(?:у\\s+нас\\s+)?не\\s+(?:пройд|получ)\\p{L}*' +
      '|\\bbez\\s+alibab\\w*|(?<![\\p{L}])без\\s+алибаб\\p{L}*|مستقیم\\s+به\\s+حساب|بدون\\s+علي\\s?بابا|من\\s+حسابو\\s+مباشرة' +
      '|\\balibaba\\s+(?:арқылы\\s+емес|аркылуу\\s+эмес)|(?<![\\p{L}])тікелей\\s+аудар\\p{L}*|(?<![\\p{L}])түз\\s+(?:эле\\s+)?(?:банк\\s+)?эсе[пб]\\p{L}*' +
      '|անմիջապես\\s+ձեր\\s+բանկային\\s+հաշվին|\\bbankayin\\s+hashvin\\s+direct\\b|\\btrade\\s+assurance-?ov\\s+chi\\s+linum\\b' +
      '|\\btt\\s+direct\\s+(?:2|to)\\b|\\bpay\\s+(?:dat|that|this|dis)\\s+one\\s+not\\s+(?:ali|alibaba)\\b|\\bgcash\\s+mo\\b|\\b(?:dana|ovo|gopay|shopeepay)\\s+(?:aja\\s+|saja\\s+)?ke\\s+(?:nomor\\s+|no\\.?\\s*)?0\\d',
    {
      anchors: [
        'прямые реквизиты',
        'через',
        'bez alibab',
        'без алибаб',
        'مستقیم به حساب',
        'بدون علي',
        'من حسابو',
        'арқылы емес',
        'аркылуу эмес',
        'тікелей',
        'түз',
        'անմիջապես',
        'bankayin hashvin direct',
        'chi linum',
        'tt direct',
        'one not',
        'gcash mo',
        'dana',
        'ovo',
        'gopay',
        'shopeepay',
      ],
    },
  ),
  cue(
    'a personal account',
    // Burmese ကိုယ်ပိုင် Alipay (my own Alipay).
    'ကိုယ်ပိုင်\\s*(?:alipay|wechat|ဘဏ်|အကောင့်)',
    { anchors: ['ကိုယ်ပိုင်'] },
  ),
  cue(
    "someone else's account",
    '\\b(?:he|she)\\s+(?:will\\s+)?collects?\\s+(?:4|for)\\s+me\\b|\\bto\\s+(?:ur|your)\\s+wife\\s+(?:wechat|alipay|account|acc)\\b' +
      '|\\b(?:pro\\s+meu|pra\\s+meu|pro\\s+minha|pra\\s+minha)\\s+(?:primo|prima|irm[ãa]o|irm[ãa]|tio|tia|cunhad[oa])\\b',
    { anchors: ['collect', 'wife', 'pro meu', 'pra meu', 'pro minha', 'pra minha'] },
  ),
  cue(
    'Western Union',
    // Portuguese and Spanish "manda WU" (send it by WU).
    '\\b(?:manda|mande|envia|envie)\\s+(?:o\\s+|por\\s+)?(?:wu|western)\\b',
    { anchors: ['manda', 'mande', 'envia', 'envie'] },
  ),
  cue(
    'crypto (USDT)',
    // Tether named as money ("tether ham ghabool mikonim", "accept Tether"), not a tether ball or cable.
    '\\btether\\s+(?:usdt|trc-?20|erc-?20|ham|too|also|ok)\\b|\\b(?:accept|ghabool|in|by|via)\\s+tether\\b',
    { anchors: ['tether'] },
  ),
];
