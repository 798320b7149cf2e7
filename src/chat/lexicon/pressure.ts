import { cue, mentionsOneOf, WORDS, type Cue } from './cue';
import { PRESSURE_IN_OTHER_LANGUAGES } from './pressure-languages';
import { SECRECY_AND_SKIPPED_SAFEGUARDS } from './pressure-secrecy';
import { SCARCITY_AND_THREATS } from './pressure-threats';

/** A span of minutes or hours: "24 hours", "2hrs", "an hour", "30 minutes", "24h", "24 h". */
const SHORT_SPAN =
  '(?:(?:\\d+|an?|one|two|three|four|five|six|few|half\\s+an?)\\s*(?:min(?:ute)?s?|hrs?|hours?)|\\d+h|\\d+\\s+h)\\b';
/** Every span holds one of these: a message without one names no deadline in hours. */
const SPAN_ANCHORS = [
  'min',
  'hr',
  'hour',
  ...[...'0123456789'].flatMap((digit) => [`${digit}h`, `${digit} h`]),
];

/** Today, or a clock time: "tonight", "8pm", "17h". */
const TODAY_OR_HOUR = "(?:tonight|today|midnight|\\d{1,2}(?::\\d\\d)?\\s?(?:[ap]\\.?m\\b|h\\b|o'?clock))";
/** A day at most a week away. */
const SOON_DAY = '(?:tomorrow|(?:this\\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)';
/** What a supplier holds for the buyer: "it", "the booking", "this price". */
const HELD =
  '(?:it|them|(?:the|this|that|your|our)\\s+(?:\\S+\\s+)?(?:price|prices|offer|discount|booking|space|slot|stock|goods|container|lot|units|rate|quote|quotation|deal))';

/**
 * "Within 24 hours", "you have 2 hours to": pressure only when something is
 * at stake and the supplier isn't promising it (see the pressure rule).
 */
export const DEADLINE_IN_HOURS = cue(
  'a deadline in hours',
  `\\b(?:within|in)\\s+(?:the\\s+next\\s+)?${SHORT_SPAN}|\\bwithin\\s+(?:the|an|one)\\s+hour\\b|\\bin\\s+the\\s+next\\s+hour\\b` +
    `|\\bfor\\s+${SHORT_SPAN}\\s+only\\b|\\byou\\s+have\\s+${SHORT_SPAN}\\s+to\\b|\\bonly\\s+${SHORT_SPAN}`,
  { anchors: SPAN_ANCHORS },
);

/**
 * Urgency, scarcity, threats and secrecy used to rush a payment or skip a
 * safeguard. Ordinary scheduling is not pressure: a quote valid for 14
 * days, a holiday closure, "please confirm the artwork by Friday".
 */
export const PRESSURE: readonly Cue[] = [
  DEADLINE_IN_HOURS,
  cue(
    'a deadline today',
    // "Pay by 5pm", "before midnight", "only before 6": its own cue, as "by " is in most messages and the rest of the deadlines are not.
    '\\b(?:by\\s+|before\\s+)(?:tonight|midnight|\\d{1,2}\\s*(?:[ap]\\.?m\\b|:\\d\\d))|\\bonly\\s+before\\s+\\d',
    { anchors: ['by ', 'before'] },
  ),
  cue(
    'a deadline today',
    '\\b(?:today|tonight)\\s+only\\b(?!\\s+(?:\\d|we\\s+(?:are|will\\s+be)\\s+(?:closed|off|out)|(?:the|our)\\s+(?:office|factory|warehouse|shop)))|\\bonly\\s+(?:today|tonight)|\\b(?:only|just)\\s+valid\\s+(?:for\\s+|until\\s+)?(?:today|tonight)\\b' +
      "|\\b(?:need|needs|require|requires)(?<!\\b(?:do|does|did|don'?t|doesn'?t|didn'?t|no)\\s+(?:(?:you|u|they|we|not)\\s+)?\\w+)\\s+(?:the|your)\\s+(?:\\S+\\s+)?(?:payment|deposit|balance|money|transfer|funds|remittance)(?:\\s+by|\\s+before)?(?:\\s+tonight|\\s+today|\\s+now)\\b|\\bneed\\s+your\\s+(?:answer|reply|decision|confirmation|payment|deposit)\\s+(?:by\\s+)?(?:today|tonight)\\b|\\b(?:payment|deposit|balance|transfer|money)\\s+(?:must|has\\s+to|needs?\\s+to)\\s+be\\s+(?:made|paid|sent|done|completed|received)\\s+(?:by\\s+)?(?:today|tonight)\\b|\\bmust\\s+be\\s+paid\\s+(?:by\\s+)?(?:today|tonight)\\b|\\b(?:decide|pay|confirm)(?:\\s+right)?\\s+now\\b(?<!\\b(?:i|we)\\s+(?:(?!you\\b)\\S+\\s+){0,3}\\w+(?:\\s+right)?\\s+now)|\\border(?<!\\b(?:the|this|that|your|our|an?|assurance|ta|alibaba|sample)\\s+order)(?:\\s+right)?\\s+now\\b|\\bnow\\s+or\\s+never\\b|\\blast\\s+chance\\b|\\blast\\s+day\\s+(?:for|of)\\s+(?:this|the)\\s+(?:price|offer|discount|promotion|deal)\\b" +
      // "Pay the deposit now or lose the slot"; not "you can pay the deposit now and the balance later".
      '|\\b(?:pay|send|transfer)(?<!\\b(?:can|could|may)\\s+\\w+)\\s+(?:the\\s+)?(?:\\S+\\s+){0,2}?(?:amount|balance|deposit|money|payment)(?:\\s+right)?\\s+now\\b(?!\\s+(?:or|and)\\b)' +
      // "Please confirm the order today, the price goes up": the rise is what hurries the buyer.
      '|\\b(?:confirm|pay|order|decide)\\w*\\s+(?:\\S+\\s+){0,3}?today\\b(?=[^.!?]{0,60}\\bprices?\\s+(?:will\\s+)?(?:go(?:es)?\\s+up|increases?|rises?)\\b(?!\\s+(?:from\\s+)?(?:next|in\\s+\\d+)\\s+(?:\\S+\\s+)?(?:weeks?|months?|quarter|season|year)))' +
      // "If no payment today, we cannot load your goods."
      '|\\bif\\s+no\\s+(?:payment|deposit|money|transfer|balance)\\s+(?:is\\s+)?(?:received\\s+|made\\s+)?(?:today|tonight)\\b' +
      // "My boss will be angry if the payment is not made today."
      "|\\bif\\s+(?:the\\s+|your\\s+)?(?:payment|deposit|money|transfer|balance)\\s+(?:is\\s+not|isn't)\\s+(?:made|paid|sent|received|done)\\s+(?:by\\s+)?(?:today|tonight)\\b" +
      "|\\b(?:ends?|expires?)\\s+(?:tonight|today|at\\s+midnight)\\b|\\b(?:if\\s+you\\s+(?:don'?t\\s+|do\\s+not\\s+)?|unless\\s+you\\s+)pay(?:\\s+(?:today|tonight|immediately|right\\s+away)|\\s+now)\\b" +
      // "If you don't pay the balance today", "pay the deposit today or we cannot load your goods": a cost named for not paying by today.
      "|\\b(?:if\\s+you\\s+(?:don'?t|do\\s+not|did\\s+not|didn't|cannot|can't)|unless\\s+you)\\s+pay\\s+(?:\\S+\\s+){1,3}?(?:today|tonight)\\b" +
      '|\\b(?:pay|remit|(?:send|transfer)(?=\\s+(?:the\\s+|your\\s+)?(?:\\S+\\s+)?(?:payment|money|deposit|balance|funds)\\b))(?<!\\b(?:can|could|may)\\s+\\w+)\\s+(?:\\S+\\s+){0,3}?(?:today|tonight)\\s*,?\\s+(?:or|otherwise)\\s+(?:else\\s+)?' +
      // "… or we cannot load", "or lose the space", "pay today or wait one month" (not "or tomorrow").
      "(?:(?:\\S+\\s+){1,2}?(?:cannot|can't|can\\s+not|will\\s+not|won't|must|have\\s+to|will\\s+(?:cancel|lose|miss|sell|release|give))|(?:\\S+\\s+){0,2}?(?:lose|miss)\\s+(?:the|your|our|this)|(?:you\\s+)?(?:will\\s+|have\\s+to\\s+|must\\s+|need\\s+to\\s+)?wait\\s+(?:for\\s+)?(?:\\S+\\s+)?(?:\\d+|one|two|three|a|an|another|next|until|till|after))\\b" +
      // "I can only hold this price for today" (not "only for today's meeting").
      "|\\bonly\\s+(?:[\\p{L}']+\\s+){0,4}?for\\s+today\\b(?!')" +
      // "Price goes up tomorrow, so better pay today", "you must pay tonight" (not "you should pay today to catch the vessel").
      '|\\b(?:better|you\\s+(?:must|have\\s+to))\\s+pay\\s+(?:it\\s+)?(?:today|tonight|immediately|right\\s+away)\\b' +
      '|最后期限|前必须(?:付|打款|转账|汇款)|(?:必须今天|今天必须)(?:付|打款|转账|汇款)|(?:只有)?今天有效(?![吗么嘛?？])|仅限今天|只有今天(?!有|才|下午|上午|晚上)|只限今天|仅今天|今天最后一天|今晚|今天之内|(?:价格|价钱|报价|优惠|折扣|这个价)[^，。！？,\\n]{0,4}?保留到今天|今天付款的话|今天不付(?:款|定金|钱)?(?:的话|就|，|,)|马上付|立即付|立刻付|过了就|pag(?:ar|ue)(?<!\\b(?:vou|vamos|posso|podemos|irei|quero)\\s+pagar)\\s+hoje|hoy\\s+mismo' +
      // "Pague hoy o no podemos cargar", "pague hoje ou não podemos", "zahlen Sie heute, sonst …".
      '|\\bpag(?:ue|ar)\\s+(?:\\S+\\s+){0,3}?(?:hoy|hoje)\\s*,?\\s+(?:o|ou|sino|sen[ãa]o|de\\s+lo\\s+contrario|caso\\s+contr[áa]rio)\\s+(?:\\S+\\s+){0,2}?(?:no|n[ãa]o)\\s+(?:podemos|podremos|poderemos|vamos)\\b|\\bzahlen\\s+sie\\s+(?:\\S+\\s+){0,3}?heute\\s*,?\\s+sonst\\b' +
      // Russian: "only today", "pay today", "until the end of the day" (not "we shipped it today").
      '|только\\s+сегодня|сегодня\\s+последний\\s+день|(?:оплат[\\p{L}]*|переведите|заплатите)[\\s,]+(?:[\\p{L}]+[\\s,]+)?сегодня|до\\s+конца\\s+(?:дня|сегодняшнего)' +
      // "Only today" in Spanish, Portuguese, French, German, Turkish and Arabic.
      // "Hoy es el último día para este precio", "último dia desta promoção"; Italian "paga oggi", "solo oggi".
      '|[úu]ltimo\\s+d[íi]a\\s+(?:para|de|do|da|desta|deste)\\s+(?:(?:este|esta|el|la|o|a|esse|essa)\\s+)?(?:precio|pre[çc]o|oferta|descuento|desconto|promoci[óo]n|promo[çc][ãa]o)\\b|\\bpag(?:a|are|hi)\\s+oggi\\b|\\bsolo\\s+oggi\\b' +
      "|\\bsolo\\s+(?:por\\s+)?hoy\\b(?!\\s+(?:y|tenemos|podemos|estamos|estoy|tengo|hay|puedo)\\b)|\\bs[óo]\\s+(?:para\\s+)?hoje\\b(?!\\s+(?:e|temos|podemos|estamos|tenho|posso)\\b)|aujourd'hui\\s+seulement|seulement\\s+aujourd'hui|\\bnur\\s+(?:noch\\s+)?heute\\b(?!\\s+(?:und|abend|nachmittag|vormittag|morgen|haben|sind|habe|bin|kann|können|konnen)\\b)|\\b(?:sadece|yaln[ıi]zca)\\s+bug[üu]n|اليوم\\s+فقط|فقط\\s+اليوم",
    {
      anchors: [
        // Not "only" or "now" alone (in most messages, and in "know"): " now" and "now or" say a deadline.
        'today',
        'tonight',
        'midnight',
        ' now',
        'now or',
        'last chance',
        'last day',
        'immediately',
        'right away',
        '最后期限',
        '前必须',
        '必须今天',
        '今天必须',
        '今天有效',
        '仅限今天',
        '只有今天',
        '只限今天',
        '仅今天',
        '今天最后一天',
        '今晚',
        '今天付款',
        '今天不付',
        '今天之内',
        '保留到今天',
        '马上付',
        '立即付',
        '立刻付',
        '过了就',
        'hoje',
        'hoy',
        'ltimo d',
        'oggi',
        'сегодня',
        'до конца',
        'aujourd',
        'heute',
        'bugün',
        'bugun',
        'اليوم',
      ],
    },
  ),
  cue(
    'a deadline today',
    // "I keep it for you until 8pm", "we keep the booking only until tonight 10pm".
    `\\b(?:keep|hold|reserve|save)\\s+${HELD}(?:\\s+for\\s+(?:you|u))?(?:(?:\\s+only)?(?:\\s+until|\\s+till)\\s+${TODAY_OR_HOUR}(?!')|\\s+only(?:\\s+until|\\s+till)\\s+${SOON_DAY})` +
      // "We can only hold the price until Friday noon": a hold that ends within a day or two.
      `|\\bonly\\s+(?:\\S+\\s+)?(?:keep|hold|reserve|guarantee)\\s+${HELD}(?:\\s+for\\s+(?:you|u))?(?:\\s+until|\\s+till)\\s+(?:${TODAY_OR_HOUR}|${SOON_DAY})` +
      // "Pay before Sunday to keep the old rate."
      `|\\bpay\\w*\\s+${WORDS(3)}(?:by|before|until)\\s+(?:${TODAY_OR_HOUR}|${SOON_DAY})\\s+(?:\\S+\\s+)?(?:to\\s+keep|to\\s+get|to\\s+hold|to\\s+lock|to\\s+secure|to\\s+enjoy)\\s+(?:the\\s+|this\\s+|our\\s+)?(?:old|current|present|same|low|lower|special|discounted|existing)\\s+(?:\\S+\\s+)?(?:rate|price|freight|offer|discount|quote|quotation)s?\\b`,
    { anchors: ['until', ' till', 'to keep', 'to get', 'to hold', 'to lock', 'to secure', 'to enjoy'] },
  ),
  cue(
    'a price rise tomorrow',
    '\\btomorrow\\s+(?:the\\s+)?prices?\\s+(?:will\\s+)?(?:go(?:es)?\\s+)?(?:up|increases?|rises?)\\b|\\bprices?\\s+(?:will\\s+)?(?:go(?:es)?\\s+)?(?:up|increases?|rises?)\\s+(?:(?:by\\s+)?\\d+(?:\\.\\d+)?\\s?%\\s+)?(?:from\\s+)?tomorrow\\b' +
      '|明天[^，。！？,.!?]{0,6}?涨价' +
      // "El precio sube mañana", "o preço sobe amanhã".
      '|\\b(?:precio|preço|preco)\\s+(?:sube|subirá|subira|aumenta|aumentará|aumentara|sobe|vai\\s+subir)\\s+(?:a\\s+partir\\s+de\\s+)?(?:mañana|manana|amanh[ãa])\\b',
    { anchors: ['tomorrow', '明天', 'mañana', 'manana', 'amanh'] },
  ),
  cue(
    'an urgent payment',
    "\\b(?:need|needs|require|requires)\\s+(?:the\\s+|your\\s+)?(?:payment|money|deposit|balance|transfer)\\s+(?:very\\s+)?urgently\\b|\\bhurry(?<!\\b(?:need\\s+to|don'?t|not|no|a|any)\\s+hurry)(?:\\s+up)?\\b(?=[^.!?]{0,80}?\\b(?:pay|(?:send|with)\\s+(?:the\\s+|your\\s+)?(?:payment|money|deposit|balance)))|\\burgent\\s+(?:payment|transfer)\\b|\\btreat\\s+(?:this\\s+|it\\s+)?as\\s+(?:very\\s+|most\\s+)?urgent\\b" +
      mentionsOneOf('pay|paid|payment|remit|remitted|transfer|deposit|balance|bank\\s+slip') +
      '|\\b(?:pay|transfer|send\\s+(?:the\\s+)?(?:payment|money))\\s+urgently\\b|急需(?:付款|货款|打款)',
    { anchors: ['urgent', 'hurry', '急需'] },
  ),
  cue(
    'a personal plea',
    // "I will lose my job if you don't pay today", "my boss will be angry": sympathy to hurry a payment.
    "\\b(?:i\\s+will|i'll|i\\s+may|i\\s+might|i\\s+could)\\s+(?:lose\\s+my\\s+job|be\\s+fired|get\\s+fired|be\\s+punished|get\\s+punished)\\b|\\bmy\\s+boss\\s+will\\s+(?:be\\s+(?:angry|mad)|fire\\s+me|punish\\s+me|kill\\s+me)\\b|老板会骂我|我会被(?:开除|炒|罚)",
    {
      // About the samples arriving late, a boss's anger hurries nothing to pay.
      needsPaymentTalk: true,
      anchors: ['lose my job', 'fired', 'punished', 'my boss will', '老板会骂我', '我会被'],
    },
  ),
  ...SCARCITY_AND_THREATS,
  ...PRESSURE_IN_OTHER_LANGUAGES,
  ...SECRECY_AND_SKIPPED_SAFEGUARDS,
];

/**
 * A deadline in hours is pressure only when something is at stake, or the buyer is told to hurry: "ships within 24 hours" is a promise.
 * A fee "not paid" or to "be paid" within hours is one; "was paid" is not.
 */
export const DEADLINE_STAKES =
  /\b(?:pay\w*|(?:not|be)\s+paid|balance|deposit|money|confirm|decide|reply|answer|price|discount|offer|stock|gone|reserved|usdt|transfer|otherwise|lose|cancel\w*|hurry(?<!\b(?:no|not|don'?t|any)\s+(?:\S+\s+){0,2}hurry)|urgent(?:ly)?|asap)\b|付|款|钱/u;

/** Right before a deadline in hours, the supplier promising it: "we will reply in 2 hours" asks nothing of the buyer. */
export const PROMISE_BEFORE =
  /\b(?:we|i)\s*(?:will|'ll|can|shall|could|would)\s+(?:(?!(?:if|unless|or|otherwise)\s)[\p{L}']+\s+){0,5}$/u;

/**
 * Right before a deadline in hours, what the supplier or the goods do in that time, not what the buyer must:
 * "we reply within 2 hours", "samples ship within 48 hours", "the paint is touch dry in 1 hour"; but not
 * "(please) reply within 24 hours", said to the buyer.
 */
export const DONE_IN_THAT_TIME =
  /(?<=[\p{L}']\s+)(?<!\b(?:please|pls|kindly|must|to|should|and|or|you|u)\s+)\b(?:reply|replies|respond|responds|answer|answers|ships?|shipped|dispatch(?:es|ed)?|deliver(?:s|ed)?|dry|dries|cures?|charges?|lasts?)\s+(?:fully\s+|completely\s+)?$/u;

/**
 * Right before a deadline in hours, the Trade Assurance order's own payment
 * window closing: "the payment link in the Trade Assurance order will expire
 * in 24 hours". Alibaba's deadline, for paying where the buyer is protected.
 */
export const THE_ORDER_EXPIRES =
  /\b(?:trade\s+assurance|ta|alibaba)\s+(?:order|payment\s+link|payment\s+page)\b[^.!?]{0,30}?\b(?:expires?|closes?|will\s+(?:expire|close|be\s+closed|be\s+cancell?ed)(?:\s+automatically)?)\s+$/u;

/** What pressure is about: with one of these (in any of the cues' languages), it is a warning, not just a note. */
export const PRESSURE_ABOUT_MONEY =
  /\b(?:pay|paid|payment|balance|deposit|money|transfer|usdt|wu|moneygram|western|account|frozen|refund|dispute|release|discount|price|stock)\b|付|款|钱|交易|pagar|pague|\b(?:pago|pagamento|precio|pre[çc]o|payer|paiement|prix|(?:be)?zahl(?:en|ung)|preis|bayar|pembayaran|harga|thanh\s+to[áa]n)\b|\bgi[áa](?![\p{L}])|оплат|цен[аыу]|[öo]deme|fiyat|الدفع|السعر/u;
