import { cue } from './cue';

/**
 * Moving the talk off the platform in probe 68's wordings: Brazilian "pode me chamar no zap?", "tel me your whatsapp"
 * (typed with one l), Egyptian Arabic "ابعت رقم الواتس بتاعك" (send your WhatsApp number), and a buyers' club on an app
 * ("you need to be in our WeChat group", "search ID: …"). Part of ASKS_IN_OTHER_LANGUAGES.
 */
export const ASKS_FROM_COMMODITIES_AND_ENGINEERS = cue(
  'a request to talk on a messaging app',
  '\\b(?:me\\s+chamar|me\\s+chamem|me\\s+chamam)\\s+no\\s+(?:zap|whats)|\\btel\\s+me\\s+(?:your|ur)\\s+(?:whats\\s?app|wechat|telegram|wa|number)\\b' +
    '|رقم\\s+(?:ال)?(?:واتس|واتساب)\\s+(?:بتاعك|تبعك|حقك|مالك)' +
    '|\\b(?:be\\s+in\\s+our|join\\s+our)\\s+(?:wechat|whatsapp|telegram|line|viber)\\s+group\\b|\\b(?:search\\s+id|search\\s+wechat\\s+id)\\s*[:：]',
  {
    instruction: true,
    anchors: [
      'me chamar',
      'me chamem',
      'me chamam',
      'tel me',
      'رقم',
      'be in our',
      'join our',
      'search id',
      'search wechat id',
    ],
  },
);
