import { cue } from './cue';

/**
 * The account stopped, in wordings probe 62 found: Romanian "contul nostru în USD a fost blocat temporar" (our USD account
 * was blocked for now) and Portuguese "essa conta foi encerrada" (that account was closed). Part of DETAILS_CHANGE,
 * through OTHER_ACCOUNTS.
 */
export const CHANGES_FROM_STEEL_AND_SALONS = cue(
  'a changed receiving account',
  '\\b(?:contul\\s+nostru|contul\\s+firmei|contul\\s+companiei)\\s+(?:\\S+\\s+){0,3}?a\\s+fost\\s+(?:blocat|[îi]nchis|suspendat|schimbat|[îi]nghe[țt]at)' +
    '|\\b(?:essa\\s+conta|esta\\s+conta|nossa\\s+conta|aquela\\s+conta)\\s+(?:\\S+\\s+)?foi\\s+(?:encerrada|bloqueada|fechada|congelada|cancelada|suspensa)\\b',
  // A statement of its own: "não usa os dados bancários da última PI, essa conta foi encerrada" is not a refused list.
  {
    instruction: true,
    anchors: [
      'contul nostru',
      'contul firmei',
      'contul companiei',
      'essa conta',
      'esta conta',
      'nossa conta',
      'aquela conta',
    ],
  },
);
