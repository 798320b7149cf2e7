import { cue, type Cue } from './cue';

/**
 * Moving the talk off the platform in the wordings of probe 63: a third party to call or text ("call him on +234…"),
 * "add my new whatsapp", Banglish "oita WhatsApp o ache" (that number is on WhatsApp too), Swahili "nipigie",
 * "tupigie" (call me, call us).
 * Part of ASKS_IN_OTHER_LANGUAGES.
 */
export const ASKS_FROM_KITCHENS_AND_IMPOSTORS: readonly Cue[] = [
  cue(
    'a request to move to e-mail or a call',
    '\\b(?:call\\s+him|call\\s+her|text\\s+him|text\\s+her|sms\\s+him|sms\\s+her)\\s+(?:(?:on|at)\\s+)?[+(]?\\d|\\b(?:nipigie|tupigie)\\b',
    { anchors: ['call him', 'call her', 'text him', 'text her', 'sms him', 'sms her', 'nipigie', 'tupigie'] },
  ),
  cue(
    'a request to talk on a messaging app',
    '\\badd\\s+my\\s+new\\s+(?:whats\\s?app|wechat|telegram|line)\\b|\\bwhats\\s?app\\s+(?:o\\s+ache|e\\s+ache|eo\\s+ache)\\b',
    { anchors: ['add my new', 'o ache', 'e ache', 'eo ache'] },
  ),
];
