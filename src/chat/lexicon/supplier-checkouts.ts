import { APP } from './apps';
import { cue, type Cue } from './cue';

/**
 * A checkout the supplier runs instead of the order's: its own website or payment gateway, or a payment link
 * sent where the platform can't see it. Part of PAYMENT_ROUTES.
 */
export const SUPPLIER_CHECKOUTS: readonly Cue[] = [
  cue(
    "an order on the supplier's own website",
    // "You can order on our own website with a 10% discount"; not "our store on Alibaba", "payment stays in our store's
    // Alibaba order" or "the Trade Assurance order in our store".
    "(?<!\\b(?:alibaba|assurance|ta)\\s)\\b(?:order|buy|pay|purchase|check\\s?out)\\w*\\s+(?:(?!not\\s|isn\\Wt\\s)\\S+\\s+){0,3}?(?:on|through|via|from|at|in)\\s+(?:our|my)\\s+(?:own\\s+|official\\s+|company\\s+)?(?:web\\s?site|site|online\\s+(?:shop|store)|web\\s?shop|shop|store)\\b(?!\\s+(?:on|at|in)\\s+alibaba|'s\\s+(?:alibaba|trade\\s+assurance))" +
      // "I will send you a payment link from our own system": a checkout the supplier runs, not the order's.
      '|\\bpayment\\s+link\\s+(?:from|on|in|through|of)\\s+(?:our|my)\\s+(?:own\\s+|official\\s+)?(?:system|web\\s?site|site|online\\s+(?:shop|store)|web\\s?shop|shop|store)\\b',
    { anchors: ['site', 'shop', 'store', 'payment link'] },
  ),
  cue(
    "an order on the supplier's own website",
    // "Scan QR to pay, goes to our own gateway not ali"; an IoT supplier's "our own gateway" speaks of no payment.
    '\\b(?:our|my)\\s+(?:own\\s+(?:payment\\s+)?|payment\\s+)gateway\\b(?![^.!?\\n]{0,12}?(?<!\\bnot\\s)\\b(?:alibaba|trade\\s+assurance|ta)\\b)',
    { needsPaymentTalk: true, anchors: ['gateway'] },
  ),
  cue(
    'a payment link sent outside the chat',
    // "Pay the sample fee via the link I sent on WhatsApp": a page the platform never saw, and the talk has already moved.
    `\\b(?:pay|payment|checkout|check\\s+out)\\w*\\s+(?:\\S+\\s+){0,5}?(?:via|through|with|using|by|on|at|from)\\s+(?:the\\s+link\\s+i|the\\s+link\\s+we)\\s+(?:sent|shared|gave)\\s+(?:you\\s+)?(?:on|in|by|via|through|over|to\\s+your)\\s+(?:my\\s+|our\\s+)?(?:${APP}|e-?mail|mail|sms|text|inbox)`,
    { anchors: ['the link i', 'the link we'] },
  ),
  cue(
    'paying directly, outside the order',
    // "2% discount if you pay through our website checkout instead of Alibaba", "send the deposit by Wise rather than TA".
    '\\b(?:pay|paid|paying|payment|deposit|balance|transfer|send|remit)\\w*\\b[^.!?]{0,80}?\\b(?:instead\\s+of|rather\\s+than)\\s+(?:using\\s+|through\\s+|via\\s+|on\\s+|in\\s+)?(?:the\\s+)?(?:alibaba|trade\\s+assurance|ta|platform)\\b(?!\\s+(?:fees?|account|login))',
    { anchors: ['instead of', 'rather than'] },
  ),
];
