import { cue } from './cue';

/** Indonesian "detail nanti saya kirim via WhatsApp" (I'll send the details later on WhatsApp), from probe 64. Part of ASKS_IN_OTHER_LANGUAGES. */
export const ASKS_FROM_FURNITURE_AND_CHIPS = cue(
  'a request to talk on a messaging app',
  '\\b(?:kirim\\s+via|kirim\\s+lewat|kirim\\s+ke|kasih\\s+via|kasih\\s+lewat)\\s+(?:whats\\s?app|wa|telegram|wechat)\\b',
  { anchors: ['kirim via', 'kirim lewat', 'kirim ke', 'kasih via', 'kasih lewat'] },
);
