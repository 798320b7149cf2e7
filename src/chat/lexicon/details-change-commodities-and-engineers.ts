import { cue } from './cue';

/**
 * The account changed, in wordings probe 68 found: Portuguese "houve mudança nos dados bancários", an account that "não é
 * mais válida", "change the beneficiary in your system", "we no longer use the previous company name for receiving
 * funds", a company "acquired by our parent group" whose payments now go elsewhere. Part of DETAILS_CHANGE, through
 * OTHER_ACCOUNTS.
 */
export const CHANGES_FROM_COMMODITIES_AND_ENGINEERS = cue(
  'a changed receiving account',
  '\\b(?:mudança|mudanca)\\s+(?:nos|nas|no|na|de)\\s+(?:dados\\s+banc[áa]rios|conta)\\b' +
    '|\\bconta\\s+(?:\\S+\\s+){0,8}?(?:não\\s+é\\s+mais\\s+válida|nao\\s+e\\s+mais\\s+valida|não\\s+é\\s+mais\\s+valida)\\b' +
    '|\\bchange\\s+the\\s+beneficiary\\s+(?:name\\s+)?(?:in|on)\\s+your\\s+(?:system|records|file)\\b' +
    '|\\bno\\s+longer\\s+use\\s+(?:the\\s+|our\\s+)?(?:previous|old|former)\\s+(?:\\S+\\s+){0,2}?for\\s+receiving\\b' +
    '|\\bacquired\\s+by\\s+(?:our\\s+|the\\s+)?(?:parent|mother)\\s+(?:group|company)\\b',
  {
    instruction: true,
    anchors: [
      'mudança',
      'mudanca',
      'mais válida',
      'mais valida',
      'change the beneficiary',
      'no longer use',
      'acquired by',
    ],
  },
);
