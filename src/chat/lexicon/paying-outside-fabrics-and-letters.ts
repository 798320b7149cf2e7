import { cue, type Cue } from './cue';

/**
 * Paying outside the order in the wordings of probe 67 (fabrics, lace and bridal textiles for tailors and boutiques in
 * West Africa, South Asia, the Gulf, North Africa, Turkey and Southeast Asia; long formal letters): cash handed to a
 * colleague, Wise "on Wise" or by its tag, and a WhatsApp number asked for in Gulf Arabic to send the account. Part of
 * MORE_DIRECT_TRANSFERS.
 */
export const PAYING_OUTSIDE_FABRICS_AND_LETTERS: readonly Cue[] = [
  cue(
    'cash',
    // "Send the sample money to my colleague in Dubai, … you can give him cash there".
    '\\b(?:give\\s+him\\s+cash|give\\s+her\\s+cash|give\\s+them\\s+cash|give\\s+him\\s+the\\s+cash|give\\s+her\\s+the\\s+cash)\\b',
    { anchors: ['give him', 'give her', 'give them'] },
  ),
  cue(
    'a payment app',
    // "first to send deposit on Wise to me get it. Wise tag @sunnylacegz".
    '\\b(?:on\\s+wise\\s+to|wise\\s+tag)\\b',
    { anchors: ['on wise to', 'wise tag'] },
  ),
];
