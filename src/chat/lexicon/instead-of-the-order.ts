import { cue, inMessageWith, type Cue } from './cue';

/** Money another way, said in the same message as the order ruled out. */
const ANOTHER_WAY = '\\b(?:cash|bank|t/t|tt|wire|transfer|direct(?:ly)?|western\\s+union|usdt)\\b';
/** After "no TA": not a question, a list of refusals, a fee or an order not made yet; and another way named near. */
const RULED_OUT =
  '(?!\\s*\\?|\\s*,?\\s*no\\b|\\s+(?:fees?|charges?|commission|discount)\\b|\\s+orders?\\s+(?:yet|placed|received|found|created)\\b)' +
  inMessageWith(ANOTHER_WAY, 120);

/**
 * Paying some other way "instead of" the order, in the languages that say it with a phrase: Spanish "en vez de Trade
 * Assurance", "en lugar de Alibaba", Portuguese "em vez de"/"ao invés de", French "au lieu de", Italian "invece di",
 * German "statt über Alibaba"; or the order ruled out ("no TA") beside another way to pay; or the share paid outside
 * named as a part of the order. Part of PAYMENT_ROUTES, after LEAVING_THE_ORDER.
 */
export const INSTEAD_OF_THE_ORDER: readonly Cue[] = [
  cue(
    'paying directly, outside the order',
    // "Mejor pague el 70% por TT a nuestro banco en vez de Trade Assurance"; "payez par virement au lieu de passer par
    // Alibaba".
    '(?<![\\p{L}])(?:en\\s+vez\\s+de|en\\s+lugar\\s+de|em\\s+vez\\s+de|ao\\s+inv[ée]s\\s+de|au\\s+lieu\\s+de|invece\\s+di|(?:an)?statt)\\s+' +
      '(?:(?:pagar|payer|pagare|zahlen)\\s+)?(?:(?:por|en|a\\s+trav[ée]s\\s+de|pelo|pela|no|na|via|par|sur|passer\\s+par|tramite|su|(?:ü|ue|u)ber)\\s+)?' +
      '(?:el\\s+|la\\s+|o\\s+|a\\s+|le\\s+|il\\s+)?(?:alibaba|trade\\s+assurance|plataforma|plateforme|piattaforma|plattform|pedido\\s+de\\s+alibaba|commande\\s+alibaba)(?![\\p{L}])',
    {
      needsPaymentTalk: true,
      anchors: [
        'en vez de',
        'en lugar de',
        'em vez de',
        'ao inves de',
        'ao invés de',
        'au lieu de',
        'invece di',
        'statt',
      ],
    },
  ),
  cue(
    'paying directly, outside the order',
    // "Cash or bank only, no TA because store will close", "this is stock, no Alibaba order. Pay today by bank"; not
    // "no TA?", "No TA, no WU, only bank in the order", "no TA fee for you".
    `\\bno\\s+ta\\b${RULED_OUT}|\\bno\\s+trade\\s+assurance\\b${RULED_OUT}|\\bno\\s+alibaba\\s+(?:order|payment|checkout)\\b${RULED_OUT}`,
    { anchors: ['no ta', 'no trade assurance', 'no alibaba'] },
  ),
  cue(
    'paying directly, outside the order',
    // The share paid outside named as a part of the order: "extra 2% discount for the direct part", "the outside half"
    // (not "the direct part of the cost", with no talk of paying).
    ['direct', 'outside']
      .flatMap((way) =>
        ['part', 'portion', 'half', 'share'].map((part) => `\\b(?:the|for|on)\\s+${way}\\s+${part}\\b`),
      )
      .join('|'),
    {
      needsPaymentTalk: true,
      anchors: [
        'direct part',
        'direct portion',
        'direct half',
        'direct share',
        'outside part',
        'outside portion',
        'outside half',
        'outside share',
      ],
    },
  ),
];
