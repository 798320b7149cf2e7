import { cue, type Cue } from './cue';

/**
 * A changed receiving account in probe 83's English wordings: payments "made to our Singapore entity" now, the
 * company account "in tax audit this month". Part of OTHER_ACCOUNTS.
 */
export const CHANGES_TO_ENTITIES_AND_AUDITS: readonly Cue[] = [
  cue(
    'payment to another company',
    // "our auditors require that payments for orders above USD 20,000 be made to our Singapore entity"; not "payment
    // is made to our company through Alibaba".
    '\\bpayments?\\b[^.!?\\n]{0,60}?\\b(?:made\\s+to\\s+our|sent\\s+to\\s+our|remitted\\s+to\\s+our|paid\\s+to\\s+our|wired\\s+to\\s+our|transferred\\s+to\\s+our|directed\\s+to\\s+our)\\s+(?:\\S+\\s+){0,2}?(?:entity|subsidiary|affiliate|holding\\s+company|parent\\s+company|group\\s+company|offshore\\s+company)\\b',
    {
      anchors: [
        'made to our',
        'sent to our',
        'remitted to our',
        'paid to our',
        'wired to our',
        'transferred to our',
        'directed to our',
      ],
    },
  ),
  cue(
    'a changed account',
    // "our company account is in tax audit this month, can not receive foreign money".
    '\\b(?:company|our|corporate|usd|bank)\\s+(?:bank\\s+)?(?:account\\s+is\\s+in|account\\s+was\\s+in|account\\s+has\\s+been\\s+in)\\s+(?:a\\s+|an\\s+)?(?:tax\\s+|annual\\s+|bank\\s+|government\\s+)?(?:audit|investigation|freeze|review)\\b',
    { anchors: ['account is in', 'account was in', 'account has been in'] },
  ),
];
