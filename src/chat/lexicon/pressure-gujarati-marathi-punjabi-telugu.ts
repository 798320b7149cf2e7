import { cue, type Cue } from './cue';

/** What is lost if the buyer waits: "otherwise", "cancel". */
const OR_ELSE =
  '(?:નહીંતર|નહીં\\s+તો|nahitar|nahi\\s+to|नाहीतर|नाही\\s+तर|naahitar|ਨਹੀਂ\\s+ਤਾਂ|nahi\\s+ta|nai\\s+ta|లేకపోతే|lekapothe|lekapote|cancel|રદ|रद्द|ਰੱਦ|రద్దు)';

/** Pressure to pay in Gujarati, Marathi, Punjabi and Telugu (in their scripts and in Latin letters). */
export const PRESSURE_IN_GUJARATI_MARATHI_PUNJABI_TELUGU: readonly Cue[] = [
  cue(
    'a price rise tomorrow',
    // Gujarati "કાલથી ભાવ વધી જશે" (from tomorrow the price goes up), "kale rate vadhi jase"; Marathi "उद्यापासून दर
    // वाढणार", "udya rate vadhnar"; Punjabi "ਕੱਲ੍ਹ ਤੋਂ ਰੇਟ ਵੱਧ ਜਾਊ", "kal ton rate vadh jau"; Telugu "రేపటి నుండి ధర
    // పెరుగుతుంది", "repu rate perugutundi".
    '(?<![\\p{L}\\p{M}])(?:કાલે|કાલથી|kale|kalthi|उद्या|उद्यापासून|udya|udyapasun|ਕੱਲ੍ਹ|kal(?:l|\\s+ton|\\s+thi|\\s+se)?|రేపు|రేపటి|repu|repati)\\s+(?:\\S+\\s+){0,2}?' +
      '(?:ભાવ|રેટ|भाव|दर|रेट|ਰੇਟ|ਭਾਅ|ధర|రేటు|rate|price|bhav|dar|dhara)\\s+(?:\\S+\\s+){0,2}?' +
      '(?:વધ[\\p{L}\\p{M}]*|vadh\\p{L}*|वाढ[\\p{L}\\p{M}]*|ਵੱਧ[\\p{L}\\p{M}]*|ਵਧ[\\p{L}\\p{M}]*|vadd\\p{L}*|పెరుగు[\\p{L}\\p{M}]*|పెరుగ[\\p{L}\\p{M}]*|perug\\p{L}*)',
    {
      anchors: [
        'કાલે',
        'કાલથી',
        'kale',
        'kalthi',
        'उद्या',
        'udya',
        'ਕੱਲ੍ਹ',
        'kal',
        'రేపు',
        'రేపటి',
        'repu',
        'repati',
      ],
    },
  ),
  cue(
    'a deadline to pay today',
    // Gujarati "આજે જ ભરો, નહીંતર order રદ" (pay today, or the order is cancelled); Marathi "आजच पैसे पाठवा नाहीतर
    // container जाईल"; Punjabi "ਅੱਜ ਹੀ ਭੇਜੋ ਨਹੀਂ ਤਾਂ booking cancel"; Telugu "ఈరోజే కట్టండి లేకపోతే order రద్దు".
    '(?<![\\p{L}\\p{M}])(?:આજે\\s+જ|aaje\\s+j|aajej|आजच|aajach|ਅੱਜ\\s+ਹੀ|ajj\\s+hi|aj\\s+hi|ఈరోజే|ఇవాళే|eeroje|ivale)\\s+(?:\\S+\\s+){0,3}?' +
      '(?:ભરો|મોકલો|bharo|mokalo|moklo|भरा|पाठवा|करा|bhara|pathva|kara|ਭੇਜੋ|ਭਰੋ|ਕਰੋ|bhejo|karo|పంపండి|కట్టండి|చేయండి|pampandi|kattandi|cheyyandi)' +
      `[^.!?\\n]{0,60}?${OR_ELSE}`,
    {
      anchors: [
        'આજે જ',
        'aaje j',
        'aajej',
        'आजच',
        'aajach',
        'ਅੱਜ ਹੀ',
        'ajj hi',
        'aj hi',
        'ఈరోజే',
        'ఇవాళే',
        'eeroje',
        'ivale',
      ],
    },
  ),
];
