import { cue, inSentenceWith, type Cue } from './cue';
import { PAYING_UZ_AZ_TA } from './words-uzbek-azerbaijani-tamil';

/** "Without Alibaba" joined to the name, as Uzbek and Azerbaijani write it: "Alibaba'siz", "Alibaba-sız", "alibabasiz". */
const WITHOUT_ALIBABA = ["'siz", '-siz', '`siz', 'siz', "'sız", '-sız', 'sız', 'ʼsiz'];

/**
 * Skipping the order, in Uzbek, Azerbaijani and Tamil (part of paying-outside-uzbek-azerbaijani-tamil.ts): paying
 * "without Alibaba" or "outside Alibaba", no need to order on Alibaba.
 */
export const SKIPPING_THE_ORDER_IN_UZBEK_AZERBAIJANI_TAMIL: readonly Cue[] = [
  cue(
    'paying outside the order',
    // Uzbek "Alipay yoki karta orqali, Alibaba'siz" (without Alibaba), "Alibaba'dan tashqari to'lov" (outside Alibaba);
    // Azerbaijani "ödəniş Alibaba-sız olsa 5% ucuz" (if the payment is without Alibaba), "Alibaba-dan kənar ödəyin". With
    // paying in the sentence; not "Alibaba'dan tashqari to'lamayman" (I won't pay outside Alibaba, refused-after.ts).
    `(?<![\\p{L}])(?:${WITHOUT_ALIBABA.map((ending) => `alibaba${ending}`).join('|')})(?![\\p{L}])` +
      '|(?<![\\p{L}])alibaba\\S{0,4}\\s+(?:tashqari|k[əe]nar)\\p{L}*',
    {
      anchors: [...WITHOUT_ALIBABA.map((ending) => `baba${ending}`), 'tashqari', 'kənar', 'kenar'],
      near: [inSentenceWith(PAYING_UZ_AZ_TA, 80)],
    },
  ),
  cue(
    'the order on Alibaba said to be needless',
    // Uzbek "Alibaba'da buyurtma berish shart emas" (no need to order on Alibaba), Azerbaijani "Alibaba-da sifariş etməyə
    // ehtiyac yoxdur", Tamil "Alibaba-ல order போட வேண்டாம்" (don't place the order on Alibaba), "alibaba-la order poda
    // vendam". Not "Trade Assurance order illana order venam" (no Trade Assurance order, no order), which names no verb.
    `(?<![\\p{L}])alibaba\\S{0,4}\\s+(?:\\S+\\s+)?(?:buyurtma|zakaz)\\p{L}*\\s+(?:\\S+\\s+)?(?:shart\\s+emas|kerak\\s+emas|qilmang|bermang)` +
      '|(?<![\\p{L}])alibaba\\S{0,4}\\s+(?:\\S+\\s+)?(?:sifariş|sifaris)\\p{L}*\\s+(?:\\S+\\s+){0,2}?(?:ehtiyac\\s+yoxdur|lazım\\s+deyil|lazim\\s+deyil|verməyin|vermeyin|etməyin|etmeyin)' +
      '|(?<![\\p{L}])alibaba\\S{0,4}\\s+(?:order|ஆர்டர்)\\S*\\s+(?:\\S+\\s+)?(?:போட|போடு|பண்ண|create|poda|podu|panna)\\S*\\s+(?:வேண்டாம்|வேணாம்|vendam|venam|vendaam)',
    {
      anchors: [
        'shart emas',
        'kerak emas',
        'qilmang',
        'bermang',
        'ehtiyac yoxdur',
        'lazım deyil',
        'lazim deyil',
        'verməyin',
        'vermeyin',
        'etməyin',
        'etmeyin',
        'வேண்டாம்',
        'வேணாம்',
        'vendam',
        'venam',
        'vendaam',
      ],
    },
  ),
];
