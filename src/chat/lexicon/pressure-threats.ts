import { cue, type Cue } from './cue';

/**
 * What follows "unless you pay" or "if you don't pay" in a threat: a loss
 * within the sentence. Not paying in the order, and not "pay attention".
 */
const UNPAID_LOSS =
  '\\s+pay\\b(?!\\s+(?:attention|through|via|on|in|with|using|by\\s+(?:trade|alibaba|ta)\\b))[^.!?\\n]{0,50}?\\b(?:cancel\\w*|go(?:es)?\\s+up|increases?|rises?|sell|release|lose)\\b';

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
    // "Another buyer from Dubai wants all the stock", "another buyer offering more" (not "other customers in Europe order").
    "\\b(?:another|other)(?<!\\b(?:do|does|did|most|many|some|our)\\s+(?:an)?other)\\s+(?:buyer|customer|client)s?(?:'s)?\\s+(?:(?:from|in)\\s+(?:the\\s+)?(?:[a-z]+\\s+){1,2}?(?!order))?(?:is\\s+|are\\s+)?(?:also\\s+)?(?:waiting|wants?|interested|order|offer(?:s|ing|ed)?\\s+(?:us\\s+)?(?:more|higher|a\\s+higher|a\\s+better|better)|(?:willing|ready)\\s+to\\s+pay|pay(?:s|ing)\\s+more|(?<=also\\s)asking\\s+(?:about|for)\\s+(?:it|this|these|them|the\\s+same))\\b|\\b(?:go|goes|went)\\s+to\\s+(?:another|the\\s+next)\\s+(?:buyer|customer)" +
      // "… we will sell to another customer" (not "we sell to other customers in Europe too").
      "|\\b(?:will|'ll|have\\s+to|must|going\\s+to)\\s+sell\\s+(?:it\\s+|them\\s+|this\\s+lot\\s+|the\\s+(?:goods|stock|slot|lot)\\s+)?to\\s+(?:another|other|the\\s+next)\\s+(?:buyer|customer|client)s?\\b" +
      '|\\bnext\\s+buyer\\s+in\\s+line\\b|\\b(?:release|sell)\\s+(?:your|the)\\s+goods\\s+to\\b|\\b(?<!\\b(?:was|were|been|already)\\s+)(?:sold|given|allocated|released)\\s+to\\s+(?:another|other|the\\s+next)\\s+(?:buyer|customer|client)s?\\b|\\bonly\\s+\\d+\\s+(?:units?|pcs|pieces|sets?|containers?|cartons?|pallets?|lots?|rolls?|tons?|(?:production\\s+)?(?:slots?|spots?))?\\s*left\\b' +
      '|\\blast\\s+\\d+\\s+(?:units|pcs|pieces|sets)\\b|\\breserved\\s+for\\s+you\\s+for\\b|\\b(?:price|discount|offer|stock)s?\\s+(?:and\\s+the\\s+\\w+\\s+)?(?:is|are|will\\s+be)\\s+gone\\b' +
      '|\\bfirst\\s+pa(?:id|y|yment),?\\s+first\\s+(?:served|serve|shipped|ship)\\b' +
      "|\\bgone\\s+for\\s+good\\b|\\bafter\\s+that\\s+(?:it'?s|it\\s+is|this\\s+\\w+\\s+is)\\s+gone\\b|只剩|仅剩|别人要了|卖给别人|(?:给|卖给)别的(?:客户|买家|人)|不保留",
    {
      anchors: [
        'other',
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
      ],
    },
  ),
  cue(
    'a threat',
    "\\b(?:or|otherwise|else)\\s+(?:[\\p{L}\\p{N}/']+\\s+){0,5}?(?:cancel(?:l?ed)?|stuck|held|frozen|kept|lost|refunded|blocked|gone|misses?|perde|destroyed|confiscated|auctioned|sold|(?:leaves?|go(?:es)?|sails?)\\s+without" +
      // "… otherwise we lose the space" (not "or lose the warranty").
      '|(?:lose\\s+the|lose\\s+your|lose\\s+our|lose\\s+this)\\s+(?:[\\p{L}-]+\\s+)?(?:space|booking|slot|spot|stock|goods|container|vessel|price|discount|rate|offer|deposit|order|place))\\b' +
      // "If you are late, we cannot help": a cost named for lateness.
      "|\\bif\\s+(?:you\\s+are\\s+late|you're\\s+late|u\\s+are\\s+late|you\\s+are\\s+too\\s+late)\\b[^.!?]{0,30}?\\b(?:cannot|can't|can\\s+not|won't|will\\s+not)\\s+(?:help|load|keep|hold|ship|guarantee|do\\s+anything)\\b" +
      // Goods "held at our warehouse" until the buyer checks them are looked after, not threatened.
      '|\\bwill\\s+(?:not\\s+)?be\\s+(?:cancel(?:l?ed)?|stuck|held|frozen|kept|forfeited|blocked)\\b(?!\\s+(?:at|in)\\s+(?:our|the)\\s+(?:warehouse|factory))' +
      // "Will be refunded" reassures; only "will not be refunded" threatens.
      "|\\b(?:will\\s+not|won't)\\s+be\\s+refunded\\b" +
      "|\\b(?:cannot|can't|won't|will\\s+not)\\s+release\\s+the\\s+(?:b/l|goods|shipment|container)\\b|\\bmisses?\\s+the\\s+vessel\\b|\\bblacklist\\w*|\\b(?:don't|do\\s+not|never|if\\s+you)\\s+(?:open|file)\\s+(?:a|the|any)\\s+dispute\\b|\\bno\\s+need\\s+to\\s+(?:open|file|start)\\s+a\\s+dispute\\b" +
      // "不然" (otherwise) is also "or else we can ship next week": only with a loss after it.
      // "Unless you pay by Friday we will cancel the order", "if you don't pay this week the price goes up".
      `|\\bunless\\s+you${UNPAID_LOSS}|\\bif\\s+you\\s+don'?t${UNPAID_LOSS}|\\bif\\s+you\\s+do\\s+not${UNPAID_LOSS}` +
      '|否则|不然(?:的话)?[^，。！？,.!?]{0,8}?(?:取消|走了|卖|没了|涨价|扣|不发|不退|作废|罚|排不上|赶不上)|sen[ãa]o|si\\s+no\\s+' +
      // "Si vous ne payez pas aujourd'hui, nous annulons", "wenn Sie heute nicht zahlen, stornieren wir": with the loss after.
      '|\\bsi\\s+vous\\s+ne\\s+(?:payez|r[ée]glez|confirmez)\\s+pas\\b(?=[^.!?]{0,60}(?:annul|perd|vendr|bloqu))|\\bwenn\\s+sie\\s+(?:\\S+\\s+){0,2}?nicht\\s+(?:be)?zahlen\\b(?=[^.!?]{0,60}(?:stornier|verlier|verkauf|gesperrt))',
    {
      // What is threatened, not "or" or "will" (in most messages): every threat names one of these.
      anchors: [
        'without',
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
        'lost',
        'blocked',
        'gone',
        'miss',
        'perde',
        'destroyed',
        'confiscated',
        'auctioned',
        'sold',
        'forfeited',
        'refunded',
        'release',
        'vessel',
        'blacklist',
        'dispute',
        'unless you pay',
        "don't pay",
        'dont pay',
        'do not pay',
        '否则',
        '不然',
        'senão',
        'senao',
        'si no',
        'si vous ne',
        'wenn sie',
      ],
    },
  ),
];
