import type { ThreadLanguagePack } from './thread-language-packs';

// The threads' replies in Swedish (thread-language-packs.ts), as probe 85's chats wrote them; Czech and Hungarian are in
// thread-words-czech-hungarian.ts, which shares its amount pattern. Swedish is often typed without its å, ä and ö
// ("overfort", "losenord"): both spellings are read, except "här" (here), which without its mark is "har" (have).

/**
 * Nothing but an amount, as the reply to "how much?": "2 804 USD", "2 448 USD", "USD 1 350", with a space, a dot or a
 * comma between the thousands as these languages write them.
 */
export const AN_AMOUNT_ALONE =
  '^[\\s\\p{P}]*(?:(?:usd|eur|usdt|us\\$|\\$|€)\\s?\\d{1,3}(?:[ \\u00a0.,]\\d{3})*(?:[.,]\\d{1,2})?|\\d{1,3}(?:[ \\u00a0.,]\\d{3})*(?:[.,]\\d{1,2})?\\s?(?:usd|eur|usdt|czk|kč|kc|huf|ft|sek|kr|dollar\\p{L}*))[\\s\\p{P}]*$';

export const SWEDISH_REPLIES: ThreadLanguagePack = {
  paid: {
    words: [
      // "Skickat, hash 4e1b…", "Betalt från Handelsbanken, bifogar kvittot", "här är betalningsbeviset", "betalar i dag";
      // not "skickade även ett mejl" (an e-mail) nor "inte betalat" (not paid).
      '(?<!(?:inte|ej)\\s)(?:skickat|skickade|betalt|betalat|betalade|överfört|overfort|överförde|overforde|swishat)' +
        '(?!\\s+(?:\\S+\\s+){0,2}?(?:katalog|bild|foto|logg|logo|varor|paket|specifikation|fil|ritning|order|beställning|bestallning|prov|mejl|mail|meddelande|adress|pi|offert|design|mockup)\\p{L}*)' +
        '|(?:här\\s+är|bifogar|bifogat)\\s+(?:\\S+\\s+)?(?:kvitto|betalningsbevis|bevis|skärmdump|skarmdump|screenshot)\\p{L}*' +
        '|(?:betalar|skickar|överför|overfor)\\s+(?:\\S+\\s+)?(?:idag|i\\s+dag|imorgon|i\\s+morgon|nu|ikväll|i\\s+kväll|i\\s+kvall)',
    ],
  },
  asksWhere: {
    words: [
      // "Hur mycket är handpenningen exakt?", "Okej, vilket konto?", "Ska referensen vara ordernumret?".
      'hur\\s+mycket\\s+(?:\\S+\\s+){0,2}?(?:handpenning\\p{L}*|betala|skicka|överföra|overfora|resten|beloppet|exakt|totalt)|vilket\\s+(?:konto|kontonummer|namn)|vilken\\s+(?:bank|adress|referens|mottagare|iban|swift)' +
        '|(?:till|på|pa|i)\\s+vilket\\s+namn|ska\\s+referensen|vad\\s+ska\\s+(?:jag|vi)\\s+skriva\\s+(?:som|i)\\s+referens\\p{L}*|vart\\s+ska\\s+(?:jag|vi)\\s+(?:skicka|betala)',
    ],
    phrases: [AN_AMOUNT_ALONE],
  },
  pointsAt: {
    words: [
      // "Samma konto som jag skickade", "Ja, den adressen. Skicka hash när det är klart.", "skriv fakturanummer CM-2406-118".
      'samma\\s+(?:konto|kontonummer|bank|som\\s+(?:förra\\s+gången|forra\\s+gangen|sist|innan))|(?:det|den)\\s+(?:kontot|adressen)' +
        '|skicka\\s+(?:\\S+\\s+)?(?:hash|kvitto\\p{L}*|bevis\\p{L}*|referens\\p{L}*|mtcn|betalningsbevis\\p{L}*)|skriv\\s+(?:\\S+\\s+)?(?:fakturanummer\\p{L}*|referens\\p{L}*)',
    ],
  },
  toPay: {
    words: [
      'handpenning\\p{L}*|betalning\\p{L}*|betala|belopp\\p{L}*|mottagare\\p{L}*|resten|restbelopp\\p{L}*|skicka',
    ],
  },
  backToTheOrder: {
    words: [
      // "Vi betalar bara via Alibaba", "Okej, vi betalar via ordern", "vi betalar inte".
      '(?:bara|endast|enbart)\\s+(?:via|genom|på|pa|i)\\s+(?:alibaba|trade\\s+assurance|ordern)|(?:vi|jag)\\s+betalar\\s+(?:\\S+\\s+)?(?:via|i|genom|på|pa)\\s+(?:ordern|alibaba|trade\\s+assurance|pay-knappen)' +
        '|(?:jag|vi)\\s+betalar\\s+inte|betala\\s+inte',
    ],
  },
  vouches: {
    words: [
      // "Han är familj, ingen fara", "Fabriken är vår egen, samma ägare. Bara den här gången."
      'samma\\s+(?:ägare|agare|företag|foretag|bolag)|(?:han|hon)\\s+(?:är|ar)\\s+(?:familj|min\\s+bror|min\\s+syster)|ingen\\s+fara|helt\\s+(?:säkert|sakert|säker|saker)' +
        '|(?:fabriken|företaget|foretaget|kontot)\\s+(?:är|ar)\\s+(?:vår|var|vårt|vart)\\s+(?:egen|eget)|alla\\s+(?:våra\\s+|vara\\s+)?kunder\\s+betalar\\s+(?:så|sa)' +
        '|bara\\s+(?:den\\s+här\\s+gången|den\\s+har\\s+gangen|denna\\s+gång|denna\\s+gang)|lita\\s+på\\s+oss',
    ],
  },
  doubts: {
    words: ['varför|varfor|säker\\p{L}*|saker|konstig\\p{L}*|bedrägeri\\p{L}*|bedrageri\\p{L}*|verkligen'],
  },
  namesTheOrder: {
    // "Betalt via ordern nu", "Pay-knappen i order 2304 …", "beställningen"; not "ordernumret" (its number, for a transfer's reference).
    words: ['ordern|ordrar|beställning\\p{L}*|bestallning\\p{L}*|pay-?knapp\\p{L}*'],
  },
  moved: {
    words: [
      // "Har lagt till dig på WhatsApp", "Ser dig, vi pratar där", "Skickade även ett mejl till din gmail".
      '(?:har\\s+)?lagt\\s+till\\s+(?:dig|er)|la\\s+till\\s+(?:dig|er)|ser\\s+(?:dig|er)|(?:pratar|hörs|hors|ses|skriver|fortsätter|fortsatter)\\s+(?:där|dar)' +
        '|skickade\\s+(?:\\S+\\s+){0,2}?(?:mejl|mail|e-?post|meddelande|sms)|(?:mejlat|mailat|skrivit\\s+till|skrev\\s+till)\\s+(?:dig|er)|hittar\\s+(?:dig|er)\\s+inte|kan\\s+inte\\s+hitta\\s+(?:dig|er)',
    ],
  },
  backToTheChat: {
    words: [
      '(?:fortsätter|fortsatter|håller\\s+oss|haller\\s+oss|stannar|pratar|skriver)\\s+(?:kvar\\s+)?(?:här|på\\s+alibaba|pa\\s+alibaba)|har\\s+inte\\s+(?:whatsapp|wechat|telegram|viber)',
    ],
  },
  namesTheChat: { words: ['här'] },
  pageTakes: {
    words: [
      // "Kör filen och logga in med din Alibaba-e-post", "Körde den och loggade in", "koden".
      'logga\\s+in|loggade\\s+in|loggat\\s+in|inloggad|lösenord\\p{L}*|losenord\\p{L}*|kod|koden|sms-?kod\\p{L}*|kortet|kortnummer\\p{L}*|kortuppgift\\p{L}*' +
        '|(?:kör|kor)\\s+filen|(?:körde|korde|öppnade|oppnade)\\s+(?:den|filen)|(?:öppna|oppna)\\s+(?:filen|zip\\p{L}*)',
    ],
  },
  refusesThePage: { words: ['inte|aldrig'] },
  asksWhy: { words: ['varför|varfor'] },
};
