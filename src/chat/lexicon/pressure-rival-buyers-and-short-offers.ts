import { beforeANumber, cue, inMessageWith, type Cue } from './cue';
import { PAY_WORDS } from './pressure-words';

/** Paying, somewhere in the message: a scarce lot or a rival buyer is pressure only when the supplier is asking to be paid. */
const NEAR_PAYING = inMessageWith(PAY_WORDS, 150);

/**
 * Pressure in the wordings of probe 78 (buyers in Europe, Latin America, Africa, South Asia, Russia and the Gulf): a
 * price held only for hours or the week, in six languages; another buyer from somewhere else who "also asks" or wants
 * the same lot; the last units in stock while payment is asked; and a loss if the balance is late ("otherwise you lose
 * all goods", "if balance not receive we miss this boat"). Part of MORE_OFFERS_ENDING.
 */
export const PRESSURE_FROM_RIVAL_BUYERS_AND_SHORT_OFFERS: readonly Cue[] = [
  cue(
    'an offer that ends today',
    // "Price only for 48 hours", "Price 725 only for this week", "17.5 only for today"; not "price only for 1,000 pcs".
    "\\b(?:price|offer|rate|promo|discount)\\s+(?:\\S+\\s+){0,2}?(?:is\\s+)?(?:only\\s+for|only\\s+valid(?:\\s+for)?)\\s+(?:today|tonight|this\\s+week|\\d+\\s*(?:hours?|hrs?|h|days?))\\b(?!')" +
      "|\\b\\d[\\d.,]*\\s+only\\s+for\\s+(?:today|tonight|this\\s+week)\\b(?!')" +
      // Spanish "El precio 7.40 solo esta semana"; Vietnamese "Giá 6.500 chỉ giữ hết hôm nay"; Indonesian "Harga promo 0.058
      // ini berlaku sampai jam 12 malam saja"; Arabic "السعر مضمون ساعة واحدة فقط"; Russian "Курс фиксируем до среды, потом дороже".
      '|\\b(?:precio|oferta|descuento)\\s+(?:\\S+\\s+){0,2}?(?:es\\s+)?(?:solo|sólo|solamente)\\s+(?:por\\s+|para\\s+)?(?:hoy|esta\\s+semana|\\d+\\s+horas)\\b' +
      '|(?<![\\p{L}])gi[áa]\\s+(?:\\S+\\s+){0,2}?(?:chỉ\\s+giữ|chi\\s+giu)\\s+(?:[đd][ếe]n\\s+)?(?:h[ếe]t\\s+)?(?:h[ôo]m\\s+nay|tu[ầa]n\\s+n[àa]y)' +
      '|\\b(?:harga|promo)\\s+(?:\\S+\\s+){0,3}?(?:berlaku\\s+sampai|berlaku\\s+hingga)\\s+(?:\\S+\\s+){0,3}?(?:saja|aja)\\b' +
      '|(?:السعر\\s+مضمون|السعر\\s+ثابت)\\s+(?:ساعة|ساعتين|يوم)\\s+(?:واحدة\\s+|واحد\\s+)?فقط' +
      '|(?<![\\p{L}])(?:курс|цену|цена)\\s+(?:фиксируем\\s+до|держим\\s+до|фиксирую\\s+до|держу\\s+до)\\s+\\S+\\s*,?\\s+(?:потом|затем|после)',
    {
      anchors: [
        'only for',
        'only valid',
        'solo',
        'sólo',
        'solamente',
        'chỉ giữ',
        'chi giu',
        'berlaku sampai',
        'berlaku hingga',
        'السعر مضمون',
        'السعر ثابت',
        'фиксируем до',
        'держим до',
        'фиксирую до',
        'держу до',
      ],
    },
  ),
  cue(
    'a price rise tomorrow',
    // "This is today price, tomorrow 14 OLED up 2 USD"; Gulf Arabic "الأسبوع الجاي الأسعار بتزيد" (next week prices go up).
    '\\btoday\\s+price\\b[^.!?]{0,15}?\\btomorrow\\b[^.!?]{0,30}?\\b(?:up|higher|increase|more)\\b' +
      '|(?:الأسبوع\\s+الجاي|الأسبوع\\s+القادم)\\s+(?:الأسعار|السعر)\\s+(?:بتزيد|سيزيد|تزيد|يزيد|بيزيد)',
    { anchors: ['today price', 'الأسبوع الجاي', 'الأسبوع القادم'] },
  ),
  cue(
    'another buyer waiting',
    // "many buyers from Ghana waiting for this stock", "another buyer from Ghana also ask", "one Dubai buyer also booking",
    // "Indonesian customer also paying deposit tomorrow"; not "our customers also want the grey one".
    '\\b(?:buyers?|customers?|clients?|distributors?)\\s+(?:from\\s+\\S+\\s+|in\\s+\\S+\\s+)?(?:are\\s+|is\\s+)?waiting\\s+for\\s+(?:this|these|the\\s+same)\\b' +
      '|(?<!\\b(?:our|my|your|their)\\s+(?:\\S+\\s+)?)\\b(?:buyers?|customers?|clients?|distributors?)\\s+(?:from\\s+\\S+\\s+|in\\s+\\S+\\s+)?(?:also\\s+ask\\w*|also\\s+book\\w*|also\\s+pay\\w*|also\\s+wants?)\\b' +
      // "another distributor in Karachi want the same lot".
      '|\\b(?:another|other|one)\\s+(?:\\S+\\s+){0,2}?(?:buyer|customer|client|distributor)s?\\s+(?:\\S+\\s+){0,3}?wants?\\s+the\\s+same\\s+(?:lot|stock|goods|batch|container|items?)\\b',
    {
      anchors: [
        'waiting for',
        'also ask',
        'also book',
        'also pay',
        'also want',
        'want the same',
        'wants the same',
      ],
      near: [NEAR_PAYING],
    },
  ),
  cue(
    'another buyer waiting',
    // Russian "иначе склад отдаст партию другому клиенту" (or else the warehouse gives the lot to another client), "потом
    // продаём другому клиенту".
    '(?<![\\p{L}])(?:иначе|потом|или)\\s+(?:\\S+\\s+){0,4}?другому\\s+(?:клиенту|покупателю|заказчику)',
    { anchors: ['другому'] },
  ),
  cue(
    'scarcity',
    // "Only 3 sets left", "we have only 20 units in stock", "Last machine in stock with this spec", Indonesian "stok baterai
    // tinggal sedikit", while payment is asked for.
    '\\bonly\\s+\\d+\\s+(?:sets?|units?|pcs|pieces|machines?|containers?|rolls?|tons?|cartons?|bags?|pallets?)\\s+(?:left|in\\s+stock|remaining)\\b' +
      '|\\blast\\s+(?:machine|set|unit|container|lot|piece|pallet)\\s+in\\s+stock\\b' +
      '|\\bstok\\s+(?:\\S+\\s+)?tinggal\\s+sedikit\\b',
    { anchors: [...beforeANumber('only'), 'in stock', 'tinggal sedikit'], near: [NEAR_PAYING] },
  ),
  cue(
    'a deadline with a penalty',
    // "otherwise you lose all goods", "if balance not receive we miss this boat", "if payment not today we cannot reserve".
    '\\b(?:otherwise|or\\s+else|or)\\s+(?:you\\s+lose|you\\s+will\\s+lose|u\\s+lose|u\\s+will\\s+lose)\\s+(?:all\\s+)?(?:the\\s+|your\\s+)?(?:goods|cargo|deposit|money|order|shipment|container)\\b' +
      '|\\bif\\s+(?:the\\s+)?(?:balance|payment|deposit|money)\\s+(?:is\\s+)?(?:not\\s+receive|not\\s+arrive|not\\s+paid)\\w*[^.!?]{0,30}?\\b(?:we|you)\\s+(?:will\\s+)?miss\\b' +
      '|\\bif\\s+(?:the\\s+)?(?:payment|deposit|balance)\\s+(?:is\\s+)?(?:not\\s+today|not\\s+tonight)\\b',
    {
      anchors: ['u lose', 'u will lose', 'not receive', 'not arrive', 'not paid', 'not today', 'not tonight'],
    },
  ),
];
