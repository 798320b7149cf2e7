import { cue, WORDS, type Cue } from './cue';

/** Within hours or today: "6pm today", "tonight", "a few hours", "the next hour". */
const SOON =
  '(?:\\d{1,2}(?::\\d\\d)?\\s?(?:[ap]m\\s+)?today|today|tonight|midnight|(?:a\\s+)?few\\s+hours|\\d+\\s+(?:hours?|hrs?)|(?:the\\s+)?next\\s+(?:hour|\\d+\\s+hours?))\\b';

/** Today, or a clock time: "tonight", "8pm", "17h". */
const TODAY_OR_HOUR = "(?:tonight|today|midnight|\\d{1,2}(?::\\d\\d)?\\s?(?:[ap]\\.?m\\b|h\\b|o'?clock))";
/** A day at most a week away. */
const SOON_DAY = '(?:tomorrow|(?:this\\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)';
/** What a supplier holds for the buyer: "it", "the booking", "this price". */
const HELD =
  '(?:it|them|(?:the|this|that|your|our)\\s+(?:\\S+\\s+)?(?:price|prices|offer|discount|booking|space|slot|stock|goods|container|lot|units|rate|quote|quotation|deal))';

/** A price, a booking or the goods held for the buyer only until today or a day or two away. Part of PRESSURE. */
export const HELD_UNTIL_TODAY = cue(
  'a deadline today',
  // "I keep it for you until 8pm", "we keep the booking only until tonight 10pm".
  `\\b(?:keep|hold|reserve|save)\\s+${HELD}(?:\\s+for\\s+(?:you|u))?(?:(?:\\s+only)?(?:\\s+until|\\s+till)\\s+${TODAY_OR_HOUR}(?!')|\\s+only(?:\\s+until|\\s+till)\\s+${SOON_DAY})` +
    // "We can only hold the price until Friday noon": a hold that ends within a day or two.
    `|\\bonly\\s+(?:\\S+\\s+)?(?:keep|hold|reserve|guarantee)\\s+${HELD}(?:\\s+for\\s+(?:you|u))?(?:\\s+until|\\s+till)\\s+(?:${TODAY_OR_HOUR}|${SOON_DAY})` +
    // "Price only hold till tonight", "the booking is kept until 6pm".
    `|\\b(?:price|prices|offer|discount|booking|space|slot|stock|rate|quote|quotation)\\s+(?:(?:is|are|can|will|we|i)\\s+)?(?:only\\s+)?(?:be\\s+)?(?:hold|held|kept|reserved|locked)(?:\\s+only)?(?:\\s+until|\\s+till)\\s+${TODAY_OR_HOUR}(?!')` +
    // "Pay before Sunday to keep the old rate."
    `|\\bpay\\w*\\s+${WORDS(3)}(?:by|before|until)\\s+(?:${TODAY_OR_HOUR}|${SOON_DAY})\\s+(?:\\S+\\s+)?(?:to\\s+keep|to\\s+get|to\\s+hold|to\\s+lock|to\\s+secure|to\\s+enjoy)\\s+(?:the\\s+|this\\s+|our\\s+)?(?:old|current|present|same|low|lower|special|discounted|existing)\\s+(?:\\S+\\s+)?(?:rate|price|freight|offer|discount|quote|quotation)s?\\b`,
  { anchors: ['until', ' till', 'to keep', 'to get', 'to hold', 'to lock', 'to secure', 'to enjoy'] },
);

/**
 * An offer that ends within hours or today, a price that rises tomorrow, the last of the stock or of the
 * production slots, another buyer waiting: scarcity to hurry the buyer, in English and the other languages
 * buyers and suppliers write in. Part of PRESSURE.
 */
export const OFFERS_ENDING: readonly Cue[] = [
  cue(
    'an offer that ends today',
    // "This price is only valid until 6pm today", "price only valid few hours", "my quote expires at midnight", "the deal
    // closes in one hour", "only ok if you pay before Monday", "price valid only during this call".
    `\\b(?:price|quote|quotation|offer|deal|discount|promotion|promo)\\s+(?:[\\p{L}']+\\s+){0,3}?(?:only\\s+)?(?:valid|good|available)\\s+(?:only\\s+)?(?:until\\s+|till\\s+|for\\s+)?${SOON}` +
      '|\\b(?:quote|quotation|offer|deal|price|discount)\\s+(?:[\\p{L}]+\\s+)?(?:expires?|closes?)\\s+(?:at\\s+midnight|tonight|today|in\\s+(?:\\d+|an?|one)\\s+(?:hours?|hrs?|minutes?|mins?))\\b' +
      '|\\bonly\\s+ok\\s+if\\s+(?:you|u)\\s+pay\\s+before\\b|\\bfew\\s+hours\\s+left\\b' +
      '|\\b(?:valid|good)\\s+only\\s+(?:during|for)\\s+(?:this|the|our)\\s+(?:call|chat|conversation)\\b' +
      // "A special promotion price only valid until tomorrow noon", "price valid only until Friday" (not "quotation valid until Friday").
      "|\\b(?:price|quote|quotation|offer|deal|discount|promotion|promo)\\s+(?:[\\p{L}']+\\s+){0,3}?(?:only\\s+(?:valid|good)|(?:valid|good)\\s+only)\\s+(?:until|till)\\s+(?:tomorrow|tmrw?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b" +
      // "Este precio solo es válido hasta hoy", "ce prix n'est valable que jusqu'à ce soir", "il prezzo vale solo fino a stasera",
      // "só vale se fechar até segunda", "l'offre expire dans une heure", صالح حتى الساعة الخامسة فقط, العرض ينتهي بعد ساعة,
      // "सिर्फ आज शाम तक", "chỉ áp dụng đến 6 giờ chiều nay", 오늘 오후 6시까지만, "lel naharda bas", "offer sirf 2 ghante ka", "promosi tamat malam ni".
      '|(?:válid[oa]|\\bvalid[oa])\\s+hasta\\s+(?:hoy|esta\\s+noche|las\\s+\\d|ma[ñn]ana)|\\bvalable\\s+que\\s+jusqu|\\bexpire\\s+dans\\s+(?:une|\\d+)\\s+heure|\\bvale\\s+solo\\s+fino\\s+a' +
      '|(?:\\bsó\\s+vale|\\bso\\s+vale)\\s+(?:se|at[ée])\\b|صالح\\s+حتى\\s+[^.]{0,30}?فقط|ينتهي\\s+بعد\\s+(?:ساعة|ساعتين|\\d)|सिर्फ\\s+आज|(?:chỉ\\s+áp\\s+dụng|chi\\s+ap\\s+dung)\\s+(?:đến|den)' +
      '|까지만\\s+가능|\\blel\\s+naharda\\s+bas\\b|\\boffer\\s+sirf\\s+\\d+\\s+ghante|\\btamat\\s+malam\\s+ni\\b' +
      // Valid only until tonight or tomorrow: "vale hasta mañana", "vale fino a stasera", "yarın sabaha kadar geçerli", "sampai malam ni je",
      // ได้ถึงคืนนี้เท่านั้น, "platí jen do zítřka", בתוקף עד הערב, "tylko do jutra", "только до завтра", "que jusqu'à demain", فقط تا فردا,
      // "gilt nur bis heute Abend", 今晚12点前不下单, 只保留到週五.
      '|\\bvale\\s+hasta\\s+(?:ma[ñn]ana|hoy|esta\\s+noche)\\b|\\bvale\\s+fino\\s+a\\s+(?:stasera|domani|oggi)\\b|\\b(?:sabaha|ak[şs]ama)\\s+kadar\\s+ge[çc]erli|\\bsampai\\s+malam\\s+ni\\b' +
      "|ถึงคืนนี้|\\bplat[íi]\\s+jen\\s+do\\b|בתוקף\\s+(?:רק\\s+)?עד\\s+(?:הערב|מחר|היום|חצות)|\\btylko\\s+do\\s+jutra\\b|только\\s+до\\s+завтра|\\bque\\s+jusqu'[àa]\\s+demain\\b|فقط\\s+تا\\s+فردا|\\bgilt\\s+nur\\s+bis\\s+heute\\b" +
      '|今晚\\d{0,2}点?前不下单|只保留到|(?:价格|这个价|优惠)只到(?:今天|今晚|明天)|明天就?恢复原价',
    {
      anchors: [
        'valid',
        'good',
        'available',
        'expire',
        'close',
        'only ok if',
        'hours left',
        'válid',
        'valable',
        'vale solo',
        'só vale',
        'so vale',
        'صالح',
        'ينتهي',
        'सिर्फ आज',
        'chỉ áp dụng',
        'chi ap dung',
        '까지만',
        'lel naharda',
        'offer sirf',
        'tamat',
        'vale hasta',
        'vale fino a',
        'kadar ge',
        'sampai malam ni',
        'ถึงคืนนี้',
        'jen do',
        'בתוקף',
        'tylko do jutra',
        'только до завтра',
        'jusqu',
        'تا فردا',
        'gilt nur bis heute',
        '今晚',
        '只保留到',
        '只到',
        '恢复原价',
      ],
    },
  ),
  cue(
    'an offer that ends soon',
    // "Big PROMOTION this week only … Offer end Sunday!! Pay by PayPal", "18% lower if you pay direct, only this week",
    // "price valid until friday 18:00. after that copper up": with paying in the message, not a fair's dates.
    '\\b(?:offer|promotion|promo|discount|deal)s?\\s+(?:will\\s+)?ends?\\s+(?:on\\s+|this\\s+)?(?:today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b' +
      '|\\bonly\\s+this\\s+week\\b|\\bthis\\s+week\\s+only\\b' +
      `|\\b(?:valid|good|hold)\\s+(?:only\\s+)?(?:until|till)\\s+(?:${TODAY_OR_HOUR}|${SOON_DAY})[^]{0,30}?\\bafter\\s+th(?:at|is)\\s+(?:\\S+\\s+){0,2}?(?:up|increases?|rises?|goes\\s+up|higher)\\b`,
    { needsPaymentTalk: true, anchors: ['offer', 'promo', 'discount', 'deal', 'this week', 'after th'] },
  ),
  cue(
    'a price rise tomorrow',
    // "Tmr steel price up 8%", "mañana sube el acero", "demain le cuivre augmente", "domani aumenta", 내일부터 원자재 가격이 올라요,
    // "mai giá nguyên liệu tăng", "कल से कच्चा माल महंगा", "bokra el so3r hayetla3" (read "soer"), "tomorrow we must requote".
    '\\b(?:tmr|tmrw|tomorrow)\\s+(?:[\\p{L}]+\\s+){0,2}?prices?\\s+(?:up|increase|rise|goes\\s+up)\\b|\\b(?:tmr|tmrw|tomorrow)\\s+(?:we|i)\\s+(?:must|will|have\\s+to|need\\s+to)\\s+re-?quote\\b|(?:mañana\\s+sube|manana\\s+sube)\\b|\\bdemain\\s+(?:le|la|les)\\s+[\\p{L}]+\\s+augmente' +
      '|\\bdomani\\s+aumenta\\b|내일부터\\s+[^.]{0,15}?올라|\\bmai\\s+gi[áa]\\s+(?:[\\p{L}]+\\s+){0,3}?t[ăa]ng\\b|कल\\s+से\\s+[^।,]{0,20}?महंगा|\\bbokra\\s+el\\s+s[eo]e?r\\b' +
      // "Mâine prețul crește", "αύριο ανεβαίνει", فردا قیمت بالا می‌رود, "o preço sobe na segunda", 明天价格就涨了.
      '|\\bm[âa]ine\\s+pre[țt]ul\\s+cre[șs]te\\b|α[υύ]ριο\\s+(?:\\S+\\s+){0,2}?ανεβα[ιί]νει|فردا\\s+(?:\\S+\\s+){0,3}?بالا\\s+می\\s?ر(?:ود|ه)' +
      '|\\bpre[çc]o\\s+sobe\\s+(?:amanh[ãa]|na\\s+segunda|semana\\s+que\\s+vem)|明天(?:价格|价钱|单价)就?(?:会)?涨|明天就涨价' +
      // "Tomorrow the promotion finish", "If tomorrow, price is 0.78"; "he keep for you, tomorrow maybe sold".
      '|\\b(?:tmrw?|tomorrow)\\s+(?:the\\s+|our\\s+|this\\s+)?(?:promotion|promo|offer|discount|deal|sale)\\s+(?:will\\s+)?(?:ends?|finish(?:es)?|is\\s+over)\\b' +
      '|\\bprices?\\s+(?:will\\s+)?(?:go\\s+)?up\\s+(?:\\d+\\s*%\\s+)?(?:tmrw?|tomorrow)\\b|\\bif\\s+tomorrow,?\\s+(?:the\\s+)?price\\s+(?:is|will\\s+be)\\b|\\b(?:tomorrow|tmrw?)\\s+(?:maybe|may\\s+be|will\\s+be|it\\s+is|is)\\s+(?:sold|gone)\\b',
    {
      anchors: [
        'tmr',
        'tomorrow',
        'mañana sube',
        'manana sube',
        'demain',
        'domani aumenta',
        '내일부터',
        'mai gi',
        'कल से',
        'bokra',
        'mâine',
        'maine',
        'αύριο',
        'αυριο',
        'فردا',
        'sobe',
        '明天',
      ],
    },
  ),
  cue(
    'scarcity',
    // "Last chance for this production slot", "price only for first 5 buyers", "whoever pays first", "we cannot hold it much
    // longer", "not sure how long we can keep it for you".
    '\\blast\\s+chance\\s+for\\s+(?:this|the|our)\\s+(?:production\\s+)?(?:slot|space|price|offer|booking|batch)\\b|\\bonly\\s+for\\s+(?:the\\s+)?first\\s+\\d+\\s+(?:buyers|customers|clients|orders)\\b' +
      '|\\block\\s+it\\s+now\\b|\\block\\s+the\\s+price\\s+now\\b|\\block\\s+this\\s+price\\s+now\\b|\\bon\\s+hold\\s+until\\s+we\\s+(?:get|receive)\\b|\\bwhoever\\s+pays\\s+first\\b|\\bcannot\\s+hold\\s+(?:it|them)\\s+much\\s+longer\\b|\\bnot\\s+sure\\s+how\\s+long\\s+we\\s+can\\s+(?:keep|hold)\\b' +
      // Another buyer waiting, in the languages the other cue of its kind lacks: زبون ثاني ينتظر, 다른 바이어가 기다리고, 다른 분도 문의 중, "andere klant wacht",
      // "mteja mwingine anasubiri", ลูกค้าอีกรายรอ, অন্য কাস্টমারকে, "віддамо іншому клієнту", "para outro cliente", "altri tre clienti interessati";
      // whoever pays first, in Ukrainian and Russian: "хто перший заплатить", "кто первый оплатит".
      '|(?:زبون|عميل)\\s+ثاني|다른\\s?(?:바이어|분도\\s?문의)|\\bandere\\s+klant\\b|\\bmteja\\s+mwingine\\b|ลูกค้าอีก(?:ราย|คน)|অন্য\\s+কাস্টমার|іншому\\s+клієнту' +
      '|\\bpara\\s+outro\\s+cliente\\b|\\baltri\\s+(?:\\S+\\s+)?clienti\\s+interessati\\b|(?:хто\\s+перш(?:и[йи]|им)|кто\\s+перв(?:ы[йи]|ым))\\s+(?:\\S+\\s+)?(?:заплат|оплат|сплат)' +
      // Round 13: "c'è un altro cliente pronto a pagare", "інший покупець вже готовий", "tenho outro comprador esperando",
      // "hatro7 le zbon tany" (it goes to another customer), "the other client is already sending the money".
      '|\\baltro\\s+(?:cliente|compratore|acquirente)\\s+(?:\\S+\\s+){0,2}?(?:pronto|interessato|aspetta|vuole)\\b|інш(?:и[йи]|і)\\s+(?:клієнт|покуп)[\\p{L}]*|\\boutro\\s+(?:comprador|cliente)\\s+esperando\\b' +
      '|\\bzbon\\s+(?:tany|tani|taani|thani)\\b|\\b(?:another|other)\\s+(?:buyer|customer|client)\\s+(?:from\\s+[\\p{L}]+\\s+)?(?:is\\s+)?already\\s+(?:send|sent|sending|transfer\\w*|paid|paying)\\b' +
      // "First who pay get it", "no payment = no space", "we cant hold this price".
      "|\\bfirst\\s+who\\s+pays?\\b|\\bfirst\\s+to\\s+pay\\b|\\bno\\s+payment\\s*(?:=|,)?\\s*no\\s+(?:space|ship|shipping|loading|production|slot)\\b(?![^.!?]{0,20}?\\b(?:company|factory|our)\\s+(?:rule|policy)\\b)|\\b(?:hold\\s+this\\s+price|hold\\s+the\\s+price)\\b(?<=\\b(?:can'?t|cannot|can\\s+not)\\s+hold\\s+\\w+\\s+price)(?!\\s+(?:after|beyond|past)\\s+(?:the\\s+)?(?:\\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|this\\s+year|the\\s+end))" +
      // "We cannot hold the stock more than 24 hrs", "you have 6 hours, after that we sell to the buyer from Germany" (or "… 2
      // hours. After that the customs will charge 100usd per day").
      "|\\bcan(?:not|'t|\\s+not)\\s+(?:hold|keep|reserve)\\s+(?:the\\s+|this\\s+|your\\s+)?(?:stock|goods|order|price|slot|lot|it)\\s+(?:for\\s+)?(?:more|longer)\\s+than\\s+\\d+\\s*(?:hours?|hrs?|h|days?)\\b" +
      '|\\byou\\s+have\\s+(?:only\\s+)?(?:\\d+|one|two|three|a\\s+few|few)\\s+(?:hours?|hrs?|minutes?|mins?)\\b(?:[.!,]\\s+after\\s+that\\b)?[^.!?]{0,60}?\\b(?:sell|sold|give|release|cancel|another|other|next|destroy\\w*|auction\\w*|charge)\\b',
    {
      anchors: [
        'last chance for',
        'only for',
        'pays first',
        'хто перш',
        'кто перв',
        'lock it now',
        'lock the price',
        'lock this price',
        'on hold until',
        'much longer',
        'how long we can',
        'ثاني',
        '다른',
        'andere klant',
        'mteja mwingine',
        'ลูกค้าอีก',
        'কাস্টমার',
        'іншому',
        'outro cliente',
        'clienti interessati',
        'altro ',
        'outro ',
        'інш',
        'zbon',
        'first who',
        'first to',
        'no payment',
        'hold this price',
        'hold the price',
        'already',
        ' than ',
        'you have',
      ],
    },
  ),
];
