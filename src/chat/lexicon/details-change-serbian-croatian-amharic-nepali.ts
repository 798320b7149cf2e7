import { cue, type Cue } from './cue';

/** An Amharic letter (a syllable of the Ge'ez script): the cues' \p{L} leaves the script out (letter-classes.ts). */
const ETHIOPIC = '[\\u1200-\\u135a]';

/**
 * Another company of the group, or the factory, now receiving the money, in Serbian and Croatian: "Od sada uplate prima
 * naša sestrinska firma Suzhou Kingpack" (from now on our sister company takes the payments), "sestrinska kompanija
 * prima novac", "naša fabrika prima ostatak"; typed without marks too ("nasa", "drustvo"). A warning that quotes it
 * ("ako dobijete mail da sestrinska firma prima novac, to je prevara") is refused by warning.ts. Part of the changes
 * below, and of paying to them in paying-outside-serbian-croatian-amharic-nepali.ts.
 */
const FIRM = '(?:firm|kompanij|preduze|poduze|dru[šs]tv)\\p{L}*';
const TO_A_SISTER_COMPANY_IN_SERBIAN_CROATIAN =
  `(?:prima|primaju|napla[ćc]uje)\\s+(?:\\S+\\s+)?(?:na[šs]a\\s+|na[šs]e\\s+)?(?:sestrinsk|povezan|[ćc]erk|k[ćc]er)\\p{L}*\\s+${FIRM}` +
  `|(?:sestrinsk|povezan|[ćc]erk|k[ćc]er)\\p{L}*\\s+${FIRM}\\s+(?:\\S+\\s+){0,6}?(?:prima|primaju|napla[ćc]uje)(?![\\p{L}])` +
  '|na[šs]a\\s+(?:fabrika|tvornica)\\s+(?:\\S+\\s+){0,4}?prima\\s+(?:uplat|novac|ostatak|nov[čc]an)';
const SISTER_COMPANY_ANCHORS_IN_SERBIAN_CROATIAN = [
  'sestrinsk',
  'povezan',
  'ćerk',
  'cerk',
  'kćer',
  'kcer',
  'fabrika',
  'tvornica',
];

/**
 * The same in Amharic: "ክፍያውን የሆንግ ኮንግ እህት ድርጅታችን … ይቀበላል" (our Hong Kong sister company receives the payment),
 * "የሆንግ ኮንግ ድርጅት ይቀበላል", "ፋብሪካችን ይቀበላል" (our factory receives it).
 */
const TO_A_SISTER_COMPANY_IN_AMHARIC =
  `(?:እህት|ተባባሪ)\\s+(?:ድርጅ|ኩባንያ|ካምፓኒ)${ETHIOPIC}*[^።]{0,60}?(?:ይቀበላል|ይቀበላሉ|ይቀበልልናል)` +
  `|(?:የሆንግ\\s+ኮንግ|ሆንግ\\s+ኮንግ)\\s+(?:\\S+\\s+)?(?:ድርጅ|ኩባንያ|ካምፓኒ)${ETHIOPIC}*[^።]{0,60}?(?:ይቀበላል|ይቀበላሉ)` +
  `|ፋብሪካ(?:ችን|ው)\\s+(?:\\S+\\s+){0,3}?(?:ይቀበላል|ይቀበላሉ)`;
const SISTER_COMPANY_ANCHORS_IN_AMHARIC = ['እህት', 'ተባባሪ', 'ሆንግ ኮንግ', 'ፋብሪካ'];

/**
 * The same in Nepali: "बाँकी रकम हाम्रो कारखाना Jiangmen Xinhe Hardware Factory ले लिन्छ" (our factory takes the
 * balance), "कारखानाले पैसा लिन्छ", "हाम्रो सिस्टर कम्पनीले लिन्छ".
 */
const TO_A_SISTER_COMPANY_IN_NEPALI =
  '(?:हाम्रो|हाम्रै)\\s+(?:कारखाना|फ्याक्ट्री|सिस्टर\\s+कम्पनी|भगिनी\\s+कम्पनी|अर्को\\s+कम्पनी)[^।]{0,60}?(?:ले\\s+)?(?:लिन्छ|लिनेछ|लिने\\s+छ|प्राप्त\\s+गर्छ|प्राप्त\\s+गर्नेछ|बुझ्छ)' +
  '|(?:कारखाना|फ्याक्ट्री)ले\\s+(?:\\S+\\s+){0,2}?(?:लिन्छ|लिनेछ|प्राप्त\\s+गर्छ)';
const SISTER_COMPANY_ANCHORS_IN_NEPALI = ['कारखाना', 'फ्याक्ट्री', 'सिस्टर कम्पनी', 'भगिनी कम्पनी', 'अर्को कम्पनी'];

/** Another company of the group receiving the money, in the three languages: a changed receiver, and paying to it. */
export const TO_A_SISTER_COMPANY: readonly Cue[] = [
  cue('another company of the group receiving the money', TO_A_SISTER_COMPANY_IN_SERBIAN_CROATIAN, {
    anchors: SISTER_COMPANY_ANCHORS_IN_SERBIAN_CROATIAN,
  }),
  cue('another company of the group receiving the money', TO_A_SISTER_COMPANY_IN_AMHARIC, {
    anchors: SISTER_COMPANY_ANCHORS_IN_AMHARIC,
  }),
  cue('another company of the group receiving the money', TO_A_SISTER_COMPANY_IN_NEPALI, {
    anchors: SISTER_COMPANY_ANCHORS_IN_NEPALI,
  }),
];

/** A changed account or receiver in Serbian and Croatian, Amharic and Nepali, as probe 85's chats said it. Part of details-change-receiving-bank.ts's list. */
export const CHANGES_IN_SERBIAN_CROATIAN_AMHARIC_NEPALI: readonly Cue[] = [
  cue(
    'the account changed or stopped',
    // Serbian and Croatian "naš račun u banci promenjen zbog revizije" (our bank account changed for an audit), "stari
    // račun je zatvoren" (the old account is closed), "naš račun je blokiran"; not "naš račun se ne menja" (does not
    // change), nor "naš račun … nije promijenjen" (has not).
    '(?:na[šs]|stari|firmin|bankovni|dosada[šs]nji)\\s+(?:\\S+\\s+)?ra[čc]un\\s+(?:(?!nije\\s)\\S+\\s+){0,4}?(?:promenjen|promijenjen|izmenjen|izmijenjen|zatvoren|blokiran|zamrznut|uga[šs]en|pod\\s+revizijom|u\\s+reviziji)(?![\\p{L}])',
    { anchors: ['račun', 'racun'] },
  ),
  cue(
    'the account changed or stopped',
    // Amharic "የድርጅታችን ሒሳብ ለዓመታዊ ኦዲት ታግዷል" (our company account is frozen for the yearly audit), "ሒሳቡ ኦዲት ላይ ነው" (the
    // account is under audit), "ሒሳባችን ተቀይሯል" (has changed); not "ሒሳባችን አይቀየርም" (will not change).
    '(?:[ሒሂ][ሳሣ][ብባቡቢቤቦ]|አካው?ን[ትቱታቴቶ])\\S*\\s+(?:\\S+\\s+){0,3}?(?:ታግዷል|ታግዶአል|ተዘግቷል|ተዘግቶአል|ተቀይሯል|ተቀይሮአል|ተለውጧል|ተለውጦአል|ኦዲት\\s+ላይ\\s+ነው|በኦዲት\\s+ላይ\\s+ነው)',
    { anchors: ['ሒሳ', 'ሒሣ', 'ሂሳ', 'ሂሣ', 'አካውን', 'አካን'] },
  ),
  cue(
    'the account changed or stopped',
    // Nepali "हाम्रो कम्पनी खाता अहिले अडिटमा छ" (our company account is under audit now), "खाता फ्रिज भएको छ", "खाता
    // बदलिएको छ"; not "हाम्रो खाता कहिल्यै फेरिँदैन" (never changes), "अडिटमा छैन" (is not under audit).
    '(?:खाता|एकाउन्ट|अकाउन्ट)\\S*\\s+(?:\\S+\\s+){0,2}?(?:अडिटमा|अडिट\\s+मा|अडिट\\s+भइरहेको|फ्रिज\\s+भएको|रोकिएको|बन्द\\s+भएको|परिवर्तन\\s+भएको|फेरिएको|बदलिएको)(?!\\s*(?:छैन|हुँदैन|होइन))',
    { anchors: ['खाता', 'एकाउन्ट', 'अकाउन्ट'] },
  ),
  cue(
    'a new account to pay',
    // Amharic "ወደ አዲሱ ሒሳብ ይክፈሉ" (pay to the new account); Nepali "नयाँ खातामा तिर्नुहोस्" (pay to the new account). Not the
    // money's source: "ከአዲሱ ሒሳባችን" (from our new account), "मेरो नयाँ खाताबाट" (from my new account), nor the
    // writer's own: "አዲስ ሒሳብ ከፍቻለሁ", "मैले नयाँ खाता खोलें" (I opened a new account).
    `(?<!${ETHIOPIC})(?:ወደ\\s+|በ)?(?:አዲሱ|አዲስ)\\s+(?:የባንክ\\s+)?(?:[ሒሂ][ሳሣ][ብባቡቢቤቦ]|አካው?ን[ትቱታቴቶ])${ETHIOPIC}*(?!\\s+ከፍቻለሁ)` +
      '|(?<!(?:मेरो|मैले)\\s)नयाँ\\s+(?:बैंक\\s+)?(?:खाता|एकाउन्ट|अकाउन्ट)(?!बाट)',
    { anchors: ['አዲሱ', 'አዲስ', 'नयाँ'] },
  ),
  ...TO_A_SISTER_COMPANY,
];
