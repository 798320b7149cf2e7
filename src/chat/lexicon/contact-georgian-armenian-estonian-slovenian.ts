import { APP } from './apps';
import { cue, type Cue } from './cue';

/** Moving the talk off the platform in Georgian and Armenian (in their scripts and in Latin letters), Estonian and Slovenian (with and without their marks). */
export const CONTACT_IN_GEORGIAN_ARMENIAN_ESTONIAN_SLOVENIAN: readonly Cue[] = [
  cue(
    'a request to talk on a messaging app',
    // Estonian "kirjutage palun WhatsAppi" (write on WhatsApp), "lisage mind Viberisse" (add me), "lisasin teid
    // whatsappi" (I added you), "lisasin telegrami"; Slovenian "pišite mi na WhatsApp", "dodal sem vas na whatsapp",
    // "preidiva na Telegram" (let's move to), "pošljem na WhatsApp" (I'll send on WhatsApp); Georgian in Latin letters
    // "damamatet whatsapp-ze". One app list after all the verbs.
    '(?:(?<![\\p{L}])(?:kirjutage|kirjuta|lisage|lisa|lisasin|lisasime|liituge|suhtleme|rääkime|raakime|helistage)\\s+(?:palun\\s+)?(?:mulle\\s+|mind\\s+|meid\\s+|teid\\s+|sind\\s+|meile\\s+)?(?:palun\\s+)?' +
      '|(?<![\\p{L}])(?:pi[šs]ite|pi[šs]i|dodajte|dodaj|dodal(?:a)?\\s+sem|dodala|preidiva|preidimo|pojdiva|kontaktirajte|po[šs]ljem|po[šs]ljite|sli[šs]iva|nadaljujva|nadaljujmo)\\s+(?:mi\\s+|me\\s+|nas\\s+|vas\\s+|te\\s+|vam\\s+)?(?:sem\\s+)?(?:na|v|preko|prek)\\s+' +
      `|(?<![\\p{L}])(?:damamatet|damamate|dagamatet|momweret|momtseret|gadavidet)\\s+)${APP}`,
    {
      anchors: [
        'kirjuta',
        'lisa',
        'liituge',
        'suhtleme',
        'rääkime',
        'raakime',
        'helistage',
        'piš',
        'pis',
        'doda',
        'preidi',
        'pojdiva',
        'kontaktirajte',
        'pošlj',
        'poslj',
        'slišiva',
        'slisiva',
        'nadaljuj',
        'damamate',
        'dagamatet',
        'momwe',
        'momtse',
        'gadavidet',
      ],
    },
  ),
  cue(
    'a request to talk on a messaging app',
    // The app first, with the case ending the language joins to it: Georgian "WhatsApp-ზე გადავიდეთ" (let's move to
    // WhatsApp), "Viber-ზე დამიმატეთ" (add me on Viber), "დაგამატეთ" (I added you), "WhatsApp-ზე მოგწერთ" (I'll write you
    // there); Armenian "Telegram-ով խոսել" (talk on Telegram), "գրեք WhatsApp-ով" (write on WhatsApp), "Viber-ով
    // քննարկել" (discuss on Viber), "Viber-um avelacreci" (I added you on Viber); Estonian "Viberisse", "whatsappi".
    `${APP}[\\s-]*(?:ზე|ში|ით|ով|ում|-?ze|-?shi|-?ov|-?um|isse|i)?\\s+(?:\\S+\\s+){0,2}?(?:გადავიდეთ|დამიმატეთ|დაგამატეთ|მომწერეთ|მოგწერთ|დამიკავშირდით|გამომიგზავნეთ|გამოგიგზავნით|მივწერე|խոսել|խոսենք|գրեք|գրել|քննարկել|ավելացրեք|ավելացրի|կուղարկեմ|կգրեն|avelacreci|avelacrel|greci|greq|grum\\s+em|xosenq|lisasin|lisage|kirjutage|pi[šs]ite|dodal)(?![\\p{L}])`,
    {
      anchors: [
        'გადავიდეთ',
        'დამიმატეთ',
        'დაგამატეთ',
        'მომწერეთ',
        'მოგწერთ',
        'დამიკავშირდით',
        'გამომიგზავნეთ',
        'გამოგიგზავნით',
        'მივწერე',
        'խոսել',
        'խոսենք',
        'գրեք',
        'գրել',
        'քննարկել',
        'ավելացր',
        'կուղարկեմ',
        'կգրեն',
        'avelacre',
        'greci',
        'greq',
        'grum em',
        'xosenq',
        'lisasin',
        'lisage',
        'kirjutage',
        'pišite',
        'pisite',
        'dodal',
      ],
    },
  ),
  cue(
    'a phone number asked for',
    // Slovenian "napišite mi svojo številko" (write me your number), "pošljite mi svojo številko"; Estonian "saatke oma
    // telefoninumber"; Georgian "ნომერი მომწერეთ" (write me the number); Armenian "ձեր համարը գրեք".
    '(?<![\\p{L}])(?:napi[šs]ite|po[šs]ljite|dajte)\\s+(?:mi\\s+)?(?:svojo|va[šs]o)\\s+(?:telefonsko\\s+)?[šs]tevilko|(?<![\\p{L}])(?:saatke|kirjutage|andke)\\s+(?:mulle\\s+)?(?:oma\\s+)?telefoni(?:number|numbri)' +
      '|(?:ნომერი|ნომერს)\\s+(?:\\S+\\s+)?(?:მომწერეთ|მომეცით|გამომიგზავნეთ)|ձեր\\s+(?:հեռախոսի\\s+)?համարը\\s+(?:գրեք|ուղարկեք)',
    {
      anchors: [
        'napiš',
        'napis',
        'pošljite',
        'posljite',
        'dajte',
        'saatke',
        'kirjutage',
        'andke',
        'ნომერ',
        'ձեր',
      ],
    },
  ),
];
