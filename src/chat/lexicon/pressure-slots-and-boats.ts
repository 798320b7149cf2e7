import { cue, type Cue } from './cue';

/**
 * Pressure in the wordings of probe 79: paying today or by a day so a boat, a container or a production slot isn't
 * lost, a charge that starts tomorrow, a price that rises or goes back up, an offer held for hours, another buyer; in
 * English, Chinese, Japanese, Korean, Italian, Spanish and Polish. The deadlines name the payment with them: "please pay
 * the deposit and we start production" names no deadline. Part of MORE_OFFERS_ENDING.
 */
export const PRESSURE_SLOTS_AND_BOATS: readonly Cue[] = [
  cue(
    'a deadline to pay',
    // "Pls pay by today so we can book the Friday vessel", "pls send today so we can cut fabric Monday", "pls pay balance
    // today, container booked tomorrow", "Ok, but please today, container closing tomorrow".
    '\\b(?:pay|send|transfer|wire)\\s+(?:the\\s+)?(?:\\S+\\s+){0,2}?(?:by\\s+today|today)\\s*,?\\s+(?:so\\s+(?:we|that\\s+we)\\s+can\\s+(?:book|catch|load|cut|ship|hold)|(?:the\\s+)?(?:container|vessel|ship|booking)\\s+(?:is\\s+)?(?:booked|closing|closes|leaves|cut))\\b' +
      '|\\b(?:please|pls|plz)\\s+today\\s*,\\s*(?:the\\s+)?(?:container|vessel|ship|booking)\\s+(?:is\\s+)?(?:closing|closes|leaves|booked)\\b' +
      // "Payment should be made latest tomorrow to avoid 5% late charge"; "Deposit Wednesday latest or we move your slot";
      // "To hold the slot I need the deposit by tomorrow".
      '|\\b(?:latest|by)\\s+(?:today|tonight|tomorrow)\\s+to\\s+avoid\\s+(?:\\S+\\s+){0,3}?(?:charges?|fees?|penalty|fine)\\b' +
      '|\\b(?:deposit|payment|balance)\\s+(?:by\\s+)?(?:\\S+day|tomorrow|today)\\s+(?:latest|at\\s+the\\s+latest)\\s+or\\s+(?:we|you)\\b' +
      '|\\bto\\s+(?:hold|keep|secure|reserve)\\s+(?:the|your|this)\\s+(?:slot|booking|space|price)\\s+(?:i|we)\\s+need\\s+(?:the\\s+|your\\s+)?(?:deposit|payment|balance)\\s+(?:by\\s+)?(?:today|tonight|tomorrow)\\b',
    {
      anchors: ['today', 'tonight', 'tomorrow', 'latest'],
    },
  ),
  cue(
    'a deadline to pay',
    // "container booking cannot wait"; "the shipping line charges detention from tomorrow"; "你今天转明天就装柜", "今天匯明天就出"
    // (pay today, it's loaded/out tomorrow); "周五前到账可以赶年前最后一车，不然要等到正月十五后".
    "\\b(?:container|vessel)\\s+booking\\s+(?:cannot\\s+wait|can't\\s+wait|cant\\s+wait|can\\s+not\\s+wait)\\b" +
      '|\\b(?:charges?|charging)\\s+(?:demurrage|detention|storage)\\s+from\\s+(?:tomorrow|today|tonight)\\b' +
      '|(?:今天转|今天汇|今天付)[^，。！？]{0,3}明天就|(?:前到账|前付款|前付清)[^。！？]{0,24}?不然',
    {
      anchors: [
        'cannot wait',
        "can't wait",
        'cant wait',
        'can not wait',
        'tomorrow',
        'today',
        'tonight',
        '今天转',
        '今天汇',
        '今天付',
        '前到账',
        '前付款',
        '前付清',
      ],
    },
  ),
  cue(
    'a price that rises if you wait',
    // "copper price rise next week we cannot hold"; "rmb rate change after friday, price +6%"; "Rate today good, tomorrow
    // dollar maybe up"; 红包价只到初五，初六开工就恢复原价了 (back to the old price after the holiday).
    "\\bprice\\s+(?:will\\s+)?(?:rise|rises|go\\s+up|goes\\s+up|increase|increases)\\s+(?:next\\s+week|tomorrow)\\s*,?\\s+(?:we\\s+|i\\s+)?(?:cannot|can't|cant|can\\s+not)\\s+hold\\b" +
      '|\\b(?:after|from)\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)\\s*,\\s*(?:price\\s+\\+|price\\s+up\\s+)\\s*\\d' +
      '|\\brate\\s+today\\s+good\\b|(?:就|将|会)恢复原价',
    { anchors: ['next week', 'tomorrow', 'price +', 'price up', 'rate today good', '恢复原价'] },
  ),
  cue(
    'an offer that ends soon',
    // "price only valid if the PI is confirmed this week"; "Rial rate inside fix only 24 hour"; "Flash sale end Sunday".
    '\\bprice\\s+(?:is\\s+)?(?:only\\s+valid\\s+if)\\s+[^.!?]{0,40}?\\b(?:this\\s+week|today|tomorrow)\\b' +
      '|\\b(?:fix\\s+only|fixed\\s+only|valid\\s+only)\\s+\\d+\\s*(?:hours?|hrs?|h)\\b' +
      '|\\bflash\\s+sale\\s+(?:ends?|until|till)\\s+(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b',
    { anchors: ['only valid if', 'fix only', 'fixed only', 'valid only', 'flash sale'] },
  ),
  cue(
    'another buyer waiting',
    // "Send before 5pm today because bags ready and other reseller want this batch".
    '\\b(?:other|another)\\s+(?:reseller|buyer|customer|client|distributor|importer)s?\\s+(?:also\\s+)?(?:want\\s+this|wants\\s+this|want\\s+the\\s+same|wants\\s+the\\s+same)\\s+(?:batch|lot|stock|goods)\\b',
    { anchors: ['want this', 'wants this', 'want the same', 'wants the same'] },
  ),
  cue(
    'a deadline to pay',
    // Japanese "今日中に残金をお支払いいただけませんか", "本日15時までにお振込みいただければ", "遅れると次の船は2週間後です",
    // "それを過ぎると予約がキャンセルになります"; Korean "이번 주 안에 결제하셔야 할인 적용돼요", "이번 주 금요일까지 입금되면";
    // Italian "confermato solo per oggi", "il deposito entro le 18 …, altrimenti perdiamo il lotto".
    '(?:今日中に|本日中に|本日\\d+時までに)[^。！？]{0,20}?(?:お支払|お振込|支払|振込|入金|残金)' +
      '|(?:過ぎると|遅れると)[^。！？]{0,20}?(?:キャンセル|次の船|値上)' +
      '|(?:오늘|내일|이번\\s?주)\\s?(?:\\S+\\s?)?(?:안에|까지|중으로)\\s?(?:결제|입금|송금)(?:하셔야|해야|되면|해\\s?주셔야)' +
      '|\\b(?:confermato|prezzo|offerta|sconto)\\s+(?:\\S+\\s+){0,2}?(?:solo\\s+per\\s+oggi)\\b' +
      '|\\bentro\\s+le\\s+\\d+[^.!?]{0,30}?,?\\s*(?:altrimenti\\s+perdiamo|altrimenti\\s+perde|altrimenti\\s+perdete)\\b',
    {
      anchors: [
        '今日中に',
        '本日',
        '過ぎると',
        '遅れると',
        '안에',
        '까지',
        '중으로',
        'solo per oggi',
        'altrimenti perd',
      ],
    },
  ),
  cue(
    'a deadline to pay',
    // Polish "Proszę wpłacić zaliczkę do piątku", "proszę do jutra 10:00, bo armator zamyka booking"; Spanish "Por favor
    // hoy mismo, el buque cierra el lunes", "si no llega el pago los contenedores quedan en puerto con costo".
    '(?<![\\p{L}])(?:wpłaci[ćc]|wplaci[ćc]|zapłaci[ćc]|zaplaci[ćc]|przela[ćc])\\s+(?:\\S+\\s+){0,2}?do\\s+(?:jutra|piątku|piatku|poniedziałku|poniedzialku|wtorku|środy|srody|czwartku)(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:proszę\\s+do|prosze\\s+do)\\s+(?:jutra|piątku|piatku|poniedziałku|poniedzialku)[^.!?]{0,20}?,?\\s*bo\\s+' +
      '|\\bhoy\\s+mismo\\s*,?\\s+(?:el\\s+)?(?:buque|barco|contenedor|naviera|booking)\\s+(?:cierra|sale|zarpa)\\b' +
      '|\\bsi\\s+no\\s+llega\\s+el\\s+pago\\b',
    {
      anchors: [
        'wpłaci',
        'wplaci',
        'zapłaci',
        'zaplaci',
        'przela',
        'proszę do',
        'prosze do',
        'hoy mismo',
        'no llega el pago',
      ],
    },
  ),
];
