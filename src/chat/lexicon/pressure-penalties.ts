import { AN_AMOUNT, cue, inMessageWith, WEEKDAYS, type Cue } from './cue';

/** An amount by the day: "50 USD per day", "$120/day", "200 USD each day", "GHS 2,500 every day". */
const BY_THE_DAY = `\\s+(?:(?:is|are|of)\\s+)?(?:${AN_AMOUNT}|\\d+)\\s*(?:per|a|each|every|/)\\s*day\\b`;

/** Soon, in the same message: the clock on a threat to the goods. */
const SOON = `\\b(?:today|tonight|tomorrow|now|within\\s+\\d+|(?:by|before|until)\\s+(?:${WEEKDAYS.join('|')}|tomorrow)|(?:after|in)\\s+\\d+\\s*(?:h|hrs?|hours?|days?))\\b|今日中|本日中|\\bhari\\s+ini\\b|\\bbesok\\b|\\bdans\\s+\\d+\\s+(?:jours?|heures?)\\b|\\bdemain\\b`;

/**
 * Penalties held over the buyer: the deposit kept if the order is cancelled, storage charged by the day until
 * the balance is paid, the order moved to next month's prices. Part of PRESSURE.
 */
export const PENALTIES: readonly Cue[] = [
  cue(
    'a threat to keep the deposit',
    // "We will have to keep the deposit", 定金我们是不退的, "el anticipo no se devuelve", "l'acconto non verrà restituito",
    // "предоплату не вернём", "avansul nu se mai returnează", "العربون مش هيرجع", "keep your deposit as compensation".
    '\\bkeep\\s+(?:the\\s+|your\\s+)?deposit\\b|定金[^，。！？,]{0,6}?不(?:退|返还)|訂金[^，。！？,]{0,6}?不(?:退|返還)|\\banticipo\\s+no\\s+se\\s+(?:devuelve|reembolsa)' +
      '|\\bacconto\\s+non\\s+(?:verr[àa]\\s+)?(?:restituito|rimborsato)|предоплат[\\p{L}]*\\s+не\\s+верн|передоплат[\\p{L}]*\\s+не\\s+поверн|\\bavansul\\s+nu\\s+se\\s+(?:mai\\s+)?returneaz' +
      '|العربون\\s+(?:مش|لن|ما)\\s+(?:هيرجع|يرجع|يسترد)' +
      // Arabic in Latin letters as the detector reads it: "3arboon" as "earboon".
      '|\\bearboon\\s+ma\\s+yrga',
    {
      anchors: [
        'keep',
        '定金',
        '訂金',
        'anticipo',
        'acconto',
        'предоплат',
        'передоплат',
        'avansul',
        'العربون',
        'arboon',
      ],
    },
  ),
  cue(
    'storage charged by the day',
    // "From Monday we will charge USD 50 per day storage", "ab Montag berechnen wir 50 USD Lagergebühr pro Tag", 每天收倉儲費50美元,
    // "سنحتسب رسوم تخزين 50 دولارًا يوميًا" (by the day: not "لا نطلب أي رسوم تخزين", we ask no storage fees), "phí lưu kho 50 USD/ngày", "χρεώνουμε 50 δολάρια την ημέρα αποθήκευση".
    '\\bcharge\\s+(?:you\\s+)?(?:usd\\s*|us\\$|\\$)?\\d+\\s*(?:usd\\s+|dollars?\\s+)?(?:per|a|/)\\s*day\\s+(?:for\\s+)?storage\\b|\\bstorage\\s+(?:fee|charge)s?\\s+(?:of\\s+)?(?:usd\\s*|\\$)?\\d+\\s*(?:usd\\s*)?(?:per|a|/)\\s*day\\b' +
      // "Customs will … charge storage daily unless you pay the clearance fee right now".
      '|\\bcharge\\s+(?:you\\s+)?storage\\s+(?:fees?\\s+)?(?:daily|every\\s+day|each\\s+day|by\\s+the\\s+day|per\\s+day)\\b(?=[^.!?]{0,40}?\\b(?:unless|until|till)\\s+(?:you\\s+)?pay)' +
      // "Warehouse charges 50 USD per day after Friday", "demurrage fee $180/day", "we charge 1% per day warehouse fee".
      '|\\b\\d+(?:\\.\\d+)?\\s?%\\s+per\\s+day\\s+(?:warehouse|storage)\\b' +
      `|\\b(?:warehouse|demurrage|terminal)\\s+(?:charges?|fees?|costs?)${BY_THE_DAY}|\\b(?:warehouse|terminal|storage)\\s+will\\s+(?:start\\s+)?charg(?:e|ing)\\s+(?:you\\s+)?(?:usd\\s*|us\\$|\\$)?\\d+\\s*(?:usd\\s*|dollars?\\s*)?(?:per|a|/)\\s*day\\b|\\b(?:storage|rent\\s+is)${BY_THE_DAY}\\s+(?:is\\s+)?(?:running|started|starts|counting|now)\\b(?![^.!?]{0,30}\\?)|\\b(?:port\\s+charges?|port\\s+fees?)${BY_THE_DAY}` +
      // Spanish and Portuguese: "el almacén cobra 50 USD por día", "armazenagem de 40 dólares por dia".
      '|\\b(?:almac[ée]n|bodega|puerto|naviera)\\s+(?:nos\\s+|le\\s+|les\\s+)?cobra(?:n|r[áa]n?)?\\s+(?:usd\\s*|us\\$|\\$)?\\d+\\s*(?:usd|d[óo]lares)?\\s+(?:por|al|cada)\\s+d[íi]a\\b|\\b(?:almacenaje|armazenagem)\\b[^.!?]{0,30}?\\b(?:por\\s+d[íi]a|diari[oa]s)\\b' +
      // "Mañana empiezan multas de 150 USD por día", French "le magasinage augmente chaque jour", Hungarian "napi 90 EUR tárolási
      // díj" (90 EUR storage a day), Bulgarian "склад 40 евро на ден".
      '|\\bmultas?\\s+de\\s+(?:usd\\s*|us\\$|\\$)?\\d[\\d,.]*\\s*(?:usd|d[óo]lares)?\\s+(?:por|al|cada)\\s+d[íi]a\\b|\\bmagasinage\\b[^.!?]{0,30}?\\b(?:chaque\\s+jour|par\\s+jour|kol\\s+nhar)\\b' +
      '|\\bnapi\\s+\\d+\\s*(?:eur|usd|ft)\\s+t[áa]rol[áa]si\\s+d[íi]j|(?<![\\p{L}])склад\\s+\\d+\\s*(?:евро|лв|долара)\\s+на\\s+ден(?![\\p{L}])' +
      // "If no confirmation your goods stay in port and cost 200 usd/day", "штраф за склад 150 USD в сутки" (in Latin letters too).
      `|\\b(?:goods|cargo|container|parcel|shipment)\\s+(?:will\\s+)?stay\\s+(?:in|at)\\s+(?:the\\s+)?(?:port|warehouse|customs|terminal)\\b[^.!?]{0,30}?${BY_THE_DAY}` +
      '|кажды[йи]\\s+день\\s+(?:простоя|хранения)|(?<![\\p{L}])(?:штраф|плата)\\s+за\\s+(?:склад|хранение)[^.!?]{0,30}?\\s(?:в|за)\\s+(?:сутки|день)(?![\\p{L}])|\\b(?:shtraf|plata)\\s+za\\s+(?:sklad|k?hranenie)[^.!?]{0,30}?\\s(?:v|za)\\s+(?:sutki|den)\\b' +
      '|\\blagergeb[üu]hr\\s+pro\\s+tag\\b|\\d+\\s*usd\\s+lagergeb[üu]hr|每天收(?:仓储费|倉儲費|仓储|倉儲)|每天(?:的)?(?:滞箱费|滞港费|堆存费|仓储费|倉儲費|滞期费)|رسوم\\s+تخزين[^.!?،]{0,30}?(?:يومي|في\\s+اليوم|كل\\s+يوم|باليوم)|phí\\s+lưu\\s+kho|\\bphi\\s+luu\\s+kho\\b|την\\s+(?:ημέρα\\s+αποθήκευση|ημερα\\s+αποθηκευση)',
    {
      anchors: [
        'storage',
        'rent is',
        'warehouse',
        'stay',
        'штраф',
        'каждый день',
        'каждыи день',
        'плата',
        'shtraf',
        'plata',
        'almacén',
        'almacen',
        'bodega',
        'puerto',
        'naviera',
        'almacenaje',
        'armazenagem',
        'multa',
        'magasinage',
        'napi',
        'склад',
        'demurrage',
        'terminal',
        'port charge',
        'port fee',
        'lagergeb',
        '每天',
        'رسوم تخزين',
        'phí lưu kho',
        'phi luu kho',
        'αποθήκευση',
        'αποθηκευση',
      ],
    },
  ),
  cue(
    'a threat to destroy or seize the goods',
    // "Goods will be destroyed if documents not complete by Monday", "after 48h customs will confiscate and destroy the goods",
    // 今日中に…貨物は廃棄されます, "kalau hari ini tidak bayar … barang akan dimusnahkan": authority borrowed to hurry the buyer,
    // with a clock on it (not "we destroyed the defective units", nor what customs may do, said without one).
    '(?:\\b(?:goods|cargo|shipment|container|parcel|package)s?\\s+(?:will|would|shall|may|must|are\\s+going\\s+to)\\s+be\\s+(?:destroyed|confiscated|seized|auctioned)\\b' +
      '|\\b(?:customs|police|authorities|port|zra|sars|kra|tra|fbr)\\s+(?:will|would|shall|may|are\\s+going\\s+to)\\s+(?:destroy|confiscate|seize|auction)\\b' +
      // "… declared abandoned by customs after 48 hours", "if container not cleared within 3 days it goes to auction".
      '|\\b(?:goods|cargo|shipment|container|parcel|package)s?\\b[^.!?]{0,60}?\\b(?:goes|go|will\\s+go|is\\s+sent|will\\s+be\\s+sent)\\s+to\\s+(?:public\\s+)?auction\\b' +
      '|\\b(?:will|would|shall|may)\\s+be\\s+declared\\s+abandoned\\b' +
      // French "dans 3 jours elles seront vendues aux enchères" (sold at auction).
      '|\\b(?:seront|sera|vont\\s+[êe]tre|va\\s+[êe]tre)\\s+(?:vendu\\w*\\s+aux\\s+ench[èe]res|d[ée]truit\\w*|saisi\\w*|confisqu[ée]\\w*)' +
      `|貨物は廃棄|\\b(?:barang|kontena)\\s+(?:akan\\s+)?(?:dimusnahkan|dirampas|disita)\\b)`,
    {
      near: [inMessageWith(SOON, 160)],
      anchors: [
        'destroyed',
        'confiscate',
        'seize',
        'auction',
        'destroy',
        'abandoned',
        'seront',
        'sera',
        'être',
        'etre',
        '廃棄',
        'dimusnahkan',
        'dirampas',
        'disita',
      ],
    },
  ),
  cue(
    'a fine by the day',
    // "The port authority will fine 200 USD each day after Friday if the balance is not settled".
    `\\b(?:will|shall|would|going\\s+to)\\s+fine(?:\\s+you)?${BY_THE_DAY}|\\bfines?${BY_THE_DAY}`,
    { anchors: ['fine'] },
  ),
  cue(
    'a fine by the day',
    // "… the container become overtime cargo and penalty GHS 2,500 every day. pls confirm today": with a clock on it, not a
    // contract's terms ("late delivery penalty USD 100 per day, paid by us").
    `\\b(?:penalty|penalties)${BY_THE_DAY}`,
    { near: [inMessageWith(SOON, 160)], anchors: ['penalt'] },
  ),
  cue(
    'a fee threatened on a clock',
    // "If no confirmation by tomorrow we will charge 500 usd cancellation fee": a charge held over the buyer, with a clock on
    // it (not the terms "we charge a cancellation fee if you cancel after production starts").
    "\\b(?:will|'ll|must|have\\s+to|going\\s+to)\\s+charge\\s+(?:you\\s+)?(?:an?\\s+)?(?:\\S+\\s+){0,2}?(?:cancell?ation|penalty|late|holding)\\s+(?:fees?|charges?)\\b",
    { near: [inMessageWith(SOON, 160)], anchors: ['charge'] },
  ),
  cue(
    'money sent to the old account said to be lost',
    // "Our old account closing on Friday, any payment sent there after will be LOST", or it comes back less the fees
    // ("… will be returned and you pay all bank charges"): fear of losing the money, to hurry the buyer to the new account.
    '\\b(?:payments?|money|funds|transfers?|remittances?)\\s+(?:(?:sent|made|paid|transferred|remitted)\\s+)?' +
      '(?:there|to\\s+it|to\\s+(?:(?:the|our|that|this)\\s+)?(?:old|previous|former)\\s+(?:\\S+\\s+)?(?:account|bank))\\b[^.!?]{0,20}?' +
      '\\b(?:will|would|can|could|may)\\s+(?:be\\s+)?(?:lost\\b|gone\\b|(?:returned|bounced|rejected)\\b' +
      '[^.!?]{0,30}?\\b(?:you|u)\\s+(?:will\\s+|must\\s+|have\\s+to\\s+)?(?:pay|bear|lose)\\b' +
      // "Payments to the previous account will not be credited."
      '|(?:not|never)\\s+be\\s+credited\\b)' +
      // "If you pay there money will be lost"; Spanish "cualquier pago enviado ahí se perderá".
      '|\\bpay\\s+there\\b[^.!?]{0,20}?\\b(?:money|it|payment)\\s+(?:will|would)\\s+be\\s+(?:lost|gone)\\b' +
      '|\\bpagos?\\s+(?:enviados?|realizados?|hechos?)\\s+(?:ah[íi]|a\\s+esa\\s+cuenta|a\\s+la\\s+cuenta\\s+anterior)\\s+se\\s+(?:perder[áa]n?|pierden?)(?![\\p{L}])',
    { anchors: ['lost', 'gone', 'returned', 'bounced', 'rejected', 'credited', 'perder', 'pierde'] },
  ),
];
