import { cue, type Cue } from './cue';

/** Pressure in probe 83's English wordings: an offer that "lapses at 6pm today". Part of MORE_OFFERS_ENDING. */
export const PRESSURE_LAPSING_OFFERS: readonly Cue[] = [
  cue(
    'a deadline to pay, and a loss if it is missed',
    // "Please kindly note the offer lapses at 6pm today UK time"; not "the quotation lapses after 30 days".
    '\\b(?:offer|price|quote|quotation|deal|discount)\\s+(?:lapses|will\\s+lapse|expires|will\\s+expire)\\s+(?:at\\s+\\d{1,2}(?:[:.]\\d\\d)?\\s*(?:am|pm)?\\s+(?:today|tonight)|at\\s+midnight|today|tonight|in\\s+(?:\\d+|an?|one|two|three)\\s+hours?)\\b',
    { anchors: ['lapses', 'will lapse', 'expires', 'will expire'] },
  ),
];
