import { cue, inSentenceWith, type Cue } from './cue';
import { ALIBABA, END, FILLER, START, spellings, typed, typedAll } from './kazakh-mongolian-spelling';

// Kazakh and Mongolian join their endings to the word ("картаңызға", to your card; "дансанд", to the account), and to a
// Latin name with a hyphen ("Alibaba-сыз", without Alibaba; "Alipay-р", by Alipay). Both are often typed on a Russian
// keyboard, without their own letters (kazakh-mongolian-spelling.ts).

/** Kazakh "to my / your / his card or account": картама, шотыма, картаңызға, есепшотыңызға, картасына, шотына. */
const KAZAKH_CARD_OF = `(?:карта|есепшот|шот)(?:${typedAll(['ма', 'ыма', 'ңызға', 'ыңызға', 'сына', 'ына'])})${END}`;
/** Whose card: mine, his, the manager's, the agent's, a relative's; or "straight to your card". */
const KAZAKH_WHOSE = typedAll([
  'менің',
  'оның',
  'сіздің',
  'тікелей',
  'менеджер\\p{L}*',
  'агент\\p{L}*',
  'директор\\p{L}*',
  'бухгалтер\\p{L}*',
  'әйелім\\p{L}*',
  'жұбай\\p{L}*',
  'ағам\\p{L}*',
  'інім\\p{L}*',
  'әпкем\\p{L}*',
  'қарындас\\p{L}*',
  'бастығ\\p{L}*',
  'өкіл\\p{L}*',
]);
/** Mongolian whose account: mine, the manager's, the agent's or representative's, a relative's. */
const MONGOLIAN_WHOSE = typedAll([
  'миний',
  'минийх',
  'менежер\\p{L}*',
  'агент\\p{L}*',
  'төлөөлөгч\\p{L}*',
  'нягтлан\\p{L}*',
  'захирл\\p{L}*',
  'эхнэр\\p{L}*',
  'нөхр\\p{L}*',
  'ахын',
  'дүүгийн',
  'эгчийн',
]);

/** Mongolia's banks, which a supplier in China has no account at: a local agent's, or a person's. */
const MONGOLIAN_BANKS = typedAll([
  'хаан',
  'голомт',
  'хас',
  'төрийн',
  'капитрон',
  'богд',
  'худалдаа хөгжлийн',
]);

/** Kazakhstan's banks and wallets, the same: Halyk, Kaspi, Jusan, Forte, Freedom, CenterCredit. */
const KAZAKH_BANKS = `(?:halyk|jusan|forte|freedom|bcc|kaspi|${typedAll(['халық', 'каспи', 'жусан', 'форте', 'центркредит'])})`;

/** What makes a direct transfer one outside the order: a discount, no fee, an account or a card. */
const DIRECT_HINTS = typedAll(['хямд', 'шимтгэл', 'данс', 'карт', 'хөнгөлөлт']);

/** The order named: Alibaba, Trade Assurance, the order (Mongolian захиалга). */
const ORDER_NAMED = `(?:${ALIBABA}|trade\\s+assurance|${typed('захиалга')})`;

/** An agent or a representative, to be paid: Kazakh "агентімізге" (to our agent), Mongolian "төлөөлөгчид". */
const AGENTS = ['агентімізге', 'агентіме', 'өкілімізге', 'делдалға', 'агентдаа', 'төлөөлөгчид'];

/** Kazakh "not needed": "керек емес", "қажет жоқ". */
const NOT_NEEDED = ['керек емес', 'керек жоқ', 'қажет емес', 'қажет жоқ'];

/** Paying outside the order in Kazakh and Mongolian, as probe 86's chats said it. Part of direct-transfer-more-languages.ts's list. */
export const PAYING_OUTSIDE_IN_KAZAKH_MONGOLIAN: readonly Cue[] = [
  cue(
    'a personal account',
    // Kazakh "жеке картаға" (to a personal card; not "жеке картаммен" nor "картамнан", with or from the buyer's own), "жеке тұлғаға" (to an
    // individual), "менің жеке картама аударсаңыз" (if you transfer to my personal card), "тікелей картаңызға аударсам"
    // (if I transfer straight to your card), "оның Kaspi картасына" (to his Kaspi card); not a refund to the buyer's card
    // ("картаңызға қайтарамыз").
    `${START}жеке\\s+(?:банк\\s+)?(?:шот|есепшот|карта|карт)(?!\\p{L}*(?:мен|пен|бен|нан|нен|дан|ден|тан|тен)${END})\\p{L}*|${START}жеке\\s+${typed('тұлға')}(?:${typedAll(['ға', 'ның шот', 'ның карта'])})` +
      `|${START}(?:${KAZAKH_WHOSE})\\s+${FILLER(2)}(?:жеке\\s+)?${KAZAKH_CARD_OF}(?![^.!?\\n]{0,40}${typed('қайтар')})` +
      // Mongolian "хувийн данс руу" (to a personal account), "миний данс руу" (to my account), "агентын Хаан банкны данс
      // руу" (to the agent's Khan Bank account), "эхнэрийн карт руу" (to the wife's card); not "хувийн картаараа" (with the
      // buyer's own card).
      `|${START}${typed('хувийн')}\\s+(?:банк\\p{L}*\\s+)?(?:данс|карт)(?!\\p{L}*(?:${typedAll(['аар', 'ээр', 'оор', 'өөр', 'аас', 'ээс', 'оос', 'өөс'])})(?:[аэоө]{2})?${END})\\p{L}*` +
      `|${START}(?:${MONGOLIAN_WHOSE})\\s+${FILLER(3)}(?:данс|карт)(?:\\s+${typedAll(['руу', 'рүү'])}|ан\\s+${typedAll(['руу', 'рүү'])}|анд|нд|ыг)${END}` +
      `|${START}(?:${MONGOLIAN_BANKS})\\s+банк\\p{L}*\\s+(?:[^\\s,.!?]+\\s+)?данс\\p{L}*` +
      // Kazakh "Halyk банктегі шотымызға" (to our account at Halyk Bank), "Jusan картасына" (to the Jusan card); not
      // "Halyk картасымен" (with the buyer's Halyk card) nor "картасынан" (from it).
      `|${START}${KAZAKH_BANKS}\\s+(?:банк\\p{L}*\\s+)?(?:шот|есепшот|карта)\\p{L}*(?:қа|ка|ға|га|ке|ге|на|не)${END}`,
    {
      anchors: ['жеке ', 'карт', 'шот', 'данс', ...spellings('хувийн')],
    },
  ),
  cue(
    'paying outside the order',
    // Kazakh "Төлем Alibaba-сыз болады" (the payment will be without Alibaba), "Alibaba-дан тыс" (outside Alibaba),
    // "тапсырыссыз" (without the order), "Alibaba тапсырысы керек емес" (no need for the Alibaba order).
    `(?:alibaba-|алибаба-?)(?:сыз|сіз|сиз)${END}|${ALIBABA}\\S*\\s+тыс${END}|${ALIBABA}\\S*\\s+сыртында${END}|${ALIBABA}\\S*\\s+сыртынан${END}` +
      `|${START}${typed('тапсырыссыз')}` +
      `|${ALIBABA}\\S*\\s+(?:${typed('арқылы')}\\s+)?(?:${typed('төлеу')}\\p{L}*|${typed('тапсырыс')}\\p{L}*)\\s+(?:${typedAll(NOT_NEEDED)})` +
      // Mongolian "Alibaba-гаас гадуур" (outside Alibaba), "захиалгаас гадуур" (outside the order), "Alibaba-гүй"
      // (without Alibaba), "Alibaba захиалга хэрэггүй" (no need for the Alibaba order), "захиалгагүйгээр".
      `|(?:${ALIBABA}\\S*|${typed('платформ')}\\p{L}*|${typed('захиалга')}\\p{L}*|trade\\s+assurance\\S*)\\s+${typed('гадуур')}${END}` +
      `|(?:alibaba-|алибаба-?)${typed('гүй')}(?:${typed('гээр')})?${END}|${START}${typed('захиалгагүй')}` +
      `|${ALIBABA}\\S*\\s+(?:${typed('захиалга')}\\p{L}*|${typed('захиалах')}|${typed('төлөх')}|${typed('дамжуулах')})\\s+(?:${typed('хэрэггүй')}|${typed('шаардлагагүй')})`,
    {
      anchors: [
        'alibaba-',
        'алибаба',
        ' тыс',
        'сыртында',
        'сыртынан',
        ...spellings('тапсырыссыз', 'гадуур', 'захиалгагүй', 'хэрэггүй'),
        ...spellings(...NOT_NEEDED, 'шаардлагагүй'),
      ],
    },
  ),
  cue(
    'a payment app to a person',
    // Mongolian "Миний Alipay руу шууд" (straight to my Alipay), "Alipay-р төлбөл 6% хямд" (by Alipay it's 6% cheaper);
    // Kazakh "менің Alipay-ыма", "WeChat Pay арқылы аударыңыз".
    `${START}(?:${typedAll(['миний', 'менің', 'манай', 'біздің'])})\\s+(?:alipay|wechat\\s?pay|kaspi|qpay|socialpay|monpay)` +
      `|(?:alipay|wechat\\s?pay|qpay|socialpay|monpay)(?:-?\\p{L}{1,4})?\\s+(?:${typed('шууд')}\\s+|${typed('арқылы')}\\s+)?(?:${typedAll(['руу', 'рүү', 'төл', 'шилжүүл', 'аудар', 'төле', 'жібер'])})\\p{L}*`,
    {
      offeredInOrder: true,
      anchors: ['alipay', 'wechat pay', 'wechatpay', 'qpay', 'socialpay', 'monpay', 'kaspi'],
    },
  ),
  cue(
    'a local payment app',
    // Mongolia's QR wallets, paid to a person: "QPay эсвэл SocialPay ч болно" (QPay or SocialPay is fine too); not a POS
    // terminal or a module that supports them.
    `${START}(?:q\\s?pay|social\\s?pay|monpay)${END}(?!\\s*(?:${typedAll(['терминал', 'модул', 'дэмж'])}|terminal|module|pos))`,
    { anchors: ['qpay', 'q pay', 'socialpay', 'social pay', 'monpay'] },
  ),
  cue(
    'paying directly, outside the order',
    // Mongolian "шууд шилжүүлбэл хямдрал өгнө" (transfer directly and we give a discount), "шууд манай данс руу
    // шилжүүлээрэй" (straight to our account): with a discount, a fee or an account in the sentence; not "Alibaba дээр
    // картаар шууд төлж болно" (pay straight by card on Alibaba).
    `${START}(?<!${ORDER_NAMED}[^.!?\\n]{0,80})${typed('шууд')}\\s+${FILLER(3)}(?:${typedAll(['шилжүүл', 'төл'])})\\p{L}*(?![^.!?\\n]{0,80}${ORDER_NAMED})`,
    { near: [inSentenceWith(DIRECT_HINTS, 80)], anchors: spellings('шууд') },
  ),
  cue(
    'paying directly, outside the order',
    // Kazakh "тікелей бізге аударыңыз" (transfer straight to us), "тікелей шотымызға" (straight to our account),
    // "агентімізге төлеңіз" (pay our agent); Mongolian "төлөөлөгчид өгөөрэй" (give it to the representative). Typed in
    // Latin letters too: "huviin dans ruu", "minii dans ruu", "dans ruu shuud shiljuul", "jeke kartaga".
    `${START}${typed('тікелей')}\\s+(?:${typedAll(['бізге', 'маған', 'біздің шот', 'шотымызға', 'шотыма', 'есепшотымызға', 'картама'])})\\p{L}*` +
      `|${START}(?:${typedAll(AGENTS)})\\s+${FILLER(2)}(?:${typedAll(['аудар', 'төле', 'бер', 'жібер', 'шилжүүл', 'төл', 'өг'])})\\p{L}*` +
      `|\\b(?:huviin|hyviin)\\s+(?:\\S+\\s+)?dans(?:\\s+ruu|and|nd)?\\b|\\bminii\\s+(?:\\S+\\s+)?dans(?:\\s+ruu|and|nd)\\b|\\bdans\\s+ruu\\s+shuud\\s+shilj\\w*|\\bjeke\\s+(?:karta|shot|esepshot)\\w*`,
    {
      anchors: [
        ...spellings('тікелей', 'агент', 'лімізге', 'делдал', 'гчид'),
        'huviin',
        'hyviin',
        'minii',
        'dans ruu shuud',
        'jeke ',
      ],
    },
  ),
];
