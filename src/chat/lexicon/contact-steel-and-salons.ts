import { cue, type Cue } from './cue';

/**
 * Moving the talk to an app or a private mailbox in the wordings of probe 62 (contractors from the Caucasus to Central
 * Asia, salons and online resellers): Armenian and Uzbek case endings on the app's name, an app "link", "WhatsApp him",
 * and Indonesian "email pribadi". Part of ASKS_IN_OTHER_LANGUAGES.
 */
export const ASKS_FROM_STEEL_AND_SALONS: readonly Cue[] = [
  cue(
    'a request to talk on a messaging app',
    // Armenian in Latin letters "manramasnery grum em Telegram-ov" (I write the details by Telegram); Uzbek "raqamini
    // Telegramda yozaman" (I write the number on Telegram); "whatsapp him same number"; "here my whatsapp link https://…".
    '\\b(?:whats\\s?app|telegram|viber|wechat)-ov\\b|\\b(?:telegram|whats\\s?app|imo)da\\s+yoz' +
      '|\\bwhats\\s?app\\s+him\\b|\\bwhats\\s?app\\s+her\\b' +
      '|\\b(?:my|our)\\s+(?:whats\\s?app\\s+link|telegram\\s+link|wechat\\s+link)\\b',
    {
      anchors: [
        '-ov',
        'da yoz',
        'app him',
        'app her',

        'whatsapp link',
        'whats app link',
        'telegram link',
        'wechat link',
      ],
    },
  ),
  cue(
    'a request to move to e-mail or a call',
    // Indonesian "boleh minta email pribadi?" (may I have your private e-mail?).
    '\\be-?mail\\s+pribadi\\b',
    { anchors: ['mail pribadi'] },
  ),
];
