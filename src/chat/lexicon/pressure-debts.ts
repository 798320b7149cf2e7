import { cue, type Cue } from './cue';

/**
 * The buyer not paying, in the same sentence: "if you don't pay the balance", "if you don't clear the outstanding amount",
 * "unless you settle the invoice", "if the payment is not received".
 */
const NOT_PAID =
  "\\b(?:(?:if\\s+(?:you|u)\\s+(?:still\\s+)?(?:don'?t|do\\s+not|didn'?t|did\\s+not|can'?t|cannot|won'?t|will\\s+not|fail\\s+to|refuse\\s+to)|unless\\s+(?:you|u))\\s+(?:\\S+\\s+){0,2}?(?:pay|clear|settle|transfer|send|remit)(?!\\s+attention)" +
  "|if\\s+(?:the\\s+|your\\s+)?(?:payment|balance|deposit|money|amount|invoice)\\s+(?:is\\s+not|isn't|was\\s+not|wasn't)\\s+(?:paid|received|cleared|settled)" +
  '|if\\s+no\\s+(?:payment|money|deposit|transfer|balance))\\b';

/** Paying, a payment or a debt named in the message: what a last reminder or a penalty is about. */
const OWED = '\\b(?:pay|paid|payment|balance|deposit|invoice|outstanding|overdue|amount|debt)\\b';

/** Threats over money said to be owed: the law, a last reminder, a penalty. Part of PRESSURE, after SCARCITY_AND_THREATS. */
export const DEBT_THREATS: readonly Cue[] = [
  cue(
    'a legal threat',
    // "We will sue you in court if you don't pay the balance", "police will be involved if you don't clear the outstanding amount":
    // the law threatened for not paying. Not "our lawyer checked the contract", "the police checked our factory license".
    '(?:\\bsue\\s+you|\\bsue\\s+u\\b|\\bsuing\\s+(?:you|u)\\b|\\b(?:in|to)\\s+court\\b|\\bpolice\\b|\\blawyers?\\b|\\blegal\\s+(?:action|fees?|steps?|proceedings?|measures?|team|department)\\b' +
      '|\\breport\\s+you\\b|\\breport\\s+u\\b|\\breport\\s+your\\s+(?:company|account|store|shop)\\b|\\bblacklist(?:ed)?\\b)' +
      `(?:(?=[^.!?\\n]{0,80}?${NOT_PAID})|(?<=${NOT_PAID}[^.!?\\n]{0,100}))` +
      // 现在不付款，我们会通过律师追究责任.
      '|(?:不付款|不付钱|不给钱|不打款)[^。！？]{0,20}?(?:律师|起诉|法院|追究)',
    {
      anchors: [
        '律师',
        '起诉',
        '法院',
        '追究',
        'sue you',
        'sue u',
        'suing',
        'court',
        'police',
        'lawyer',
        'legal',
        'report you',
        'report u',
        'blacklist',
      ],
    },
  ),
  cue(
    'an overdue payment',
    // "Last reminder!!! Balance overdue, immediate payment required to avoid penalty". Not "last reminder: please send the shipping
    // marks" (nothing owed), "payment overdue? No, we received it", "we will pay the penalty if we ship late" (the supplier's).
    `\\b(?:last\\s+reminder|last\\s+notice|last\\s+warning|final\\s+reminder|final\\s+notice|final\\s+warning)\\b(?=[^\\n]{0,100}?${OWED})` +
      '|\\b(?:balance|payment|invoice|amount|deposit|bill)\\s+(?:is\\s+|are\\s+|was\\s+|has\\s+been\\s+|now\\s+)?(?:long\\s+|already\\s+|seriously\\s+)?overdue\\b(?!\\s*\\?)' +
      '|\\boverdue\\s+(?:balance|payment|invoice|amount|bill)\\b(?!\\s*\\?)' +
      `|\\bimmediate\\s+payment\\s+(?:is\\s+)?(?:required|needed|necessary)\\b|\\bto\\s+avoid\\s+(?:a\\s+|any\\s+|the\\s+)?(?:late\\s+)?(?:penalty|penalties|fines?|late\\s+fees?|cancell?ation)\\b(?<=${OWED}[^\\n]{0,100})`,
    {
      anchors: [
        'last reminder',
        'last notice',
        'last warning',
        'final reminder',
        'final notice',
        'final warning',
        'overdue',
        'immediate payment',
        'to avoid',
      ],
    },
  ),
];
