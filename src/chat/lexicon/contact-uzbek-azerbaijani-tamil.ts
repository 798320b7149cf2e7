import { APP } from './apps';
import { cue, phrases, type Cue } from './cue';

/** The apostrophe of Uzbek o' and g', as typed on phones, or none. */
const AP = "['`ʻʼ]?";

/** Uzbek: write, talk, add or send there; written, added. Each anchored on what follows its apostrophe, if it has one. */
const UZ_MOVE = [
  'yozing',
  'yozaman',
  'yozamiz',
  'gaplashamiz',
  'gaplashaylik',
  "qo'shing",
  "qo'shib oling",
  "o'tamiz",
  "o'taylik",
  'tashlang',
  'yozdim',
  'yozdik',
  "qo'shdim",
  'tashladim',
];
const UZ_MOVE_ANCHORS = UZ_MOVE.map((word) => word.replace(/^.*'/, ''));
/** Uzbek: give, send or write (the number). */
const UZ_ASK = ['bering', 'yuboring', 'yozing', 'tashlang'];
/** Azerbaijani, with and without its marks: write, let's talk, add, send, can you send; written, added. */
const AZ_MOVE = [
  'yazın',
  'yazin',
  'yazaq',
  'yazaram',
  'danışaq',
  'danisaq',
  'əlavə edin',
  'elave edin',
  'atın',
  'atin',
  'ata bilərsiz',
  'ata bilersiz',
  'ata bilərsiniz',
  'ata bilersiniz',
  'göndərin',
  'gondərin',
  'gonderin',
  'göndərə bilərsiniz',
  'gondərə bilərsiniz',
  'gondere bilersiniz',
  'yazdım',
  'yazdim',
  'yazdıq',
  'yazdiq',
  'əlavə etdim',
  'elave etdim',
];
/** Azerbaijani: write, send or give (the number). */
const AZ_ASK = ['yazın', 'yazin', 'göndərin', 'gondərin', 'gonderin', 'verin', 'atın', 'atin'];
/** Tamil and Tanglish: give, tell or send (the number). */
const TA_ASK = [
  'kudunga',
  'kodunga',
  'குடுங்க',
  'கொடுங்க',
  'தாங்க',
  'thaanga',
  'sollunga',
  'சொல்லுங்க',
  'anuppunga',
  'அனுப்புங்க',
];
/** Tamil and Tanglish: let's talk, do it, add, send there; sent. */
const TA_MOVE = [
  'பேசலாம்',
  'பேசுங்க',
  'pesalam',
  'pesunga',
  'பண்ணுங்க',
  'add பண்ணுங்க',
  'add pannunga',
  'அனுப்பிட்டேன்',
  'anuppitten',
  'anuppiten',
  'podunga',
  'போடுங்க',
  'message பண்ணிட்டேன்',
  'msg panniten',
];
/** "Do you have …?": Uzbek "Telegramingiz bormi?", Azerbaijani "WeChat-ınız var?". */
const HAVE_YOU = ['bormi', 'bor mi', 'nız var', 'niz var', 'nuz var'];

/** Moving the talk off the platform in Uzbek, Azerbaijani and Tamil, as probe 86's chats said it. Part of contact-more-wordings.ts's list. */
export const CONTACT_IN_UZBEK_AZERBAIJANI_TAMIL: readonly Cue[] = [
  cue(
    'a request to talk on a messaging app',
    // Uzbek "Telegramingiz bormi?" (do you have Telegram?), "Telegramga yozing" (write on Telegram), "rasmlarni WhatsAppga
    // tashlang", "telegramdan yozdim" (I wrote on Telegram), "Telegram raqamingizni bering"; Azerbaijani "WeChat-ınız var?"
    // (have you WeChat?), "şəkilləri WhatsApp-a ata bilərsiz?" (can you send the photos to WhatsApp?), "WhatsApp-da yazdım",
    // "WhatsApp nömrənizi yazın"; Tamil "உங்க WhatsApp number குடுங்க" (give your WhatsApp number), "Unga WhatsApp number
    // kudunga", "WhatsApp-ல பேசலாம்" (let's talk on WhatsApp), "WhatsApp-ல hi அனுப்பிட்டேன்" (I sent a hi on WhatsApp). Both
    // languages join their endings to the app's name. Anchored on the verbs, rarer than the apps' names.
    `${APP}(?:ingiz|ingizni|iz)\\s+(?:bormi|bor\\s+mi)(?![\\p{L}])|${APP}-?(?:[ıi]n[ıi]z\\s+var|niz\\s+var|unuz\\s+var)(?![\\p{L}])` +
      `|${APP}(?:da|ga|dan)?\\s+(?:\\S+\\s+)?(?:${phrases(UZ_MOVE).replaceAll("'", AP)})(?![\\p{L}])` +
      `|${APP}\\s+(?:raqam|nomer|id)\\p{L}*\\s+(?:${phrases(UZ_ASK)})(?![\\p{L}])` +
      `|${APP}-?(?:da|də|de|a|ya|ə|e|dan|dən)?\\s+(?:\\S+\\s+)?(?:${phrases(AZ_MOVE)})(?![\\p{L}])` +
      `|${APP}\\s+(?:n[öo]mr[əe]|id)\\p{L}*\\s+(?:${phrases(AZ_ASK)})(?![\\p{L}])` +
      `|${APP}\\s+(?:number|no|id|நம்பர்|எண்)\\S*\\s+(?:${phrases(TA_ASK)})` +
      `|${APP}-?(?:ல|லே|la|le)?\\s+(?:\\S+\\s+)?(?:${phrases(TA_MOVE)})`,
    { anchors: [...HAVE_YOU, ...UZ_MOVE_ANCHORS, ...UZ_ASK, ...AZ_MOVE, ...AZ_ASK, ...TA_ASK, ...TA_MOVE] },
  ),
];
