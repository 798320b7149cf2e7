import type { ReplyLists } from './thread-words';

// The threads' replies in Amharic (Ge'ez script) and Nepali (Devanagari), as probe 85's chats wrote them: phrases, as
// Amharic joins its prepositions and pronouns to the word ("በቴሌግራም", "ልኬልሻለሁ") and Nepali its postpositions
// ("खातामा", "बैंकबाट"), whose vowel signs are marks, not letters (thread-words.ts). Edges only where a word could hide
// in a longer one. Amharic spells one sound with several letters: "ሒሳብ" and "ሂሳብ" (account) are read alike.

/**
 * Amharic "account", spelt ሒሳብ, ሂሳብ, ሒሣብ or ሂሣብ, its last letter's vowel changed by what is joined to it: ሒሳቡ (the
 * account), ሒሳቤ (my account), ሒሳባችን (our account).
 */
const AM_ACCOUNT = '(?:[ሒሂ][ሳሣ][ብባቡቢቤቦ]|አካው?ን[ትቱታቴቶ]|አካዉን[ትቱታቴቶ])';
/** What else is sent in an order's talk, in Amharic: the PI, a photo, a file, a sample, a message. */
const AM_THINGS = '(?:pi|pdf|ፎቶ|ፋይል|ናሙና|ዲዛይን|ካታሎግ|ሎጎ|አድራሻ|ዝርዝር|መልዕክት|መልእክት|ኢሜይል|ቪዲዮ|ዋጋ)';
/** The same in Nepali. */
const NE_THINGS = '(?:pi|फोटो|फाइल|नमुना|डिजाइन|क्याटलग|लोगो|ठेगाना|म्यासेज|मेसेज|इमेल|भिडियो|कपी|मूल्यसूची)';

/** Amharic and Nepali replies, each kind as phrases: joined to the Serbian and Croatian words in the first file. */
export const AMHARIC_NEPALI_PHRASES: ReplyLists = {
  paid: [
    // Amharic "ከአቢሲንያ ባንክ ላክሁ፣ ደረሰኙ ይኸው" (sent from Bank of Abyssinia, here is the receipt), "ልኬያለሁ", "ተልኳል" (it
    // has gone), "ወንድሜ ከፍሏል" (my brother paid), "ዛሬ እልካለሁ" (I send it today). Not "PI ልኬያለሁ" (sent the PI).
    `(?<![\\p{L}])(?<!${AM_THINGS}\\S*\\s+(?:\\S+\\s+){0,2})(?:ላክሁ|(?:ልኬ|ከፍዬ|ከፍያ)\\p{L}*ለሁ|ከፈልኩ|ከፍለናል|ልከናል|ተልኳል|ተልኮአል|ተከፍሏል|ከፍሏል|ከፍላለች|ልኳል|አስተላልፌ\\p{L}*)(?![\\p{L}])`,
    'ደረሰኙ\\s+ይኸው|ደረሰኝ\\s+ይኸው|(?:ዛሬ|ነገ|አሁን)\\s+(?:\\S+\\s+)?(?:እልካለሁ|እከፍላለሁ|እናስተላልፋለን|እንልካለን|እንከፍላለን)',
    // Nepali "नबिल बैंकबाट SWIFT पठाएँ" (sent a SWIFT from Nabil Bank), "पहिलो १ लाख पठाएँ", "गोपाल जीलाई पैसा दिएँ, रसिद
    // लिएँ" (gave Gopal ji the money, took a receipt), "बैंकको स्लिप यहाँ छ". Not "म्यासेज पठाएँ" (sent a message).
    `(?<![\\p{L}\\p{M}])(?<!${NE_THINGS}\\S*\\s+(?:\\S+\\s+){0,2})(?:पठाएँ|पठाएं|पठाइसकें|पठाइसकेँ|पठाइदिएँ|तिरें|तिरेँ|तिरिसकें|तिरिसकेँ|(?:भुक्तानी|ट्रान्सफर|पेमेन्ट)\\s+गरेँ?|पैसा\\s+दिएँ|पैसा\\s+दिएं|रसिद\\s+लिएँ)(?![\\p{L}\\p{M}])`,
    'स्लिप\\s+(?:यहाँ|संलग्न|पठाएँ)|(?:आज|भोलि|अहिले)\\s+(?:\\S+\\s+)?(?:पठाउँछु|तिर्छु|पठाउँछौं|तिर्छौं)',
  ],
  asksWhere: [
    // Amharic "እሺ፣ የትኛው ሒሳብ?" (which account?), "ቅድመ ክፍያው በትክክል ስንት ነው?" (how much is the advance exactly?), "በብር
    // ስንት ልላክ?" (how much do I send in birr?), "ወንድሜ የት ያግኘው?" (where does my brother find him?), "… ልላክ?" (shall I send?).
    `የትኛው\\s+(?:${AM_ACCOUNT}|ባንክ|ቁጥር|ስም)|ወደ\\s+የትኛው|ስንት\\s+(?:ልላክ|ልክፈል|እልካለሁ|ልስጥ)|(?:ቅድመ\\s+ክፍያ|ቀሪ|ክፍያ|ጠቅላላ|ብር|ዶላር)\\S*\\s+(?:\\S+\\s+){0,2}?ስንት` +
      '|በማን\\s+ስም|የማን\\s+ስም|የት\\s+(?:\\S+\\s+)?(?:ያግኘ|ያግኛ|ላግኘ|ላግኛ|ልክፈል|ልላክ|ይክፈል|ልስጥ)\\p{L}*|(?:ልላክ|ልክፈል)\\s*[?？]',
    // Nepali "ठीक छ, कुन खाता?" (which account?), "रुपैयाँमा जम्मा कति पठाउने?" (how much in all?), "अग्रिम ठ्याक्कै कति हो?",
    // "उसलाई कहाँ भेट्ने?" (where do I meet him?), "… खातामा पठाउँ?" (shall I send it to …?).
    '(?<![\\p{L}\\p{M}])कुन\\s+(?:खाता|बैंक|नम्बर|एकाउन्ट|अकाउन्ट|नाम)|कति\\s+(?:पठाउने|पठाउँ|पठाऊँ|तिर्ने|तिरौं|तिरौँ|दिने)|(?:जम्मा|अग्रिम|बाँकी|रकम|रुपैयाँ|डलर)\\S*\\s+(?:\\S+\\s+){0,2}?कति(?![\\p{L}\\p{M}])' +
      '|कसको\\s+नाम|कहाँ\\s+(?:भेट्ने|पठाउने|तिर्ने|दिने|बुझाउने)|(?<![\\p{L}\\p{M}])(?:पठाउँ|पठाऊँ|तिरौं|तिरौँ)\\s*[?？]',
  ],
  pointsAt: [
    // Amharic "በዚያው ሒሳብ ይላኩ" (send to that same account), "አዎ፣ ወደዚያው" (yes, to that one); where the cash is handed over:
    // "ቢሮ ቁጥር 214። ZHAO LEI ብሎ ይጠይቅ" (office 214, ask for Zhao Lei).
    `(?:ወደ|በ)?(?:ዚያው|ዚሁ)\\s+(?:${AM_ACCOUNT}|ባንክ)|ወደዚያው|ያው\\s+${AM_ACCOUNT}|ቢሮ\\s+ቁጥር|ብሎ\\s+ይጠይቅ|ብለው\\s+ይጠይቁ|ደረሰኙን\\s+(?:ይላኩ|ላኩልኝ|ይላኩልኝ)`,
    // Nepali "त्यही खातामा पठाउनुस्" (send it to that same account), "हो, त्यही।" (yes, that one), "पसल नं. ३२। मेरो नाम
    // भन्नुस्" (shop no. 32, say my name); not "त्यहीँ" (right there), a place.
    '(?<![\\p{L}\\p{M}])(?:त्यही|उही)\\s+(?:\\S+\\s+)?(?:खाता|बैंक|नम्बर|एकाउन्ट)|(?<![\\p{L}\\p{M}])त्यही(?![\\p{L}\\p{M}])[\\s\\p{P}]*$' +
      '|पसल\\s+(?:नं|नम्बर)|मेरो\\s+नाम\\s+(?:भन्नुस्|भन्नुहोस्|भन्नु)|(?:स्लिप|रसिद)\\s+(?:पठाउनुस्|पठाउनुहोस्)',
  ],
  toPay: ['ክፍያ|ብር|ዶላር|ይላኩ|ይክፈሉ|ቀሪ|रकम|भुक्तानी|अग्रिम|बाँकी|पठाउनु|तिर्नु|रुपैयाँ|डलर'],
  backToTheOrder: [
    // "በትዕዛዙ ብቻ እከፍላለሁ" (I pay only in the order), "አልከፍልም" (I won't pay); "अर्डरबाट मात्र", "तिर्दिन" (I won't pay).
    '(?:በትዕዛ|በትእዛ|በአሊባባ|በalibaba|በtrade\\s+assurance)\\S*\\s+(?:\\S+\\s+)?(?:ብቻ|እከፍላለሁ|እንከፍላለን)|አልከፍልም|አልልክም|አንከፍልም|አንልክም',
    '(?:अर्डर|alibaba|अलिबाबा|trade\\s+assurance)\\S*\\s+(?:\\S+\\s+)?मात्र|पठाउँदिन|तिर्दिन|पठाउँदैनौं|तिर्दैनौं',
  ],
  vouches: [
    // "ማኔጀሩ የኛ ሰው ነው" (the manager is our man), "ኦዲቱ ብቻ ነው" (it is only the audit); "म्यानेजर हाम्रै मान्छे हो", "कारखाना
    // हाम्रै हो, मालिक एउटै" (the factory is ours, one owner).
    'የ(?:ኛ|እኛ)\\s+ሰው|የራሳችን\\s+ሰው|ሁሉም\\s+ደንበኞ\\p{L}*\\s+(?:\\S+\\s+){0,2}?(?:እንዲህ|በዚህ\\s+መንገድ)|አይጨነቁ|አትጨነቅ|ኦዲ[ትቱ]\\s+ብቻ|ተመሳሳይ\\s+(?:ድርጅት|ባለቤት)|ባለቤቱ\\s+(?:አንድ|ያው)',
    'हाम्रै\\s+(?:मान्छे|हो|कम्पनी|कारखाना)|मालिक\\s+एउटै|एउटै\\s+मालिक|(?:सबै|धेरै)\\s+ग्राहक\\S*\\s+(?:\\S+\\s+){0,3}?(?:यसरी|यस्तै)|चिन्ता\\s+(?:नगर्नुहोस्|नगर्नुस्)|ढुक्क\\s+हुनुहोस्',
  ],
  doubts: [
    'ለምን|ደህና\\s+ነው|ደህንነቱ|ማጭበርበር|እውነት|ትክክል\\s+ነው',
    '(?<![\\p{L}\\p{M}])(?:किन|सुरक्षित|ठगी|साँचो|नक्कली|अनौठो)',
  ],
  namesTheOrder: [
    // "በትዕዛዙ ከፈልኩ" (paid in the order), "Pay ቁልፍ" (the Pay button); "अर्डरबाटै तिरें", "Pay बटनबाट"; not "ከትዕዛዙ ውጭ",
    // "अर्डर बाहिर" (outside the order).
    '(?:ትዕዛ[ዝዙዞዚዛ]|ትእዛ[ዝዙዞዚዛ]|ኦርደ[ርሩሮ])(?![\\p{L}]*\\s+ውጭ)|pay\\s+ቁልፍ',
    '(?:अर्डर|ट्रेड\\s+एस्योरेन्स)(?![\\p{L}\\p{M}]*\\s+बाहिर)|pay\\s+बटन',
  ],
  moved: [
    // Amharic "በቴሌግራም አክዬሻለሁ" (added you on Telegram), "አየሁዎት፣ እዚያ ዋጋውን እልካለሁ" (I see you, I send the price there),
    // "መልዕክት ልኬልሻለሁ" (sent you a message).
    'አክዬ\\p{L}*|አድ\\s+አድርጌ\\p{L}*|(?:መልዕክት|መልእክት)\\s+(?:ልኬ|ላክሁ)\\p{L}*|እዚያ\\s+(?:\\S+\\s+)?(?:እልካለሁ|እንነጋገር|እናውራ|እናወራ|እንጻጻፍ|እጽፋለሁ|እንገናኝ)|አየሁዎት|አየሁሽ|አየሁህ|አገኘሁዎት',
    // Nepali "WeChat मा add गरें", "त्यहीँ कुरा गरौं" (let's talk there), "म्यासेज पठाएँ" (sent a message).
    '(?:add|एड)\\s+(?:गरें|गरेँ|गरिसकें)|थपें|(?:म्यासेज|मेसेज)\\s+(?:पठाएँ|गरें|गरेँ)|(?:त्यहीँ|त्यहाँ|त्यहीं)\\s+(?:कुरा|पठाउ)',
  ],
  backToTheChat: [
    'እዚሁ\\s+(?:\\S+\\s+){0,3}?(?:እንቀጥል|እናውራ|እንነጋገር|እናወራ)|(?:ቴሌግራም|ዋትስአፕ|ዋትሳፕ|ቫይበር|ዊቻት|telegram|whatsapp|viber|wechat)\\s+የለኝም',
    '(?<![\\p{L}\\p{M}])(?:यहीँ|यहीं|यहाँ)\\s+(?:\\S+\\s+){0,2}?कुरा\\s+(?:गरौं|गरौँ)|(?:wechat|whatsapp|viber|imo)\\s+(?:छैन|चलाउँदिन)',
  ],
  // Nepali "यहाँ", "यहीँ" (here), not inside "त्यहीँ" (there).
  namesTheChat: ['እዚሁ|እዚህ', '(?<![\\p{L}\\p{M}])(?:यहाँ|यहीँ|यहीं)'],
  // "ገባሁ፣ ኮዱ 731 804 ነው" (logged in, the code is …), "በSMS የሚመጣውን ኮድ ያስገቡ"; "लगइन गरें, OTP …".
  pageTakes: [
    'ፓስዎር[ድዱ]|ፓስወር[ድዱ]|የይለፍ\\s+ቃል|ኮ[ድዱዶ]|ካር[ድዱ]|ገባሁ|አስገባሁ|ያስገቡ|ይግቡ|ሎግ\\s?ኢን',
    'पासवर्ड|ओटिपी|ओटीपी|कोड|लगइन|लग\\s+इन|कार्ड',
  ],
  refusesThePage: ['አያስገቡ|አላስገባሁም|አልሰጥም|አልሰጠሁም|አላስገባም', 'हाल्दिन|हालिनँ|हालेको\\s+छैन|दिन्न|दिँदिन'],
  asksWhy: ['ለምን', '(?<![\\p{L}\\p{M}])किन(?![\\p{L}\\p{M}])'],
};
