import { cue, inSentenceWith, type Cue } from './cue';
import { TO_A_SISTER_COMPANY } from './details-change-serbian-croatian-amharic-nepali';

/**
 * Amharic and Nepali say no after the words, with the verb last: "በግል ሒሳብ አንቀበልም" (we take nothing to a personal
 * account), "ከAlibaba ውጭ አይክፈሉ" (don't pay outside Alibaba), "हुन्डी वा नगद लिँदैनौं" (we take no hundi or cash),
 * "Alibaba बाहिर नतिर्नुहोस्" (don't pay outside Alibaba): each of these cues refuses itself in its sentence.
 */
const AMHARIC_NO_AFTER =
  '(?![^።\\n]{0,40}?(?:አንቀበልም|አልቀበልም|አይቀበልም|አንወስድም|አንጠቀምም|አይክፈሉ|አትክፈሉ|አይላኩ|አትላኩ|አያድርጉ))';
const NEPALI_NO_AFTER = '(?![^।\\n]{0,40}?(?:लिँदैनौं|लिंदैनौं|लिदैनौं|लिँदैनौँ|लिन्नौं|स्वीकार्दैनौं|नतिर्नु|नपठाउनु|नगर्नु))';

/** Amharic "account" (ሒሳብ, ሂሳብ, ሒሣብ, ሂሣብ), its last letter's vowel changed by what is joined to it: ሒሳቤ (my account). */
const AM_ACCOUNT = '(?:[ሒሂ][ሳሣ][ብባቡቢቤቦ]|አካው?ን[ትቱታቴቶ]|አካዉን[ትቱታቴቶ])';
/** An Amharic letter (a syllable of the Ge'ez script): the cues' \p{L} leaves the script out (letter-classes.ts). */
const ETHIOPIC = '[\\u1200-\\u135a]';

/** Words of paying, in the three languages, that make "outside Alibaba" a way to pay. */
const PAYING_WORDS =
  '(?:uplat|plat(?!form)|pla[ćc]|[šs]alj|po[šs]alj|novac|novca|avans|ke[šs]|gotovin|ክፈል|ክፈሉ|ክፍያ|ከፍ|ላክ|ላኩ|ልክ|ልኩ|ገንዘብ|ሐዋላ|ሀዋላ|पठाउ|तिर्|भुक्तानी|पैसा|रकम|हुन्डी)';

/** Paying outside the order in Serbian and Croatian, Amharic and Nepali, as probe 85's chats said it. Part of direct-transfer-more-languages.ts's list. */
export const PAYING_OUTSIDE_IN_SERBIAN_CROATIAN_AMHARIC_NEPALI: readonly Cue[] = [
  ...TO_A_SISTER_COMPANY,
  cue(
    'paying outside the order',
    // Serbian and Croatian "van Alibabe" (outside Alibaba), "mimo platforme"; Amharic "ከAlibaba ውጭ በሐዋላ ቢልክላችሁ ይቻላል?"
    // (can he send it to you outside Alibaba by hawala?); Nepali "Alibaba बाहिर हुन्डीबाट … पठाउन मिल्छ?". With paying in
    // the sentence. Not "ne dajemo popust za plaćanje izvan Alibabe" (negation.ts), "ከAlibaba ውጭ አይክፈሉ".
    `(?:van\\s+alibab|mimo\\s+alibab|van\\s+platform|mimo\\s+platform)\\p{L}*(?![\\p{L}])` +
      `|ከ\\s?(?:alibaba\\s+ውጭ|አሊባባ\\s+ውጭ|ትዕዛዙ\\s+ውጭ|ትእዛዙ\\s+ውጭ)${AMHARIC_NO_AFTER}` +
      `|(?:alibaba\\s+बाहिर|अलिबाबा\\s+बाहिर|अर्डर\\s+बाहिर|alibaba\\s+भन्दा\\s+बाहिर)${NEPALI_NO_AFTER}`,
    {
      anchors: [
        'van alibab',
        'mimo alibab',
        'van platform',
        'mimo platform',
        'alibaba ውጭ',
        'አሊባባ ውጭ',
        'ትዕዛዙ ውጭ',
        'ትእዛዙ ውጭ',
        'alibaba बाहिर',
        'अलिबाबा बाहिर',
        'अर्डर बाहिर',
        'alibaba भन्दा बाहिर',
      ],
      near: [inSentenceWith(PAYING_WORDS, 80)],
    },
  ),
  cue(
    'cash handed to a person',
    // Serbian and Croatian "Mogu li da platim keš vašem čoveku u Beogradu?" (can I pay cash to your man in Belgrade?),
    // "platite mu 13 800 USD" (pay him …), said of an agent. Not "ne primamo gotovinu" (we take no cash).
    '(?:platim|platiti|platite|platimo|isplatim|uplatim|predam|predati|predajte)\\s+(?:\\S+\\s+){0,2}?(?:ke[šs](?:om|u)?|gotovin\\p{L}*|u\\s+gotovini)(?![\\p{L}])' +
      '|(?:platite|predajte|dajte|po[šs]aljite)\\s+(?:mu|joj|njemu|njoj)\\s+(?:\\S+\\s+)?\\d',
    { anchors: ['platim', 'platit', 'predam', 'predat', 'predaj', 'dajte', 'pošaljite', 'posaljite'] },
  ),
  cue(
    'cash handed to a person',
    // Amharic "ዱባይ ያለው ወኪላችን … በAED ጥሬ ገንዘብ ይቀበላል" (our agent in Dubai takes cash in AED); Nepali "हाम्रो चिनजानको
    // मान्छेलाई नेपाली रुपैयाँ नगद दिनुस्" (give our acquaintance the rupees in cash). Not "ጥሬ ገንዘብ አንቀበልም".
    `(?:ወኪ[ላል]${ETHIOPIC}*|ሰራተኛ${ETHIOPIC}*|ሠራተኛ${ETHIOPIC}*|ሰዋችን|ሰውዬ${ETHIOPIC}*)[^።]{0,60}?ጥሬ\\s+ገንዘብ\\s+(?:\\S+\\s+)?(?:ይቀበላል|ይቀበላሉ|ይስጡ|ይክፈሉ|ስጡት|ይስጡት)` +
      `|(?:मान्छे|एजेन्ट|व्यक्ति|साथी|भाइ|प्रतिनिधि|दाइ)\\S*लाई\\s+(?:\\S+\\s+){0,3}?नगद\\s+(?:\\S+\\s+)?(?:दिनुस्|दिनुहोस्|तिर्नुस्|तिर्नुहोस्|बुझाउनुस्|बुझाउनुहोस्)`,
    { anchors: ['ጥሬ ገንዘብ', 'नगद'] },
  ),
  cue(
    'a personal account',
    // Amharic "ወደ ሽያጭ ማኔጀራችን የግል ሒሳብ ይላኩ" (to our sales manager's personal account), "በማኔጀራችሁ የግል ሒሳብ ልክፈል?"
    // (shall I pay to your manager's personal account?). Not "ገንዘብ በግል ሒሳብ አንቀበልም" (we take none).
    `(?:የግል|በግል)\\s+(?:የባንክ\\s+)?${AM_ACCOUNT}${AMHARIC_NO_AFTER}`,
    { anchors: ['የግል', 'በግል'] },
  ),
  cue(
    'paying directly, outside the order',
    // Amharic "ዛሬ በቀጥታ TT ወደ ሒሳባችን ካልከፈሉ …" (unless you pay a direct TT to our account today …); by hawala: "በሐዋላ
    // በቀጥታ ቢልክላችሁ ይቻላል?" (may he send it to you directly by hawala?). Not "ሐዋላ ወይም ጥሬ ገንዘብ አንቀበልም" (we take
    // neither hawala nor cash), nor a bank's own "የባንክ ሐዋላ".
    `በቀጥታ\\s+(?:\\S+\\s+){0,2}?ወደ\\s+(?:[ሒሂ][ሳሣ]ባችን|አካውንታችን|የ(?:ኛ|እኛ)\\s+${AM_ACCOUNT})${AMHARIC_NO_AFTER}` +
      `|በ[ሐሀሃኃ]ዋላ\\s+(?:\\S+\\s+){0,2}?\\S*(?:ልክ|ላክ|ላኩ|ክፈል|ከፍ|ክፈሉ)${AMHARIC_NO_AFTER}`,
    { anchors: ['በቀጥታ', 'በሐዋላ', 'በሀዋላ', 'በሃዋላ', 'በኃዋላ'] },
  ),
  cue(
    'paying directly, outside the order',
    // Nepali "आज सिधै TT हाम्रो खातामा नतिरे …" (unless you TT straight to our account today …), "हुन्डीबाट सिधै तपाईंलाई
    // पठाउन मिल्छ?" (can I send it to you straight by hundi?). Not "हुन्डी वा नगद लिँदैनौं".
    `सिधै\\s+(?:\\S+\\s+){0,2}?(?:हाम्रो|मेरो|हाम्रै)\\s+(?:\\S+\\s+)?(?:खाता|एकाउन्ट|अकाउन्ट)${NEPALI_NO_AFTER}` +
      `|(?:हुन्डी|हुण्डी|हुंडी)\\S*\\s+(?:\\S+\\s+){0,3}?\\S*(?:पठाउ|तिर्|भुक्तानी|दिनु)${NEPALI_NO_AFTER}`,
    { anchors: ['सिधै', 'हुन्डी', 'हुण्डी', 'हुंडी'] },
  ),
  cue(
    'paying to a changed account',
    // Amharic "ወደ አዲሱ ሒሳብ ይክፈሉ" (pay to the new account); Nepali "नयाँ खातामा तिर्नुहोस्", "नयाँ खातामा पठाउनुहोस्". The
    // change itself is details-change-serbian-croatian-amharic-nepali.ts's.
    `(?:ወደ\\s+አዲሱ|ወደ\\s+አዲስ)\\s+(?:የባንክ\\s+)?${AM_ACCOUNT}${ETHIOPIC}*\\s+(?:\\S+\\s+)?(?:ይክፈሉ|ይላኩ|ያስገቡ|ያስተላልፉ)${AMHARIC_NO_AFTER}` +
      `|नयाँ\\s+(?:बैंक\\s+)?(?:खाता|एकाउन्ट|अकाउन्ट)मा\\s+(?:\\S+\\s+)?(?:पठाउनु|तिर्नु|जम्मा\\s+गर्नु)${NEPALI_NO_AFTER}`,
    { anchors: ['ወደ አዲሱ', 'ወደ አዲስ', 'नयाँ'] },
  ),
  cue(
    'paying directly, outside the order',
    // Serbian and Croatian "30% direktno TT na naš račun" (a direct TT to our account), with a word or two between; the
    // bare "direktno na naš račun" is direct-transfer-languages.ts's.
    '(?<![\\p{L}])direktno\\s+(?:\\S+\\s+){1,2}?na\\s+(?:na[šs]|moj|li[čc]ni|privatni)\\s+(?:\\S+\\s+)?ra[čc]un',
    { anchors: ['direktno'] },
  ),
];
