import type { ThreadLanguagePack } from './thread-language-packs';
import { GEORGIAN_ARMENIAN_ESTONIAN_SLOVENIAN_CONTACT_AND_LINK } from './thread-words-georgian-armenian-estonian-slovenian-2';

// The threads' replies in Georgian and Armenian (each in its script and in Latin letters), Estonian and Slovenian (with
// and without their marks), as probe 89's chats wrote them (thread-language-packs.ts). Georgian and Armenian are read
// as whole words with their case endings spelt out ("ანგარიშზე", "հաշվին"). The talk moved elsewhere and the links are
// in thread-words-georgian-armenian-estonian-slovenian-2.ts.

export const GEORGIAN_ARMENIAN_ESTONIAN_SLOVENIAN_REPLIES: ThreadLanguagePack = {
  ...GEORGIAN_ARMENIAN_ESTONIAN_SLOVENIAN_CONTACT_AND_LINK,
  paid: {
    words: [
      // Georgian "გადავრიცხე" (I transferred), "გადავრიცხავ" (I will), "ჩავრიცხე" / "ჩავრიცხავ" (I paid in / will),
      // "აჰა ქვითარი" (here is the receipt); in Latin letters "gadavricxe", "gadavricxav", "aha kvitari", "aha swifti".
      'გადავრიცხე|გადავრიცხავ|გადავრიცხეთ|ჩავრიცხე|ჩავრიცხავ|ჩავრიცხეთ|გადავიხადე|გადავუხადე|(?:აჰა|აი)\\s+(?:ქვითარი|სვიფტი|swift\\p{L}*)|ქვითარი|ნაღდი',
      'gadavricxe|gadavricxav|gadavricxet|gadavricxo|chavricxe|chavricxav|gadavixade|aha\\s+(?:kvitari|swift\\p{L}*|qvitari)',
      // Armenian "ուղարկեցի $13,280" (I sent), "փոխանցեցի" (I transferred), "վճարեցի" (I paid), "կուղարկեմ … հաշվին" (I'll
      // send to the account), "ahа հաստատումը" (here is the proof); "ugharkeci", "ugharkum em" (I'm sending), "poxancel em".
      'ուղարկեցի|ուղարկեցինք|փոխանցեցի|փոխանցեցինք|վճարեցի|վճարեցինք|կուղարկեմ\\s+(?:\\S+\\s+)?\\S*\\s*հաշվին|ահա\\s+(?:հաստատում\\p{L}*|անդորրագ\\p{L}*|swift\\p{L}*)',
      'ugharkeci|ugharkecinq|ugharkum\\s+em|poxancel\\s+em|poxanceci|vchareci|kara\\s+cash\\s+ta|cash\\s+kta',
      // Estonian "saatsin 63 USD" (I sent), "saadetud" (sent), "maksin" (I paid), "tehtud" (done), "kviitung" (the receipt),
      // "saadan Revolutiga 2 000 USD" (I send by Revolut); not "saatsin kataloogi".
      'saatsin(?!\\s+(?:teile\\s+)?(?:kataloog|pild|foto|n[äa]idis|dokument|joonis|aadress)\\p{L}*)|saadetud|maksin|maksime|kandsin|kandsime|[üu]le\\s+kantud|kviitung\\p{L}*|saadan\\s+(?:\\S+\\s+)?\\d',
      // Slovenian "nakazal sem" (I transferred), "poslala preko PayPala" (I sent), "plačano" (paid), "potrdilo spodaj" (the
      // proof below).
      'nakazal\\p{L}*|nakazala|pla[čc]ano|pla[čc]al\\p{L}*|poslano|poslal(?:a)?(?!\\s+(?:sem\\s+)?(?:vam\\s+)?(?:katalog|slik|fotografij|vzor[čc]|dokument|risb|naslov)\\p{L}*)|potrdilo\\s+(?:spodaj|v\\s+priponki|je\\s+v|poslano)|tukaj\\s+je\\s+potrdilo',
    ],
  },
  asksWhere: {
    words: [
      // Georgian "რომელი ანგარიში?" (which account?), "romeli angarishi?", "სად გადავრიცხო?" (where do I transfer?),
      // "რეკვიზიტები მომწერეთ" (write me the details).
      'რომელ\\p{L}*\\s+ანგარიშ\\p{L}*|სად\\s+გადავრიცხო|რეკვიზიტები\\s+(?:მომწერეთ|გამომიგზავნეთ)|romel\\p{L}*\\s+angarish\\p{L}*|sad\\s+gadavricxo|rekvizitebi\\s+(?:momweret|gamomigzavnet)',
      // Armenian "ո՞ր հաշվին" (to which account?), "ո՞ր ID-ին" (to which ID?), "ուղարկեք ռեկվիզիտները" (send the
      // details), "vor hashvin?", "asa vortegh u erb" (say where and when).
      'ո՞?ր\\s+(?:հաշվին|հաշիվ\\p{L}*|id\\p{L}*|քարտ\\p{L}*)|(?:ուղարկեք|գրեք)\\s+(?:\\S+\\s+)?(?:ռեկվիզիտ\\p{L}*|հաշվեհամար\\p{L}*)|vor\\s+(?:hashvin|hashiv\\p{L}*|id\\p{L}*)|asa\\s+vortegh|ugharkeq\\s+rekvizit\\p{L}*',
      // Estonian "mis konto see oleks?" (which account would that be?), "saatke andmed" (send the details), "kuidas maksta"
      // (how to pay), "kui palju kokku?" (how much in all?).
      'mis\\s+(?:konto|summa)|milline\\s+konto|millisele\\s+kontole|saatke\\s+(?:mulle\\s+)?(?:andmed|pangaandmed|rekvisiidid|konto\\p{L}*)|kuidas\\s+maksta|kui\\s+palju\\s+(?:siis\\s+)?(?:kokku|maksta)',
      // Slovenian "na kateri račun?" (to which account?), "pošljite podatke" (send the details), "koliko btc?", "pošljem v
      // EUR ali USD?".
      'na\\s+kateri\\s+ra[čc]un|kateri\\s+ra[čc]un|po[šs]ljite\\s+(?:mi\\s+)?(?:podatke|ra[čc]un|iban)|koliko\\s+(?:btc|usdt|eur|usd|naj\\s+po[šs]ljem|naj\\s+naka[žz]em)|po[šs]ljem\\s+(?:\\S+\\s+){0,2}?v\\s+(?:eur|usd)',
    ],
  },
  pointsAt: {
    words: [
      'იმავე\\s+ანგარიშ\\p{L}*|imave\\s+angarish\\p{L}*|նույն\\s+հաշվին|nuyn\\s+hashvin',
      'samale\\s+kontole|sama\\s+konto|sellele\\s+(?:wise\\s+)?kontole',
      '(?:isti|istega|na\\s+isti)\\s+ra[čc]un|(?:nem[šs]ki|ta)\\s+ra[čc]un\\s+je\\s+ok',
    ],
  },
  toPay: {
    words: [
      'გადარიცხ\\p{L}*|გადახდ\\p{L}*|ავანს\\p{L}*|gadaricx\\p{L}*|gadaxd\\p{L}*',
      'վճար\\p{L}*|փոխանց\\p{L}*|կանխավճար\\p{L}*|vchar\\p{L}*|poxanc\\p{L}*',
      'maks\\p{L}*|ettemaks\\p{L}*|[üu]lekan\\p{L}*',
      'pla[čc]\\p{L}*|naka[zž]\\p{L}*|avans\\p{L}*',
    ],
  },
  backToTheOrder: {
    words: [
      // Georgian "მხოლოდ ალიბაბაზე" (only on Alibaba), "შეკვეთის გვერდიდან" (from the order page), "orderis gverdze".
      'მხოლოდ\\s+(?:ალიბაბ\\p{L}*|trade\\s+assurance|შეკვეთ\\p{L}*)|შეკვეთის\\s+გვერდ\\p{L}*|ორდერის\\s+გვერდ\\p{L}*|orderis\\s+gverd\\p{L}*|mxolod\\s+alibaba\\p{L}*',
      // Armenian "միայն պատվերի էջում" (only on the order page), "alibaba-i ejum kvcharem", "urish dzevov chem vcharum".
      'միայն\\s+(?:alibaba\\S*|պատվեր\\p{L}*|trade\\s+assurance\\S*)|պատվերի\\s+էջ\\p{L}*|ejum\\s+kvcharem|chem\\s+vcharum|ta\\s+order\\s+sarqeq',
      // Estonian "maksan ainult Alibaba tellimuse kaudu" (I pay only through the order).
      'ainult\\s+(?:alibaba\\p{L}*|trade\\s+assurance|tellimuse)|tellimuse\\s+(?:kaudu|lehel|lehele)|ei\\s+maksa',
      // Slovenian "samo preko Trade Assurance", "ne kupujem" (I don't buy).
      'samo\\s+(?:preko|prek|na)\\s+(?:alibab\\p{L}*|trade\\s+assurance|strani\\s+naro[čc]ila)|ne\\s+kupujem|ne\\s+bom\\s+pla[čc]al\\p{L}*',
    ],
  },
  vouches: {
    words: [
      // Georgian "100% ნამდვილია" (it's real), "ბევრი კლიენტი ასე იხდის" (many clients pay so), "არ ინერვიულოთ" (don't worry).
      '100\\s?%\\s+ნამდვილ\\p{L}*|ბევრი\\s+კლიენტი\\s+ასე|ყველა\\s+კლიენტი\\s+ასე|არ\\s+ინერვიულოთ|ოფიციალური\\s+პარტნიორ\\p{L}*',
      // Armenian "մի անհանգստացեք" (don't worry), "հաճախորդներ այդպես են վճարում" (customers pay so), "բոլոր հաճախորդներն …
      // այսպես են վճարում".
      'մի\\s+անհանգստացեք|հաճախորդներ\\p{L}*\\s+(?:\\S+\\s+)?(?:այդպես|այսպես)|պաշտոնական\\s+partner\\p{L}*',
      // Estonian "sama omanik" (the same owner), "kõik meie kliendid maksavad nii" (all our clients pay so), "täiesti
      // turvaline" (completely safe).
      'sama\\s+omanik|(?:k[õo]ik|paljud)\\s+(?:meie\\s+)?(?:\\S+\\s+)?kliendid\\s+maksavad\\s+nii|t[äa]iesti\\s+turvaline',
      // Slovenian "vse je 100% zaščiteno" (all is protected), "uradna potrditev Alibabe", "vsi naši kupci tako plačujejo".
      '100\\s?%\\s+za[šs][čc]iten\\p{L}*|uradna\\s+potrditev|vsi\\s+(?:na[šs]i\\s+)?(?:\\S+\\s+)?kupci\\s+tako\\s+pla[čc]ujejo',
    ],
  },
  doubts: {
    words: [
      'რატომ|ნამდვილია|ნორმალურია|martla|normaluria|ratom',
      'ինչու|իսկական|iskakan|inchu|xardax\\p{L}*',
      'miks|kahtlane|p[äa]riselt|t[õo]esti|pettus\\p{L}*',
      'zakaj|[čc]udno|sumljiv\\p{L}*|res|prevara',
    ],
  },
  namesTheOrder: {
    words: [
      'შეკვეთ\\p{L}*|ორდერ\\p{L}*|orderis|orders[hz]i|shekvet\\p{L}*',
      'պատվեր\\p{L}*|order-i|order-@|patver\\p{L}*',
      'tellimus\\p{L}*',
      'naro[čc]il\\p{L}*',
    ],
  },
};
