import { cue, type Cue } from './cue';
import { BROKERS_AND_PORTS } from './pressure-brokers-and-ports';
import { PRESSURE_IN_MORE_WORDINGS } from './pressure-more-wordings';
import { PRESSURE_FROM_BOATS_AND_STOCK_LOTS } from './pressure-boats-and-stock-lots';
import { PRESSURE_FROM_FABRICS_AND_LETTERS } from './pressure-fabrics-and-letters';
import { PRESSURE_FROM_RIVAL_BUYERS_AND_SHORT_OFFERS } from './pressure-rival-buyers-and-short-offers';
import { PRESSURE_FAST_AND_ONLY_TODAY } from './pressure-fast-and-only-today';
import { PRESSURE_PRICES_AND_RETURNS } from './pressure-prices-and-returns';
import { PRESSURE_SLOTS_AND_BOATS } from './pressure-slots-and-boats';
import { PRESSURE_FROM_COMMODITIES_AND_ENGINEERS } from './pressure-commodities-and-engineers';
import { PRESSURE_FROM_ASIA_AND_PRINT } from './pressure-asia-and-print';
import { PRESSURE_FROM_PARTS_AND_TOYS } from './pressure-parts-and-toys';
import { PRESSURE_FROM_SANCTIONS_AND_SHORTHAND } from './pressure-sanctions-and-shorthand';
import { PRESSURE_FROM_TENDERS_AND_LONG_LETTERS } from './pressure-tenders-and-long-letters';
import { PRESSURE_FROM_FURNITURE_AND_CHIPS } from './pressure-furniture-and-chips';
import { PRESSURE_FROM_KITCHENS_AND_IMPOSTORS } from './pressure-kitchens-and-impostors';
import { PRESSURE_FROM_STEEL_AND_SALONS } from './pressure-steel-and-salons';
import { PRESSURE_FROM_SUPPLEMENTS_AND_FRAGMENTS } from './pressure-supplements-and-fragments';
import { TENDERS_AND_IMPORTERS } from './pressure-tenders-and-importers';
import { PRESSURE_IN_KOREAN } from './pressure-korean';
import { PRESSURE_IN_UKRAINIAN_ROMANIAN_HEBREW_GREEK } from './pressure-ukrainian-romanian-hebrew-greek';
import { PRESSURE_IN_PERSIAN_BENGALI_TAGALOG } from './pressure-persian-bengali-tagalog';
import { PRESSURE_IN_NIGERIAN_PIDGIN } from './pressure-nigerian-pidgin';
import { PRESSURE_IN_SERBIAN_CROATIAN_AMHARIC_NEPALI } from './pressure-serbian-croatian-amharic-nepali';
import { PRESSURE_IN_CZECH_HUNGARIAN_SWEDISH } from './pressure-czech-hungarian-swedish';
import { PRESSURE_IN_THAI_ARABIC_URDU } from './pressure-thai-arabic-urdu';
import { PRESSURE_IN_SWAHILI_DUTCH_MALAY } from './pressure-swahili-dutch-malay';
import { PRESSURE_LAPSING_OFFERS } from './pressure-lapsing-offers';
import { PRESSURE_IN_KAZAKH_MONGOLIAN } from './pressure-kazakh-mongolian';
import { PRESSURE_IN_UZBEK_AZERBAIJANI_TAMIL } from './pressure-uzbek-azerbaijani-tamil';
import { PRESSURE_IN_GUJARATI_MARATHI_PUNJABI_TELUGU } from './pressure-gujarati-marathi-punjabi-telugu';
import { PRESSURE_IN_SOMALI_HAUSA_BULGARIAN_SLOVAK } from './pressure-somali-hausa-bulgarian-slovak';
import { PRESSURE_IN_SINHALA_MALAYALAM_KANNADA_BURMESE } from './pressure-sinhala-malayalam-kannada-burmese';
import { PRESSURE_IN_KHMER_LITHUANIAN_LATVIAN_ALBANIAN } from './pressure-khmer-lithuanian-latvian-albanian';
import { PRESSURE_IN_GEORGIAN_ARMENIAN_ESTONIAN_SLOVENIAN } from './pressure-georgian-armenian-estonian-slovenian';
import { PRESSURE_IN_AFRIKAANS_MACEDONIAN_LAO_PASHTO } from './pressure-afrikaans-macedonian-lao-pashto';
import { PRESSURE_IN_FINNISH_DANISH_NORWEGIAN } from './pressure-finnish-danish-norwegian';

/**
 * Offers said to end within hours or days, prices said to rise tomorrow, and other buyers said to take the goods, in
 * the words the probes found beyond OFFERS_ENDING and SCARCITY_AND_THREATS. Part of PRESSURE.
 */
export const MORE_OFFERS_ENDING: readonly Cue[] = [
  cue(
    'another buyer waiting',
    // French "si tu dors dessus le gars de Yopougon va tout prendre" (someone else takes it all), "après on vend les 80
    // vélos à un client de Marseille"; Indonesian "sebelum diambil buyer lain" (before another buyer takes it).
    '\\bva\\s+tout\\s+prendre\\b|\\bapr[èe]s\\s+(?:on\\s+vend|nous\\s+vendons)\\b' +
      '|\\b(?:diambil|dibeli|diborong)\\s+(?:buyer|pembeli|customer|orang)\\s+lain\\b|\\bmay\\s+ibang\\s+(?:buyer|customer|bibili)\\b' +
      // "I only keep until 6pm, after that sell to russia customer"; romanised Thai "khai hai kon eun" (sell to someone
      // else); Korean "물건 다른 분께 넘깁니다" (I pass the goods to someone else).
      '|\\bafter\\s+that\\s+(?:i\\s+|we\\s+)?sell\\s+(?:it\\s+|them\\s+)?to\\s+(?:\\S+\\s+)?(?:customers?|buyers?|clients?)\\b|\\bkhai\\s+hai\\s+kon\\s+(?:eun|uen|aun)\\b' +
      '|다른\\s?(?:분|고객|바이어)(?:께|에게|한테)\\s?넘',
    {
      anchors: [
        'tout prendre',
        'on vend',
        'nous vendons',
        'diambil',
        'dibeli',
        'diborong',
        'ibang',
        'after that',
        'khai hai',
        '다른',
      ],
    },
  ),
  cue(
    'an offer that ends soon',
    // "Reply quick pls, the price from factory change at 5pm", "only 2 day left for promotion price …, after weekend
    // price is normal": the deal said to end within hours or days.
    "\\bprices?\\s+(?:from\\s+(?:the\\s+)?factory\\s+)?(?:will\\s+)?(?:change|changes|go\\s+up|goes\\s+up|increases?|rises?)\\s+(?:at|after)\\s+\\d{1,2}(?::\\d\\d)?\\s?(?:[ap]\\.?m\\b|h\\b|o'?clock\\b)(?!\\s+(?:each|every|daily|on\\s+(?:each|every))\\b)" +
      '|\\bafter\\s+(?:the\\s+|this\\s+)?(?:weekend|today|tonight|sunday)\\s+(?:the\\s+)?prices?\\s+(?:is|will\\s+be|goes\\s+back\\s+to|back\\s+to)\\s+(?:the\\s+)?(?:normal|original|regular|old)\\b' +
      '|\\b(?:only\\s+)?\\d+\\s+days?\\s+left\\s+(?:for|of|on)\\s+(?:the\\s+|this\\s+|our\\s+)?(?:promotion|promo|discount|offer|sale|special|deal|price)\\b' +
      // "Your booked slot expires 5pm today, after that freight go up 800 usd", "pay by LINE Pay today, tomorrow the
      // price back to normal".
      '|\\bafter\\s+that\\s+(?:the\\s+)?(?:freight|price|rate|cost)s?\\s+(?:will\\s+)?(?:go(?:es)?\\s+up|increases?|rises?)\\b' +
      '|\\b(?:tomorrow|tmrw?|after\\s+today)\\s+(?:the\\s+)?prices?\\s+(?:is\\s+|will\\s+be\\s+|goes\\s+)?back\\s+to\\s+(?:normal|original|regular)\\b' +
      // "Answer me on Telegram, otherwise I cannot guarantee you the price tomorrow", "this offer only until midnight";
      // French "faites vite, le bateau part le 12 et après c'est fini".
      "|\\bapr[èe]s\\s+(?:c'est\\s+fini|c'est\\s+trop\\s+tard)\\b" +
      "|\\botherwise\\s+(?:i|we)\\s+(?:cannot|can'?t|can\\s+not)\\s+(?:guarantee|keep|hold)\\s+(?:you\\s+)?(?:the|this|that)\\s+price\\b" +
      '|\\b(?:only\\s+until|only\\s+till)\\s+(?:midnight|tonight)\\b(?<=\\b(?:offer|price|discount|deal)\\s+(?:is\\s+)?only\\s+(?:until|till)\\s+(?:midnight|tonight))' +
      // "Only 2 days left!! after that … new price is 12% higher".
      '|\\bonly\\s+\\d+\\s+days?\\s+left\\b(?=[^]{0,120}?\\bnew\\s+price\\s+(?:is|will\\s+be)\\s+\\d+(?:\\.\\d+)?\\s?%\\s+(?:higher|more))',
    { anchors: ['price', 'left', 'after that', 'only until', 'only till', "c'est fini", "c'est trop tard"] },
  ),
  cue(
    'a price rise tomorrow',
    // Uzbek "ertaga narx 20% oshadi" (tomorrow the price goes up 20%), Somali "berri wuu kordhayaa" (tomorrow it
    // rises), Finglish "gheymat avaz mishe" (the price changes).
    '\\bertaga\\s+narx\\w*\\s+(?:\\S+\\s+)?oshadi\\b|\\bberri\\s+(?:wuu\\s+|way\\s+)?kordh\\w*|\\bgheymat\\s+(?:\\S+\\s+)?(?:avaz|bala|ziad)\\s+mishe\\b',
    { anchors: ['ertaga', 'berri', 'gheymat'] },
  ),
  cue(
    'a deadline today',
    // Turkish "bu son şans, eski fiyattan …" (the last chance, at the old price), German "heute ist der letzte Tag zum
    // alten Preis".
    '\\bson\\s+[şs]ans\\b(?=[^.!?]{0,80}?(?:fiyat|[öo]deme|indirim))|\\bheute\\s+ist\\s+der\\s+letzte\\s+tag\\s+(?:zum|f[üu]r\\s+den)\\s+(?:alten\\s+)?preis',
    { anchors: ['son şans', 'son sans', 'letzte tag'] },
  ),
  cue(
    'an offer that ends today',
    // "Final call 🔥 our VIP group closes tonight", "join now before we close it tonight": a way in said to shut within
    // hours.
    '\\b(?:final\\s+call|last\\s+call)\\b[^.!?]{0,60}?\\b(?:group|offer|deal|promo\\w*|discount|price|sale)\\s+(?:\\S+\\s+){0,3}?clos(?:es|ing)\\s+(?:tonight|today|at\\s+midnight)\\b' +
      // "The engineering slot for your custom board expires tonight"; Greeklish "an den plirwseis simera xaneis tin
      // timi" (if you don't pay today you lose the price).
      '|\\b(?:slot|reservation)\\s+(?:\\S+\\s+){0,6}?expires\\s+(?:tonight|today|at\\s+midnight)\\b|\\bxaneis\\s+(?:tin\\s+timi|to\\s+slot|tin\\s+prosfora)\\b' +
      '|\\b(?:join|register|sign\\s+up|pay)\\s+now\\s+before\\s+(?:we|they|it)\\s+(?:close|closes)\\s+(?:it\\s+|the\\s+group\\s+)?(?:tonight|today)\\b',
    { anchors: ['final call', 'last call', 'now before', 'slot', 'reservation', 'xaneis'] },
  ),
  ...BROKERS_AND_PORTS,
  ...PRESSURE_IN_MORE_WORDINGS,
  ...TENDERS_AND_IMPORTERS,
  ...PRESSURE_FROM_STEEL_AND_SALONS,
  ...PRESSURE_FROM_KITCHENS_AND_IMPOSTORS,
  ...PRESSURE_FROM_FURNITURE_AND_CHIPS,
  ...PRESSURE_FROM_BOATS_AND_STOCK_LOTS,
  ...PRESSURE_FROM_SUPPLEMENTS_AND_FRAGMENTS,
  ...PRESSURE_FROM_FABRICS_AND_LETTERS,
  ...PRESSURE_FROM_RIVAL_BUYERS_AND_SHORT_OFFERS,
  ...PRESSURE_SLOTS_AND_BOATS,
  ...PRESSURE_FAST_AND_ONLY_TODAY,
  ...PRESSURE_PRICES_AND_RETURNS,
  ...PRESSURE_FROM_COMMODITIES_AND_ENGINEERS,
  ...PRESSURE_FROM_PARTS_AND_TOYS,
  ...PRESSURE_FROM_SANCTIONS_AND_SHORTHAND,
  ...PRESSURE_FROM_ASIA_AND_PRINT,
  ...PRESSURE_FROM_TENDERS_AND_LONG_LETTERS,
  ...PRESSURE_LAPSING_OFFERS,
  ...PRESSURE_IN_KOREAN,
  ...PRESSURE_IN_UKRAINIAN_ROMANIAN_HEBREW_GREEK,
  ...PRESSURE_IN_PERSIAN_BENGALI_TAGALOG,
  ...PRESSURE_IN_NIGERIAN_PIDGIN,
  ...PRESSURE_IN_SERBIAN_CROATIAN_AMHARIC_NEPALI,
  ...PRESSURE_IN_CZECH_HUNGARIAN_SWEDISH,
  ...PRESSURE_IN_THAI_ARABIC_URDU,
  ...PRESSURE_IN_SWAHILI_DUTCH_MALAY,
  ...PRESSURE_IN_KAZAKH_MONGOLIAN,
  ...PRESSURE_IN_UZBEK_AZERBAIJANI_TAMIL,
  ...PRESSURE_IN_GUJARATI_MARATHI_PUNJABI_TELUGU,
  ...PRESSURE_IN_SOMALI_HAUSA_BULGARIAN_SLOVAK,
  ...PRESSURE_IN_SINHALA_MALAYALAM_KANNADA_BURMESE,
  ...PRESSURE_IN_KHMER_LITHUANIAN_LATVIAN_ALBANIAN,
  ...PRESSURE_IN_GEORGIAN_ARMENIAN_ESTONIAN_SLOVENIAN,
  ...PRESSURE_IN_AFRIKAANS_MACEDONIAN_LAO_PASHTO,
  ...PRESSURE_IN_FINNISH_DANISH_NORWEGIAN,
];
