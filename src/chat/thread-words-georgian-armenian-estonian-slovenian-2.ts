import type { ContactAndLinkReplies } from './thread-language-packs';

// The talk moved elsewhere, a suspicious link and the buyer's why, in Georgian and Armenian (each in its script and in
// Latin letters), Estonian and Slovenian (with and without their marks), as probe 89's chats wrote them; the paying
// replies are in thread-words-georgian-armenian-estonian-slovenian.ts, which joins these.

export const GEORGIAN_ARMENIAN_ESTONIAN_SLOVENIAN_CONTACT_AND_LINK: ContactAndLinkReplies = {
  moved: {
    words: [
      // Georgian "დაგამატეთ" (I added you), "მოგწერეთ" (I wrote to you), "dagamatet"; Armenian "ավելացրի" (I added),
      // "գրեցի" (I wrote), "avelacreci", "greci"; Estonian "lisasin" (I added), "kirjutasin" (I wrote); Slovenian "dodal
      // sem vas" (I added you), "pisal sem" (I wrote).
      'დაგამატეთ|დაგამატე|მოგწერეთ|მოგწერე|მივწერე|dagamatet|dagamate|mogweret|mogwere',
      'ավելացրի|ավելացրել\\s+եմ|գրեցի|գրել\\s+եմ|avelacreci|avelacrel\\s+em|greci|grecinq|grel\\s+em',
      'lisasin|lisasime|kirjutasin|kirjutasime|helistasin',
      'dodal(?:a)?\\s+sem(?:\\s+vas)?|sem\\s+vas\\s+dodal\\p{L}*|pisal(?:a)?\\s+sem|poklical(?:a)?\\s+sem',
    ],
  },
  backToTheChat: {
    words: [
      'აქ\\s+(?:ვისაუბროთ|დავრჩეთ|მომწერეთ)|ak\\s+visaubrot',
      'այստեղ\\s+(?:խոսենք|գրեք|մնանք)|aystegh\\s+(?:xosenq|greq)',
      '(?:r[äa][äa]gime|kirjutame|j[äa]tkame)\\s+(?:\\S+\\s+)?siin|mul\\s+pole\\s+(?:whatsapp|viber|telegram|wechat|signal)\\p{L}*',
      '(?:lahko\\s+vpra[šs]am\\s+kar|ostaniva|ostanimo|pi[šs]iva|nadaljujva)\\s+(?:\\S+\\s+)?tukaj|nimam\\s+(?:whatsapp|viber|telegram|wechat|signal)\\p{L}*',
    ],
  },
  namesTheChat: { words: ['აქ|ჩატში', 'այստեղ|չատում', 'siin|vestluses', 'tukaj|v\\s+chatu'] },
  pageTakes: {
    words: [
      'ბარათის\\s+მონაცემ\\p{L}*|baratis\\s+monacem\\p{L}*|შევიყვანე|shevitane|shevikvane|პაროლ\\p{L}*',
      'քարտի\\s+տվյալ\\p{L}*|գաղտնաբառ\\p{L}*|մուտքագրեցի|mutq\\s+gorcel',
      'logisin\\s+sisse|kaardi\\s+andme\\p{L}*|parool\\p{L}*|sisestasin|maksin\\s+lingi\\s+kaudu',
      'geslo|gesl\\p{L}*|podatke\\s+kartice|vpisal\\p{L}*|prijavil\\p{L}*\\s+sem|link\\s+dela',
    ],
  },
  refusesThePage: {
    words: [
      'არ\\s+შევიყვან\\p{L}*|პაროლს\\s+შევცვლი',
      'չեմ\\s+(?:մուտքագրի|ուղարկի|վճարի)|chem\\s+vcharum',
      'ei\\s+sisesta|vahetan\\s+parooli|ei\\s+kliki',
      'ne\\s+bom\\s+vpisal\\p{L}*|zamenjal\\p{L}*\\s+geslo',
    ],
  },
  asksWhy: {
    words: ['რატომ|ratom', 'ինչու|inchu|inchi\\s+hamar', 'miks|milleks', 'zakaj|[čc]emu'],
  },
};
