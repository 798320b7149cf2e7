import { cue, type Cue } from './cue';

/**
 * Paying outside the order in the wordings of probe 64 (furniture and décor for designers and short-let hosts in
 * Australia, New Zealand, Canada, the UK, Ireland and South Africa; chips and modules from Shenzhen brokers): cash
 * collected by a cousin or handed to the driver, a wire "to HK" with the order "for finished goods only", the order
 * "3% cheaper" left for an HK account, paying "to … (HK) Ltd", and French "par virement à notre agent". Part of
 * MORE_DIRECT_TRANSFERS.
 */
export const PAYING_OUTSIDE_FURNITURE_AND_CHIPS: readonly Cue[] = [
  cue(
    'cash',
    // "My cousin in Sydney can collect AUD 2,500 from you in Chatswood", "just give the driver R6 800 cash for the balance".
    '\\b(?:cousin|brother|sister|friend|agent|colleague|driver|uncle)\\s+(?:in\\s+\\S+\\s+)?(?:can\\s+collect|will\\s+collect)\\s+(?:the\\s+)?(?:cash|money|payment|balance|deposit|(?:aud|usd|nzd|cad|zar|gbp|eur|r|\\$|€|£)\\s?\\d)' +
      '|\\b(?:give\\s+the\\s+driver|give\\s+the\\s+courier|give\\s+the\\s+delivery\\s+guy|pay\\s+the\\s+driver)\\s+(?:\\S+\\s+){0,3}?cash\\b',
    {
      anchors: [
        'can collect',
        'will collect',
        'give the driver',
        'give the courier',
        'give the delivery guy',
        'pay the driver',
      ],
    },
  ),
  cue(
    'a reason to leave Trade Assurance',
    // "I give you our HK company account there, is 3% cheaper than trade assurance"; "we take payment only by bank wire to HK,
    // alibaba order is for finished goods only".
    '\\b(?:cheaper\\s+than\\s+trade\\s+assurance|cheaper\\s+than\\s+ta)\\b' +
      '|\\b(?:alibaba\\s+order|trade\\s+assurance\\s+order|ta\\s+order)\\s+(?:is\\s+)?(?:only\\s+)?for\\s+(?:the\\s+)?(?:finished\\s+goods|bulk|big\\s+orders?|main\\s+order)\\s+only\\b',
    // Not "cheaper than Alibaba, please pay in the Trade Assurance order".
    { anchors: ['cheaper than', 'alibaba order', 'trade assurance order', 'ta order'], offeredInOrder: true },
  ),
  cue(
    'a third party collecting the money',
    // "The agent release 10k pcs only if payment before 15:00 HK time to LIANTAI INTL (HK) LTD"; French "frais de dédouanement
    // … à payer aujourd'hui par virement à notre agent".
    '\\b(?:payment|pay|transfer|remit)\\b[^.!?]{0,50}?\\bto\\s+(?:[\\p{L}&.-]+\\s+){1,4}?(?:\\(hk\\)\\s+ltd|\\(hk\\)\\s+limited|hk\\s+ltd|hk\\s+limited)\\b' +
      '|\\b(?:virement|paiement)\\s+(?:\\S+\\s+){0,2}?(?:à\\s+notre|a\\s+notre)\\s+(?:agent|transitaire|repr[ée]sentant|partenaire)\\b',
    { anchors: ['(hk) ltd', '(hk) limited', 'hk ltd', 'hk limited', 'à notre', 'a notre'] },
  ),
];
