import { cue, type Cue } from './cue';

/**
 * Money asked for before money is released (a "refund processing fee", a fee to unfreeze an order or claim a
 * prize), and a refund offered around the order ("I will refund you personally, just cancel the dispute").
 * Part of THIRD_PARTY_FEES.
 */
export const REFUND_TRICKS: readonly Cue[] = [
  cue(
    'a fee to pay first, to unlock an order or a refund',
    // "A 40 USD refund processing fee first", "pour le remboursement, il faut d'abord payer 40 USD de frais",
    // "to unfreeze your order please verify your identity with a 1 USD payment", a lottery's handling fee.
    '\\brefund\\s+(?:processing|handling|release|transfer|service|admin\\w*)\\s+(?:fee|charge)s?\\b' +
      '|\\bremboursement\\b[^.!?]{0,60}?\\b(?:payer|r[èée]gler|verser)\\b[^.!?]{0,30}?\\bfrais\\b' +
      '|\\bto\\s+(?:unfreeze|unlock|reactivate)\\s+(?:your|the)\\s+(?:order|account|payment|funds|money)\\b[^.!?]{0,60}?\\b(?:pay|payment)\\b' +
      '|\\bverify\\s+your\\s+identity\\s+with\\s+(?:a|an)\\s+(?:\\S+\\s+){0,2}?payment\\b' +
      '|\\b(?:handling|processing|release|claim|admin\\w*|clearance)\\s+(?:fee|charge)\\s+(?:to\\s+receive|to\\s+get|to\\s+claim)\\s+(?:the\\s+|your\\s+)?(?:free|prize|gift|reward|bonus)\\b' +
      '|\\b(?:lottery|lucky\\s+draw|raffle|sweepstakes?)\\b[^\\n]{0,120}?\\b(?:fee|charge|tax)\\b',
    {
      anchors: [
        'refund',
        'remboursement',
        'unfreeze',
        'unlock',
        'reactivate',
        'identity',
        'to receive',
        'to get',
        'to claim',
        'lottery',
        'lucky draw',
        'raffle',
        'sweepstake',
      ],
    },
  ),
  cue(
    'a refund paid outside the order',
    // "I will refund you personally, just cancel the dispute", "download our finance app and log in with your bank card".
    '\\brefund\\s+you\\s+(?:personally|privately|myself|directly|outside)\\b' +
      '|\\b(?:download|install)\\s+(?:our|my|this|the)\\s+(?:\\S+\\s+)?(?:finance\\s+app|financial\\s+app|payment\\s+app|wallet\\s+app|refund\\s+app|investment\\s+app|banking\\s+app)\\b(?<!\\balibaba\\s+(?:\\S+\\s+)?\\w+\\s+app)' +
      '|\\blog\\s?-?in\\s+with\\s+your\\s+(?:bank\\s+card|bank\\s+account|card)\\b',
    {
      anchors: [
        'refund you',
        'finance app',
        'financial app',
        'payment app',
        'wallet app',
        'refund app',
        'investment app',
        'banking app',
        'with your',
      ],
    },
  ),
];
