import { cue, type Cue } from './cue';

/**
 * A loss said to follow if the buyer doesn't pay soon, in probe 72's wordings: "if not I sell to them tomorrow", a
 * tender that goes to another bidder ("le marché part chez l'autre soumissionnaire", "sera attribué à un autre"). Part
 * of MORE_OFFERS_ENDING.
 */
export const PRESSURE_FROM_TENDERS_AND_LONG_LETTERS: readonly Cue[] = [
  cue(
    'another buyer waiting',
    '\\bif\\s+not\\s*,?\\s+(?:i|we)\\s+(?:will\\s+)?sell\\s+(?:it\\s+|them\\s+)?to\\s+(?:them|him|her|another|other)\\b' +
      "|\\b(?:part|va|ira)\\s+chez\\s+(?:l'autre|un\\s+autre)\\s+(?:soumissionnaire|client|acheteur|fournisseur)\\b|\\battribu[ée]\\s+à\\s+(?:un\\s+)?autre\\b",
    { anchors: ['if not', 'chez', 'attribu'] },
  ),
];
