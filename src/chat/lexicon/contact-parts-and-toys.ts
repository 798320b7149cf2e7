import { cue } from './cue';

/**
 * Moving the talk off the platform in probe 69's wordings: Kurdish "واتسئەپەکەتم بۆ بنێرە" (send me your WhatsApp),
 * Somali "Ii soo dir WhatsApp-kaaga", "pls viber +86 …" (the app as a verb, a number after it), Haitian "voye m … sou
 * WhatsApp" and Slovak "pošlem na WhatsApp" (sent on the app), Spanish "te paso … por WhatsApp". Part of
 * ASKS_IN_OTHER_LANGUAGES.
 */
export const ASKS_FROM_PARTS_AND_TOYS = cue(
  'a request to talk on a messaging app',
  'واتسئەپەکەت' +
    '|\\bwhats\\s?app-?(?:kaaga|kiina|kayga)\\b|\\b(?:ii\\s+soo\\s+dir|iisoo\\s+dir)\\s+(?:whats\\s?app|wechat|telegram|imo|viber)\\b' +
    '|\\b(?:pls|please|plz|kindly)\\s+(?:viber|whats\\s?app|wechat|telegram|imo|signal|skype)\\s+(?:me\\s+|us\\s+)?(?:on\\s+|at\\s+)?\\+' +
    '|\\bvoye\\s+m\\s+(?:\\S+\\s+){0,4}?sou\\s+(?:whats\\s?app|wechat|telegram|imo|viber)\\b' +
    '|(?<![\\p{L}])(?:pošlem|poslem|pošleme|posleme|pošlu|poslu)\\s+(?:\\S+\\s+){0,3}?na\\s+(?:whats\\s?app|viber|telegram|wechat|signal)\\b' +
    '|\\bte\\s+paso\\s+(?:\\S+\\s+){0,5}?por\\s+(?:whats\\s?app|wasap|guasap|telegram|wechat|viber)\\b',
  {
    instruction: true,
    anchors: [
      'واتسئەپەکەت',
      'whatsapp-',
      'whats app-',
      'whatsappk',
      'ii soo dir',
      'iisoo dir',
      'viber',
      'whats',
      'wechat',
      'telegram',
      'imo',
      'signal',
      'skype',
      'voye m',
      'pošle',
      'posle',
      'pošlu',
      'poslu',
      'te paso',
    ],
  },
);
