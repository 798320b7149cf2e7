import { cue, type Cue } from './cue';

/** After a part of the price put in the order: the rest, paid to the supplier some other way ("the rest to us", "by TT"). */
const THE_REST_ELSEWHERE =
  '(?=[^.!?\\n]{0,60}?\\b(?:rest|remaining|remainder|balance)\\b[^.!?\\n]{0,30}?\\b(?:to\\s+(?:us|our|me|my)|by\\s+(?:t/t|tt|bank|wire|cash)|directly|outside|offline)\\b)(?![^.!?\\n]{0,100}?\\b(?:alibaba|trade\\s+assurance|ta\\s+order|another\\s+order|second\\s+order)\\b)';

/** A lower value put in the Trade Assurance order than the buyer pays, the rest paid around it. Part of LEAVING_THE_ORDER. */
export const PART_OF_THE_PRICE_OUTSIDE: readonly Cue[] = [
  cue(
    'part of the price paid outside the order',
    // Fewer of the price's dollars in the order than the buyer pays: the rest goes where Trade Assurance can't follow.
    // "Please put a lower value on the Alibaba order and pay the rest by bank transfer."
    '\\b(?:lower|smaller|less|reduced|partial)\\s+(?:value|price|amount|total|sum)\\s+(?:on|in|for)\\s+(?:the\\s+)?(?:alibaba|ta|trade\\s+assurance)\\s+order\\b' +
      // "Put the order on Alibaba with $100 value, and pay the rest to us"; not a balance paid in a second order.
      `|\\b(?:alibaba\\s+order|ta\\s+order|trade\\s+assurance\\s+order)\\s+(?:\\S+\\s+){0,2}?\\$\\s?\\d[\\d,.]*${THE_REST_ELSEWHERE}` +
      `|\\border\\s+on\\s+(?:alibaba|trade\\s+assurance)\\s+(?:with|for|of)\\s+(?:only\\s+)?\\$\\s?\\d[\\d,.]*${THE_REST_ELSEWHERE}`,
    {
      anchors: [
        'lower',
        'smaller',
        'less',
        'reduced',
        'partial',
        'alibaba order',
        'ta order',
        'trade assurance order',
        'order on',
      ],
    },
  ),
];
