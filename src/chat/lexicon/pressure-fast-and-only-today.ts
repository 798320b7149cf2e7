import { cue, type Cue } from './cue';

/**
 * Pressure in the wordings of probe 80: a decision wanted fast, an offer or a reservation for today or this week only,
 * an order that expires in hours; in English, Portuguese and Vietnamese. And probe 81's: an offer ending today, a price lost
 * by waiting, paying today to reserve, in Spanish, French and Arabic. Part of MORE_OFFERS_ENDING.
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
  cue(
    'an offer that ends soon',
    // Probe 81: Spanish "precio de oferta termina hoy a las 12 de la noche", "el banco demora 5 dias y pierdes el precio";
    // French "dernier lot en stock, payez aujourd'hui pour réserver"; Arabic "لازم تدفع اليوم" (you must pay today; not
    // "الشحنة لازم اليوم تطلع", the shipment must leave today).
    '\\b(?:oferta|precio|descuento|promoci[óo]n)\\s+(?:\\S+\\s+){0,2}?(?:termina\\s+hoy|acaba\\s+hoy|vence\\s+hoy)(?![\\p{L}])' +
      '|\\b(?:y\\s+pierdes|y\\s+pierde|o\\s+pierdes|o\\s+pierde|si\\s+no\\s+pierdes)\\s+(?:el\\s+|la\\s+|su\\s+|tu\\s+)?(?:precio|descuento|oferta|cupo|lugar|espacio)(?![\\p{L}])' +
      "|\\b(?:payez\\s+aujourd'hui|payez\\s+ce\\s+soir|payer\\s+aujourd'hui)\\s+pour\\s+(?:r[ée]server|garder|bloquer)(?![\\p{L}])" +
      '|(?<![\\p{L}])لازم\\s+(?:تدفع|تحول|الدفع|التحويل)\\s+(?:ال)?يوم(?![\\p{L}])|(?<![\\p{L}])لازم\\s+(?:ال)?يوم\\s+(?:الدفع|التحويل)(?![\\p{L}])',
    {
      anchors: [
        'termina hoy',
        'acaba hoy',
        'vence hoy',
        'y pierde',
        'o pierde',
        'si no pierdes',
        "payez aujourd'hui",
        'payez ce soir',
        "payer aujourd'hui",
        'لازم',
      ],
    },
  ),
];
