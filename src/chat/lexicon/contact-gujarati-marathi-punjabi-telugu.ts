import { APP, APP_ANCHORS } from './apps';
import { cue, type Cue } from './cue';

/** "On" after an app's name: Gujarati "પર", "par", Marathi "वर", "var", Punjabi "ਤੇ", "te", Telugu "లో", "lo". */
const ON = '(?:પર|માં|par|pe|ma|वर|var|ਤੇ|ਉੱਤੇ|te|లో|lo)';

/** Moving the talk off the platform in Gujarati, Marathi, Punjabi and Telugu (in their scripts and in Latin letters). */
export const CONTACT_IN_GUJARATI_MARATHI_PUNJABI_TELUGU: readonly Cue[] = [
  cue(
    'a request to talk on a messaging app',
    // Gujarati "WhatsApp પર add કરો" (add me on WhatsApp), "Telegram par msg karo"; Marathi "WhatsApp वर मेसेज करा",
    // "Telegram var add kara"; Punjabi "WhatsApp ਤੇ ਮੈਸੇਜ ਕਰੋ", "WeChat te add karo"; Telugu "WhatsApp లో మెసేజ్
    // చేయండి", "Telegram lo add cheyyandi". Asked, not told: "WhatsApp par msg aavyo" (a message came on WhatsApp) is
    // not.
    `${APP}\\s+${ON}\\s+(?:\\S+\\s+)?(?:add|msg|message|મેસેજ|मेसेज|ਮੈਸੇਜ|మెసేజ్|call|કૉલ|कॉल|ਕਾਲ|కాల్|vaat|વાત|बोलू|ਗੱਲ|మాట్లాడ[\\p{L}\\p{M}]*)\\s+` +
      '(?:કરો|કરજો|karo|karjo|करा|kara|ਕਰੋ|ਕਰ\\s+ਲਓ|చేయండి|చెయ్యండి|cheyyandi|cheyandi|karie|કરીએ|करूया|karuya|ਕਰੀਏ|చేద్దాం|cheddam)(?![\\p{L}\\p{M}])',
    { anchors: APP_ANCHORS },
  ),
  cue(
    'a phone number asked for to talk elsewhere',
    // "તમારો WhatsApp નંબર આપો" (give your WhatsApp number), "तुमचा WhatsApp नंबर द्या", "ਆਪਣਾ WhatsApp ਨੰਬਰ ਭੇਜੋ", "మీ
    // WhatsApp నంబర్ ఇవ్వండి"; "whatsapp number aapo", "whatsapp number dya", "whatsapp number ivvandi".
    `${APP}\\s+(?:નંબર|नंबर|ਨੰਬਰ|నంబర్|number|no)\\s+(?:આપો|મોકલો|द्या|पाठवा|ਦਿਓ|ਭੇਜੋ|ఇవ్వండి|పంపండి|aapo|mokalo|dya|pathva|dyo|ivvandi|pampandi)(?![\\p{L}\\p{M}])`,
    { anchors: APP_ANCHORS },
  ),
];
