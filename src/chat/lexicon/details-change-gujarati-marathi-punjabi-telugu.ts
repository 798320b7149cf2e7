import { cue, type Cue } from './cue';

/** Not the buyer's own marketplace login: "નવું Alibaba account", "नवीन account बनवलं Alibaba वर". */
const NOT_A_LOGIN = '(?![^.!?\\n]{0,30}(?:alibaba|login|password|पासवर्ड|પાસવર્ડ|ਪਾਸਵਰਡ|app))';

/** A new or changed receiving account in Gujarati, Marathi, Punjabi and Telugu (in their scripts and in Latin letters). */
export const CHANGES_IN_GUJARATI_MARATHI_PUNJABI_TELUGU: readonly Cue[] = [
  cue(
    'a new account to pay to',
    // Gujarati "નવા ખાતામાં ભરો" (pay into the new account), "navu bank account"; Marathi "नवीन खात्यात पाठवा", "navin
    // account"; Punjabi "ਨਵੇਂ ਖਾਤੇ ਵਿੱਚ ਭੇਜੋ", "nava account"; Telugu "కొత్త అకౌంట్ కి పంపండి", "kotha account".
    '(?<![\\p{L}\\p{M}])(?:નવું|નવા|નવો|navu|nava|નવીન|नवीन|नवे|नव्या|navin|ਨਵਾਂ|ਨਵੇਂ|ਨਵਾ|navan|naven|కొత్త|kotha|kottha)\\s+(?:bank\\s+|બેંક\\s+|बँक\\s+|ਬੈਂਕ\\s+|బ్యాంక్\\s+)?' +
      `(?:account|a/c|ખાત[\\p{L}\\p{M}]*|khatu|खात[\\p{L}\\p{M}]*|khate|ਖਾਤ[\\p{L}\\p{M}]*|khata|అకౌంట్[\\p{L}\\p{M}]*|ఖాతా[\\p{L}\\p{M}]*)${NOT_A_LOGIN}`,
    {
      anchors: [
        'નવું',
        'નવા',
        'નવો',
        'navu',
        'nava',
        'નવીન',
        'नवीन',
        'नवे',
        'नव्या',
        'navin',
        'ਨਵਾਂ',
        'ਨਵੇਂ',
        'ਨਵਾ',
        'navan',
        'naven',
        'కొత్త',
        'kotha',
        'kottha',
      ],
    },
  ),
  cue(
    'the receiving account said to be changed',
    // Gujarati "અમારું ખાતું બદલાઈ ગયું છે" (our account has changed), "account badlai gayu"; Marathi "आमचे खाते बदलले
    // आहे", "account change zala"; Punjabi "ਸਾਡਾ ਖਾਤਾ ਬਦਲ ਗਿਆ", "account badal gaya"; Telugu "మా అకౌంట్ మారింది",
    // "account marindi".
    '(?<![\\p{L}\\p{M}])(?:account|ખાતું|ખાતા|खाते|खातं|ਖਾਤਾ|అకౌంట్|ఖాతా)\\s+(?:\\S+\\s+){0,2}?' +
      '(?:બદલાઈ|બદલાયું|badlai|badlayu|बदलले|बदलला|बदललं|badalle|badalla|ਬਦਲ\\s+ਗਿਆ|ਬਦਲ\\s+ਦਿੱਤਾ|badal\\s+gaya|badal\\s+gya|మారింది|మార్చాం|marindi|marchamu|change\\s+(?:thayu|thai|zala|zale|zhala|ho\\s+gaya|aindi|ayindi))',
    {
      anchors: [
        'બદલા',
        'badla',
        'बदलल',
        'badall',
        'badalle',
        'ਬਦਲ',
        'badal ',
        'మారింది',
        'మార్చాం',
        'marindi',
        'marchamu',
        'change ',
      ],
    },
  ),
];
