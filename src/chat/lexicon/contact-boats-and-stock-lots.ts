import { cue } from './cue';

/**
 * Moving the talk off the platform in the wordings of probe 65: Tagalog "PM mo ko sa Viber", Spanish "me avisas al
 * WhatsApp", Roman Urdu "number whatsapp pe deta hoon", French "envoyez-moi la preuve par WhatsApp", and "send me your
 * IG … I DM you". Part of ASKS_IN_OTHER_LANGUAGES.
 */
export const ASKS_FROM_BOATS_AND_STOCK_LOTS = cue(
  'a request to talk on a messaging app',
  '\\b(?:pm\\s+mo\\s+ko|pm\\s+mo\\s+ako|pm\\s+ko)\\s+sa\\s+(?:viber|whats\\s?app|messenger|telegram)\\b' +
    '|\\bme\\s+avisa[ns]?\\s+(?:al|por|en)\\s+(?:el\\s+)?whats\\s?app\\b' +
    '|\\bwhats\\s?app\\s+(?:pe|par)\\s+(?:de\\s+)?deta\\s+(?:hoon|hun|hu)\\b' +
    '|\\benvoyez-moi\\s+(?:\\S+\\s+){0,3}?par\\s+whats\\s?app\\b' +
    '|\\b(?:your|ur)\\s+(?:ig|insta(?:gram)?|facebook|fb)\\b[^.!?]{0,30}?\\b(?:i\\s+dm|i\\s+pm|i\\s+inbox)\\b',
  {
    anchors: [
      'pm mo ko',
      'pm mo ako',
      'pm ko',
      'me avisa',
      // With its space: "details" holds "deta".
      'deta ',
      'envoyez-moi',
      'i dm',
      'i pm',
      'i inbox',
    ],
  },
);
