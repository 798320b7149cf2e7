import { cue, type Cue } from './cue';

/**
 * Moving the talk off Alibaba.com in probe 83's English wordings, which name no app: a colleague to call on the
 * number in the buyer's profile, "drop your digits", an answer waiting in the buyer's mailbox, a Skype ID alone.
 * Part of ASKS_IN_MORE_WORDINGS.
 */
export const CONTACT_CALLS_AND_INBOXES: readonly Cue[] = [
  cue(
    'a request to move to e-mail or a call',
    // "My colleague will reach you on the number in your profile", "Mr. Kevin will call you on your registered mobile
    // today"; not the courier's or the driver's call before a delivery.
    "\\b(?:colleague|manager|boss|director|sales|assistant|engineer|he|she|i|we|mr\\.?\\s+\\S+|ms\\.?\\s+\\S+)\\s+(?:will\\s+|can\\s+|shall\\s+|'ll\\s+|would\\s+)?(?:reach|call|contact|ring|text|phone)\\s+(?:you\\s+on|you\\s+at|you\\s+via)\\s+(?:the\\s+|your\\s+)(?:registered\\s+|listed\\s+)?(?:number|mobile|phone|cell)\\b",
    { anchors: ['you on', 'you at', 'you via'] },
  ),
  cue(
    'a request for your phone number',
    // "Drop your digits I send you everything there".
    '\\b(?:drop|send|give|share|leave)\\s+(?:me\\s+)?(?:your|ur)\\s+digits\\b',
    { anchors: ['digits'] },
  ),
  cue(
    'a request to move to e-mail or a call',
    // "I sent the full price list to the email on your profile, check your inbox, I replied there".
    '\\b(?:sent|send|emailed|mailed|wrote)\\b[^.!?\\n]{0,50}?\\b(?:to\\s+the\\s+email|to\\s+the\\s+e-mail|to\\s+your\\s+email|to\\s+your\\s+e-mail)\\s+(?:on|in|from|of)\\s+your\\s+(?:profile|account|inquiry|rfq)\\b' +
      '|\\b(?:i|we)\\s+(?:replied|answered|wrote|reply|answer)\\s+(?:to\\s+)?(?:you\\s+)?there\\b(?<=\\b(?:g?mail|e-?mail|inbox|outlook)\\b[^]{0,80})',
    {
      anchors: [
        'to the email',
        'to the e-mail',
        'to your email',
        'to your e-mail',
        'replied',
        'answered',
        'wrote',
        'reply',
        'answer',
      ],
    },
  ),
  cue(
    'a messaging app ID or number',
    // A Skype ID of the form Microsoft gives, which names no app: "we do video calls on Skype, please add
    // live:.cid.7731f0ab22e9".
    '\\blive:\\.cid\\.[0-9a-f]{6,}|\\blive:cid\\.[0-9a-f]{6,}',
    { anchors: ['live:.cid.', 'live:cid.'] },
  ),
];
