import { cue, type Cue } from './cue';

/** Threats of courts, collectors and public shaming: a lawsuit, a bad review, the buyer's name in a blacklist. Part of PRESSURE. */
export const PUBLIC_THREATS: readonly Cue[] = [
  cue(
    'a threat',
    // "He sues in Hong Kong court", "I'd rather not involve a collection agency", "circulate your company name in our group".
    '\\b(?:sues?|suing)\\s+(?:you\\s+)?in\\b|\\b(?:take|bring)\\s+you\\s+to\\s+court\\b|\\bcollection\\s+agency\\b|\\b(?:through|via)\\s+our\\s+lawyers?\\b|\\bpublish\\s+your\\s+(?:drawings|name|company|designs?|chat)\\b|(?:подасть|подамо|подадим)\\s+на\\s+вас\\s+(?:до|в)\\s+суд|\\bcirculate\\s+your\\s+(?:company\\s+)?name\\b|\\b(?:leave|post|write|give)\\s+(?:a\\s+)?(?:detailed\\s+|negative\\s+|bad\\s+)?(?:feedback|reviews?)\\s+on\\s+your\\s+(?:buyer\\s+)?(?:profile|account|store)\\b|\\byour\\s+account\\s+(?:gets|will\\s+be)\\s+(?:restricted|blocked|banned|suspended)\\b' +
      // Portuguese, German, Spanish, Arabic, Thai, Chinese: a bad review, exposing the company, a lawyer, a blacklist.
      '|\\bavalia[çc][ãa]o\\s+negativa\\b|\\bexpor\\s+sua\\s+empresa\\b|\\bunserem\\s+anwalt\\b|\\bwarnung\\s+(?:über|uber)\\s+ihre\\s+firma\\b|\\blista\\s+negra\\b|تقييم\\s+سلبي|أبلغ\\s+عنك|รีวิวร้านคุณ|曝光你|列入黑名[单單]|拉黑你',
    {
      anchors: [
        'sue',
        'suing',
        'court',
        'collection agency',
        'lawyer',
        'publish your',
        'на вас',
        'circulate',
        'feedback',
        'review',
        'your account',
        'avalia',
        'expor',
        'anwalt',
        'warnung',
        'lista negra',
        'تقييم',
        'أبلغ',
        'รีวิวร้านคุณ',
        '曝光你',
        '列入黑名',
        '拉黑你',
      ],
    },
  ),
];
