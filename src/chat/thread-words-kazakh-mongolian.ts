import type { ThreadLanguagePack } from './thread-language-packs';
import { typed, typedAll, typedStems } from './lexicon/kazakh-mongolian-spelling';
import { KAZAKH_MONGOLIAN_CHAT_REPLIES } from './thread-words-kazakh-mongolian-2';

// The threads' replies in Kazakh and Mongolian (thread-language-packs.ts), as probe 86's chats wrote them; the talk
// moved elsewhere and the links' pages are in thread-words-kazakh-mongolian-2.ts. Both are typed with their own letters
// or on a Russian keyboard ("жибердим", "толбор"), each word read both ways, and mixed with Russian ("отправил").

/** What else is sent in an order's talk, in Kazakh: the order, the catalogue, photos, the contract, the goods, files. */
const KAZAKH_THINGS = typedAll([
  'тапсырыс',
  'каталог',
  'сурет',
  'фото',
  'файл',
  'келісімшарт',
  'инвойс',
  'прайс',
  'құжат',
  'сертификат',
  'сілтеме',
  'хабарлама',
  'мекенжай',
  'үлгі',
  'образец',
  'макет',
  'логотип',
  'жүк',
  'тауар',
  'посылка',
  'сәлемдеме',
]);
/** The same in Mongolian: the order, catalogue, photo, price, file, contract, documents, sample, the goods. */
const MONGOLIAN_THINGS = typedAll([
  'захиалга',
  'каталог',
  'зураг',
  'үнэ',
  'файл',
  'гэрээ',
  'инвойс',
  'invoice',
  'бичиг баримт',
  'дээж',
  'хаяг',
  'qr',
  'лого',
  'ачаа',
  'бараа',
  'илгээмж',
]);
/** Proof of a payment: the receipt, its screenshot, the SWIFT copy, the transaction's ID. */
const PROOF = `(?<!${typed('бичиг')}\\s)(?:${typedAll([
  'чек',
  'скрин',
  'түбіртек',
  'квитанц',
  'swift',
  'mt103',
  'txid',
  'хэш',
  'баримт',
  'гүйлгээ',
  'хуулбар',
])})`;
/** A receipt's photo, by its file name: "[сурет: kaspi_chek_480.jpg]", "[зураг: khan_guilgee.jpg]". */
const A_RECEIPTS_PHOTO = `(?:${typedAll(['сурет', 'фото', 'зураг', 'скрин'])})\\s*:\\s*[^\\]\\n]{0,40}?(?:chek|check|cheque|receipt|kvit|guilgee|gvilgee|swift|transfer|payment|tolem|tolbor|barimt|perevod)`;

export const KAZAKH_MONGOLIAN_REPLIES: ThreadLanguagePack = {
  paid: {
    words: [
      // Kazakh "Жібердім, 3128$" (sent), "аудардым" (transferred), "төледім" (paid), "бүгін аударады" (will transfer
      // today), "ертең таңертең Halyk арқылы жіберемін" (I'll send it by Halyk tomorrow morning), "TxID скринін салдым"
      // (I posted the TxID screenshot); not "тапсырысты жібердім" (sent the order) nor "суретті жіберемін".
      `(?<!(?:${KAZAKH_THINGS})\\p{L}*\\s+(?:[^\\s,.!?]+\\s+){0,2})(?:${typedAll(['жібердім', 'жібердік', 'жіберілді'])})(?!\\s+(?:${KAZAKH_THINGS}))` +
        `|${typedAll(['аудардым', 'аудардық', 'аударылды', 'аударып жібердім', 'аударып қойдым', 'төледім', 'төледік', 'төленді', 'төлеп қойдым', 'төлем жасадым', 'ақша салдым', 'ақшаны салдым', 'ақша түсті ме', 'ақша келді ме'])}` +
        `|^\\W*(?:${typedAll(['жарайды', 'жақсы', 'ок', 'ok', 'келістік'])})\\W+(?:${typedAll(['қазір ', 'бүгін ', 'ертең '])})?(?:${typedAll(['жіберемін', 'жіберем', 'жібереміз'])})\\W*$` +
        `|(?:${typedAll(['бүгін', 'ертең', 'қазір', 'кешке', 'таңертең', 'дүйсенбі', 'жұма'])})\\p{L}*\\s+(?:(?!${KAZAKH_THINGS})[^\\s,.!?]+\\s+){0,3}?(?:${typedAll(['аударамын', 'аударам', 'аударамыз', 'аударады', 'төлеймін', 'төлейміз', 'төлейді'])})` +
        `|(?<!(?:dhl|fedex|ups|ems|tnt|${typedAll(['курьер', 'пошта', 'карго'])}|cargo)\\S*\\s)${typed('арқылы ')}(?:${typedAll(['жіберемін', 'жіберем', 'жібереміз'])})` +
        `|${typedAll(['аударам', 'аударамын', 'аударайын', 'аударайық', 'төлеймін', 'төлейін', 'төлейік'])}` +
        `|(?:${PROOF})\\p{L}*\\s+(?:[^\\s,.!?]+\\s+)?(?:${typedAll(['салдым', 'салам', 'саламын', 'жібердім', 'жіберейін', 'жіберемін', 'тастадым', 'жүктедім'])})`,
      // Mixed in Russian, alone or with the proof: "отправил", "отправили, SWIFT копиясын осында салдым".
      `^\\W*(?:уже\\s+)?(?:отправил|отправила|отправили|отправлено|скинул|скинула|скинули|перекинул|перекинула)(?=\\W*$|\\s*[,.!]|\\s+(?:\\S+\\s+)?(?:чек|скрин|swift|квитанц|копи))`,
      // Mongolian and Kazakh typed in Latin letters: "shiljuulsen", "shiljuullee", "audardym", "jiberdim".
      '\\bshilj(?:uu|vv|ü)l(?:sen|lee|chihlee|chihsen)\\b|\\baudard[iy]m\\b|\\bjiberdim\\b|\\btolodim\\b',
      // Mongolian "Шилжүүлсэн, 6992$" (transferred), "шилжүүллээ", "шилжүүлчихлээ", "төллөө" (paid), "Нягтлан маань өнөөдөр
      // шилжүүлнэ" (the accountant transfers today), "одоо шилжүүлье" (I'll transfer now), "маргааш өглөө шилжүүлээд"; not
      // "каталог, үнэ явууллаа" (sent the catalogue and price).
      typedAll([
        'шилжүүлсэн',
        'шилжүүллээ',
        'шилжүүлчихлээ',
        'шилжүүлчихсэн',
        'шилжүүлэв',
        'шилжүүлье',
        'шилжүүлээд',
        'шилжүүлнэ',
        'шилжүүлж байна',
        'шилжүүлэх гэж байна',
        'төллөө',
        'төлчихлөө',
        'төлсөн',
        'төлье',
        'мөнгө явуулсан',
        'мөнгөө явуулсан',
        'мөнгө илгээсэн',
        'гүйлгээ хийлээ',
        'гүйлгээ хийсэн',
        'шилжүүлгээ хийлээ',
        'мөнгө орсон уу',
        'мөнгө орж ирсэн үү',
      ]) +
        `|(?<!(?:${MONGOLIAN_THINGS})\\p{L}*[\\s,]+)(?:${typedAll(['явуулчихлаа', 'явууллаа', 'илгээлээ', 'илгээчихлээ'])})(?!\\s+(?:${MONGOLIAN_THINGS}))` +
        `|(?:${typedAll(['өнөөдөр', 'маргааш', 'одоо'])})\\s+(?:[^\\s,.!?]+\\s+){0,2}?${typed('төлнө')}` +
        `|(?:${PROOF})\\p{L}*\\s+(?:${typedAll(['одоо ', 'энд '])})?(?:${typedAll(['явуулъя', 'явуулья', 'илгээе', 'явуулна', 'илгээнэ', 'хавсаргалаа', 'явууллаа', 'илгээлээ'])})`,
      A_RECEIPTS_PHOTO,
    ],
  },
  asksWhere: {
    words: [
      // Kazakh "қай шотқа?" (to which account?), "қанша аударамын?" (how much do I transfer?), "кімге аударамын?",
      // "Долларға аударсам бола ма?" (may I transfer in dollars?), "теңгемен бола ма әлде доллар?" (in tenge or dollars?).
      `${typed('қай')}\\s+(?:шот|есепшот|карта|банк|${typed('нөмір')}|${typed('әмиян')})\\p{L}*|${typed('қанша')}\\s+(?:${typedAll(['аударамын', 'аударам', 'жіберемін', 'төлеймін', 'аудару керек', 'төлеу керек'])})` +
        `|(?:${typedAll(['кімге', 'қайда', 'кімнің атына'])})\\s+(?:${typedAll(['аударамын', 'аударам', 'жіберемін', 'жіберем', 'төлеймін', 'аудару', 'төлеу'])})` +
        `|(?:${typedAll(['аударсам', 'төлесем', 'жіберсем', 'аударсақ', 'төлесек', 'жіберсек'])})\\s+(?:${typedAll(['бола ма', 'болады ма', 'бола ма екен'])})` +
        `|(?:доллар|${typed('теңге')}|юань|рубль|usd|kzt|тг)\\p{L}*\\s+(?:${typedAll(['бола ма', 'болады ма'])})|${typed('арқылы бола ма')}` +
        `|(?:${typedAll(['карта нөмір', 'шот нөмір', 'реквизит'])})\\p{L}*\\s*\\?`,
      // Mongolian "аль данс руу?" (to which account?), "хаашаа шилжүүлэх вэ?", "Хаан банкнаас юаниар шилжүүлж болох уу?" (may I
      // transfer in yuan from Khan Bank?), "QPay-р болох уу?", "… 5012 847 309 мөн үү?" (is it 5012 847 309?).
      `(?:${typedAll(['аль', 'ямар'])})\\s+(?:данс|карт|банк)\\p{L}*|(?:${typedAll(['хэний нэр', 'хэн рүү', 'хаашаа', 'хэдийг', 'хэд'])})\\p{L}*\\s+(?:${typedAll(['шилжүүлэх', 'төлөх', 'явуулах'])})` +
        `|(?:${typedAll(['шилжүүлж', 'төлж', 'явуулж', 'илгээж'])})\\s+${typed('болох уу')}|(?:qpay|socialpay|monpay|карт|юан|доллар|${typed('төгрөг')})\\S*\\s+${typed('болох уу')}` +
        `|(?:данс\\p{L}*|\\d{3,})\\s+${typed('мөн үү')}|${typed('дансны дугаар')}\\p{L}*|\\b(?:ali|yamar)\\s+dans\\w*`,
    ],
  },
  pointsAt: {
    words: [
      // Kazakh "осы шотқа" (to this account), "сол картаға", "бұрынғыдай" (as before), "чекті жіберіңіз" (send the receipt),
      // "Иә, дұрыс." (yes, right; the whole reply).
      `(?:осы|сол|мына)\\s+(?:[^\\s,.!?]+\\s+)?(?:шот|есепшот|карта)\\p{L}*|${typed('бұрынғыдай')}|(?:${PROOF})\\p{L}*\\s+(?:${typedAll(['жіберіңіз', 'салыңыз', 'жіберіңізші'])})` +
        `|^\\W*(?:${typedAll(['иә', 'ия', 'ия ия'])})\\W+(?:${typedAll(['дұрыс', 'сол', 'осы', 'сол шот', 'осы шот'])})\\W*$`,
      // Mongolian "Тийм, энэ данс." (yes, this account), "тэр данс руу", "Баримтаа энд явуулаарай" (send the receipt here),
      // "тийм зөв" (yes, right).
      `(?:энэ|тэр|мөн|нөгөө)\\s+(?:[^\\s,.!?]+\\s+)?данс\\p{L}*|(?:${PROOF})\\p{L}*\\s+(?:${typedAll(['энд ', 'одоо '])})?(?:${typedAll(['явуулаарай', 'илгээгээрэй', 'явуулна уу', 'илгээнэ үү'])})` +
        `|^\\W*(?:${typedAll(['тийм', 'за'])})\\W+${typed('зөв')}`,
    ],
  },
  toPay: {
    words: [
      typedStems(['төлем', 'аудар', 'предоплата', 'аванс', 'қалдық', 'сома', 'алушы', 'теңге', 'тг']),
      typedStems(['төлбөр', 'урьдчилгаа', 'үлдэгдэл', 'шилжүүл', 'дүн', 'хүлээн авагч', 'ханш', 'төгрөг']),
    ],
  },
  ...KAZAKH_MONGOLIAN_CHAT_REPLIES,
};
