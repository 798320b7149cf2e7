import { cue, type Cue } from './cue';

/**
 * A loss said to follow if the buyer doesn't pay or confirm soon, in wordings probes 57 to 60 found among fit-out
 * contractors, clinics, event agencies, importers and social-commerce sellers and their suppliers: the goods or the slot
 * given to another buyer (also in Tagalog and Moroccan Darija), the price locked only today, the shipping line releasing
 * the space, the installers leaving the site, fees by the day, goods destroyed or sent back, a penalty for cancelling;
 * and deadlines in Russian, Arabic, Turkish, Portuguese, Finnish, Romanian, Spanish, Italian and Greek. Probe 61's are in
 * TENDERS_AND_IMPORTERS. Cues with the same label stay apart so that each runs only on its own anchors. Part of
 * MORE_OFFERS_ENDING.
 */
export const PRESSURE_IN_MORE_WORDINGS: readonly Cue[] = [
  cue(
    'another buyer waiting',
    // "Only 2 hours left before factory gives your marble block to other buyer"; Tagalog "ibibigay na ng factory sa ibang
    // buyer yung production slot natin"; Darija "l'usine ghadi tbi3 zellige l client akhor" (the factory will sell the tiles to
    // another client).
    // Not a promise not to ("we never give your design to other buyers", "hindi namin ibibigay sa ibang buyer"): the refusals
    // that pressure cues don't read.
    '\\bbefore\\s+(?:the\\s+)?(?:factory|we|they|supplier|seller)\\s+gives?\\s+(?:your|the|our)\\s+(?:\\S+\\s+){0,3}?(?:to\\s+other|to\\s+another|to\\s+an\\s+other|to\\s+a\\s+other)\\s+(?:buyer|customer|client)\\b' +
      '|\\bibibigay\\s+(?:ko\\s+|namin\\s+)?na\\s+(?:ng\\s+\\S+\\s+)?sa\\s+ibang\\s+(?:buyer|customer|kliyente)\\b|\\bl\\s?client\\s+(?:akhor|akhur|ekhor)\\b',
    {
      anchors: ['to other', 'to another', 'to an other', 'to a other', 'ibibigay', 'akhor', 'akhur', 'ekhor'],
    },
  ),
  cue(
    'a deadline with a penalty',
    // "Send the 30% by PayPal F&F today to lock the SPC flooring price"; Spanish "si no la naviera libera el espacio del
    // contenedor" (if not, the shipping line releases the container's space); "by tomorrow or installation team will leave site".
    '\\btoday\\s+to\\s+lock\\s+(?:the\\s+|your\\s+|this\\s+)?(?:\\S+\\s+){0,3}?price\\b' +
      '|\\bsi\\s+no\\s+(?:la\\s+naviera|el\\s+forwarder|la\\s+f[áa]brica|el\\s+agente)\\s+(?:libera|cancela|vende)\\b' +
      // "… to our Singapore account before Wednesday or the glass factory cut our slot".
      '|\\bor\\s+(?:the\\s+)?(?:\\S+\\s+){0,2}?factory\\s+(?:will\\s+)?(?:cuts?|cancels?|gives?\\s+away|releases?)\\s+(?:our\\s+slot|your\\s+slot|the\\s+slot|our\\s+production\\s+slot|your\\s+production\\s+slot|the\\s+production\\s+slot)\\b' +
      '|\\bor\\s+(?:the\\s+|our\\s+)?(?:installation\\s+)?(?:team|workers|installers?)\\s+will\\s+(?:leave\\s+site|leave\\s+the\\s+site|pull\\s+out\\s+of\\s+site|pull\\s+out\\s+of\\s+the\\s+site)\\b',
    {
      anchors: [
        'to lock',
        'si no ',
        'our slot',
        'your slot',
        'the slot',
        'production slot',
        'leave site',
        'leave the site',
        'out of site',
        'out of the site',
      ],
    },
  ),
  cue(
    'another buyer waiting',
    // "… if you not confirm until tonight we give to the buyer from Dubai".
    '\\bwe\\s+(?:will\\s+)?give\\s+(?:it\\s+|them\\s+)?to\\s+(?:the\\s+)?(?:buyer\\s+from|customer\\s+from|client\\s+from)\\b' +
      // "… tomorrow no discount and goods will ship to other customer".
      '|\\bgoods\\s+will\\s+(?:ship|go|be\\s+sold)\\s+to\\s+(?:an?\\s+)?(?:other|another)\\s+(?:customer|buyer|client)\\b',
    { anchors: ['buyer from', 'customer from', 'client from', 'goods will'] },
  ),
  cue(
    'a fine by the day',
    // "Pay today or we charge 200 usd per day for stopping the line"; "… to the clearing agent, otherwise demurrage 8000 per
    // day"; "warehouse will charge you 50usd every day from Monday … after 10 days we destroy the goods".
    '\\btoday\\s+or\\s+we\\s+(?:will\\s+)?charge\\s+(?:you\\s+)?(?:usd\\s*|\\$)?\\d' +
      '|\\botherwise\\s+(?:\\S+\\s+)?(?:demurrage|storage|penalty)\\s+(?:of\\s+)?(?:rs\\.?\\s*|pkr\\s*|usd\\s*|\\$)?\\d[\\d,.]*\\s*(?:\\S+\\s+)?(?:per|a|/)\\s*day\\b' +
      '|\\bwe\\s+(?:will\\s+)?destroy\\s+(?:the\\s+|your\\s+)?goods\\b',
    { anchors: ['today or', 'otherwise', 'destroy'] },
  ),
  cue(
    'a threat',
    // "If you cancel now you will pay 30% penalty"; "… or they will return the parcel to China".
    '\\bif\\s+you\\s+cancel\\s+(?:now|the\\s+order|it)\\s+(?:you\\s+)?(?:will\\s+)?(?:pay|lose)\\s+(?:an?\\s+|the\\s+)?(?:\\d+\\s?%\\s+)?(?:penalty|deposit)\\b' +
      '|\\bor\\s+(?:they|we|the\\s+courier|customs|saso)\\s+will\\s+return\\s+(?:the\\s+|your\\s+)?(?:parcel|goods|package|shipment|toys|items|cargo)\\b',
    { anchors: ['if you cancel', 'will return'] },
  ),
  cue(
    'a deadline with a penalty',
    // "… before 3pm today or delay 2 weeks"; "factory close for golden week from tomorrow, after that your order start only 8
    // Oct"; Russian "Цена действует только до пятницы" (the price holds only until Friday); Arabic "إذا ما وصلنا الدفع اليوم"
    // (if the payment doesn't reach us today).
    '\\btoday\\s+or\\s+(?:a\\s+)?delay(?:ed)?\\s+(?:of\\s+)?\\d+\\s+(?:weeks?|days?|months?)\\b' +
      '|\\bafter\\s+that\\s+(?:your\\s+)?order\\s+(?:will\\s+)?start\\w*\\s+only\\b' +
      // "… to our forwarder account directly (not alibaba), else we cant hold the booking"; "pls pay immediately after because
      // the ship leaves Saturday"; Turkish "ön ödeme bugün yapılmazsa fiyat geçerli değil" (if the prepayment isn't made today,
      // the price doesn't hold).
      "|\\belse\\s+we\\s+(?:can'?t|cannot|can\\s+not)\\s+hold\\s+(?:the\\s+|your\\s+)?(?:booking|slot|space|price|stock|goods)\\b" +
      '|\\bpay\\s+immediately\\s+(?:\\S+\\s+){0,2}?because\\s+the\\s+(?:ship|vessel|truck|container)\\s+(?:leaves|departs|sails)\\b' +
      '|\\bbug[üu]n\\s+yap[ıi]lmazsa(?![\\p{L}])' +
      // "… and we cannot hold your air fryers longer"; "payments sent there will be returned minus 15% penalty"; Portuguese
      // "ainda hoje, senão o banco bloqueia a nossa loja"; Finnish "muuten menetätte paikan kontissa" (or you lose the place in
      // the container); Romanian "altfel pierdeți locul"; Spanish "mañana el precio … sube 15%"; Greek "θα ακυρωθεί σε 12
      // ώρες" (will be cancelled in 12 hours).
      "|\\bwe\\s+(?:can(?:not|'t|\\s+not))\\s+hold\\s+(?:your|the)\\s+(?:\\S+\\s+){0,3}?(?:any\\s+)?longer\\b" +
      '|\\breturned\\s+minus\\s+\\d+\\s?%\\s+(?:penalty|fee)\\b|\\bainda\\s+hoje\\s*,?\\s+sen[ãa]o\\b|\\bmuuten\\s+menet' +
      '|\\baltfel\\s+pierde[țt]i\\b|\\bma[ñn]ana\\s+el\\s+precio\\s+(?:\\S+\\s+){0,5}?sube\\b|θα\\s+ακυρωθε[ίι]\\s+σε\\s+\\d+\\s+(?:ώρες|ωρες|ημέρες|μέρες)' +
      '|цена\\s+де[йи]ствует\\s+только\\s+до|إذا\\s+ما\\s+وصل(?:نا|ني)?\\s+الدفع\\s+اليوم',
    {
      anchors: [
        'today or',
        'after that',
        'hold',
        'pay immediately',
        'yapılmazsa',
        'yapilmazsa',
        'longer',
        'minus',
        'ainda hoje',
        'muuten menet',
        'altfel pierde',
        'el precio',
        'ακυρωθ',
        'ствует только',
        'الدفع اليوم',
      ],
    },
  ),
  cue(
    'another buyer waiting',
    // "After 6pm the Rolex go to next buyer"; Russian translit "mesto otdadim drugomu klientu" (we'll give the place to another
    // client).
    '\\bgo(?:es)?\\s+to\\s+(?:the\\s+)?next\\s+buyer\\b|\\bdrugomu\\s+klientu\\b',
    { anchors: ['next buyer', 'drugomu'] },
  ),
  cue(
    'an offer that ends soon',
    // "Last 2 hours for the VIP wholesale group, after that group is closed forever"; "today I give 8% off, tomorrow no";
    // "price valid only till 18:00 Beijing time"; Spanish "los cupos VIP se acaban en minutos", "no puedo guardarte el lote";
    // Italian "domani chiudo il gruppo e i prezzi tornano normali"; Turkish "yarın fiyat artar" (tomorrow the price rises);
    // Gulf Arabic "قبل ما يخلص الستوك" (before the stock runs out); Arabizi "el 3ard lel live bas el leila" (the offer is for
    // tonight's live only).
    '\\bgroup\\s+is\\s+closed\\s+forever\\b|\\btoday\\s+(?:i|we)\\s+give\\s+\\d+\\s?%\\s+(?:off|discount)\\s*,?\\s+tomorrow\\s+no\\b' +
      '|\\b(?:price|offer)\\s+valid\\s+only\\s+(?:till|until)\\s+\\d{1,2}[:.]\\d\\d\\s+(?:beijing|china|dubai|local)\\s+time\\b' +
      '|\\bse\\s+acaban\\s+en\\s+minutos\\b|\\bno\\s+puedo\\s+guardarte\\b|\\bi\\s+prezzi\\s+tornano\\s+normali\\b|\\byar[ıi]n\\s+fiyat\\s+artar\\b' +
      '|قبل\\s+ما\\s+يخلص|\\beard\\s+(?:\\S+\\s+){0,2}?bas\\s+el\\s+(?:leila|leela|youm|yom)\\b',
    {
      anchors: [
        'closed forever',
        'tomorrow no',
        'valid only',
        'se acaban',
        'guardarte',
        'tornano normali',
        'fiyat artar',
        'يخلص',
        'eard',
      ],
    },
  ),
  cue(
    'a deadline with a penalty',
    // "… before Friday or the factory will not start production"; "if not, air shipment go back to warehouse and you pay return
    // cost"; Turkish "bugün ödenmezse uçak rezervasyonu iptal olur" (if not paid today the booking is cancelled).
    '\\bor\\s+the\\s+factory\\s+will\\s+not\\s+start\\b|\\byou\\s+pay\\s+(?:the\\s+)?return\\s+cost\\b|\\bbug[üu]n\\s+[öo]denmezse\\b',
    { anchors: ['will not start', 'return cost', 'denmezse'] },
  ),
];
