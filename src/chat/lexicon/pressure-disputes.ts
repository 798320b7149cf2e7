import { cue, inMessageWith, type Cue } from './cue';

/**
 * A dispute to be dropped: the supplier asks the buyer to close it ("Only need you cancel the dispute first", "Pls
 * close the dispute now so system not block the shipment") or to settle "between us" instead of through Alibaba.
 * Closing a dispute ends the platform's mediation, and the refund promised in return is outside it. Part of
 * SECRECY_AND_SKIPPED_SAFEGUARDS.
 */
export const DISPUTES_TO_DROP: readonly Cue[] = [
  cue(
    'a push to skip a safeguard',
    // Not "Alibaba close the case fast" or "please don't close the dispute yet".
    '\\b(?:pls|please|plz|kindly|just|need\\s+you(?:\\s+to)?|you(?:\\s+just)?(?:\\s+(?:need\\s+to|must|should))?)\\s+(?:close|cancel|withdraw)\\s+(?:the\\s+|your\\s+|this\\s+)?(?:dispute|claim|complaint)\\s+(?:first|now(?!\\s+that)|today|fast|quickly|asap|immediately)\\b' +
      '|\\bclose\\s+case\\s+(?:today|now|first)\\b|\\bclose\\s+the\\s+case\\s+(?:today|now|first)\\b',
    { anchors: ['dispute', 'claim', 'complaint', 'close case', 'close the case'] },
  ),
  cue(
    'a push to skip a safeguard',
    // "Can you give us chance to solve it between us? Alibaba dispute is long"; not a defect fixed "between us" with no
    // dispute or Alibaba named.
    '\\b(?:solve|settle|resolve|handle|fix|close)\\s+(?:it|(?:this|the)(?:\\s+(?:problem|issue|matter|dispute|case))?)\\s+(?:between\\s+us|privately|ourselves|outside)\\b',
    {
      near: [inMessageWith('\\b(?:dispute|alibaba|refund|claim)\\b', 200)],
      anchors: ['between us', 'privately', 'ourselves', 'outside'],
    },
  ),
];
