import { cue, type Cue } from './cue';

/**
 * Pressure in the wordings of probe 80: a decision wanted fast, an offer or a reservation for today or this week only,
 * an order that expires in hours; in English, Portuguese and Vietnamese. Part of MORE_OFFERS_ENDING.
 */
export const PRESSURE_FAST_AND_ONLY_TODAY: readonly Cue[] = [
  cue(
    'a decision wanted at once',
    // "festival season coming, decide fast", "Ok. But be fast please, only 2 screens left" (not "we reply fast").
    '\\b(?:decide\\s+fast|decide\\s+quick|decision\\s+fast|decision\\s+quick)(?:ly)?\\b|\\b(?:be\\s+fast|be\\s+quick)\\s+(?:please|pls|plz)\\b',
    { anchors: ['decide fast', 'decide quick', 'decision fast', 'decision quick', 'be fast', 'be quick'] },
  ),
  cue(
    'an offer that ends soon',
    // "fabric reserved only today", "This offer with free extra battery is until tomorrow only", "today last day with
    // this price", "stock of cells only for this week", "order expire in 2 hours".
    '\\breserved\\s+(?:for\\s+you\\s+)?only\\s+(?:today|tonight|till\\s+tomorrow|until\\s+tomorrow)\\b' +
      '|\\b(?:offer|price|discount|deal|promotion)\\b[^.!?]{0,40}?\\b(?:until\\s+today|until\\s+tonight|until\\s+tomorrow)\\s+only\\b' +
      '|\\blast\\s+day\\s+(?:with|at)\\s+(?:this|the)\\s+(?:price|offer|discount)\\b' +
      '|\\bstock\\b[^.!?]{0,20}?\\b(?:only\\s+for\\s+this\\s+week|only\\s+this\\s+week|only\\s+for\\s+today|only\\s+today)\\b' +
      '|\\border(?<!\\b(?:assurance|ta|alibaba)\\s+order)\\s+(?:will\\s+)?expires?\\s+(?:in\\s+\\d+\\s*(?:hours?|hrs?|h|mins?|minutes?)|soon|today|tonight)\\b' +
      // Portuguese "dou 10% de desconto, só até domingo" (only until Sunday); Vietnamese "tuần sau là hết chỗ xe rồi"
      // (next week the trucks are full).
      '|\\bs[óo]\\s+at[ée]\\s+(?:hoje|amanh[ãa]|domingo|s[áa]bado|sexta)(?![\\p{L}])|(?:hết\\s+chỗ|het\\s+cho)\\s+(?:xe|t[àa]u|container|cont)(?![\\p{L}])',
    {
      anchors: [
        'reserved',
        'until today',
        'until tonight',
        'until tomorrow',
        'last day',
        'only for this week',
        'only this week',
        'only for today',
        'only today',
        'expire',
        'só até',
        'so ate',
        'só ate',
        'so até',
        'hết chỗ',
        'het cho',
      ],
    },
  ),
];
