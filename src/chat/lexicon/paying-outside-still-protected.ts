import { cue, type Cue } from './cue';

/**
 * Paying outside the order dressed as paying in it, in probe 83's English wordings: the supplier will "mark it as
 * paid on Alibaba", "the protection is the same", the deposit goes "to the account in the offer" sent by e-mail.
 * Part of MORE_DIRECT_TRANSFERS.
 */
export const PAYING_OUTSIDE_STILL_PROTECTED: readonly Cue[] = [
  cue(
    'paying directly, outside the order',
    // "Once received our team will mark it as paid on Alibaba": no supplier can mark a Trade Assurance order paid.
    '\\b(?:we|i|our\\s+(?:\\S+\\s+)?(?:team|finance|staff|sales|accountant|accounts))\\s+(?:will\\s+|can\\s+|shall\\s+)?(?:mark|update|set|change)\\s+(?:it|the\\s+order|the\\s+payment|your\\s+order)\\s+(?:status\\s+)?(?:as\\s+paid|as\\s+received|to\\s+paid)\\b',
    { anchors: ['as paid', 'as received', 'to paid'] },
  ),
  cue(
    'paying directly, outside the order',
    // "… the protection is the same", "you are still covered by Trade Assurance" said of paying outside it; not asked.
    '\\b(?:the\\s+)?(?:protection|trade\\s+assurance|insurance)\\s+(?:is|will\\s+be|stays|remains)\\s+(?:the\\s+|exactly\\s+the\\s+)?same\\b(?![^.!\\n]{0,30}\\?)' +
      '|\\b(?:you\\s+are|you\\s+re|you\\s+will\\s+be|it\\s+is|it\\s+will\\s+be)\\s+(?:still\\s+protected|still\\s+covered)\\s+by\\s+(?:trade\\s+assurance|alibaba)\\b(?![^.!\\n]{0,30}\\?)',
    {
      anchors: ['protection', 'assurance', 'insurance', 'still protected', 'still covered'],
      needsPaymentTalk: true,
    },
  ),
  cue(
    'an account given in the chat',
    // "our director needs the 30% deposit to the account in the offer": an account sent outside the chat.
    '\\b(?:deposit|balance|payment|money|amount|advance)\\s+(?:to|into)\\s+(?:the\\s+)?(?:account\\s+in|account\\s+on|account\\s+from)\\s+(?:the|my|our)\\s+(?:offer|e-?mail|mail|quotation|quote|proforma|pi)\\b',
    { anchors: ['account in', 'account on', 'account from'] },
  ),
];
