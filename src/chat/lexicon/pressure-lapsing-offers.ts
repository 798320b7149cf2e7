import { cue, type Cue } from './cue';

/**
 * Pressure in probe 83's and 84's English wordings: an offer that "lapses at 6pm today", "pay before or I am not
 * responsible for container", "tomorrow new price +6%". Part of MORE_OFFERS_ENDING.
 */
export const PRESSURE_LAPSING_OFFERS: readonly Cue[] = [
  cue(
    'a deadline to pay, and a loss if it is missed',
    // "Please kindly note the offer lapses at 6pm today UK time"; not "the quotation lapses after 30 days".
    '\\b(?:offer|price|quote|quotation|deal|discount)\\s+(?:lapses|will\\s+lapse|expires|will\\s+expire)\\s+(?:at\\s+\\d{1,2}(?:[:.]\\d\\d)?\\s*(?:am|pm)?\\s+(?:today|tonight)|at\\s+midnight|today|tonight|in\\s+(?:\\d+|an?|one|two|three)\\s+hours?)\\b',
    { anchors: ['lapses', 'will lapse', 'expires', 'will expire'] },
  ),
  cue(
    'a deadline to pay, and a loss if it is missed',
    // "vessel arrive 20th, pay before or I am not responsible for container"; not "we are not responsible for delays at
    // customs", nor "if the address is wrong, we are not responsible".
    "\\b(?:or|otherwise|else)\\s+(?:i\\s+am|i'm|im|we\\s+are|we're)\\s+not\\s+responsible\\s+(?:for\\s+)?(?:the\\s+|your\\s+)?(?:container|goods|cargo|shipment|demurrage)\\b",
    { anchors: ['responsible'] },
  ),
  cue(
    'a price rise tomorrow',
    // "rubber price rising, tomorrow new price +6%"; not "tomorrow new price list will be sent".
    '\\btomorrow\\s+(?:the\\s+)?new\\s+price\\s*(?:\\+\\s?\\d|up|higher|increase)',
    { anchors: ['tomorrow'] },
  ),
];
