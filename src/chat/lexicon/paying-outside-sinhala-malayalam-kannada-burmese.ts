import { cue, type Cue } from './cue';

/** Not refused after the words, in the same clause: Sinhala "නෑ", "epa", Malayalam "venda", Kannada "beda", Burmese "မ…". */
const NOT_REFUSED =
  '(?![^.!?,;\\n။၊]{0,40}(?:නෑ|නැහැ|එපා|බෑ|(?<![\\p{L}])(?:na|naha|epa|ba)(?![\\p{L}])|വേണ്ട|ഇല്ല|venda|illa|ಬೇಡ|ಇಲ್ಲ|ಆಗಲ್ಲ|beda|လက်မခံ|မယူ|မပို့ပါနဲ့|မပေးပါနဲ့))';

/** Asking to pay outside the order in Sinhala, Malayalam, Kannada and Burmese (in their scripts, and Sinhala, Malayalam and Kannada in Latin letters too). */
export const PAYING_OUTSIDE_IN_SINHALA_MALAYALAM_KANNADA_BURMESE: readonly Cue[] = [
  cue(
    'a person-to-person payment app',
    // Sri Lanka's eZ Cash and FriMi wallets, Myanmar's AYA Pay and CB Pay (KBZPay and WavePay are in
    // local-wallets-and-vouchers.ts): "eyage eZ Cash ekata dammoth" (if you put it in his eZ Cash), "FriMi eken
    // gewanna puluwanda?" (may I pay by FriMi?).
    `(?<![\\p{L}])(?:ez\\s?cash|frimi|aya\\s?pay|cb\\s?pay)(?![\\p{L}])${NOT_REFUSED}`,
    { anchors: ['ez cash', 'ezcash', 'frimi', 'aya pay', 'ayapay', 'cb pay', 'cbpay'] },
  ),
  cue(
    'a person-to-person payment app',
    // An Indian wallet paid with, in Malayalam and Kannada: "GPay ചെയ്താൽ" (if you GPay), "GPay cheythu" (GPayed),
    // "PhonePe ಮಾಡಿದ್ರೆ" (if you PhonePe), "GPay maadbahuda?" (may I GPay?), "UPI ചെയ്താൽ പോരേ?"; or its number given:
    // "PhonePe: 98450 77321". Not "GPay/PhonePe beda" (no GPay).
    '(?<![\\p{L}])(?:gpay|g\\s?pay|google\\s?pay|phonepe|phone\\s?pe|paytm|upi)\\s+(?:ചെയ്\\S*|ചെയ്യ\\S*|cheyth\\S*|cheyy\\S*|cheyt\\S*|ಮಾಡ\\S*|ಮಾಡಿ\\S*|maad\\S*|mad(?:i|idre|ide|tini|bahuda)\\b|කරන්න\\S*|කළා|කලා|karann\\S*|kala)' +
      `${NOT_REFUSED}|(?<![\\p{L}])(?:gpay|phonepe|paytm)\\s*[:：-]\\s*\\+?\\d[\\d\\s]{8,}`,
    { anchors: ['gpay', 'g pay', 'google pay', 'googlepay', 'phonepe', 'phone pe', 'paytm', 'upi'] },
  ),
  cue(
    'cash handed over',
    // Sinhala "cash Pettah office ekata denna" (give the cash at the Pettah office), "cash eka aran ennam" (I'll
    // bring the cash), "මුදල් අතට දෙන්න"; Malayalam "AED cash koduthal" (if you give AED cash), "പണം കയ്യിൽ
    // കൊടുക്കാം"; Kannada "INR cash kottre" (if you give INR cash), "ಕ್ಯಾಶ್ ಕೊಡಿ"; Burmese "ငွေသားနဲ့ပေး" (pay in
    // cash).
    '(?<![\\p{L}])(?:cash|කෑෂ්|salli|සල්ලි|ക്യാഷ്|പണം|ರೊಕ್ಕ|ಕ್ಯಾಶ್|ನಗದು)\\s+(?:\\S+\\s+){0,4}?' +
      `(?:denna|dennam|දෙන්න|දෙන්නම්|aran\\s+enn\\S*|අරන්\\s+එන්න\\S*|koduth\\S*|kodukk\\S*|കൊടുത്ത\\S*|കൊടുക്ക\\S*|kott(?:re|ini|idre)\\b|kodi\\b|ಕೊಟ್ರೆ|ಕೊಡಿ|ಕೊಡ್ತೀನಿ|ಕೊಟ್ಟರೆ)${NOT_REFUSED}` +
      '|ငွေသား(?:နဲ့|ဖြင့်|နှင့်)?\\s?(?:\\S+\\s?){0,2}?ပေး(?!ရန်မလို)|ငွေသား\\s?(?:\\S+\\s?)?(?:ယူလာ|သွားပေး)',
    {
      anchors: ['cash', 'කෑෂ්', 'salli', 'සල්ලි', 'ക്യാഷ്', 'പണം', 'ರೊಕ್ಕ', 'ಕ್ಯಾಶ್', 'ನಗದು', 'ငွေသား'],
    },
  ),
  cue(
    'money sent through a transfer office',
    // Kerala's word for hawala, "kuzhal panam" (pipe money), and the Gulf's exchange houses a supplier names for
    // money to a person: "Al Ansari Exchange വഴി manager-ന്റെ പേരിൽ അയച്ചാൽ മതി".
    '(?<![\\p{L}])(?:kuzhal\\s?panam|കുഴൽ\\s?പണം|കുഴൽപ്പണം|(?:al\\s+ansari|lulu|uae|al\\s+fardan|joyalukkas)\\s+exchange)(?![\\p{L}])' +
      NOT_REFUSED,
    { anchors: ['kuzhal', 'കുഴൽ', 'exchange'] },
  ),
  cue(
    'paying directly, outside the order',
    // Sinhala "Direct කලොත් USD 8,300ට දෙන්නම්" (if you pay direct, I'll give it for 8,300), "direct dammoth";
    // Malayalam "നേരിട്ട് GPay ചെയ്താൽ" (if you GPay directly), "nerittu ayachal"; Kannada "agent ಗೆ ನೇರವಾಗಿ
    // ಕಟ್ಟಬೇಕು" (pay the agent directly), "nerawagi kattabeku"; Burmese "တိုက်ရိုက်လွှဲ" (transfer directly).
    '(?<![\\p{L}])(?:direct|කෙලින්ම|kelinma)\\s+(?:කලොත්|කළොත්|kaloth|dammoth|දැම්මොත්|ගෙව්වොත්|gewwoth|දාන්න|danna|gewanna|ගෙවන්න)' +
      '|(?<![\\p{L}])(?:നേരിട്ട്|nerittu|neritt)\\s+(?:\\S+\\s+){0,2}?(?:ചെയ്താൽ|ചെയ്യ\\S*|അയച്ചാൽ|അയക്ക\\S*|അടച്ചാൽ|cheythal|ayachal|ayakk\\S*|adachal)' +
      '|(?<![\\p{L}])(?:ನೇರವಾಗಿ|neravagi|nerawagi)\\s+(?:\\S+\\s+)?(?:ಕಟ್ಟ\\S*|ಕಳಿಸ\\S*|ಹಾಕ\\S*|katt\\S*|kalis\\S*|haak\\S*)' +
      `|တိုက်ရိုက်\\s?(?:လွှဲ|ပေးချေ|ငွေပေး)${NOT_REFUSED}`,
    {
      anchors: [
        'direct',
        'කෙලින්ම',
        'kelinma',
        'നേരിട്ട്',
        'nerittu',
        'neritt',
        'ನೇರವಾಗಿ',
        'neravagi',
        'nerawagi',
        'တိုက်ရိုက်',
      ],
    },
  ),
  cue(
    "money sent in a person's name",
    // Malayalam "manager-ന്റെ പേരിൽ അയച്ചാൽ മതി" (send it in the manager's name), Kannada "ಹೊಸ account ನಮ್ಮ boss
    // ಹೆಸರಲ್ಲಿ ಇದೆ" (the account is in our boss's name), "boss hesaralli", Sinhala "manager ගේ නමට" (to the manager's
    // name), Burmese "manager နာမည်နဲ့ လွှဲ".
    '(?<![\\p{L}])(?:manager|boss|director|owner|agent|aniyan|chettan)\\S*\\s+(?:പേരിൽ|peril|ಹೆಸರಲ್ಲಿ|ಹೆಸರಿಗೆ|hesaralli|hesarige|ගේ\\s+නමට|ge\\s+namata|නමට|namata)(?![\\p{L}\\p{M}])' +
      '|(?:manager|boss|director|ဒါရိုက်တာ|မန်နေဂျာ|သူဌေး)\\s?(?:ရဲ့\\s?)?(?:နာမည်|အမည်)\\s?(?:နဲ့|ဖြင့်|ကို)',
    {
      anchors: [
        'manager',
        'boss',
        'director',
        'owner',
        'agent',
        'aniyan',
        'chettan',
        'ဒါရိုက်တာ',
        'မန်နေဂျာ',
        'သူဌေး',
      ],
    },
  ),
  cue(
    'an advance fee',
    // Burmese "FDA လိုင်စင်ခ ပေးရမယ်တဲ့" (they say an FDA licence fee must be paid), "အမြန်လွှတ်ခ" (a fee to release it
    // fast), "ဒဏ်ကြေး ပေးရမယ်" (a fine must be paid): a fee to free the goods, asked by the supplier.
    '(?:လိုင်စင်ခ|လွှတ်ခ|ဒဏ်ကြေး|ထုတ်ခ)\\s?(?:\\S+\\s?)?ပေးရ(?:မယ်|မှာ|ပါမယ်)',
    { anchors: ['လိုင်စင်ခ', 'လွှတ်ခ', 'ဒဏ်ကြေး', 'ထုတ်ခ'] },
  ),
];
