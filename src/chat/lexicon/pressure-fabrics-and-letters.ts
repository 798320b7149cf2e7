import { cue, type Cue } from './cue';

/**
 * A loss said to follow if the buyer doesn't pay soon, in the wordings of probe 67: "first to send deposit … get it",
 * "after today no more", "tomorrow the line is full", Turkish "bugün … yatırmazsanız" (if you don't pay in today), Hausa
 * "in ba haka ba za mu sayar" (otherwise we sell), Banglish "kal theke dam barbe" (from tomorrow the price rises), Arabic
 * "لزبون ثاني" (to another customer). Part of MORE_OFFERS_ENDING.
 */
export const PRESSURE_FROM_FABRICS_AND_LETTERS: readonly Cue[] = [
  cue(
    'another buyer waiting',
    '\\b(?:first\\s+to\\s+send|first\\s+to\\s+pay|first\\s+to\\s+transfer)\\b[^.!?]{0,40}?\\bget\\s+it\\b|\\bin\\s+ba\\s+haka\\s+ba\\s+za\\s+mu\\s+sayar\\b' +
      '|(?:لزبون\\s+ثاني|لزبون\\s+آخر|لزبون\\s+اخر)',
    { anchors: ['first to send', 'first to pay', 'first to transfer', 'in ba haka ba', 'لزبون'] },
  ),
  cue(
    'a deadline with a penalty',
    '\\bafter\\s+today\\s+no\\s+more\\b|\\b(?:tomorrow|tmrw)\\s+(?:the\\s+line\\s+is\\s+full|the\\s+production\\s+is\\s+full|the\\s+schedule\\s+is\\s+full)\\b' +
      '|\\bbug[üu]n\\s+(?:\\S+\\s+){0,5}?(?:yat[ıi]rmazsan[ıi]z|[öo]demezseniz|g[öo]ndermezseniz)(?![\\p{L}])',
    {
      anchors: [
        'after today no more',
        'the line is full',
        'the production is full',
        'the schedule is full',
        'bugün',
        'bugun',
      ],
    },
  ),
  cue('a price rise tomorrow', '\\bkal\\s+theke\\s+dam\\s+barbe\\b', { anchors: ['kal theke dam'] }),
];
