import { ACCOUNT, cue, type Cue } from './cue';

/** A way to pay that leaves the order when it is the only one. */
const ONLY_WAY = '(?:cash|t/?t|tt|bank\\s+transfer|wire(?:\\s+transfer)?|western\\s+union|paypal|usdt)';
/** What buyers pay their own side: "we pay the duties directly to KRA", "I pay them (our forwarder) directly". */
export const BUYERS_OWN_COSTS =
  "(?:the\\s+)?(?:dut(?:y|ies)|taxes|vat)\\b|(?<=\\b(?:i|we)(?:'ll|\\s+will|\\s+can)?\\s+pay\\s+)them\\b";

/** After "no TA": not its fee ("no TA fee for you"). */
export const NOT_ITS_FEE = '\\b(?!\\s+(?:fees?|charges?|commission)\\b)';

/**
 * The order ruled out beside a way to pay: "cash only, no TA", "pay the mould fee by T/T, not in TA order". Part of
 * LEAVING_THE_ORDER.
 */
export const RULING_OUT_THE_ORDER: readonly Cue[] = [
  cue(
    'paying directly, outside the order',
    // "Cash only, no TA", "no TA pls, bank transfer only": one way to pay named as the only one, and the order ruled out.
    ['ta', 'trade\\s+assurance']
      .map(
        (order) =>
          `\\b${ONLY_WAY}\\s+only\\b[^.!?\\n]{0,60}?\\bno\\s+${order}${NOT_ITS_FEE}|\\bno\\s+${order}${NOT_ITS_FEE}[^.!?\\n]{0,30}?\\b${ONLY_WAY}\\s+only\\b`,
      )
      .join('|'),
    { anchors: ['no ta', 'no trade assurance'] },
  ),
  cue(
    'paying directly, outside the order',
    // "Pay the mould fee by T/T to our HK company, not in TA order": paying named, and the order ruled out.
    // "Please do the payment there and not inside the order.", "Please pay 40% deposit to Garanti BBVA account in the
    // letter, not in Alibaba."
    ['in', 'inside', 'through', 'via']
      .map(
        (way) =>
          `\\b(?:pay|payment|t/t|tt|transfer|send|remit)\\b[^.!?\\n]{0,80}?\\bnot\\s+${way}\\s+(?:the\\s+)?(?:(?:ta|trade\\s+assurance|alibaba)(?:\\s+order)?|order)${NOT_ITS_FEE}(?!(?:\\s+order)?\\s+yet\\b)`,
      )
      .join('|'),
    { anchors: ['not in', 'not through', 'not via'] },
  ),
  cue(
    'paying directly, outside the order',
    // "Bal pmt 70% pls TT to HK a/c not TA": the account named, and the order refused, in one breath.
    // "Reorder by bank transfer to the account in this PI today, not TA".
    `\\b(?:tt|t/t|transfer|pay|remit|wire)\\s+(?:\\S+\\s+){0,2}?to\\s+(?:our\\s+|my\\s+)?(?:hk|hong\\s+kong|usd|personal|private|company|bank)\\s+${ACCOUNT}\\s+(?:not\\s+ta|not\\s+trade\\s+assurance|not\\s+alibaba)\\b` +
      ['ta', 'trade\\s+assurance', 'alibaba']
        .map(
          (order) =>
            `|\\b(?:bank\\s+transfer|t/t|tt|wire)\\b[^.!?\\n]{0,60}?,\\s*not\\s+${order}\\b(?!\\s+(?:fees?|order\\s+yet)\\b)`,
        )
        .join(''),
    { anchors: ['not ta', 'not trade assurance', 'not alibaba'] },
  ),
  cue(
    'paying directly, outside the order',
    // "Don't put it on the Alibaba order this time, send it straight to …"; Spanish "no lo pongas en la orden de Alibaba".
    "\\b(?:don'?t|do\\s+not)\\s+put\\s+(?:it|the\\s+\\S+)\\s+(?:on|in|into|through)\\s+(?:the\\s+)?(?:alibaba|ta|trade\\s+assurance)\\s+order\\b" +
      // Polish "proszę nie płacić przez Alibaba" (please don't pay through Alibaba).
      '|\\bnie\\s+(?:p[łl]aci[ćc]|p[łl]a[ćc])\\s+przez\\s+(?:alibab|trade\\s+assurance)' +
      '|\\bno\\s+(?:lo|la|los|las)\\s+(?:pongas|ponga|pongan|incluyas|incluya|metas)\\s+en\\s+(?:la\\s+)?(?:orden|pedido)\\s+de\\s+(?:alibaba|trade\\s+assurance)\\b' +
      // "Debe pagar 380 USD directo al laboratorio …, no se puede pagar por Alibaba" (not asked: "no se puede … con tarjeta?");
      // German "direkt …, nicht über Alibaba".
      '|\\bno\\s+se\\s+puede\\s+pagar\\s+(?:por|en|con|a\\s+trav[ée]s\\s+de)\\s+alibaba\\b(?![^.!?\\n]{0,40}\\?)|\\bdirekt\\b[^.!?\\n]{0,60}?,\\s*nicht\\s+(?:über|uber|ueber)\\s+alibaba\\b',
    { anchors: ['put', 'pong', 'inclu', 'metas', 'przez', 'se puede pagar', 'direkt'] },
  ),
];
