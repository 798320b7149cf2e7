import { cue } from './cue';

/**
 * Moving the talk off the platform in probe 71's wordings: Korean 라인으로 연락 (contact on LINE), 위챗 추가 (add on
 * WeChat), 오픈채팅 (an open chat room); Japanese "@… で連絡ください"; Vietnamese "thêm em qua WeChat"; Mexican "te paso mi
 * Whats"; Polish "z prywatnego maila", "odpisywać tam", "SMS-em na …". Part of ASKS_IN_OTHER_LANGUAGES.
 */
export const ASKS_FROM_ASIA_AND_PRINT = cue(
  'a request to talk on a messaging app',
  '(?<!(?:생산|조립|포장)\\s?)라인\\s*(?:으로|id)|위챗\\s*추가|오픈\\s*채팅|@[a-z0-9_.]{3,}\\s*で連絡' +
    '|\\bth[êe]m\\s+(?:em|anh|ch[ịi]|m[ìi]nh)\\s+qua\\s+(?:wechat|zalo|whatsapp|telegram)\\b' +
    '|\\bte\\s+paso\\s+mi\\s+(?:whats|wasap|whatsapp|wa|cel|celular)\\b' +
    '|\\bz\\s+prywatnego\\s+maila\\b|\\bodpisywa[ćc]\\s+tam\\b|\\bsms-?em\\s+na\\b',
  {
    instruction: true,
    anchors: ['라인', '위챗', '오픈', 'で連絡', 'qua', 'te paso mi', 'prywatnego', 'odpisywa', 'sms'],
  },
);
