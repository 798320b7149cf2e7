import type { ReplyLists } from './thread-words';

// The threads' replies in Punjabi (Gurmukhi and Latin letters) and Telugu (Telugu script and Latin letters), joined to
// the Gujarati and Marathi ones in thread-words-gujarati-marathi-punjabi-telugu.ts. Their vowel signs are marks, not
// letters: a word's ending is matched with [\p{L}\p{M}]*.

/** What else is sent in an order's talk: a sample, a photo, a file, the artwork. */
const THINGS = '(?:sample|photo|pi|file|artwork|design|logo|catalog\\S*|drawing|ਸੈਂਪਲ|ਫੋਟੋ|ਡਿਜ਼ਾਈਨ|శాంపిల్|ఫోటో|డిజైన్)';

/** Punjabi and Telugu replies, each kind as whole words (edged in thread-words.ts). */
export const PUNJABI_TELUGU_WORDS: ReplyLists = {
  paid: [
    // Punjabi "ਪੈਸੇ ਭੇਜ ਦਿੱਤੇ" (sent the money), "ਕੱਲ੍ਹ PNB ਤੋਂ TT ਕਰ ਦਿਆਂਗੇ" (we'll wire tomorrow), "240 ਵੀ ਭਰ ਦਿੱਤੇ"
    // (paid the 240 too), "wire kar ditta", "paise bhej dite"; not "ਸੈਂਪਲ ਭੇਜ ਦਿੱਤਾ" (sent the sample).
    `(?<!${THINGS}\\s+(?:\\S+\\s+)?)(?:ਭੇਜ|ਭਰ)\\s+(?:ਦਿੱਤੇ|ਦਿੱਤਾ|ਦਿੱਤੀ|ਦਿਤੇ|ਦਿਤਾ|ਦਿੰਦਾ|ਦਿਆਂਗੇ|ਦਿਆਂਗਾ|ਦੇਵਾਂਗਾ)|ਭੇਜ\\s+ਰਿਹਾ[\\p{L}\\p{M}]*|ਭੇਜਦਾ`,
    '(?:tt|rtgs|neft|imps|upi|wire|transfer|payment|ਪੇਮੈਂਟ|ਟ੍ਰਾਂਸਫਰ)\\s+(?:ਕਰ\\s+(?:ਦਿੱਤਾ|ਦਿੱਤੀ|ਦਿਆਂਗੇ|ਦਿਆਂਗਾ|ਦਿੰਦਾ|ਦੇਵਾਂਗਾ)|ਕਰਾਂਗਾ|ਕਰਾਂਗੇ)|^[\\s\\p{P}]*ਕਰ\\s+ਦਿੱਤਾ',
    `(?<!${THINGS}\\s+(?:\\S+\\s+)?)(?:bhej|bhar|paa)\\s+(?:dite|ditte|ditta|dita|ditti|diti|diyange|dewanga|devanga)|bhejda|bhejanga`,
    '(?:tt|rtgs|neft|imps|upi|wire|transfer|payment|pay)\\s+kar\\s+(?:ditta|dita|ditti|diyange|dewanga|devanga|deyange)|(?:tt|wire|transfer)\\s+karanga',
    // Telugu "డబ్బు పంపాను" (sent the money), "UPI id కి 2 లక్షలు పంపాను", "Faisal కి డబ్బు ఇచ్చాను" (gave Faisal the
    // money), "రేపు NEFT చేస్తాను"; "dabbu pampanu", "ivala TT chestanu", "dabbu ivala pamputanu".
    `(?<!${THINGS}\\s+(?:\\S+\\s+)?)(?:పంపాను|పంపాం|పంపించాను|పంపేశాను|పంపేసాను|కట్టాను|కట్టేశాను|చెల్లించాను)|(?:డబ్బు|డబ్బులు)\\s+(?:\\S+\\s+)?(?:ఇచ్చాను|ఇచ్చేశాను|ఇస్తాను|పంపుతాను|పంపిస్తాను)`,
    '(?:tt|rtgs|neft|imps|upi|wire|transfer|payment|పేమెంట్)\\s+(?:చేశాను|చేసాను|చేస్తాను|చేసేశాను|చేస్తా)|(?:రేపు|ఇవాళ|ఈరోజు|ఇప్పుడే)\\s+(?:\\S+\\s+)?(?:పంపుతాను|పంపిస్తాను|కడతాను)',
    `(?<!${THINGS}\\s+(?:\\S+\\s+)?)(?:pampanu|pampinchanu|pampesanu|kattanu|kattesanu)|(?:dabbu|dabbulu|money)\\s+(?:\\S+\\s+)?(?:pamputanu|pampistanu|pampanu|ichanu|icchanu|istanu)`,
    '(?:tt|rtgs|neft|imps|upi|wire|transfer|payment)\\s+(?:chesanu|chesa|chestanu|chestha|chesesanu)',
  ],
  asksWhere: [
    // Punjabi "details ਭੇਜੋ", "UPI id ਭੇਜੋ", "ਕਿਹੜਾ bank ਆ?" (which bank?), "MTCN ਕਿੱਥੇ ਭੇਜਾਂ?" (where do I send the
    // MTCN?), "agent da number bhejo".
    '(?:details|ਡਿਟੇਲਜ਼|ਡਿਟੇਲ|ਨੰਬਰ|number|id|account|ਖਾਤਾ|ਖਾਤੇ)\\s+(?:ਭੇਜੋ|ਭੇਜ\\s+ਦਿਓ)|(?:ਕਿਹੜਾ|ਕਿਹੜੇ|ਕਿਹੜੀ)\\s+(?:account|ਖਾਤਾ|ਖਾਤੇ|bank|ਬੈਂਕ)|(?:kehda|kihda|kehra|kehde)\\s+(?:account|khata|bank)',
    '(?:ਕਿੱਥੇ|ਕਿਸਨੂੰ|ਕਿੰਨੇ)\\s+(?:ਭੇਜਾਂ|ਭਰਾਂ|ਦੇਵਾਂ)|(?:kithe|kisnu|kinne)\\s+(?:bhejan|bharan|devan)|(?:agent|bande)\\s+da\\s+(?:number|account)',
    // Telugu "account details పంపండి", "agent నంబర్ పంపండి", "account pampandi", "account number ikkade type
    // cheyyandi".
    '(?:details|డీటెయిల్స్|వివరాలు|నంబర్|number|id|address|అడ్రస్|account|అకౌంట్|ఖాతా)\\s+(?:\\S+\\s+){0,2}?(?:పంపండి|ఇవ్వండి|చెప్పండి|pampandi|ivvandi|cheppandi|cheyyandi)',
    '(?:ఏ)\\s+(?:account|అకౌంట్|ఖాతా|బ్యాంక్)|(?:ఎవరికి|ఎక్కడ|ఎంత)\\s+(?:పంపాలి|ఇవ్వాలి|కట్టాలి)|(?:evariki|ekkada|entha|enta)\\s+(?:pampali|ivvali|kattali)',
  ],
  pointsAt: ['(?:ਉਹੀ|ohi)\\s+(?:account|ਖਾਤਾ|bank|ਬੈਂਕ)|(?:అదే|ade)\\s+(?:account|అకౌంట్|ఖాతా|bank|బ్యాంక్)'],
  toPay: ['ਪੈਸੇ|ਭੁਗਤਾਨ|ਰਕਮ|ਪੇਮੈਂਟ|డబ్బు|డబ్బులు|చెల్లింపు|పేమెంట్|dabbu|dabbulu'],
  backToTheOrder: [
    // "ਸਿਰਫ਼ Alibaba ਤੇ", "ਨਹੀਂ ਭੇਜਾਂਗਾ"; Telugu "Alibaba order లోనే", "Trade Assurance మాత్రమే", "పంపను" (I won't
    // send).
    '(?:ਸਿਰਫ਼|ਸਿਰਫ)\\s+(?:alibaba|trade\\s+assurance|ta|order|ਆਰਡਰ)|ਨਹੀਂ\\s+(?:ਭੇਜਾਂਗਾ|ਭੇਜਣੇ|ਭਰਾਂਗਾ)|nahi\\s+bhejanga',
    '(?:alibaba|trade\\s+assurance|order|ఆర్డర్)\\s+(?:లోనే|lone|loney|మాత్రమే|matrame)|పంపను|కట్టను|ఇవ్వను',
  ],
  vouches: ['(?:ਸਾਡਾ|sada)\\s+(?:ਹੀ|hi)\\s+(?:ਬੰਦਾ|banda)|(?:మా|ma)\\s+(?:మనిషే|manishe)|ਫ਼ਿਕਰ\\s+ਨਾ|ਫਿਕਰ\\s+ਨਾ'],
  doubts: [
    'ਕਿਉਂ|ਵੱਖਰਾ|ਵੱਖਰੇ|vakhra|vakhre|వేరే|vere|ਸੱਚ|ਸੁਰੱਖਿਅਤ|ਠੱਗੀ|ਧੋਖਾ|dhokha|ఎందుకు|నిజమా|మీదేనా|మీరేనా|meere|మోసం|enduku|nijama',
  ],
  namesTheOrder: ['ਆਰਡਰ|ఆర్డర్|ਅਲੀਬਾਬਾ|అలీబాబా'],
  moved: [
    // "WhatsApp te add kar leya", "WhatsApp లో add చేశాను", "Telegram lo message chesanu", "call chesanu".
    'add\\s+(?:ਕਰ\\s+ਲਿਆ|ਕਰ\\s+ਦਿੱਤਾ|kar\\s+leya|kar\\s+lea|kar\\s+ditta)|(?:msg|message|ਮੈਸੇਜ)\\s+(?:ਕਰ\\s+ਦਿੱਤਾ|kar\\s+ditta)',
    '(?:add|msg|message|మెసేజ్|call|కాల్)\\s+(?:చేశాను|చేసాను|chesanu|chesa|chesam)',
  ],
  backToTheChat: [
    '(?:ਇੱਥੇ|ithe)\\s+(?:ਹੀ\\s+|hi\\s+)?(?:ਗੱਲ|gal)|(?:ఇక్కడే|ikkade)\\s+(?:మాట్లాడ|matlad)[\\p{L}\\p{M}]*',
  ],
  namesTheChat: ['ਇੱਥੇ|ఇక్కడ|ఇక్కడే|ikkada'],
  pageTakes: [
    'ਪਾਸਵਰਡ|ਕਾਰਡ|ਲੌਗਇਨ|ਪਾ\\s+ਦਿੱਤ[\\p{L}\\p{M}]*|ਭਰ\\s+ਦਿੱਤ[\\p{L}\\p{M}]*|పాస్‌వర్డ్|పాస్వర్డ్|కార్డ్|లాగిన్|ఎంటర్\\s+చేశాను',
  ],
  refusesThePage: ['ਨਹੀਂ\\s+ਪਾਵਾਂਗਾ|ఇవ్వను|ఎంటర్\\s+చేయను'],
  asksWhy: ['ਕਿਉਂ|ఎందుకు|enduku'],
};
