import { cue, type Cue } from './cue';

/**
 * A loss said to follow if the buyer doesn't pay soon, in probe 66's fragments and supplements trade: "tdy or gone",
 * "tdy or slot gone", "tmrw +15%", "tmrw too late", "ur acc will be closed", Russian
 * "сегодня или продадим другому", Italian "oggi o perdi il prezzo", Turkish "sıranızı kaybedersiniz" (you lose your
 * turn). Part of MORE_OFFERS_ENDING.
 */
export const PRESSURE_FROM_SUPPLEMENTS_AND_FRAGMENTS: readonly Cue[] = [
  cue(
    'a deadline with a penalty',
    '\\b(?:tdy\\s+or|today\\s+or|tonite\\s+or|tonight\\s+or)\\s+(?:the\\s+)?(?:\\S+\\s+)?(?:gone|lost|sold|cancel\\w*|return\\w*)\\b' +
      '|\\b(?:tmrw\\s+too\\s+late|tomorrow\\s+too\\s+late|tomorrow\\s+is\\s+too\\s+late)\\b|\\boggi\\s+o\\s+perd[ie]\\b' +
      '|(?<![\\p{L}])kaybedersiniz(?![\\p{L}])',
    {
      anchors: ['tdy or', 'today or', 'tonite or', 'tonight or', 'too late', 'oggi o perd', 'kaybedersiniz'],
    },
  ),
  cue(
    'a price rise tomorrow',
    // "price only till tonite, tmrw +15%".
    '\\b(?:tmrw|tomorrow)\\s*\\+\\s*\\d+\\s*%',
    { anchors: ['tmrw', 'tomorrow'] },
  ),
  cue(
    'a threat',
    // "ur acc will be closed if no pay tdy".
    '\\b(?:your\\s+acc|ur\\s+acc|your\\s+acct|ur\\s+acct)\\s+will\\s+be\\s+(?:closed|blocked|suspended|frozen)\\b',
    { anchors: ['your acc', 'ur acc'] },
  ),
  cue(
    'another buyer waiting',
    // Russian "сегодня или продадим другому" (today or we sell to another).
    '(?:продадим|отдадим)\\s+другому',
    { anchors: ['продадим', 'отдадим'] },
  ),
];
