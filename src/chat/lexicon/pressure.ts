import { ULTIMATUMS } from './pressure-ultimatums';
import { PUBLIC_THREATS } from './pressure-public-threats';
import { cue, inSentenceWith, type Cue } from './cue';
import { PRESSURE_IN_OTHER_LANGUAGES } from './pressure-languages';
import { PLEAS } from './pressure-pleas';
import { SECRECY_AND_SKIPPED_SAFEGUARDS } from './pressure-secrecy';
import { DEBT_THREATS } from './pressure-debts';
import { ACCOUNT_THREATS } from './pressure-account-threats';
import { SCARCITY_AND_THREATS } from './pressure-threats';
import { URGENCY, URGENT_PAYMENT } from './pressure-urgency';
import { HELD_UNTIL_TODAY, OFFERS_ENDING } from './pressure-offer-ends';
import { MORE_OFFERS_ENDING } from './pressure-offers-ending-more';
import { PENALTIES } from './pressure-penalties';
import { DEADLINES_WITH_A_LOSS } from './pressure-deadline-loss';

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

/**
 * Paying, a price or an offer, in the cues' languages: what a deadline today puts at stake for the buyer.
 * Not an exhibition (المعرض holds عرض), a person's day in the office, or a job the supplier does.
 */
const MONEY_OR_OFFER =
  '(?:\\b(?:pay\\w*|paid|deposit|balance|money|funds|transfer|remit\\w*|wu|western\\s+union|moneygram|usdt|paypal|prices?|quot(?:e|es|ation|ations)|discount\\w*|offers?|deal|promo\\w*|valid|stock|account|last\\s+(?:vessel|container|slot|truck)|(?:after\\s+that|otherwise)\\s*,?\\s+(?:i|we)\\s+(?:will\\s+)?sell)\\b|\\d\\s?%' +
  '|\\b(?:precio|pre[çc]o|oferta|descuento|desconto|pag(?:ar|ue|uen|o|amento)\\b|v[áa]lid[oa]|prix|offre|remise|valable|paiement|payer|preis|angebot|rabatt|g[üu]ltig|(?:be)?zahl|fiyat|ge[çc]erli|indirim|kampanya|prezzo|sconto)' +
  '|[öo]deme|(?<![\\p{L}])(?:ال)?(?:سعر|عرض|خصم|دفع)(?![\\p{L}])|цен|скидк|оплат|акци|предложени)';
/** The same sentence, before or after, names paying, a price or an offer. Put after a cue's own words. */
const AT_STAKE = inSentenceWith(MONEY_OR_OFFER, 100);

/**
 * "Within 24 hours", "you have 2 hours to": pressure only when something is
 * at stake and the supplier isn't promising it (see the pressure rule).
 */
export const DEADLINE_IN_HOURS = cue(
  'a deadline in hours',
  `\\b(?:within|in)\\s+(?:(?:the\\s+)?next\\s+)?${SHORT_SPAN}|\\bwithin\\s+(?:the|an|one)\\s+hour\\b|\\bin\\s+(?:the\\s+)?next\\s+hour\\b` +
    `|\\bfor\\s+${SHORT_SPAN}\\s+only\\b|\\b${SHORT_SPAN}\\s+left\\b|\\byou\\s+have\\s+${SHORT_SPAN}\\s+to\\b|\\bonly\\s+${SHORT_SPAN}|\\bvalid\\s+${SHORT_SPAN}\\s+only\\b|\\b(?:only|just)\\s+valid\\s+(?:for\\s+)?${SHORT_SPAN}`,
  { anchors: SPAN_ANCHORS },
);

/**
 * "Pay by 5pm", "before midnight" (also "b4 5pm"), "only before 6": its own cue, as "by " is in most messages and the rest of the deadlines are not.
 * Only with paying or a price in the sentence ("the truck arrives by 10:30" is none), and not promised (see the pressure rule).
 */
export const DEADLINE_AT_AN_HOUR = cue(
  'a deadline today',
  `(?:\\b(?:by\\s+|before\\s+|b4\\s+)(?:tonight|midnight|(?:the\\s+)?weekend\\b|\\d{1,2}\\s*(?:[ap]\\.?m\\b|:\\d\\d))|\\bonly\\s+before\\s+\\d)${AT_STAKE}` +
    // "Quote valid only until 18:00 Beijing time today."
    '|\\bvalid\\s+only\\s+until\\s+\\d{1,2}[:.]\\d\\d\\b[^.!?]{0,30}?\\btoday\\b',
  { anchors: ['by ', 'before', 'b4 ', 'valid only until'] },
);

/**
 * Urgency, scarcity, threats and secrecy used to rush a payment or skip a
 * safeguard. Ordinary scheduling is not pressure: a quote valid for 14
 * days, a holiday closure, "please confirm the artwork by Friday".
 */
export const PRESSURE: readonly Cue[] = [
  DEADLINE_IN_HOURS,
  DEADLINE_AT_AN_HOUR,
  cue(
    'a deadline today',
    '\\b(?:only|just)\\s+valid\\s+(?:for\\s+|until\\s+)?(?:today|tonight)\\b' +
      // "Click Pay Now" names the order page's button, in Chinese and Thai too: 在订单页面点 Pay Now, กด Pay Now.
      "|\\b(?:need|needs|require|requires)(?<!\\b(?:do|does|did|don'?t|doesn'?t|didn'?t|no)\\s+(?:(?:you|u|they|we|not)\\s+)?\\w+)\\s+(?:(?:the|your)\\s+(?:\\S+\\s+)?)?(?:payment|deposit|balance|money|transfer|funds|remittance)(?:\\s+by|\\s+before)?(?:\\s+(?:the\\s+)?(?:holiday|holidays|weekend))?(?:\\s+tonight|\\s+today|\\s+now)\\b|\\bneed\\s+your\\s+(?:answer|reply|decision|confirmation|payment|deposit)\\s+(?:urgently\\s+|asap\\s+)?(?:by\\s+)?(?:today|tonight)\\b|\\b(?:payment|deposit|balance|transfer|money)\\s+(?:must|has\\s+to|needs?\\s+to)\\s+be\\s+(?:made|paid|sent|done|completed|received)\\s+(?:by\\s+)?(?:today|tonight)\\b|\\bmust\\s+be\\s+paid\\s+(?:by\\s+)?(?:today|tonight)\\b|\\b(?:fee|deposit|balance|payment|invoice|amount)\\s+should\\s+be\\s+paid\\s+(?:by\\s+)?(?:today|tonight)\\b(?![^.!]{0,40}\\?)|\\b(?:decide|pay|confirm)(?:\\s+right)?\\s+now\\b(?!\\s+button)(?<!\\b(?:can|may|could|nothing\\s+to|no\\s+need\\s+to)\\s+(?:decide|pay|confirm)(?:\\s+right)?\\s+now)(?<!(?:\\b(?:click|press|tap|hit|select)\\s+|(?:点击|点|按|选|กด)\\s*|[\"“'‘]|>\\s|→\\s*|->\\s*)(?:decide|pay|confirm)(?:\\s+right)?\\s+now)(?<!\\b(?:i|we)(?:'ll\\s+|'d\\s+|\\s+)(?:(?!you\\b)\\S+\\s+){0,3}\\w+(?:\\s+right)?\\s+now)|\\border(?<!-order)(?<!\\b(?:the|this|that|your|our|an?|same|assurance|ta|alibaba|sample|draft|new|trial|test|(?:if|when|once)\\s+(?:you|u)|placing|place|placed|send|sending|submit|submitting|can|could|may|will|to)\\s+order)(?<!\\b(?:follows?|following|handles?|handling|manages?|managing|checks?|checking|takes?\\s+over|taking\\s+over)\\s+(?:\\S+\\s+){0,5}?order)(?:\\s+right)?\\s+now\\b(?!\\s+(?:via|on|in|through)\\s+(?:alibaba|trade\\s+assurance)\\b)|\\bnow\\s+or\\s+never\\b|\\blast\\s+day\\s+(?:for|of)\\s+(?:this|the)\\s+(?:price|offer|discount|promotion|deal)\\b" +
      // "Pay the deposit now or lose the slot"; not "you can pay the deposit now and the balance later", "do you want to pay the balance now? Or after".
      '|\\b(?:pay|send|transfer)(?<!\\b(?:can|could|may|want\\s+to|like\\s+to|prefer\\s+to|we|i|i\\Wll|we\\Wll|will|shall)\\s+\\w+)\\s+(?:the\\s+)?(?:\\S+\\s+){0,2}?(?:amount|balance|deposit|money|payment)(?:\\s+right)?\\s+now\\b(?!\\s*\\?\\s*or\\b|\\s+(?:or|and)\\b)' +
      // "Please confirm the order today, the price goes up": the rise is what hurries the buyer.
      '|\\b(?:confirm|pay|order|decide)\\w*\\s+(?:\\S+\\s+){0,3}?today\\b(?=[^.!?]{0,60}\\bprices?\\s+(?:will\\s+)?(?:go(?:es)?\\s+up|increases?|rises?)\\b(?!\\s+(?:from\\s+)?(?:next|in\\s+\\d+)\\s+(?:\\S+\\s+)?(?:weeks?|months?|quarter|season|year)))' +
      // "If no payment today, we cannot load your goods."
      '|\\bif\\s+no\\s+(?:payment|deposit|money|transfer|balance)\\s+(?:is\\s+)?(?:received\\s+|made\\s+)?(?:today|tonight)\\b|\\bif\\s+(?:you\\s+|u\\s+)?(?:not|no)\\s+pay(?:ing)?\\s+(?:\\S+\\s+){0,2}?(?:today|tonight)\\b' +
      // "My boss will be angry if the payment is not made today."
      "|\\bif\\s+(?:the\\s+|your\\s+)?(?:payment|deposit|money|transfer|balance)\\s+(?:is\\s+not|isn't)\\s+(?:made|paid|sent|received|done)\\s+(?:by\\s+)?(?:today|tonight)\\b" +
      "|\\b(?:price|offer|discount|deal|promotion|promo|sale)s?\\s+(?:[^\\s.!?]+\\s+){0,7}?(?:ends?|expires?|finish(?:es)?)\\s+(?:tonight|today|at\\s+midnight)\\b(?<!\\balibaba\\b[^.!?]{0,40})|\\b(?:if\\s+you\\s+(?:don'?t\\s+|do\\s+not\\s+)?|unless\\s+you\\s+)pay(?:\\s+(?:today|tonight|immediately|right\\s+away)|\\s+now)\\b" +
      // "If you don't pay the balance today", "pay the deposit today or we cannot load your goods": a cost named for not paying by today.
      "|\\b(?:if\\s+you\\s+(?:don'?t|do\\s+not|did\\s+not|didn't|cannot|can't)|unless\\s+you)\\s+pay\\s+(?:\\S+\\s+){1,3}?(?:today|tonight)\\b" +
      '|\\b(?:pay|remit|(?:send|transfer)(?=\\s+(?:the\\s+|your\\s+)?(?:\\S+\\s+)?(?:(?:payment|money|deposit|balance|funds)\\b|\\d+\\s?%)))(?<!\\b(?:can|could|may)\\s+\\w+)\\s+(?:\\S+\\s+){0,5}?(?:today|tonight)\\s*,?\\s+(?:or|otherwise)\\s+(?:else\\s+)?' +
      // "… or we cannot load", "or lose the space", "pay today or wait one month" (not "or tomorrow").
      "(?:(?:\\S+\\s+){1,2}?(?:cannot|cant|can't|can\\s+not|will\\s+not|won't|must|have\\s+to|will\\s+(?:cancel|lose|miss|sell|release|give))|(?:\\S+\\s+){0,2}?(?:lose|miss)\\s+(?:the|your|our|this)|(?:you\\s+)?(?:will\\s+|have\\s+to\\s+|must\\s+|need\\s+to\\s+)?wait\\s+(?:for\\s+)?(?:\\S+\\s+)?(?:\\d+|one|two|three|a|an|another|next|until|till|after))\\b" +
      // "Price goes up tomorrow, so better pay today", "you must pay tonight" (not "you should pay today to catch the vessel").
      '|\\b(?:better|you\\s+(?:must|have\\s+to))\\s+pay\\s+(?:it\\s+)?(?:today|tonight|immediately|right\\s+away)\\b' +
      '|前必须(?:付|打款|转账|汇款)|(?:必须今天|今天必须)(?:付|打款|打到|打给|转账|转到|转给|汇款|汇到)|(?:只有)?今天有效(?![吗么嘛?？])|仅限今天|只有今天(?!有|才|下午|上午|晚上)|只限今天|仅今天|今天最后一天|(?:价格|价钱|报价|优惠|折扣|这个价)[^，。！？,\\n]{0,4}?保留到今天|今天付款的话|今天不付(?:款|定金|钱)?(?:的话|就|，|,|明天)|今天(?:付|打款|汇款|转账)[^，。！？,]{0,4}?才能|怎么还不(?:付|打款|汇款|转账)|马上付|(?<![「『"“])立即付|立刻付|pag(?:ar|ue)(?<!\\b(?:vou|vamos|posso|podemos|irei|quero|consigo|conseguimos)\\s+pagar)\\s+hoje' +
      // A deadline named with a time ("最后期限是今晚十二点", not the buyer's "交货最后期限是几号？"); tonight or today to pay (not "今晚加班赶货",
      // "今天之内给您报价"); what is lost once it passes (not "节日过了就发货"). "Hoy mismo" to pay, not "enviamos la muestra hoy mismo".
      '|(?<!交货|发货|出货|到货|交期)最后期限[^，。！？,.!?？]{0,3}?(?:今天|今晚|明天|\\d|[一二三四五六七八九十两]+点|周|星期|礼拜)' +
      '|(?<!我|我们)(?:今晚|今天之内)(?:\\d{1,2}点(?:\\d{1,2}分?)?)?(?:之前|前|必须|一定要|务必|要|请)?[^，。！？,.!?]{0,4}?(?:付|打款|转账|转入|汇款|汇入|交定金)' +
      '|过了[^，。！？,.!?]{0,6}?就(?:不(?:再)?(?:保留|给|卖|能|行)|没(?:了|有)|涨|取消|卖|作废|失效|恢复)' +
      '|\\b(?:paguen?|pagar|transfieran?|transferir|(?:el|su)\\s+pago|(?:tiene|tienen)\\s+que\\s+pagar|(?:debe|deben)\\s+(?:que\\s+)?pagar)\\s+(?:\\S+\\s+){0,8}?hoy\\s+mismo' +
      // "Pague hoy o no podemos cargar", "pague hoje ou não podemos", "zahlen Sie heute, sonst …".
      '|\\bpag(?:ue|ar)\\s+(?:\\S+\\s+){0,3}?(?:hoy|hoje)\\s*,?\\s+(?:o|ou|sino|sen[ãa]o|de\\s+lo\\s+contrario|caso\\s+contr[áa]rio)\\s+(?:\\S+\\s+){0,2}?(?:no|n[ãa]o)\\s+(?:podemos|podremos|poderemos|vamos)\\b|\\bzahlen\\s+sie\\s+(?:\\S+\\s+){0,3}?heute\\s*,?\\s+sonst\\b' +
      // Russian "pay today" (not "we shipped it today").
      '|(?:оплат[\\p{L}]*|переведите|заплатите)(?![\\s,]+(?:получ|поступ|пришл|прошл))[\\s,]+(?:[\\p{L}]+[\\s,]+)?сегодня' +
      // "Hoy es el último día para este precio", "último dia desta promoção"; Italian "paga oggi", "solo oggi".
      '|[úu]ltimo\\s+d[íi]a\\s+(?:para|de|do|da|desta|deste|desse|dessa)\\s+(?:(?:este|esta|el|la|o|a|esse|essa)\\s+)?(?:precio|pre[çc]o|oferta|descuento|desconto|promoci[óo]n|promo[çc][ãa]o)\\b|\\bpag(?:a|are|hi)\\s+oggi\\b',
    {
      anchors: [
        // Not "only" or "now" alone (in most messages, and in "know"): " now" and "now or" say a deadline.
        'today',
        'tonight',
        'midnight',
        ' now',
        'now or',
        'last day',
        'should be paid',
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
        '才能',
        '怎么还不',
        '今天之内',
        '保留到今天',
        '马上付',
        '立即付',
        '立刻付',
        '过了',
        'hoje',
        'hoy',
        'ltimo d',
        'oggi',
        'сегодня',
        'heute',
      ],
    },
  ),
  cue(
    'a deadline today',
    // "Today only", "only for today", "last chance", in the cues' languages: a deadline when the sentence names paying, a price or
    // an offer ("this price only today"; after "last chance my friend.", the next sentence), not a person's day ("I am at the fair today only") or a job ("last chance to change the artwork").
    '(?:\\b(?:today|tonight)\\s+only\\b(?!\\s+(?:\\d|we\\s+(?:are|will\\s+be)\\s+(?:closed|off|out)|(?:the|our)\\s+(?:office|factory|warehouse|shop)))|\\bonly\\s+(?:today|tonight)' +
      // "I can only hold this price for today" (not "only for today's meeting").
      "|\\bonly\\s+(?:[\\p{L}']+\\s+){0,4}?for\\s+today\\b(?!')|(?<![\"“'‘])\\blast\\s+chance\\b(?![\"”'’])(?:\\s+(?:my\\s+)?(?:friend|dear|sir|madam|bro|brother|boss))?(?:\\s*[.!]+(?=\\s))?|только\\s+сегодня|сегодня\\s+последний\\s+день|последни[йи]\\s+шанс|до\\s+конца\\s+(?:дня|сегодняшнего)|\\bsolo\\s+oggi\\b" +
      "|\\bsolo\\s+(?:por\\s+)?hoy\\b(?!\\s+(?:y|tenemos|podemos|estamos|estoy|tengo|hay|puedo)\\b(?!\\s+(?:este|ese|esta|esa|el|la)\\s+(?:precio|oferta|descuento)))|\\bs[óo]\\s+(?:para\\s+)?hoje\\b(?!\\s+(?:e|temos|podemos|estamos|tenho|posso)\\b)|aujourd'hui\\s+seulement|seulement\\s+aujourd'hui|\\bnur\\s+(?:noch\\s+)?heute\\b(?!\\s+(?:und|abend|nachmittag|vormittag|morgen|haben|sind|habe|bin|kann|können|konnen)\\b)|\\b(?:sadece|yaln[ıi]zca)\\s+bug[üu]n|اليوم\\s+فقط|فقط\\s+اليوم)" +
      AT_STAKE,
    {
      anchors: [
        'today',
        'tonight',
        'last chance',
        'последний шанс',
        'последнии шанс',
        'сегодня',
        'до конца',
        'oggi',
        'hoy',
        'hoje',
        'aujourd',
        'heute',
        'bugün',
        'bugun',
        'اليوم',
      ],
    },
  ),
  HELD_UNTIL_TODAY,
  cue(
    'a price rise tomorrow',
    '\\btomorrow\\s+(?:the\\s+)?prices?\\s+(?:will\\s+)?(?:go(?:es)?\\s+)?(?:up|increases?|rises?)\\b|\\bprices?\\s+(?:will\\s+)?(?:go(?:es)?\\s+)?(?:up|increases?|rises?)\\s+(?:(?:by\\s+)?\\d+(?:\\.\\d+)?\\s?%\\s+)?(?:from\\s+)?tomorrow\\b' +
      // "Price +8% from tomorrow".
      '|\\bprices?\\s+\\+\\s?\\d+(?:\\.\\d+)?\\s?%\\s+(?:from|after)\\s+tomorrow\\b|\\btomorrow\\s+(?:the\\s+)?(?:prices?|fines?|penalty|storage)\\s+(?:will\\s+|is\\s+)?(?:double|doubles|x2)\\b' +
      // "Tomorrow back to normal price".
      '|\\btomorrow\\s+(?:it\\s+)?(?:goes\\s+)?(?:back\\s+to|returns?\\s+to)\\s+(?:the\\s+)?(?:normal|regular|original|full|old)\\s+prices?\\b|明天[^，。！？,.!?]{0,6}?涨价' +
      // "El precio sube mañana", "o preço sobe amanhã".
      '|\\b(?:precio|preço|preco)\\s+(?:sube|subirá|subira|aumenta|aumentará|aumentara|sobe|vai\\s+subir)\\s+(?:a\\s+partir\\s+de\\s+)?(?:mañana|manana|amanh[ãa])\\b',
    { anchors: ['tomorrow', '明天', 'mañana', 'manana', 'amanh'] },
  ),
  URGENT_PAYMENT,
  ...PLEAS,
  ...URGENCY,
  ...OFFERS_ENDING,
  ...MORE_OFFERS_ENDING,
  ...PENALTIES,
  ...SCARCITY_AND_THREATS,
  ...DEBT_THREATS,
  ...ACCOUNT_THREATS,
  ...PRESSURE_IN_OTHER_LANGUAGES,
  ...SECRECY_AND_SKIPPED_SAFEGUARDS,
  ...ULTIMATUMS,
  ...PUBLIC_THREATS,
  ...DEADLINES_WITH_A_LOSS,
];
