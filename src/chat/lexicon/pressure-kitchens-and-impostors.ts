import { cue, type Cue } from './cue';

/**
 * A loss said to follow if the buyer doesn't pay or confirm soon, in the wordings of probe 63: another buyer "ready to
 * take" the stock, a price said to rise next week in Indonesian, Roman Urdu "price aur delivery dono gaye" (both the price
 * and the delivery gone), and a confirmation asked "by end of day today to avoid cancellation". Part of MORE_OFFERS_ENDING.
 */
export const PRESSURE_FROM_KITCHENS_AND_IMPOSTORS: readonly Cue[] = [
  cue(
    'another buyer waiting',
    // "Another buyer from Dubai is ready to take all 600 sets … If you dont confirm by 6pm I have to give it to him."
    '\\b(?:another|other)\\s+buyer\\s+(?:\\S+\\s+){0,3}?(?:is\\s+)?ready\\s+to\\s+take\\b' +
      '|\\bi\\s+(?:have\\s+to|must|will)\\s+(?:give\\s+it\\s+to|give\\s+them\\s+to)\\s+(?:him|her)\\b',
    { anchors: ['ready to take', 'give it to', 'give them to'] },
  ),
  cue(
    'a price rise tomorrow',
    // Indonesian "harga panel surya naik minggu depan. Transfer DP hari ini …, kalau besok harga sudah berubah".
    '\\bharga\\s+(?:\\S+\\s+){0,3}?(?:naik\\s+minggu\\s+depan|naik\\s+besok|naik\\s+bulan\\s+depan)\\b(?=[^]{0,120}?\\bhari\\s+ini\\b)' +
      '|\\bbesok\\s+harga\\s+(?:sudah\\s+)?(?:berubah|naik)\\b',
    { anchors: ['naik minggu depan', 'naik besok', 'naik bulan depan', 'besok harga'] },
  ),
  cue(
    'a deadline with a penalty',
    // Roman Urdu "agar aap advance … nahi bhejenge to … price aur delivery dono gaye"; "confirm … by end of day today to avoid
    // cancellation of PO-88120".
    '\\b(?:price|rate|delivery)\\s+(?:\\S+\\s+){0,3}?(?:dono\\s+)?gaye\\b' +
      '|\\b(?:today|tonight|end\\s+of\\s+(?:the\\s+)?day|eod)\\s+to\\s+avoid\\s+(?:the\\s+)?(?:cancell?ation|penalt\\w*|storage|demurrage)\\b',
    { anchors: ['gaye', 'to avoid'] },
  ),
];
