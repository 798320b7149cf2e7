import { cue, type Cue } from './cue';

/** Paying, if done: Sinhala "දැම්මොත්", "gewwoth", Malayalam "അയച്ചാൽ", "koduthal", Kannada "ಕೊಟ್ರೆ", "haakidre". */
const IF_PAID =
  '(?:දැම්මොත්|ගෙව්වොත්|එව්වොත්|(?:deposit|transfer|pay)\\s+(?:කලොත්|කළොත්|kaloth)|dammoth|gewwoth|ewwoth' +
  '|അയച്ചാൽ|അടച്ചാൽ|കൊടുത്താൽ|ayachal|adachal|koduthal|(?:advance|payment|balance|deposit|പണം)\\s+(?:വന്നാൽ|vannal)' +
  '|ಕೊಟ್ರೆ|ಹಾಕಿದ್ರೆ|ಕಟ್ಟಿದ್ರೆ|ಕಳಿಸಿದ್ರೆ|kottre|haakidre|hakidre|kattidre|kalisidre)';

/** Pressure to pay in Sinhala, Malayalam, Kannada and Burmese (in their scripts, and Sinhala, Malayalam and Kannada in Latin letters too). */
export const PRESSURE_IN_SINHALA_MALAYALAM_KANNADA_BURMESE: readonly Cue[] = [
  cue(
    'a deadline to pay today',
    // Sinhala "ada dammoth heta post karanawa" (put it in today and we post tomorrow), "අද 4ට කලින් දැම්මේ නැත්නම්"
    // (unless put in before 4 today); Malayalam "ഇന്ന് advance വന്നാൽ നാളെ cutting" (if the advance comes today …),
    // "innu koduthal …"; Kannada "advance ivattu haakidre ivattu dispatch", "ee week kottre …" (if you give it this
    // week).
    `(?<![\\p{L}\\p{M}])(?:අද|ada|ಇವತ್ತು|ಇಂದು|ivattu|ee\\s+week|ಈ\\s+ವಾರ|ഇന്ന്|ഇന്നു|innu)\\s+(?:\\S+\\s+){0,2}?${IF_PAID}(?![\\p{L}\\p{M}])` +
      '|(?<![\\p{L}\\p{M}])(?:අද|ada)\\s+(?:\\S+\\s+){0,4}?(?:නැත්නම්|නැතිනම්|nathnam|naththam|nathinam)(?![\\p{L}\\p{M}])',
    { anchors: ['අද', 'ada', 'ಇವತ್ತು', 'ಇಂದು', 'ivattu', 'ee week', 'ಈ ವಾರ', 'ഇന്ന്', 'ഇന്നു', 'innu'] },
  ),
  cue(
    'a threat if the payment is late',
    // Unless paid: Malayalam "6 മണിക്കുള്ളിൽ അടച്ചില്ലെങ്കിൽ parcel return ആകും", "ayachillenkil"; Kannada "ನಾಳೆ ಒಳಗೆ
    // ಕಟ್ಟದಿದ್ರೆ booking cancel", "kattadidre"; Burmese "၅ နာရီ မတိုင်ခင် မပို့ရင်" (unless sent before 5), "မပေးရင်
    // order cancel". Said of paying only.
    '(?<![\\p{L}\\p{M}])(?:അടച്ചില്ലെങ്കിൽ|അയച്ചില്ലെങ്കിൽ|കൊടുത്തില്ലെങ്കിൽ|adachillenkil|ayachillenkil|koduthillenkil' +
      '|ಕಟ್ಟದಿದ್ರೆ|ಕಳಿಸದಿದ್ರೆ|ಹಾಕದಿದ್ರೆ|ಕೊಡದಿದ್ರೆ|kattadidre|kalisadidre|haakadidre|kodadidre)(?![\\p{L}\\p{M}])' +
      '|(?<![\\p{L}\\p{M}])(?:ಬರದಿದ್ರೆ|ಮಾಡದಿದ್ರೆ|baradidre|madadidre|ചെയ്തില്ലെങ്കിൽ|cheythillenkil)(?=[^.!?\\n]{0,60}(?:cancel|charge|price|rate|storage|ಏರು|ಬೆಲೆ|ಕಟ್ಟಬೇಕು|കൂടും|fine))' +
      '|မပို့ရင်|မပေးရင်|မလွှဲရင်|မချေရင်|မတိုင်ခင်\\s?(?:\\S+\\s?)?(?:ပို့|ပေး|လွှဲ)(?:ပါ|ရမယ်|ရင်)',
    {
      anchors: ['ല്ലെങ്കിൽ', 'llenkil', 'ದಿದ್ರೆ', 'didre', 'မပို့ရင်', 'မပေးရင်', 'မလွှဲရင်', 'မချေရင်', 'မတိုင်ခင်'],
    },
  ),
  cue(
    'a deadline in hours',
    // Kannada "ಇನ್ನು 1 ಗಂಟೆ ಒಳಗೆ ಹಾಕಿ" (put it in within an hour), "2 gante olage"; Malayalam "6 മണിക്കുള്ളിൽ",
    // Sinhala "පැය 2ක් ඇතුළත".
    '\\d+\\s*(?:ಗಂಟೆ|gante|ghante)\\s*(?:ಒಳಗೆ|ಒಳಗಡೆ|olage)|\\d+\\s*(?:മണിക്കുള്ളിൽ|മണിക്കൂറിനുള്ളിൽ|manikkullil)|(?:පැය|paya)\\s*\\d+\\S*\\s+(?:ඇතුළත|athulatha|ඇතුලත)',
    { anchors: ['ಗಂಟೆ', 'gante', 'ghante', 'മണിക്കുള്ളിൽ', 'മണിക്കൂറിനുള്ളിൽ', 'manikkullil', 'පැය', 'paya'] },
  ),
  cue(
    'a price rise to hurry the payment',
    // Sinhala "price eka 8% wadi wenawa" (the price goes up 8%), "මිල වැඩි වෙනවා"; Malayalam "rate കൂടും" (the rate
    // will rise), "allenkil rate koodum"; Kannada "price 12% ಏರುತ್ತೆ", "rate jaasti agutte".
    '(?<![\\p{L}\\p{M}])(?:price|rate|මිල|mila|ගාන|വില|റേറ്റ്|vila|ಬೆಲೆ|ದರ|bele)\\s+(?:\\S+\\s+){0,3}?' +
      '(?:වැඩි\\s+(?:වෙනවා|වේවි|වෙයි)|wadi\\s+(?:wenawa|wei|wewi)|കൂടും|koodum|കയറും|kayarum|ಏರುತ್ತೆ|ಏರುತ್ತದೆ|ಹೆಚ್ಚಾಗುತ್ತೆ|ಜಾಸ್ತಿ\\s+ಆಗುತ್ತೆ|erutte|jaasti\\s+agutte|hecchagutte)(?![\\p{L}\\p{M}])',
    {
      anchors: [
        'වැඩි',
        'wadi',
        'കൂടും',
        'koodum',
        'കയറും',
        'kayarum',
        'ಏರುತ್ತ',
        'ಹೆಚ್ಚಾಗುತ್ತೆ',
        'ಜಾಸ್ತಿ',
        'erutte',
        'jaasti',
        'hecchagutte',
      ],
    },
  ),
  cue(
    'a deadline to pay today',
    // Malayalam "അതിനു മുമ്പ് payment വേണം, അല്ലെങ്കിൽ next month ആകും" (payment needed before that, otherwise …);
    // Burmese "ဒီနေ့ ပို့ရင် ဒီအပတ်ထဲ ကားတင်ပေးမယ်" (send today and we load this week).
    '(?<![\\p{L}\\p{M}])(?:payment|advance|balance|deposit|പണം)\\s+(?:വേണം|venam)[^.!?\\n]{0,40}?(?:അല്ലെങ്കിൽ|allenkil)' +
      '|(?:ဒီနေ့|ယနေ့|ဒီည)\\s?(?:\\S+\\s?){0,2}?(?:ပို့|ပေး|လွှဲ)ရင်',
    { anchors: ['വേണം', 'venam', 'ဒီနေ့', 'ယနေ့', 'ဒီည'] },
  ),
];
