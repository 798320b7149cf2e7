import { cue, type Cue } from './cue';

/**
 * Asking to talk on a messaging app or by e-mail, in the words the fifty-fifth and fifty-sixth probes found: Hausa,
 * Hinglish and Bengali in Latin letters, Persian, German, Swahili, and English ones that name a group to search, an ID
 * "same as" a card, or a WhatsApp link to click. Part of ASKS_IN_OTHER_LANGUAGES.
 */
export const ASKS_ROMANISED: readonly Cue[] = [
  cue(
    'a request to talk on a messaging app',
    // Hausa "ka turo min lambar WhatsApp dinka" (send me your WhatsApp number); Persian "آیدی تلگرام خود را بفرستید" (send your
    // Telegram ID); Bengali in Latin letters "imo te ashen" (come on imo); German "per WhatsApp, gib mir mal deine Nummer".
    '\\blambar\\s+(?:whats\\s?app|waya|telegram)\\b|(?:آیدی|آی\\s+دی|شماره)\\s+(?:تلگرام|واتساپ|واتس\\s+اپ)\\s+(?:\\S+\\s+)?(?:را\\s+)?(?:بفرستید|بدهید|بدید)' +
      '|\\b(?:imo|whats\\s?app|viber|telegram)\\s+(?:te|e)\\s+(?:ashen|asen|ashun|asho|aso)\\b' +
      '|\\b(?:per|auf)\\s+whats\\s?app\\s*,?\\s+gib\\s+mir\\s+(?:mal\\s+)?deine\\s+(?:handy)?nummer\\b' +
      // "Search our telegram group … and DM me there"; "we chat id same as card i give you at canton fair".
      '|\\bsearch\\s+(?:for\\s+)?our\\s+(?:telegram|whats\\s?app|wechat|facebook)\\s+(?:group|channel)\\b' +
      '|\\b(?:we\\s?chat|whats\\s?app|telegram|skype)\\s+(?:id\\s+|number\\s+)?(?:is\\s+)?(?:the\\s+)?same\\s+as\\s+(?:the\\s+|my\\s+)?(?:business\\s+|name\\s+)?card\\b' +
      // Swahili "halafu nitumie screenshot WhatsApp" (then send me the screenshot on WhatsApp); "pls click wa link to chat
      // with our manager".
      // Hinglish "mere whatsapp pe screenshot bhejo" (send the screenshot to my WhatsApp), "WhatsApp pe screenshot bhejna".
      '|\\b(?:mere\\s+)?(?:whats\\s?app|wa|telegram|wechat)\\s+(?:pe|par|me|mein)\\s+(?:(?!(?:mat|nahi|nahin|na)\\s)\\S+\\s+){0,2}?(?:bhejo|bhej\\s+do|bhejiye|bhejna|send\\s+karo)\\b' +
      '|\\bnitumie\\s+(?:\\S+\\s+){0,2}?(?:whats\\s?app|wa|telegram)\\b|\\bclick\\s+(?:the\\s+|this\\s+|my\\s+|our\\s+)?(?:wa|whats\\s?app|telegram|wechat)\\s+link\\b',
    {
      anchors: [
        'lambar',
        'تلگرام',
        'واتساپ',
        'واتس',
        'imo',
        'whats',
        'viber',
        'telegram',
        'gib mir',
        'search',
        'same as',
        'nitumie',
        'bhej',
        'send karo',
        'click',
      ],
    },
  ),
  cue(
    'a request to move to e-mail or a call',
    // Hinglish "aap mujhe apna personal email de dein" (give me your personal e-mail).
    '\\bapna\\s+(?:personal\\s+|private\\s+)?(?:e-?mail|gmail|number|whats\\s?app\\s+number)\\s+(?:de\\s+(?:dein|dijiye|do)|dedo|bhej\\s+(?:dein|do|dijiye))\\b',
    { anchors: ['apna'] },
  ),
];
