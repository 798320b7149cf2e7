import { cue, type Cue } from './cue';

/** Moving the talk off Alibaba.com in Swahili, Dutch and Malay, as probe 83's chats did. Part of ASKS_IN_MORE_WORDINGS. */
export const CONTACT_IN_SWAHILI_DUTCH_MALAY: readonly Cue[] = [
  cue(
    'a request to move to e-mail or a call',
    // Dutch "Stuur me uw e-mailadres", "geef mij je WhatsApp-nummer".
    '\\b(?:stuur\\s+me|stuur\\s+mij|geef\\s+me|geef\\s+mij)\\s+(?:uw|je|jouw)\\s+(?:e-?mail(?:adres)?|mailadres|whatsapp(?:-?nummer)?|telefoonnummer|gsm-?nummer)\\b',
    { anchors: ['stuur me', 'stuur mij', 'geef me', 'geef mij'] },
  ),
  cue(
    'a request to move to e-mail or a call',
    // Malay "Boleh, bagi email you, saya hantar PI", "bagi no phone awak".
    '\\b(?:bagi|berikan|share)\\s+(?:saya\\s+)?(?:email|e-?mel|no\\s+tel|no\\s+fon|no\\s+phone|no\\s+hp|nombor\\s+(?:telefon|fon|whatsapp))\\s+(?:you|awak|anda|kau|tuan|puan)\\b',
    { anchors: ['email', 'mel', 'no tel', 'no fon', 'no phone', 'no hp', 'nombor'] },
  ),
  cue(
    'a request to move to a messaging app',
    // Malay "Boleh download WeChat, senang je", "sila install WhatsApp"; not "tak boleh download WeChat".
    '(?<!\\btak\\s)(?<!\\btidak\\s)\\b(?:boleh|sila|cuba|kena|tolong)\\s+(?:download|muat\\s+turun|install)\\s+(?:app\\s+)?(?:wechat|whatsapp|telegram|line|viber)\\b',
    { anchors: ['wechat', 'whatsapp', 'telegram', 'line', 'viber'] },
  ),
];
