import { cue, type Cue } from './cue';

/**
 * Paying outside the order in the wordings of probe 82 (English chats where the scam wears port and customs clothes):
 * the deposit "arranged outside platform", a fee to "our account in Dubai", money for the customs officer himself.
 * Part of MORE_DIRECT_TRANSFERS.
 */
export const PAYING_OUTSIDE_PORTS_AND_OFFICERS: readonly Cue[] = [
  cue(
    'paying directly, outside the order',
    // "For the deposit better we arrange outside platform, alibaba fee is high"; not "we can't arrange anything outside
    // the platform".
    "\\b(?<!\\b(?:not|never|can'?t|cannot|won'?t)\\s+)(?:arrange|do|settle|handle|make)\\s+(?:it\\s+|this\\s+|the\\s+(?:deposit|payment|balance)\\s+)?outside\\s+(?:the\\s+|of\\s+(?:the\\s+)?)?(?:platform|alibaba|trade\\s+assurance|ta\\s+order)\\b",
    { anchors: ['outside'] },
  ),
  cue(
    'paying directly, outside the order',
    // "first pay 3,500 USD for export license and cold store booking, to our account in Dubai": an account abroad, named
    // by its place (not "our account in the Alibaba order").
    '\\b(?:pay|paid|send|transfer|remit|wire)\\b[^.!?]{0,80}?\\b(?:to\\s+our\\s+account\\s+in|to\\s+our\\s+company\\s+account\\s+in|to\\s+our\\s+bank\\s+account\\s+in|to\\s+our\\s+usd\\s+account\\s+in)\\s+(?!the\\b|alibaba|trade\\b|ta\\b|your\\b|our\\b|full\\b|advance\\b|usd\\b|rmb\\b|eur\\b)[a-z]{3,}',
    {
      anchors: [
        'to our account in',
        'to our company account in',
        'to our bank account in',
        'to our usd account in',
      ],
    },
  ),
  cue(
    'a fee paid to a third party, not into the order',
    // "customs officer says the invoice value low, need pay officer 45,000 INR, then release same day": money for an
    // officer himself, which no customs takes.
    '\\b(?:pay|paid|give|send)\\s+(?:to\\s+)?(?:the\\s+)?(?:customs\\s+)?officer\\b(?!\\s+(?:at|in|through|via)\\s+(?:the\\s+)?(?:bank|portal|counter|cashier))',
    { anchors: ['officer'] },
  ),
];
