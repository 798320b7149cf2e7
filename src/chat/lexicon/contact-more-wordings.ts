import { cue, type Cue } from './cue';
import { APPS_IN_MORE_LANGUAGES } from './contact-apps-in-more-languages';
import { MOVED_BY_THE_BUYER } from './contact-moved-by-the-buyer';
import { CONTACT_IN_KOREAN } from './contact-korean';
import { CONTACT_IN_UKRAINIAN_ROMANIAN_HEBREW_GREEK } from './contact-ukrainian-romanian-hebrew-greek';
import { CONTACT_IN_PERSIAN_BENGALI_TAGALOG } from './contact-persian-bengali-tagalog';
import { CONTACT_IN_NIGERIAN_PIDGIN } from './contact-nigerian-pidgin';
import { CONTACT_IN_SERBIAN_CROATIAN_AMHARIC_NEPALI } from './contact-serbian-croatian-amharic-nepali';
import { CONTACT_IN_CZECH_HUNGARIAN_SWEDISH } from './contact-czech-hungarian-swedish';
import { CONTACT_IN_THAI_ARABIC_URDU } from './contact-thai-arabic-urdu';
import { CONTACT_IN_SWAHILI_DUTCH_MALAY } from './contact-swahili-dutch-malay';
import { CONTACT_CALLS_AND_INBOXES } from './contact-calls-and-inboxes';
import { CONTACT_IN_KAZAKH_MONGOLIAN } from './contact-kazakh-mongolian';
import { CONTACT_IN_UZBEK_AZERBAIJANI_TAMIL } from './contact-uzbek-azerbaijani-tamil';
import { CONTACT_IN_GUJARATI_MARATHI_PUNJABI_TELUGU } from './contact-gujarati-marathi-punjabi-telugu';
import { CONTACT_IN_SOMALI_HAUSA_BULGARIAN_SLOVAK } from './contact-somali-hausa-bulgarian-slovak';
import { CONTACT_IN_SINHALA_MALAYALAM_KANNADA_BURMESE } from './contact-sinhala-malayalam-kannada-burmese';
import { CONTACT_IN_KHMER_LITHUANIAN_LATVIAN_ALBANIAN } from './contact-khmer-lithuanian-latvian-albanian';
import { CONTACT_IN_GEORGIAN_ARMENIAN_ESTONIAN_SLOVENIAN } from './contact-georgian-armenian-estonian-slovenian';
import { CONTACT_IN_AFRIKAANS_MACEDONIAN_LAO_PASHTO } from './contact-afrikaans-macedonian-lao-pashto';
import { CONTACT_IN_FINNISH_DANISH_NORWEGIAN } from './contact-finnish-danish-norwegian';

/** "Easier on WeChat": each word its own branch, so that each is the anchor of its own. */
const EASIER_THERE = ['easier', 'quicker', 'more convenient'];

/**
 * Asking for the buyer's app ID, number or personal mail, or sending something by an app, in wordings probes 57 to 59
 * found: English, Dutch, Vietnamese, Thai, Finglish, Taglish, Tamil in Latin letters, French and Japanese. Part of
 * ASKS_IN_OTHER_LANGUAGES.
 */
export const ASKS_IN_MORE_WORDINGS: readonly Cue[] = [
  cue(
    'a request to talk on a messaging app',
    // "whats ur whatsapp number dear?"; Dutch "Of WhatsApp kan ook" (or WhatsApp works too); Vietnamese "em gửi mã QR
    // WeChat Pay qua Zalo cho anh" (I'll send it to you over Zalo); Thai ขอไลน์หน่อยได้ไหม (may I have your Line?),
    // ไอดีผม (my ID).
    "\\bwhat'?s\\s+(?:ur|your)\\s+(?:whats\\s?app|we\\s?chat|telegram|line|viber)\\s+(?:number|no|id)\\b" +
      '|\\bof\\s+whats\\s?app\\s+kan\\s+ook\\b|\\bqua\\s+zalo\\b(?!\\s+oa\\b)(?<!\\bth[ôo]ng\\s+b[áa]o\\s+qua\\s+zalo)(?<!\\bkh[áa]ch\\s+qua\\s+zalo)|ขอไลน์|ไอดี(?:ไลน์)?ผม' +
      // "line or wechat? which you have, we talk faster there"; Finglish "dar Telegram ya WhatsApp payam bedid" (send a
      // message on Telegram or WhatsApp); Taglish "send proof sa Viber ko"; French "je t'envoie le RIB sur WhatsApp".
      '|\\b(?:talk|chat)\\s+(?:faster\\s+there|easier\\s+there|better\\s+there|quicker\\s+there)\\b|\\bpayam\\s+(?:bedid|bede|bedin|bedahid)\\b' +
      '|\\bsa\\s+(?:viber|whats\\s?app|telegram|messenger|wechat)\\s+ko\\b' +
      // "join via bit.ly/… and say hi to me on WhatsApp"; Pidgin "I go give you the details for WhatsApp"; Italian
      // "mandami un vocale su whatsapp"; Uzbek "Telegramda gaplashsak" (let's talk on Telegram), "@handle ga yozing"
      // (write to); Turkish "WeChat ekleyin" (add WeChat).
      '|\\bsay\\s+hi\\s+(?:to\\s+me\\s+)?(?:on|in|via)\\s+whats\\s?app\\b|\\bgive\\s+you\\s+(?:the\\s+)?(?:details|account|number)\\s+for\\s+whats\\s?app\\b' +
      '|\\bmandami\\s+un\\s+(?:vocale|messaggio|msg)\\s+su\\s+whats\\s?app\\b|\\b(?:telegram|whats\\s?app|wechat|imo)(?:da|ga)\\s+gaplash' +
      // Malay "Nanti saya mesej dekat WhatsApp" (I'll message you on WhatsApp).
      "|\\bmesej\\s+(?:dekat|di|kat)\\s+whats\\s?app\\b|@\\S+\\s+ga\\s+yozing\\b|\\b(?:wechat|whats\\s?app|telegram|line)(?:'?[ıi])?\\s+ekleyin\\b" +
      // Tamil in Latin letters "screenshot WhatsApp pannunga" (send it on WhatsApp); Japanese "送金後WeChatでお知らせください"
      // (tell me on WeChat after sending).
      '|\\bwhats\\s?app\\s+(?:pannunga|pannu|pannunge)\\b|(?:wechat|whats\\s?app|line|telegram)\\s*(?:でお知らせ|で連絡|でご連絡)' +
      "|\\b(?:je\\s+t'envoie|je\\s+vous\\s+envoie)\\s+(?:\\S+\\s+){0,3}?(?:sur|par|via)\\s+(?:whats\\s?app|wechat|telegram)\\b" +
      // "Easier on WeChat, my ID on card: cindy_knife88, pls add there".
      EASIER_THERE.map(
        (word) =>
          `|\\b${word.replace(' ', '\\s+')}\\s+(?:to\\s+(?:talk|chat)\\s+)?(?:on|via|in|by)\\s+(?:whats\\s?app|we\\s?chat|telegram|viber|line|skype|signal|imo)\\b`,
      ).join(''),
    {
      anchors: [
        'whats',
        "what's",
        'kan ook',
        'qua zalo',
        'ขอไลน์',
        'ไอดี',
        'faster there',
        ...EASIER_THERE,
        'easier there',
        'better there',
        'quicker there',
        'payam',
        'viber',
        'telegram',
        'messenger',
        'wechat',
        'envoie',
        'pannu',
        'でお知らせ',
        'で連絡',
        'でご連絡',
        'say hi',
        'mandami',
        'gaplash',
        'yozing',
        'mesej',
        'ekleyin',
      ],
    },
  ),
  cue(
    'a request to move to e-mail or a call',
    // "Kindly share your personal gmail"; Dutch "wat is je persoonlijke e-mailadres?".
    '\\b(?:share|send|give|tell)\\s+(?:me\\s+|us\\s+)?(?:your|ur)\\s+(?:personal|private)\\s+(?:g-?mail|e-?mail|mail|e-?mail\\s+address)\\b' +
      '|\\bpersoonlijke?\\s+e-?mail(?:adres)?\\b' +
      // "… the account on the invoice i sent to your gmail".
      '|\\bsent\\s+to\\s+your\\s+(?:g-?mail|personal\\s+e-?mail|private\\s+e-?mail)\\b' +
      // Japanese メールで続けましょう (let's continue by e-mail).
      '|メールで(?:続け|やり取り|連絡)',
    { anchors: ['personal', 'private', 'persoonlijk', 'gmail', 'g-mail', 'メールで'] },
  ),
  ...MOVED_BY_THE_BUYER,
  ...APPS_IN_MORE_LANGUAGES,
  ...CONTACT_CALLS_AND_INBOXES,
  ...CONTACT_IN_KOREAN,
  ...CONTACT_IN_UKRAINIAN_ROMANIAN_HEBREW_GREEK,
  ...CONTACT_IN_PERSIAN_BENGALI_TAGALOG,
  ...CONTACT_IN_NIGERIAN_PIDGIN,
  ...CONTACT_IN_SERBIAN_CROATIAN_AMHARIC_NEPALI,
  ...CONTACT_IN_CZECH_HUNGARIAN_SWEDISH,
  ...CONTACT_IN_THAI_ARABIC_URDU,
  ...CONTACT_IN_SWAHILI_DUTCH_MALAY,
  ...CONTACT_IN_KAZAKH_MONGOLIAN,
  ...CONTACT_IN_UZBEK_AZERBAIJANI_TAMIL,
  ...CONTACT_IN_GUJARATI_MARATHI_PUNJABI_TELUGU,
  ...CONTACT_IN_SOMALI_HAUSA_BULGARIAN_SLOVAK,
  ...CONTACT_IN_SINHALA_MALAYALAM_KANNADA_BURMESE,
  ...CONTACT_IN_KHMER_LITHUANIAN_LATVIAN_ALBANIAN,
  ...CONTACT_IN_GEORGIAN_ARMENIAN_ESTONIAN_SLOVENIAN,
  ...CONTACT_IN_AFRIKAANS_MACEDONIAN_LAO_PASHTO,
  ...CONTACT_IN_FINNISH_DANISH_NORWEGIAN,
];
