import type { ThreadLanguagePack } from './thread-language-packs';
import { packOfLists, type ReplyLists } from './thread-words';
import { BURMESE_PHRASES } from './thread-words-sinhala-malayalam-kannada-burmese-2';

// The threads' replies in Sinhala, Malayalam and Kannada (in their scripts and in Latin letters, as typed on phones),
// with the Burmese ones of the second file, read as phrases (Burmese writes no spaces between its words): "මම හෙට
// transfer කරන්නම්", "slip eka ewannam", "GPay ചെയ്തു", "ayakkam", "PhonePe ಮಾಡಿದೆ", "T/T ಮಾಡ್ತೀನಿ"; "viber eke add
// kala", "WhatsApp-ൽ hi അയച്ചിട്ടുണ്ട്", "WhatsApp alli message madide". Their vowel signs are marks, not letters.

/** What else is sent in an order's talk: a sample, a photo, a file, the artwork. */
const THINGS =
  '(?:sample|photo|photos|pi|file|artwork|design|logo|catalog\\S*|drawing|contract|receipt|screenshot|video|ෆොටෝ|ഫോട്ടോ|ಫೋಟೋ)';
/** A way to pay, done. */
const WAY =
  '(?:tt|t/t|neft|rtgs|imps|upi|gpay|phonepe|paytm|wire|transfer|payment|deposit|usdt|western\\s+union|ez\\s?cash|frimi)';

const WORDS: ReplyLists = {
  paid: [
    // Sinhala "transfer කරන්නම්" (I'll transfer), "USDT 3000ක් දැම්මා" (put in 3000), "cash eka aran ennam" (I'll bring
    // the cash), "eZ Cash eken damma".
    `${WAY}\\s+(?:කරන්නම්|කළා|කලා|කරා|karannam|kala|kara)|(?:දැම්මා|දාන්නම්|ගෙව්වා|ගෙවන්නම්|damma|dannam|gewwa|gewannam)|(?:cash|සල්ලි|salli)\\s+(?:eka\\s+|එක\\s+)?(?:aran|අරන්)`,
    // Malayalam "GPay ചെയ്തു" (GPayed), "NEFT ചെയ്യാം" (I'll NEFT), "avan vazhi ayakkam" (I'll send through him),
    // "പോയി അയക്കാം" (I'll go and send), "chennu kodukkam" (I'll go and give), "3,250 USDT ayachu".
    `${WAY}\\s+(?:ചെയ്തു|ചെയ്യാം|ചെയ്തിട്ടുണ്ട്|cheythu|cheyyam|cheythittund)|(?<!${THINGS}\\s+)(?:അയച്ചു|അയക്കാം|അടച്ചു|അടക്കാം|കൊടുക്കാം|കൊടുത്തു|ayachu|ayakkam|adachu|adakkam|kodukkam|koduthu)`,
    // Kannada "PhonePe ಮಾಡಿದೆ" (did the PhonePe), "T/T ಮಾಡ್ತೀನಿ" (I'll wire), "ಕಳಿಸಿದ್ದೀನಿ" (I've sent), "haakidini".
    `${WAY}\\s+(?:ಮಾಡಿದೆ|ಮಾಡಿದ್ದೀನಿ|ಮಾಡ್ತೀನಿ|madide|maadide|madtini|maadtini)|(?<!${THINGS}\\s+)(?:ಕಳಿಸಿದ್ದೀನಿ|ಕಳಿಸಿದೆ|ಕಳಿಸ್ತೀನಿ|ಹಾಕಿದ್ದೀನಿ|ಕಟ್ಟಿದ್ದೀನಿ|kalisidini|kalisiddini|kalistini|haakidini|kattidini)`,
  ],
  asksWhere: [
    // "eZ Cash eken danna da?" (shall I put it by eZ Cash?), "account number එක එවන්න"; "beneficiary name എന്താ?";
    // "SWIFT code ಕಳಿಸಿ" (send the SWIFT code), "ಯಾವ account?" (which account?).
    '(?:danna|gewanna|දාන්න|ගෙවන්න)\\s+(?:da|ද)|(?:account|details|number|wallet\\s+address|nombar)\\s+(?:එක\\s+|eka\\s+)?(?:එවන්න|ewanna)|මොන\\s+account|mona\\s+account',
    '(?:beneficiary|account|details|name|number)\\s+(?:\\S+\\s+)?(?:എന്താ|enthaa|entha|അയക്കൂ|ayakku|തരൂ|tharu)|ഏത്\\s+account|ethu\\s+account',
    '(?:swift|account|details|number|wallet)\\s+(?:code\\s+)?(?:ಕಳಿಸಿ|kalsi|kalisi)|(?:ಯಾವ|yava|yaava)\\s+(?:account|ಖಾತೆ|bank)',
  ],
  pointsAt: [
    // The proof or the account already named: "slip එක", "screenshot eka ewanna", "ആ account-ലേക്ക്", "ಆ account ಗೆ";
    // the rest to send the same way: "ඉතුරු 3420 … එවන්න".
    '(?:slip|screenshot|txid|mtcn)\\s+(?:එක|eka)|(?:ආ|ඒ|a)\\s+account\\s+(?:එකට|ekata)|(?:ആ|aa)\\s+account\\S*|(?:ಆ|aa)\\s+account\\s+(?:ಗೆ|ge)' +
      '|(?:ඉතුරු|ithuru|ബാക്കി|baakki|ಉಳಿದ\\S*|ulida\\S*)\\s+(?:\\S+\\s+){0,4}?(?:එවන්න|ewanna|දාන්න|danna|ගෙවන්න|gewanna|അയക്കൂ|ayakku|ಕಳಿಸಿ|kalsi)',
  ],
  toPay: ['එවන්න|ගෙවන්න|දාන්න|ewanna|gewanna|danna|അയക്കണം|അടക്കണം|ayakkanam|adakkanam|ಕಳಿಸಿ|ಕಟ್ಟಿ|kalsi|katti'],
  backToTheOrder: [
    // "Trade Assurance එකෙන්ම" (by Trade Assurance itself), "Alibaba order വഴി തന്നെ", "Alibaba order ಮೂಲಕ ಮಾತ್ರ".
    '(?:alibaba|assurance|order|app)\\s+(?:එකෙන්ම|ekenma|එකෙන්\\s+විතරයි)|(?:alibaba|assurance|order)\\s+(?:വഴി|vazhi)\\s+(?:തന്നെ|thanne)|(?:alibaba|assurance|order)\\s+(?:ಮೂಲಕ|mulaka)\\s+(?:ಮಾತ್ರ|matra)',
    'pay\\s+(?:ചെയ്യുന്നില്ല|cheyyunnilla)|payment\\s+(?:ഇല്ല|illa)|(?:pay|ಕಟ್ಟಲ್ಲ)\\s*(?:madalla|ಮಾಡಲ್ಲ)|ಬೇಡ|beda|එපා',
  ],
  vouches: [
    // "hama kenama karanne ehemai" (everyone does it so), "ഇത് സാധാരണ ആണ്" (it's normal), "ellarum ingane aanu",
    // "trust madi", "ಚಿಂತೆ ಬೇಡ" (no worry).
    'hama\\s+kenama|හැමෝම|(?:සාමාන්‍ය|samanya)\\s+(?:දෙයක්|deyak)|സാധാരണ\\s+(?:ആണ്|aanu)|ellarum\\s+ingane|ഒരുപാട്\\s+ഇങ്ങനെ|trust\\s+madi|ಚಿಂತೆ\\s+ಬೇಡ|ellaru\\s+hige',
  ],
  // Kannada "yake" (why), but not Hausa "yake" (is): "Ina agent din yake?" (where is the agent?).
  doubts: [
    'ඇයි|ඇත්තද|aththada|neda|නේද|എന്തിന്|enthina|ഇങ്ങനെ|ingane|അറിയില്ല|ariyilla|ശരിയാണോ|shariyano|alle(?=\\s*\\?)|അല്ലേ|ಯಾಕೆ|(?<!\\b(?:din|ta|na|inda|ina|agent|wakili)\\s+)yake|alva|ಅಲ್ವಾ|ನೀವೇನಾ',
  ],
  namesTheOrder: ['order\\s+page|අලිබාබා|അലിബാബ|ಅಲಿಬಾಬಾ'],
  moved: [
    // "viber eke add kala", "IMO එකේ add කලා"; "IMO-yil add cheythittund", "Telegram-il message ayachittund", "hi
    // അയച്ചിട്ടുണ്ട്"; "WhatsApp alli message madide".
    '(?:add|msg|message|call)\\s+(?:කලා|කළා|කරා|kala|kara)',
    '(?:add|msg|message|hi|call)\\s+(?:ചെയ്തിട്ടുണ്ട്|ചെയ്തു|അയച്ചിട്ടുണ്ട്|അയച്ചു|cheythittund|cheythu|ayachittund|ayachu)',
    '(?:add|msg|message|call)\\s+(?:ಮಾಡಿದೆ|ಮಾಡಿದ್ದೀನಿ|madide|maadide|madidini)',
  ],
  backToTheChat: ['මෙතනින්ම|methaninma|ഇവിടെ\\s+തന്നെ|ivide\\s+thanne|ಇಲ್ಲೇ\\s+chat|ille\\s+chat'],
  namesTheChat: ['මෙතන|methana|ഇവിടെ|ivide|ಇಲ್ಲೇ|ille'],
  pageTakes: ['card\\s+number|otp|පාස්වර්ඩ්|പാസ്‌വേഡ്|ಪಾಸ್‌ವರ್ಡ್|ಹಾಕ್ತಿದ್ದೀನಿ|ಹಾಕಿದೆ'],
  refusesThePage: ['login\\s+(?:වෙන්නේ\\s+නෑ|ചെയ്യില്ല|ಮಾಡಲ್ಲ)'],
  asksWhy: [
    'ඇයි|ඇත්තද|aththada|neda|නේද|എന്തിന്|enthina|എന്തുകൊണ്ട്|ഇങ്ങനെ|ingane|അറിയില്ല|ariyilla|ശരിയാണോ|shariyano|alle(?=\\s*\\?)|അല്ലേ|undakumo|ഉണ്ടാകുമോ|ಯಾಕೆ|(?<!\\b(?:din|ta|na|inda|ina|agent|wakili)\\s+)yake|alva|ಅಲ್ವಾ|ನೀವೇನಾ|enu(?=\\s*\\?)',
  ],
};

/** Sinhala, Malayalam, Kannada and Burmese replies: whole words, and the Burmese phrases. */
export const SINHALA_MALAYALAM_KANNADA_BURMESE_REPLIES: ThreadLanguagePack = packOfLists(
  WORDS,
  BURMESE_PHRASES,
);
