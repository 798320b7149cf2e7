import { cue, phrases, WEEKDAYS, type Cue } from './cue';

const DAYS = ['tomorrow', 'today', ...WEEKDAYS];
/** "from tomorrow", "after monday": each written out, so that every branch holds its anchor. */
const FROM_A_DAY = ['from', 'after'].flatMap((word) => DAYS.map((day) => `${word} ${day}`));
const PRICE_FROM = [
  'price from',
  'prices from',
  'price after',
  'prices after',
  'price list from',
  'price list after',
];
const IF_NOT_PAID = [
  'if no pay',
  'if not pay',
  "if you don't pay",
  'if you dont pay',
  'if you do not pay',
  'if you cannot pay',
  "if you can't pay",
  'if you cant pay',
];

const anyOf = (list: readonly string[]) => `(?:${phrases(list)})`;

/**
 * Pressure in the wordings of probe 82 (English chats about port fees and advance payments): the price up "from
 * tomorrow" or "after Monday", the goods sent back to China if the buyer doesn't pay. Part of MORE_OFFERS_ENDING.
 */
export const PRESSURE_PRICES_AND_RETURNS: readonly Cue[] = [
  cue(
    'a price that goes up if you wait',
    // "Hurry, price from tomorrow up 8 USD/pc", "after Monday price go up, pay soon pls", "Last price offer, tomorrow new
    // price list higher"; not "the price went up last month".
    `\\b${anyOf(PRICE_FROM)}\\s+(?:${DAYS.join('|')})\\s+(?:will\\s+)?(?:go\\s+|goes\\s+)?(?:up|higher|increase)` +
      `|\\b${anyOf(FROM_A_DAY)}\\s*,?\\s+(?:the\\s+)?(?:new\\s+)?prices?\\s+(?:list\\s+)?(?:will\\s+)?(?:go\\s+|goes\\s+|is\\s+)?(?:up|higher|increase)` +
      '|\\btomorrow\\s+(?:the\\s+)?new\\s+price(?:\\s+list)?\\s+(?:is\\s+|will\\s+be\\s+)?higher\\b',
    { anchors: [...PRICE_FROM, ...FROM_A_DAY, 'new price'] },
  ),
  cue(
    'a threat',
    // "If no pay the goods return to China and you lose"; "… the container goes to auction".
    `\\b${anyOf(IF_NOT_PAID)}\\b(?!\\s+attention)[^.!?]{0,60}?\\b(?:(?:return|go(?:es)?\\s+back)\\s+to\\s+china|you\\s+(?:will\\s+)?lose|auction)`,
    { anchors: IF_NOT_PAID },
  ),
];
