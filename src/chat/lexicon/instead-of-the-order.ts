import { cue, type Cue } from './cue';

/**
 * Paying some other way "instead of" the order, in the languages that say it with a phrase: Spanish "en vez de Trade
 * Assurance", "en lugar de Alibaba", Portuguese "em vez de"/"ao invés de", French "au lieu de", Italian "invece di",
 * German "statt über Alibaba". Part of PAYMENT_ROUTES, after LEAVING_THE_ORDER.
 */
export const INSTEAD_OF_THE_ORDER: readonly Cue[] = [
  cue(
    'paying directly, outside the order',
    // "Mejor pague el 70% por TT a nuestro banco en vez de Trade Assurance"; "payez par virement au lieu de passer par Alibaba".
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
];
