import { cue, type Cue } from './cue';

/**
 * Paying outside the order in the wordings of probe 81 (short Spanish, Portuguese, French and Arabic messages): the
 * order not to be paid "this time", paying direct, Western Union "simpler". Part of MORE_DIRECT_TRANSFERS.
 */
export const PAYING_OUTSIDE_SKIPPING_THE_ORDER: readonly Cue[] = [
  cue(
    'paying directly, outside the order',
    // Spanish "por favor no pagar por Alibaba esta vez"; French "on annule la commande alibaba et tu paies direct";
    // Spanish "solo pago directo" (not "no hacemos pago directo", a refusal,
    // nor "vous payez directement dans la commande Alibaba").
    '\\b(?:no\\s+pagar|no\\s+pague|no\\s+pagues|no\\s+paguen)\\s+(?:por|en|con|a\\s+trav[ée]s\\s+de)\\s+(?:el\\s+|la\\s+)?(?:alibaba|trade\\s+assurance|plataforma)(?![\\p{L}])(?![^.!?]{0,30}(?:riesgo|arriesgado|peligroso|estafa))' +
      "|\\b(?:tu\\s+paies|tu\\s+payes|vous\\s+payez|on\\s+paie|on\\s+paye)\\s+(?:en\\s+)?direct(?:ement)?\\b(?!\\s+(?:dans|sur|via|par|avec)\\s+(?:la\\s+|le\\s+|l')?(?:commande|alibaba|trade\\s+assurance|plateforme))" +
      '|\\b(?:solo\\s+pago\\s+directo|prefiero\\s+pago\\s+directo|mejor\\s+pago\\s+directo)\\b',
    {
      anchors: [
        'no pagar',
        'no pague',
        'no pagues',
        'no paguen',
        'tu paies',
        'tu payes',
        'vous payez',
        'on paie',
        'on paye',
        'pago directo',
      ],
    },
  ),
  cue(
    'a money transfer service',
    // French "WU c'est plus simple", Spanish "WU es más fácil", Portuguese "WU é mais rápido" (not "el señor Wu es más rápido").
    "\\b(?:wu\\s+c'est|wu\\s+est|wu\\s+es|wu\\s+é|wu\\s+e)(?<!\\b(?:mr|ms|mrs|dr|se[ñn]or|se[ñn]ora|sr|sra|monsieur|madame|mme|senhor|senhora)\\.?\\s+wu\\s+\\S+)\\s+(?:plus|m[áa]s|mais)\\s+(?:simple|facile|f[áa]cil|r[áa]pido|rapide|barato|seguro)(?![\\p{L}])",
    { anchors: ["wu c'est", 'wu est', 'wu es', 'wu é', 'wu e'] },
  ),
];
