import { cue, type Cue } from './cue';

/**
 * A loss said to follow if the buyer doesn't pay soon, in probe 70's wordings: Persian in Latin letters "farda gheymat
 * 20% bishtare" (tomorrow the price is 20% more), Burmese မနက်ဖြန် ဈေး … တက်မယ် (tomorrow the price goes up), Tagalog
 * "bukas tataas na presyo", Egyptian Arabic in Latin letters "edfa3 el naharda" (pay today; read "edfae") and "khalas
 * bokra" (over tomorrow), "after 48h we charge … storage", Russian in Latin letters "zavtra cena +7%", Kazakh
 * "ертең баға", Armenian "վաղը գինը" (tomorrow the price), Kinyarwanda "ejo igiciro" (probe 72), "hurry price go up
 * monday". Part of MORE_OFFERS_ENDING.
 */
export const PRESSURE_FROM_SANCTIONS_AND_SHORTHAND: readonly Cue[] = [
  cue(
    'a price rise tomorrow',
    '\\bfarda\\s+(?:\\S+\\s+)?gheymat\\w*\\s+(?:\\S+\\s+){0,2}?(?:bishtar|bala|gerun)\\w*|မနက်ဖြန်\\s*ဈေး[^။]{0,20}?တက်|\\bbukas\\s+(?:\\S+\\s+)?tataas\\b' +
      '|\\bzavtra\\s+(?:\\S+\\s+)?cena\\b|(?<![\\p{L}])ертең\\s+баға|(?<![\\p{L}])վաղը\\s+գինը|\\bhurry\\b[^.!?\\n]{0,20}?\\bprices?\\s+(?:will\\s+)?go(?:es)?\\s+up\\b|\\bejo\\s+igiciro\\b',
    { anchors: ['farda', 'မနက်ဖြန်', 'bukas', 'zavtra', 'ертең баға', 'վաղը գինը', 'hurry', 'ejo igiciro'] },
  ),
  cue('a deadline with a penalty', '\\bedfae\\s+el\\s+naharda\\b|\\bkhalas\\s+bokra\\b', {
    anchors: ['edfae el naharda', 'khalas bokra'],
  }),
  cue(
    'a fine by the day',
    '\\bafter\\s+\\d+\\s*(?:h|hrs?|hours?|days?)\\s+(?:we|i)\\s+(?:will\\s+)?charge\\b',
    { anchors: ['after'] },
  ),
];
