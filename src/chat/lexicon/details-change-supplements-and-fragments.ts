import { cue } from './cue';

/**
 * The account changed, in wordings probe 66 found: "will not receive payments in HSBC account anymore", an account
 * "being investigated", "pay bene Jinhui Trading now not ours" (a fragment). Part of DETAILS_CHANGE, through
 * OTHER_ACCOUNTS.
 */
export const CHANGES_FROM_SUPPLEMENTS_AND_FRAGMENTS = cue(
  'a changed receiving account',
  "\\b(?:will\\s+not\\s+receive|won't\\s+receive)\\s+(?:\\S+\\s+){0,4}?any\\s?more\\b|\\b(?:account|acc|acct)\\s+(?:is\\s+)?being\\s+investigated\\b" +
    '|\\bnow\\s+not\\s+ours\\b',
  {
    instruction: true,
    anchors: ['will not receive', "won't receive", 'being investigated', 'now not ours'],
  },
);
