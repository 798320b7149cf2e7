import { ACCOUNT, cue, type Cue } from './cue';

/**
 * The reasons given for paying another account: "under audit", "tax
 * reasons", "our account has a problem", "our account is only for domestic
 * payments". Part of DETAILS_CHANGE.
 */
export const PRETEXTS_FOR_A_NEW_ACCOUNT: readonly Cue[] = [
  cue(
    'a pretext for a new account',
    `\\b(?:under\\s+audit|tax\\s+(?:reasons|problems?|issues?|inspection|audit)|foreign\\s+exchange\\s+control)\\b(?=[^]*\\b${ACCOUNT})` +
      // "Our account has a problem now, please pay to …": the account's trouble is the reason to pay elsewhere.
      `|\\b${ACCOUNT}\\s+(?:has|have|had|got)\\s+(?:a\\s+|some\\s+)?(?:tax\\s+|bank\\s+)?(?:problems?|issues?|trouble)\\b(?=[^]*\\b(?:pay|transfer|remit|send)\\s+(?:\\S+\\s+){0,3}?(?:to|into)\\s+(?:\\S+\\s+){0,3}?(?:${ACCOUNT}|below|this|the\\s+following)\\b)` +
      // "Our account is only for domestic payments, please use our overseas account."
      `|\\b${ACCOUNT}\\s+(?:is|can)\\s+only\\s+(?:for|receive|accept)\\s+(?:domestic|local|rmb|cny)\\b(?=[^]*\\b(?:use|pay|transfer|remit|send)\\b[^]*\\b${ACCOUNT})`,
    {
      anchors: [
        'audit',
        'tax',
        'foreign exchange',
        'problem',
        'issue',
        'trouble',
        'domestic',
        'local',
        'rmb',
        'cny',
      ],
    },
  ),
];
