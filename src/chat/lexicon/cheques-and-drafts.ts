import { cue, type Cue } from './cue';

/** Cheques in the post and bank drafts: paper that is as final as cash once paid in. Part of CASH_AND_CHEQUES. */
export const CHEQUES_AND_DRAFTS: readonly Cue[] = [
  cue(
    'a cheque',
    // A cheque in the post: "send us a cheque", "mail a check for the balance", "payment by cheque". Not "send a check report".
    '\\b(?:send|mail|post|courier)\\s+(?:us\\s+|me\\s+)?(?:a\\s+|the\\s+|your\\s+)?cheques?\\b' +
      '|\\b(?:send|mail|post|courier)\\s+(?:us\\s+|me\\s+)?(?:a\\s+|the\\s+|your\\s+)?(?:check\\s+by|checks\\s+by)\\s+(?:post|mail|courier|dhl|fedex|ups)\\b' +
      '|\\b(?:send|mail|post|courier)\\s+(?:us\\s+|me\\s+)?(?:a\\s+|the\\s+|your\\s+)?(?:check\\s+for\\s+the|checks\\s+for\\s+the)\\s+(?:balance|payment|deposit|amount|order)\\b' +
      // Not the supplier's own practice: "we pay by check for our local suppliers".
      '|\\b(?:pay|paid|paying|payment)\\s+(?:by|with|via)\\s+(?:a\\s+)?cheque\\b(?<!\\b(?:we|they)\\s+(?:\\S+\\s+)?pay\\s+\\S+\\s+(?:a\\s+)?cheque)|\\b(?:pay|paid|paying|payment)\\s+(?:by\\s+check|with\\s+check|via\\s+check|by\\s+a\\s+check|with\\s+a\\s+check)\\b(?<!\\b(?:we|they)\\s+(?:\\S+\\s+)?pay\\s+\\S+\\s+(?:a\\s+)?check)',
    // Not "check" alone: most messages that hold it ask to check something.
    {
      anchors: [
        'cheque',
        'check by',
        'checks by',
        'check for the',
        'checks for the',
        'by check',
        'with check',
        'via check',
        'by a check',
        'with a check',
      ],
    },
  ),
  cue(
    'a bank draft',
    // "Pay with a bank draft mailed to our office": a cheque drawn on a bank, as final as cash once it is paid in.
    "\\bbank\\s+drafts?\\b|\\bbanker's\\s+drafts?\\b|\\bbankers\\s+drafts?\\b|\\bdemand\\s+drafts?\\b",
    { needsPaymentTalk: true, anchors: ['bank draft', "banker's draft", 'bankers draft', 'demand draft'] },
  ),
];
