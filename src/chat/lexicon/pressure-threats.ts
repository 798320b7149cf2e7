import { cue, type Cue } from './cue';

/**
 * What follows "unless you pay" or "if you don't pay" in a threat: a loss
 * within the sentence. Not paying in the order, and not "pay attention".
 */
const UNPAID_LOSS =
  '\\s+pay\\b(?!\\s+(?:attention|through|via|on|in|with|using|by\\s+(?:trade|alibaba|ta)\\b))[^.!?\\n]{0,50}?\\b(?:cancel\\w*|go(?:es)?\\s+up|increases?|rises?|sell|release|lose)\\b';

/** What the buyer stands to lose: the order, the goods, the money, the booking, the price, or the vessel that leaves without them. */
const STAKE =
  '(?:orders?|goods|shipment|container|cargo|deposit|money|payment|funds|account|booking|slot|space|price|discount|offer|stock|production|b/l|reservation|lot|units|place|spot|vessel|ship|truck|allocation|allotment|quota)';

/** Later in the sentence or before it, the buyer not paying: "… if the deposit is not paid", "… unless you pay the fee". */
const UNLESS_PAID_WORDS =
  "\\b(?:if|unless|until)\\s+[^.!?\\n]{0,50}?\\b(?:pay|paid|payment|deposit|balance|fee|settle|transfer|don'?t\\s+(?:pay|settle|confirm|send|transfer)|do\\s+not\\s+(?:pay|settle|confirm|send|transfer))";
const UNLESS_PAID = `(?:(?=[^.!?\\n]{0,40}?${UNLESS_PAID_WORDS})|(?<=${UNLESS_PAID_WORDS}[^.!?\\n]{0,80}))`;

/**
 * Scarcity and threats: another buyer waiting, the last units, the goods or
 * the deposit lost unless the buyer pays. Part of PRESSURE.
 */
export const SCARCITY_AND_THREATS: readonly Cue[] = [
  cue(
    'another buyer waiting',
    // "Many customers are waiting for this batch"; not for "the new catalogue".
    '\\b(?:many|several|lots\\s+of|a\\s+lot\\s+of)\\s+(?:buyers|customers|clients)\\s+(?:are\\s+)?waiting\\s+for\\s+(?:it|this|them|these|the\\s+same)\\b' +
      // "Hurry up, many buyers are waiting."
      '|\\b(?:many|several|lots\\s+of|a\\s+lot\\s+of|other)\\s+(?:buyers|customers|clients)\\s+are\\s+waiting\\b(?=\\s*(?:[.!,;]|$|too\\b|now\\b))',
    { anchors: ['waiting for', 'are waiting'] },
  ),
  cue(
    'another buyer waiting',
    // "Another buyer from Dubai wants all the stock", "another buyer offering more" (not "other customers in Europe order",
    // "other customers order this model in black", or one who "wants the same color", so orders are combined; nor "only
    // 200 pcs left … we produce more in 2 weeks, same price").
    "\\b(?:another|other)(?<!\\b(?:do|does|did|most|many|some|our)\\s+(?:an)?other)\\s+(?:buyer|customer|client|wholesaler|distributor|importer)s?(?:'s)?\\s+(?:(?:from|in)\\s+(?:the\\s+)?(?:[a-z]+\\s+){1,2}?(?!order))?(?:is\\s+|are\\s+)?(?:also\\s+)?(?:waiting|will\\s+take\\s+(?:all|everything|them|it|the\\s+(?:whole|full|rest))|(?:wants?|interested)(?!\\s+(?:in\\s+)?(?:the\\s+|a\\s+)?(?:same|similar)\\b)|(?<='s\\s+)order|offer(?:s|ing|ed)?\\s+(?:us\\s+)?(?:more|higher|a\\s+higher|a\\s+better|better)|(?:willing|ready)\\s+to\\s+pay|pay(?:s|ing)\\s+more|(?<=also\\s)asking\\s+(?:about|for)\\s+(?:it|this|these|them|the\\s+same))\\b|\\b(?:go|goes|went)\\s+to\\s+(?:another|the\\s+next)\\s+(?:buyer|customer)" +
      // "The factory has 2 other buyers for this lot", "many buyer waiting".
      '|\\bmany\\s+(?:other\\s+)?(?:buyers?|customers?|clients?)\\s+(?:are\\s+|is\\s+)?waiting\\b(?!\\s+for\\b)' +
      '|\\b(?:has|have|got)\\s+(?:\\d+|two|three|four|five)\\s+other\\s+(?:buyers|customers|clients)\\s+(?:for|interested\\s+in|waiting\\s+for)\\s+(?:this|these|the|your|that)\\s+(?:\\S+\\s+)?(?:lot|stock|batch|container|slot|goods|units|sets|shipment|materials?)\\b' +
      // "… we will sell to another customer" (not "we sell to other customers in Europe too"); "we release the goods to a …",
      // not a buyer's "pls release the goods to them with the original B/L", nor "then I release the goods to K+N" (the
      // buyer's forwarder).
      "|\\b(?:will|'ll|have\\s+to|must|going\\s+to)\\s+sell\\s+(?:it\\s+|them\\s+|this\\s+lot\\s+(?:of\\s+(?:\\S+\\s+){1,3}?)?|the\\s+(?:goods|stock|slot|lot)\\s+)?to\\s+(?:another|other|the\\s+next)\\s+(?:buyer|customer|client)s?\\b" +
      "|\\bnext\\s+(?:buyer|customer|client)\\s+in\\s+line\\b|\\b(?:release|sell)(?<!\\b(?:pls|please|plz|kindly)\\s+(?:release|sell))\\s+(?:your|the)\\s+goods\\s+to\\b(?=\\s+(?:an?|the|another|other|some|someone|somebody|local|new|next)\\b(?!\\s+(?:forwarder|forwarding|carrier|driver|agent|broker|shipping|logistics|trucking|warehouse)\\b))|\\bsell\\s+your\\s+(?:reserved\\s+)?(?:stock|material|materials|lot|slot|items?)\\s+to\\b|\\b(?<!(?:\\b(?:was|were|been|already|not\\s+be|never\\s+be)|n't\\s+be)\\s+)(?:sold|given|allocated|released)\\s+to\\s+(?:another|other|the\\s+next)\\s+(?:buyer|customer|client|shipper)s?\\b|\\bonly\\s+\\d+\\s+(?:units?|pcs|pieces|sets?|containers?|cartons?|pallets?|lots?|rolls?|tons?|(?:production\\s+)?(?:slots?|spots?))?(?:\\s+of\\s+(?:[\\p{L}\\d-]+\\s+){0,5}?[\\p{L}\\d-]+)?\\s*left\\b(?![^.!?]{0,40}?\\b(?:fyi|just\\s+so\\s+you\\s+know|if\\s+(?:you|u)\\s+(?:need|want))|[^.!?]{0,60}?\\b(?:(?:we|i)\\s+(?:can\\s+|will\\s+)?(?:produce|make)\\s+more|same\\s+price)\\b)" +
      // "The space goes to a buyer from Brazil", "I must give your production slot to another customer", Pidgin "another
      // customer go carry am".
      '|\\banother\\s+(?:customer|buyer)\\s+(?:go|fit|wan)\\s+(?:carry|take|buy)\\s+(?:am|everything|all)\\b' +
      '|\\b(?:space|slot|stock|goods|container|lot|booking|spot|place)\\s+(?:goes|go|will\\s+go|is\\s+going)\\s+to\\s+(?:a|another|the\\s+next)\\s+(?:buyer|customer|client)\\b' +
      '|\\b(?:give|gives|giving)\\s+(?:your\\s+(?:\\S+\\s+)?(?:slot|space|goods|stock|booking|spot|place|order)|(?:the|this)\\s+(?:\\S+\\s+)?(?:slot|space|booking|spot|place))\\s+to\\s+(?:another|other)\\s+(?:buyer|customer|client)s?\\b' +
      '|\\blast\\s+\\d+\\s+(?:units|pcs|pieces|sets)\\b|\\breserved\\s+for\\s+you\\s+for\\b(?!\\s+(?:\\S+\\s+)?(?:weeks?|months?)\\b)|\\b(?:price|discount|offer|stock)s?\\s+(?:and\\s+the\\s+\\w+\\s+)?(?:is|are|will\\s+be)\\s+gone\\b' +
      '|\\bfirst\\s+pa(?:id|y|yment),?\\s+first\\s+(?:served|serve|shipped|ship)\\b' +
      "|\\bgone\\s+(?:for\\s+good|forever)\\b|\\bafter\\s+that\\s+(?:it'?s|it\\s+is|this\\s+\\w+\\s+is)\\s+gone\\b|\\bafter\\s+that\\s+(?:it|they|the\\s+\\S+)\\s+(?:goes|go|will\\s+go|is\\s+going)\\s+to\\s+(?:\\S+\\s+)?(?:buyer|customer|client)s?\\b|别人要了|卖给别人|(?:给|卖给)别的(?:客户|买家|人)" +
      // The last units, or the stock or price not kept (not "只剩下包装了", only packing left, or "我们不保留旧的模具", old moulds).
      '|(?:只剩|仅剩)下?(?:最后)?(?:[\\d一二两三四五六七八九十几百千]+|一点|不多)|(?:不保留|不再保留)(?:了)?(?:库存|价格|这个价|舱位|位置|名额|优惠|货)',
    {
      anchors: [
        'other',
        'many ',
        'go',
        'went',
        'next',
        'release',
        'sell',
        'sold',
        'given',
        'allocated',
        'left',
        'first pa',
        'last',
        'reserved',
        'gone',
        '只剩',
        '仅剩',
        '别人要了',
        '卖给别人',
        '别的',
        '不保留',
        '不再保留',
      ],
    },
  ),
  cue(
    'a threat',
    // "Or your order will be stuck", "otherwise the goods will be sold": what is lost is the buyer's (not "otherwise the air flow
    // will be blocked", nor a choice: "replacement in next order, or refunded?").
    `\\b(?:or|otherwise|else|if\\s+not)\\s+(?:else\\s+)?(?:[\\p{L}\\p{N}/']+\\s+){0,3}?${STAKE}\\s+(?:[\\p{L}']+\\s+){0,4}?(?:cancel(?:l?ed)?|stuck|held|frozen|kept|lost|refunded|blocked|gone|miss(?:es)?|destroyed|confiscated|auctioned|sold|forfeited|released|stops?|stopped|(?:leaves?|leave|go(?:es)?|sails?)\\s+without|go(?:es)?\\s+to\\s+other\\s+(?:buyers?|customers?|clients?)|go(?:es)?\\s+to\\s+another\\s+(?:buyer|customer|client))\\b` +
      // "… or we cancel the order", "or customs will auction the cargo" (not "or we can cancel the order if you like").
      `|\\b(?:or|otherwise|else)\\s+(?:else\\s+)?(?:[\\p{L}']+\\s+){1,3}?(?<!\\b(?:can|could|may|might)\\s+)(?:cancel|sell|release|destroy|auction|confiscate|forfeit|give|return)\\w*\\s+(?:\\S+\\s+){0,2}?${STAKE}\\b` +
      // "Pay the fee today or they will be destroyed": "it" or "they" after paying was named.
      '|\\b(?:or|otherwise|else)\\s+(?:else\\s+)?(?:it|they)\\s+(?:will|may|might|would)\\s+be\\s+(?:cancel(?:l?ed)?|held|destroyed|confiscated|auctioned|sold|forfeited)\\b(?<=\\b(?:pay|paid|payment|fee|deposit|balance|money)\\b[^.!?\\n]{0,100})' +
      // "Pay the deposit today, otherwise we lose the space" (not "or lose the warranty", nor "confirm the artwork before
      // Wednesday, otherwise we lose the printing slot", which asks for no money).
      "|\\b(?:or|otherwise|else)\\s+(?:[\\p{L}\\p{N}/']+\\s+){0,5}?(?:lose\\s+the|lose\\s+your|lose\\s+our|lose\\s+this)\\s+(?:[\\p{L}-]+\\s+)?(?:space|booking|slot|spot|stock|goods|container|vessel|price|discount|rate|offer|deposit|order|place)\\b" +
      '(?<=\\b(?:pay\\w*|paid|fee|deposit|balance|money|t/t|tt|transfer\\w*|remit\\w*|wire)\\b[^.!?\\n]{0,160})' +
      // "The new boss is cancelling all old unpaid orders tomorrow".
      '|\\bcancel\\w*\\s+(?:all\\s+)?(?:the\\s+)?(?:old\\s+)?unpaid\\s+orders?\\b' +
      // "If you are late, we cannot help": a cost named for lateness.
      "|\\bif\\s+(?:you\\s+are\\s+late|you're\\s+late|u\\s+are\\s+late|you\\s+are\\s+too\\s+late)\\b[^.!?]{0,30}?\\b(?:cannot|can't|can\\s+not|won't|will\\s+not)\\s+(?:help|load|keep|hold|ship|guarantee|do\\s+anything)\\b" +
      // Cancelled, held or frozen if the buyer doesn't pay: not a fair "held from 15 to 19 October", fish "frozen at -35°C",
      // samples "kept for 3 months", "the order will not be cancelled", or goods "held at our warehouse" until the buyer checks them;
      // nor the platform's own rule: "the order will be cancelled automatically by Alibaba if not paid in 30 days".
      `|\\bwill\\s+be\\s+(?:cancel(?:l?ed)?|stuck|held|frozen|blocked|destroyed|auctioned|confiscated|disposed\\s+of)\\b(?!\\s+(?:at|in)\\s+(?:our|the)\\s+(?:warehouse|factory)|\\s+automatically\\b|\\s+by\\s+(?:alibaba|the\\s+system)\\b)${UNLESS_PAID}` +
      `|\\b(?:will\\s+not|won't)\\s+be\\s+(?:kept|held|reserved)\\b${UNLESS_PAID}|\\bwill\\s+be\\s+forfeited\\b` +
      // "Will be refunded" reassures; only "will not be refunded" threatens.
      "|\\b(?:will\\s+not|won't)\\s+be\\s+refunded\\b" +
      "|\\b(?:cannot|can't|won't|will\\s+not)\\s+release\\s+the\\s+(?:b/l|goods|shipment|container)\\b|\\bmisses?\\s+the\\s+vessel\\b" +
      // The buyer blacklisted (not a router's URL blacklist); a dispute forbidden, or threatened with a cost (not "if you open a dispute, we will cooperate").
      '|\\bblacklist(?:ed)?\\s+(?:you|u|your)\\b|\\bput\\s+(?:you|u|your\\s+(?:company|name|account))\\s+(?:on|in|into)\\s+(?:the\\s+|our\\s+|a\\s+)?blacklist\\b|\\b(?:be|get|been|are|is)\\s+blacklisted\\b|\\b(?:on|in|into|to)\\s+(?:the|our|a)\\s+blacklist\\b' +
      "|\\b(?:don'?t|do\\s+not|never)\\s+(?:open|file)\\s+(?:(?:a|the|any)\\s+)?dispute\\b|\\bif\\s+(?:you|u)\\s+(?:open|file)\\s+(?:(?:a|the|any)\\s+)?dispute\\b(?=[^.!?\\n]{0,60}?(?:\\b(?:not|never|no\\s+(?:more|longer)|blacklist\\w*|cancel\\w*|lose|stop|freeze|frozen|ban|report)\\b|n't\\b))|\\bno\\s+need\\s+to\\s+(?:open|file|start)\\s+a\\s+dispute\\b" +
      // "Unless you pay by Friday we will cancel the order", "if you don't pay this week the price goes up".
      `|\\bunless\\s+you${UNPAID_LOSS}|\\bif\\s+you\\s+don'?t${UNPAID_LOSS}|\\bif\\s+you\\s+do\\s+not${UNPAID_LOSS}|\\bif\\s+you\\s+not${UNPAID_LOSS}` +
      // "If you don't confirm the order by tonight I will have to cancel".
      "|\\bif\\s+you\\s+(?:don'?t|do\\s+not|not)\\s+confirm\\b[^.!?\\n]{0,50}?\\b(?:cancel\\w*|lose\\s+the|lose\\s+your|sell|release)\\b" +
      // "If you not pay, I will post your name and company on all B2B forums"; "no payment no loading".
      '|\\b(?:post|publish|expose|share)\\s+(?:your\\s+name|your\\s+company|your\\s+details|your\\s+photos?|your\\s+info)\\b[^.!?\\n]{0,40}?\\b(?:forums?|internet|online|social\\s+media|facebook|groups?|websites?|blacklist)\\b' +
      '|\\bno\\s+payment\\s*,?\\s+no\\s+(?:loading|shipment|shipping|delivery|production|goods)\\b(?![^.!?]{0,20}?\\b(?:company|factory|our)\\s+(?:rule|policy)\\b)' +
      // "We have your passport copy … if you don't pay we will publish it online."
      '|\\b(?:publish|post|leak|expose)\\s+(?:it|them|this|everything)\\s+(?:online|on\\s+(?:the\\s+)?internet|on\\s+social\\s+media)\\b' +
      // "否则", "不然", "senão", "si no" (otherwise, if not) only with a loss after: not "否则玻璃容易破损", "不然的话我们可以下周再发货",
      // "senão me engano", "si no tiene stock, avíseme".
      '|(?:否则|不然)(?:的话)?[^，。！？,.!?]{0,8}?(?:取消|走了|卖|没了|没有了|涨价|扣|不发|不能发|不退|不保留|作废|失效|过期|罚|排不上|赶不上|冻结)' +
      // 不付款就取消订单, 不付款货就一直压着了 (no payment, then cancelled, or held).
      '|(?:不付款|不付钱|不打款|不付尾款|不付定金|没付款|没付钱|没打款|没付尾款|没付定金)(?:的话)?[^，。！？,.!?]{0,6}?就[^，。！？,.!?]{0,4}?(?:取消|卖|没了|没有了|涨价|扣|不发|作废|失效|压着|不保留)' +
      '|sen[ãa]o\\s*,?\\s+[^.!?\\n]{0,40}?(?:perde|cancelad|cancelar|vend|anulad|bloquead|sobe|aumenta)' +
      '|\\bsi\\s+no\\s+(?:\\S+\\s+){0,3}?(?:paga|pagan|pagas|pago|pagar|transfiere|deposita|confirma)\\b[^.!?\\n]{0,50}?(?:perde|pierde|cancel|vend|anul|sube|subir|aumenta)' +
      // "Si vous ne payez pas aujourd'hui, nous annulons", "wenn Sie heute nicht zahlen, stornieren wir": with the loss after.
      '|\\bsi\\s+vous\\s+ne\\s+(?:payez|r[ée]glez|confirmez)\\s+pas\\b(?=[^.!?]{0,60}(?:annul|perd|vendr|bloqu))|\\bwenn\\s+sie\\s+(?:\\S+\\s+){0,2}?nicht\\s+(?:be)?zahlen\\b(?=[^.!?]{0,60}(?:stornier|verlier|verkauf|gesperrt))',
    {
      // What is threatened, not "or" or "will" (in most messages): every threat names one of these.
      anchors: [
        'without',
        'to other',
        'to another',
        'lose the',
        'lose your',
        'lose our',
        'lose this',
        'are late',
        "'re late",
        'too late',
        'cancel',
        'stuck',
        'held',
        'frozen',
        'kept',
        'reserved',
        'lost',
        'blocked',
        'gone',
        'miss',
        'destroy',
        'confiscate',
        'disposed',
        'auction',
        'sell',
        'give',
        'return',
        'sold',
        'forfeit',
        'refunded',
        'release',
        'stop',
        'vessel',
        'blacklist',
        'dispute',
        'unless you pay',
        "don't pay",
        'dont pay',
        'do not pay',
        'you not pay',
        'your name',
        'your company',
        'your details',
        'your photo',
        'your info',
        'no payment',
        'online',
        'internet',
        'social media',
        '否则',
        '不然',
        '不付',
        '没付',
        '不打款',
        '没打款',
        'senão',
        'senao',
        'si no',
        'si vous ne',
        'wenn sie',
      ],
    },
  ),
];
