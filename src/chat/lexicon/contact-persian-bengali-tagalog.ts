import { cue, type Cue } from './cue';

/** The messaging apps as Persian writes them. */
const PERSIAN_APPS = '(?:واتساپ|واتس\\s?اپ|تلگرام|ایمو|وایبر|ویچت|وی\\s?چت)';
/** As Bengali writes them. */
const BENGALI_APPS = '(?:ইমো|হোয়াটসঅ্যাপ|টেলিগ্রাম|ভাইবার|উইচ্যাট)';
/** In Latin letters (Finglish, Banglish, Taglish), Facebook's Messenger too, as Filipinos use it. */
const LATIN_APPS = '(?:whatsapp|telegram|imo|viber|wechat|messenger)';
/** The same names as anchors. */
const PERSIAN_APP_NAMES = ['واتساپ', 'واتس', 'تلگرام', 'ایمو', 'وایبر', 'ویچت', 'وی چت'];
const BENGALI_APP_NAMES = ['ইমো', 'হোয়াটসঅ্যাপ', 'টেলিগ্রাম', 'ভাইবার', 'উইচ্যাট'];
const LATIN_APP_NAMES = ['whatsapp', 'telegram', 'imo', 'viber', 'wechat', 'messenger'];

/** The talk moved off the marketplace in Persian, Bengali and Tagalog, as probe 84's chats said it. Part of ASKS_IN_MORE_WORDINGS. */
export const CONTACT_IN_PERSIAN_BENGALI_TAGALOG: readonly Cue[] = [
  cue(
    'a request to talk on a messaging app',
    // "Do you have it?": Persian "تلگرام دارید؟ عکس‌ها رو اونجا می‌فرستم" (do you have Telegram? I'll send the photos
    // there), Finglish "telegram darid?"; Bengali "আপনার ইমো আছে?"; Tagalog "Viber niyo po?", "may WhatsApp po ba kayo?".
    // Not "راننده با انباردار در واتساپ هماهنگ می‌کنه" (the driver and the warehouse arrange it on WhatsApp).
    `${PERSIAN_APPS}\\s+(?:دارید|داری|دارین)(?![\\p{L}])` +
      '|(?:whatsapp|telegram|imo|viber|wechat)\\s+(?:darid|dari|darin)\\b' +
      `|আপনার\\s+${BENGALI_APPS}\\s+(?:আছে|আছেন|চালান)` +
      `|${LATIN_APPS}\\s+(?:niyo|nyo|ninyo|mo)(?:\\s+po)?\\s*\\?|\\bmay\\s+${LATIN_APPS}\\s+(?:po\\s+)?(?:ba\\s+)?(?:kayo|ka)\\b`,
    {
      anchors: [...PERSIAN_APP_NAMES, ...LATIN_APP_NAMES, ...BENGALI_APP_NAMES],
    },
  ),
  cue(
    'a request to move to e-mail or a call',
    // Persian "شماره واتساپتون رو بدید" (give your WhatsApp number), "ایمیل شخصی‌تون رو بفرستید" (send your personal
    // e-mail); Banglish "whatsapp e message din" (message on WhatsApp); Tagalog "Mas madali po sa Telegram" (it's easier
    // on Telegram). Not "شماره سفارش رو بدید" (the order number), "mas mabilis po sa sea freight".
    `(?:شماره|آیدی|ایدی)\\s+${PERSIAN_APPS}\\S*\\s+(?:رو\\s+|را\\s+)?(?:بدید|بدین|بده|بفرستید|بگید)` +
      '|ایمیل\\s+(?:شخصی|خصوصی)\\S*\\s+(?:رو\\s+|را\\s+)?(?:بدید|بدین|بده|بفرستید|بگید)' +
      '|(?:whatsapp|imo|viber|telegram|wechat)\\s?(?:e|te)\\s+(?:message|msg|knock|call)\\s+(?:din|den|diyen|korun|koren)\\b' +
      `|\\bmas\\s+(?:madali|mabilis|okay|ok|maganda)\\s+(?:po\\s+)?(?:kung\\s+)?sa\\s+${LATIN_APPS}\\b`,
    {
      anchors: [...PERSIAN_APP_NAMES, 'ایمیل', ...LATIN_APP_NAMES],
    },
  ),
];
