import { cue, type Cue } from './cue';

/**
 * A loss said to follow if the buyer doesn't pay or confirm soon, in the wordings of probe 62 (steel structures and cranes
 * for contractors from the Caucasus to the Andes; hair and beauty supplies for salons and online resellers): fees by the
 * day in Spanish, goods released or sold to another buyer (also in Uzbek and Chinese), a price held for hours in
 * Vietnamese, a price rise in Azerbaijani, a lost slot in Russian, paying today in Russian written in Latin letters, an
 * amount needed today, a price said to rise every day. Cues with the same label stay apart so that each runs only on its
 * own anchors. Part of MORE_OFFERS_ENDING.
 */
export const PRESSURE_FROM_STEEL_AND_SALONS: readonly Cue[] = [
  cue(
    'a fine by the day',
    // "La naviera cobra sobreestadía en el Callao desde mañana, 200 USD diarios."
    '\\b(?:sobreestad[íi]a|almacenaje|bodegaje|multa|demoras?)\\b[^.!?]{0,60}?\\d[\\d,.]*\\s?(?:usd|d[óo]lares|soles|\\$)\\s+(?:diarios|por\\s+d[íi]a|al\\s+d[íi]a)\\b',
    { anchors: ['diarios', 'por dia', 'por día', 'al dia', 'al día'] },
  ),
  cue(
    'another buyer waiting',
    // "We hold the 3 tower cranes for you only till tomorrow 12:00, after that warehouse release them to other client";
    // Uzbek "kranni boshqa xaridorga sotamiz" (we sell the crane to another buyer); 今天18:00释放给其他买家 (released to other
    // buyers at 18:00 today).
    '\\brelease[sd]?\\s+(?:(?:them|it|the\\s+\\S+)\\s+)?(?:to\\s+other|to\\s+another)\\s+(?:client|buyer|customer)s?\\b' +
      '|\\bboshqa\\s+xaridor|(?:释放|转|卖)(?:给其他|给别的)(?:买家|客户|客人)',
    { anchors: ['to other', 'to another', 'boshqa xaridor', '给其他', '给别的'] },
  ),
  cue(
    'a price rise tomorrow',
    // Azerbaijani "bu gün ödəniş etsəniz endirim qalır, sabah qiymət artır" (pay today and the discount stays, tomorrow the
    // price rises); "steel price rising every day. pls pay deposit via crypto now".
    '\\b(?:sabah\\s+qiymət|sabah\\s+qiymet)\\s+art' +
      '|\\bprices?\\s+(?:is\\s+|are\\s+)?(?:rising|going\\s+up|increasing)\\s+every\\s+day\\b(?=[^]{0,100}?\\bpay\\b)',
    { anchors: ['sabah qiymət', 'sabah qiymet', 'every day'] },
  ),
  cue(
    'a deadline with a penalty',
    // Russian "ваш слот потеряете" (you lose your slot); "u must finalize order today or wait till March with new higher
    // price"; Vietnamese "giá này em chỉ giữ được 2 tiếng thôi" (I can hold this price only 2 hours).
    '(?:потеряете|потеряет)\\s+(?:[\\p{L}]+\\s+)?(?:слот|место|скидку|цену|очередь)|(?:слот|место|скидку|цену)\\s+потеряете' +
      '|\\b(?:finali[sz]e|confirm|place)\\s+(?:the\\s+|your\\s+)?order\\s+today\\s+or\\s+wait\\b' +
      '|\\b(?:chỉ\\s+giữ|chi\\s+giu)\\s+(?:được\\s+|duoc\\s+)?\\d+\\s+(?:tiếng|tieng|ngày|ngay|giờ|gio)(?![\\p{L}])',
    { anchors: ['потеряет', 'order today or wait', 'chỉ giữ', 'chi giu'] },
  ),
  cue(
    'a deadline to pay',
    // Russian in Latin letters "nado oplatit 5000$ za inspekciyu segodnya, inache inspektor uedet" (must pay today, otherwise);
    // "forwarder need the freight $1,840 today for the flight tomorrow".
    '\\boplat\\w*\\s+(?:\\S+\\s+){0,5}?segodnya\\b' +
      '|\\bneeds?\\s+the\\s+(?:freight|fee|duty|balance|deposit|payment)\\s+(?:us\\$|\\$|usd\\s?|€|£)?\\d[\\d,.]*\\s?(?:usd|dollars?)?\\s+(?:today|tonight|now)\\b',
    { anchors: ['segodnya', 'need the', 'needs the'] },
  ),
];
