import { cue, type Cue } from './cue';

/** Not said: "નહીં", "nahi", "नाही", "ਨਹੀਂ", "ledu" between the cash and the giving. */
const NOT_REFUSED = '(?!નહીં|નથી|nahi|nathi|नाही|नको|ਨਹੀਂ|ਨਹੀ|ledu|లేదు|ivvanu|ఇవ్వను)';

/** Asking to pay outside the order in Gujarati, Marathi, Punjabi and Telugu (in their scripts and in Latin letters). */
export const PAYING_OUTSIDE_IN_GUJARATI_MARATHI_PUNJABI_TELUGU: readonly Cue[] = [
  cue(
    'cash through an angadia courier',
    // Gujarat's angadia, a courier who carries cash between cities, like a hawala: "angadia થી આપી દઈશ", "આંગડિયામાં
    // પૈસા મોકલો", "angadiya ne aapi do". Only money goes that way.
    '(?<![\\p{L}\\p{M}])(?:angadia|angadiya|aangadia|aangadiya|આંગડિયા|અંગડિયા|आंगडिया|अंगडिया)' +
      // Not refused in its clause: "આંગડિયા થી પૈસા નથી લેતા" (we don't take money by angadia).
      '(?![^.!?,;\\n]{0,40}(?:નથી|નહીં|nathi|nahi|नाही|नको|ਨਹੀਂ|లేదు|ledu))',
    { anchors: ['angadia', 'angadiya', 'aangadia', 'aangadiya', 'આંગડિયા', 'અંગડિયા', 'आंगडिया', 'अंगडिया'] },
  ),
  cue(
    'cash handed over',
    // Gujarati "cash AED માં આપી દે તો ચાલે?" (may he give cash in AED?), "રોકડા આપીશ"; Marathi "कॅश देतो", "रोख देऊ
    // का"; Punjabi "ਨਕਦ ਦੇ ਦਿਆਂ", "cash de dewan"; Telugu "క్యాష్ ఇచ్చేస్తా", "నగదు ఇస్తాను", "cash istanu". Not "cash
    // નહીં આપીએ".
    `(?<![\\p{L}\\p{M}])(?:cash|કેશ|રોકડ|રોકડા|rokda|કૅશ|कॅश|कैश|रोख|ਨਕਦ|ਕੈਸ਼|నగదు|క్యాష్)\\s+(?:${NOT_REFUSED}\\S+\\s+){0,3}?` +
      '(?:આપી|આપું|આપીશ|આપીએ|aapi|aapu|aapish|देतो|देते|देईन|देऊ|ਦੇ\\s+ਦਿ|ਦੇਵਾਂ|de\\s+dew|de\\s+dey|ఇచ్చేస్తా|ఇస్తాను|ఇస్తా|ఇవ్వనా|istanu|ichestha)',
    {
      anchors: ['cash', 'કેશ', 'કૅશ', 'રોકડ', 'rokda', 'कॅश', 'कैश', 'रोख', 'ਨਕਦ', 'ਕੈਸ਼', 'నగదు', 'క్యాష్'],
    },
  ),
  cue(
    'a UPI address to pay to',
    // A UPI ID given after its name ("UPI: rk.shop@icici", "UPI id - mehta.traders@sbi"): a person's or a shop's bank
    // account, whatever its bank's handle.
    '(?<![\\p{L}])upi\\s*(?:id\\s*)?[:：-]\\s*(?=[a-z0-9._@-]*[@.\\d])[a-z0-9][a-z0-9._@-]{4,}',
    { anchors: ['upi'] },
  ),
];
