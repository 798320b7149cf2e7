import { cue, type Cue } from './cue';

/**
 * Pressure in probe 61's settings: tenders for farm machinery and feed (registration closed, late bids rejected, a
 * blacklist, fees by the day, goods disposed of) and first-time importers of toys and party goods (a price only if paid
 * today, a factory holiday, another customer), in English, Polish, Tagalog, Korean, Portuguese, German and Khmer. Part of
 * MORE_OFFERS_ENDING.
 */
export const TENDERS_AND_IMPORTERS: readonly Cue[] = [
  cue(
    'a deadline with a penalty',
    // "… before Monday 10am or registration closed", "late bids rejected",
    // "your cooperative blacklisted 6 months", "or we start charge warehouse 80 USD per day", "only if u pay today", "after
    // tonight cannot give this price", "or you lose contact and your discount", "pay today because factory holiday start
    // tomorrow", "after 10 days the shipment is destroyed", "stuck 3 weeks with 100$/day", "by tomorrow or i-dispose na nila"; Polish "jutro fabryka podnosi
    // ceny" (tomorrow the factory raises prices); Tagalog "ibabalik ng customs" (customs will send it back), "may storage fee
    // na bukas" (storage fees from tomorrow); Korean "안 그러면 … 창고비" (otherwise … warehouse fees).
    '\\bor\\s+(?:the\\s+)?registration\\s+(?:is\\s+|will\\s+be\\s+)?closed\\b|\\blate\\s+bids?\\s+(?:is\\s+|are\\s+)?(?:rejected|void)\\b' +
      '|\\bblacklisted\\b(?<!\\bnot\\s+blacklisted)|\\bor\\s+we\\s+(?:will\\s+)?start\\s+charg(?:e|ing)\\b|\\bor\\s+we\\s+(?:will\\s+)?start\\s+to\\s+charge\\b|\\bor\\s+i-?dispose\\b|\\bonly\\s+if\\s+(?:u|you)\\s+pay\\s+today\\b' +
      "|\\bafter\\s+tonight\\s+(?:i\\s+|we\\s+)?(?:can(?:not|'t)|can\\s+not)\\s+give\\b|\\bor\\s+you\\s+lose\\s+(?:contact|your\\s+discount)\\b" +
      '|\\bpay\\s+today\\s+because\\s+(?:the\\s+)?factory\\s+holiday\\b|\\bshipment\\s+is\\s+destroyed\\b|\\bstuck\\s+(?:\\S+\\s+){0,3}?with\\s+\\d+\\s?(?:\\$|usd)\\s?\\/\\s?day\\b' +
      '|\\bjutro\\s+(?:\\S+\\s+)?podnosi\\s+ceny\\b|\\bibabalik\\s+ng\\s+customs\\b|\\bmay\\s+storage\\s+fee\\s+na\\s+bukas\\b|안\\s?그러면[^.!?]{0,30}?(?:창고비|보관료|취소)',
    {
      anchors: [
        'registration',
        'late bid',
        'blacklisted',
        'start charg',
        'start to charge',
        'dispose',
        'only if',
        'after tonight',
        'you lose',
        'factory holiday',
        'destroyed',
        'stuck',
        'podnosi ceny',
        'ibabalik',
        'storage fee na',
        '그러면',
      ],
    },
  ),
  cue(
    'another buyer waiting',
    // "… we give it to the Zambia govt project"; Portuguese "as 40 motobombas vão para outro distribuidor"; German "Danach
    // verkaufen wir die restlichen 2000 Stück an einen anderen Kunden"; Khmer លក់ឱ្យអ្នកផ្សេង (sold to someone else); "only 3
    // slots remaining".
    '\\bwe\\s+give\\s+it\\s+to\\s+the\\s+(?:\\S+\\s+){0,3}?(?:project|buyer|customer|client)\\b|\\bv[ãa]o\\s+para\\s+outro\\s+(?:distribuidor|cliente|comprador)\\b' +
      '|\\ban\\s+einen\\s+anderen\\s+kunden\\b|លក់ឱ្យអ្នកផ្សេង|\\bonly\\s+\\d+\\s+slots?\\s+(?:left|remaining)\\b',
    { anchors: ['give it to', 'para outro', 'anderen kunden', 'លក់ឱ្យអ្នកផ្សេង', 'slot'] },
  ),
];
