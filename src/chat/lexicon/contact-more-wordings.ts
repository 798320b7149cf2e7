import { cue, type Cue } from './cue';

/**
 * Asking for the buyer's app ID, number or personal mail, or sending something by an app, in wordings probe 57 found:
 * English, Dutch, Vietnamese and Thai. Part of ASKS_IN_OTHER_LANGUAGES.
 */
export const ASKS_IN_MORE_WORDINGS: readonly Cue[] = [
  cue(
    'a request to talk on a messaging app',
    // "whats ur whatsapp number dear?"; Dutch "Of WhatsApp kan ook" (or WhatsApp works too); Vietnamese "em gửi mã QR WeChat
    // Pay qua Zalo cho anh" (I'll send it to you over Zalo); Thai ขอไลน์หน่อยได้ไหม (may I have your Line?), ไอดีผม (my ID).
    "\\bwhat'?s\\s+(?:ur|your)\\s+(?:whats\\s?app|we\\s?chat|telegram|line|viber)\\s+(?:number|no|id)\\b" +
      '|\\bof\\s+whats\\s?app\\s+kan\\s+ook\\b|\\bqua\\s+zalo\\b|ขอไลน์|ไอดี(?:ไลน์)?ผม',
    { anchors: ['whats', "what's", 'kan ook', 'qua zalo', 'ขอไลน์', 'ไอดี'] },
  ),
  cue(
    'a request to move to e-mail or a call',
    // "Kindly share your personal gmail"; Dutch "wat is je persoonlijke e-mailadres?".
    '\\b(?:share|send|give|tell)\\s+(?:me\\s+|us\\s+)?(?:your|ur)\\s+(?:personal|private)\\s+(?:g-?mail|e-?mail|mail|e-?mail\\s+address)\\b' +
      '|\\bpersoonlijke?\\s+e-?mail(?:adres)?\\b',
    { anchors: ['personal', 'private', 'persoonlijk'] },
  ),
];
