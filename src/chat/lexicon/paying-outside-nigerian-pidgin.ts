import { cue, type Cue } from './cue';

/**
 * Paying outside the order in Nigerian Pidgin, as probe 85's chats said it: naira or cash paid by hand to the supplier's
 * agent in Lagos ("pay him naira at today rate", "carry the cash go give our agent", "drop the money for our agent
 * hand"), and the order skipped ("make you no pass Alibaba"). Pidgin's English words are read by the English cues; these
 * are its own ways of saying it. Part of direct-transfer-more-languages.ts's list.
 */
export const PAYING_OUTSIDE_IN_NIGERIAN_PIDGIN: readonly Cue[] = [
  cue(
    'cash to an agent',
    // "Our agent Mr Wang dey Ikeja, pay him naira at today rate", "pay am cash", "pay our agent naira": Pidgin drops the
    // "in" of "pay him in naira".
    '\\bpay\\s+(?:him|her|am|dem|them|(?:our|my|una|the|dat|that)\\s+(?:agent|oga|boss|person|guy|staff|rep))\\s+(?:(?:the|your|all|di|in)\\s+)?(?:naira|cash|ngn)\\b' +
      // "Carry the cash go give our agent for Computer Village", "bring the naira give my boss": money taken to a person.
      '|\\b(?:carry|take|bring|drop|hand)\\s+(?:the\\s+|di\\s+|your\\s+|all\\s+the\\s+)?(?:naira|cash|money)\\s+(?:go\\s+)?(?:give|meet)\\s+(?:our|my|una|the|dat|that)\\s+(?:agent|oga|boss|person|guy|staff|rep|cousin|brother|sister)\\b' +
      // "Drop the money for our agent hand" (into his hand).
      '|\\b(?:naira|cash|money|balance|deposit)\\s+(?:\\S+\\s+){0,2}?(?:for|inside)\\s+(?:our|my|una|the|him|her|dat|that)\\s+(?:\\S+\\s+)?hand\\b',
    { anchors: ['naira', 'cash', 'ngn', 'money', 'balance', 'deposit'] },
  ),
  cue(
    'paying directly, outside the order',
    // "Make you no pass Alibaba for this one", "no need make you pass Trade Assurance": "pass" is going through it.
    '\\b(?:make\\s+(?:you|u|una|we)\\s+no|no\\s+need\\s+(?:make\\s+(?:you|u|una|we)|to)|(?:you|u|una|we)\\s+no\\s+need\\s+to)\\s+pass\\s+(?:through\\s+)?(?:the\\s+)?(?:alibaba|trade\\s+assurance|ta|order|platform)\\b',
    { anchors: ['pass'], needsPaymentTalk: true },
  ),
];
