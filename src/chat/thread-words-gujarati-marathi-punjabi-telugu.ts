import type { ThreadLanguagePack } from './thread-language-packs';
import { packOfLists, type ReplyLists } from './thread-words';
import { PUNJABI_TELUGU_WORDS } from './thread-words-gujarati-marathi-punjabi-telugu-2';

// The threads' replies in Gujarati and Marathi (in their scripts and in Latin letters, as typed on phones), with the
// Punjabi and Telugu ones of the second file (thread-language-packs.ts): "આજે Kotak માંથી TT કરી દઉં છું", "paisa mokli
// didha", "पैसे पाठवले", "TT kela", "account details mokalo", "नवीन account चे details पाठवा"; "Telegram var add kela".
// Marathi shares Devanagari with Hindi and Nepali: its words here are Marathi's own ("पाठवले", "केला" only after a
// way to pay, which in Hindi is a banana), not Hindi's "भेज" or Nepali's "पठाएँ".

/** What else is sent in an order's talk: a sample, a photo, a file, the artwork. */
const THINGS =
  '(?:sample|photo|pi|file|artwork|design|logo|catalog\\S*|drawing|સેમ્પલ|ફોટો|ડિઝાઇન|सॅम्पल|नमुना|फोटो|डिझाईन)';
/** A way to pay, done: "TT", "RTGS", "UPI", "wire", "payment". */
const WAY_TO_PAY = '(?:tt|rtgs|neft|imps|upi|gpay|wire|transfer|payment|પેમેન્ટ|પેમેંટ|पेमेंट|ट्रान्सफर)';

const GUJARATI_MARATHI: ReplyLists = {
  paid: [
    // Gujarati "આંગડિયામાં પૈસા મોકલી દીધા" (sent the money by angadia), "TT કરી દઉં છું" (I'm wiring it), "angadia થી
    // આપી દઈશ" (I'll give it by angadia), "paisa mokli didha", "TT kari didhu", "Wise thi moklu chu" (I'm sending by
    // Wise).
    `(?<!${THINGS}\\s+(?:\\S+\\s+)?)(?:મોકલી|ભરી|આપી|ચૂકવી)\\s+(?:દીધા|દીધાં|દીધું|દીધી|દઉં|દઈશ|દઈશું)|મોકલું\\s+છું|મોકલીશ`,
    `${WAY_TO_PAY}\\s+(?:કરી\\s+(?:દીધું|દીધો|દીધી|દઉં|દઈશ)|કર્યું|કર્યો|કરીશ|કરીશું)`,
    `(?<!${THINGS}\\s+(?:\\S+\\s+)?)(?:mokli|mokali|bhari|aapi|chukvi)\\s+(?:didha|didhu|didhi|dau|daish|daishu)|(?:moklu|mokalu)\\s+(?:chu|chhu)|moklish|mokalish`,
    `${WAY_TO_PAY}\\s+(?:kari\\s+(?:didhu|didho|didhi|dau|daish)|karyu|karyo|karish|karishu)`,
    // Marathi "पैसे पाठवले" (sent the money), "TT केला" (wired), "उद्या 13 लाख कॅश देतो" (I'll give the cash tomorrow),
    // "SWIFT copy पाठवतोय"; "paise pathavle", "TT karto", "mag pathavto" (I'll send it then).
    `(?<!${THINGS}\\s+(?:\\S+\\s+)?)(?:पाठवले|पाठवला|पाठवली|पाठवलं|पाठवतो|पाठवतोय|पाठवते|पाठवीन)|(?:पैसे|रक्कम)\\s+(?:\\S+\\s+)?(?:भरले|भरला|दिले|दिला)`,
    `${WAY_TO_PAY}\\s+(?:केला|केले|केली|केलं|करतो|करते|करेन)|(?:कॅश|रोख)\\s+(?:\\S+\\s+)?(?:देतो|देते|देईन|दिली|दिले)`,
    `(?<!${THINGS}\\s+(?:\\S+\\s+)?)(?:pathavle|pathavla|pathavli|pathvale|pathavto|pathvto|pathavtoy)|(?:paise|paisa|rakkam)\\s+(?:\\S+\\s+)?(?:bharle|bharla|dile|dila)`,
    `${WAY_TO_PAY}\\s+(?:kela|kele|keli|kelay|karto|karte|karen)|cash\\s+(?:\\S+\\s+)?(?:deto|dete|dein)`,
    ...PUNJABI_TELUGU_WORDS.paid,
  ],
  asksWhere: [
    // Gujarati "account ની details મોકલો", "Jignesh ભાઈ નો નંબર અને સરનામું મોકલો", "કયું ખાતું?" (which account?),
    // "કોને આપું?" (whom do I give it?); "navu account details mokalo".
    '(?:details|ડિટેલ્સ|ડીટેલ્સ|વિગત|વિગતો|નંબર|number|id|address|સરનામું|account|ખાતું|ખાતા)\\s+(?:મોકલો|મોકલજો|મોકલી\\s+આપો|mokalo|moklo|mokaljo)',
    '(?:કયું|કયા|કયો)\\s+(?:account|ખાતું|ખાતા|bank|બેંક)|(?:kayu|kayo)\\s+(?:account|khatu|bank)|(?:કોને|ક્યાં|કેટલા)\\s+(?:આપું|મોકલું|ભરું)|(?:kone|kya|ketla)\\s+(?:aapu|moklu|mokalu|bharu)',
    // Marathi "account चे details पाठवा", "नंबर पाठवा", "मुंबईत कुणाला द्यायचे?" (whom do I give it in Mumbai?),
    // "कोणत्या खात्यात?"; "director cha account pathva".
    '(?:details|डिटेल्स|तपशील|नंबर|number|id|account|खाते|खात्याचे)\\s+(?:पाठवा|द्या)|(?:details|number|id|account|khate)\\s+(?:pathva|patva)',
    '(?:कोणते|कोणत्या|कोणतं)\\s+(?:account|खाते|खात्यात|bank|बँक)|(?:konte|kontya|konta)\\s+(?:account|khate|bank)|(?:कुणाला|कोणाला|कुठे|किती)\\s+(?:द्यायचे|द्यायचं|पाठवायचे|पाठवू|भरू)|(?:kunala|konala|kuthe|kiti)\\s+(?:dyayche|dyaycha|pathvu|bharu)',
    ...PUNJABI_TELUGU_WORDS.asksWhere,
  ],
  pointsAt: [
    // "એ જ account", "તેच खाते", "GPay var naav Sunil Kumar yetay, hech na?" (the name GPay shows, is that the one?).
    '(?:એ\\s+જ|એજ|ej)\\s+(?:account|ખાતું|ખાતા|bank)|(?:तेच|हेच|tech|hech)\\s+(?:account|खाते|bank)',
    '(?:gpay|phonepe|paytm|upi|bank)\\s+(?:var|vr|la|madhe|par|ma)\\s+(?:naav|nav|naam)|(?:naav|नाव)\\s+(?:\\S+\\s+){0,3}?(?:yetay|yete|येतंय|येतोय|येत\\s+आहे)',
    ...PUNJABI_TELUGU_WORDS.pointsAt,
  ],
  toPay: ['પૈસા|ચુકવણી|પેમેન્ટ|રકમ|पैसे|रक्कम|भरणा|rakkam', ...PUNJABI_TELUGU_WORDS.toPay],
  backToTheOrder: [
    // "ફક્ત Alibaba", "Trade Assurance માં જ", "નહીં મોકલું" (I won't send); "फक्त Alibaba", "TA मधूनच", "पाठवणार
    // नाही".
    '(?:ફક્ત|માત્ર|fakt|fakat)\\s+(?:alibaba|trade\\s+assurance|ta|order|ઓર્ડર)|(?:alibaba|assurance|ta|order|ઓર્ડર|page)\\s+(?:માં|પરથી|થી|ma|thi|par|parthi)\\s+(?:જ|j)(?![\\p{L}\\p{M}])|નહીં\\s+(?:મોકલું|આપું)|nahi\\s+(?:moklu|aapu)',
    '(?:फक्त|fakta)\\s+(?:alibaba|trade\\s+assurance|ta|order|ऑर्डर)|मधूनच|वरूनच|madhunach|varunach|पाठवणार\\s+नाही|pathavnar\\s+nahi',
    ...PUNJABI_TELUGU_WORDS.backToTheOrder,
  ],
  vouches: [
    'wahi\\s+(?:owner|malik|boss)|(?:અમારો|amaro)\\s+(?:જ|j)\\s+(?:માણસ|manas)|(?:आमचाच|amchach)\\s+(?:माणूस|manus)|ચિંતા\\s+ના\\s+કરો|काळजी\\s+करू\\s+नका',
    ...PUNJABI_TELUGU_WORDS.vouches,
  ],
  doubts: [
    '(?:કેમ|kem)(?!\\s+(?:છો|cho|chho))|સાચું|અલગ|alag|સુરક્ષિત|છેતરપિંડી|saachu|sachu|कशाला|तुम्हीच|तुमचाच|tumhich|tumchach|वेगळं|वेगळे|vegla|vegle|खरं|सुरक्षित|फसवणूक|kashala',
    ...PUNJABI_TELUGU_WORDS.doubts,
  ],
  namesTheOrder: ['ઓર્ડર(?![\\p{L}\\p{M}]*\\s+બહાર)|अलीबाबा|અલીબાબા', ...PUNJABI_TELUGU_WORDS.namesTheOrder],
  moved: [
    // "telegram par msg karyo che", "Telegram var add kela", "ok WhatsApp kela tyana" (WhatsApped them).
    'add\\s+(?:કર્યા|કર્યો|કર્યું|કરી\\s+દીધા|karya|karyo|karyu|kari\\s+didha)|(?:msg|message|મેસેજ)\\s+(?:કર્યો|કર્યું|karyo|karyu)',
    '(?:add|msg|message|मेसेज|whatsapp|telegram|call|कॉल)\\s+(?:केला|केले|केलं|kela|kele|keli)',
    ...PUNJABI_TELUGU_WORDS.moved,
  ],
  backToTheChat: [
    '(?:અહીં|ahiya)\\s+(?:જ\\s+|j\\s+)?(?:વાત|vaat)|(?:इथेच|ithech)\\s+(?:बोलू|bolu)',
    ...PUNJABI_TELUGU_WORDS.backToTheChat,
  ],
  namesTheChat: ['અહીં|ahiya|इथे|इथेच|ithech', ...PUNJABI_TELUGU_WORDS.namesTheChat],
  pageTakes: [
    'પાસવર્ડ|કાર્ડ|લોગિન|નાખી\\s+દીધ[\\p{L}\\p{M}]*|nakhi\\s+didh\\p{L}*|पासवर्ड|कार्ड|लॉगिन|टाकला|टाकले|takla|takle',
    ...PUNJABI_TELUGU_WORDS.pageTakes,
  ],
  refusesThePage: [
    'નહીં\\s+નાખું|nahi\\s+nakhu|टाकणार\\s+नाही|taknar\\s+nahi',
    ...PUNJABI_TELUGU_WORDS.refusesThePage,
  ],
  asksWhy: ['(?:કેમ|kem)(?!\\s+(?:છો|cho|chho))|कशाला|kashala', ...PUNJABI_TELUGU_WORDS.asksWhy],
};

/** Gujarati, Marathi, Punjabi and Telugu replies, as whole words. */
export const GUJARATI_MARATHI_PUNJABI_TELUGU_REPLIES: ThreadLanguagePack = packOfLists(GUJARATI_MARATHI);
