import { cue, type Cue } from './cue';

/** An Amharic letter (a syllable of the Ge'ez script): the cues' \p{L} leaves the script out (letter-classes.ts). */
const ETHIOPIC = '[\\u1200-\\u135a]';

/** Where a sentence ends: "last chance" said alone, as a sentence or before a comma. */
const SAID_ALONE = '(?=\\s*(?:[.!,፣።।—–-]|$))';

/** Pressure to pay in Serbian and Croatian, Amharic and Nepali, as probe 85's chats said it. Part of pressure-offers-ending-more.ts's list. */
export const PRESSURE_IN_SERBIAN_CROATIAN_AMHARIC_NEPALI: readonly Cue[] = [
  cue(
    'a last chance',
    // Serbian and Croatian "Nema vremena, poslednja šansa, do 17h" (no time, last chance, by 5pm), "posljednja prilika da
    // platite"; Amharic "ይህ የመጨረሻ ዕድል ነው" (this is the last chance); Nepali "यो अन्तिम मौका हो". Said alone, or to pay:
    // not "zadnja šansa za promjenu dizajna" (the last chance to change the design), "ዲዛይን ለመቀየር የመጨረሻ ዕድል".
    `(?<!ne\\s)(?:poslednj|posljednj|zadnj)[au]\\s+(?:[šs]ans[aeu]|prilik[aeu])(?:${SAID_ALONE}|\\s+(?:da\\s+(?:platite|uplatite|zaklju[čc]ate)|za\\s+(?:uplatu|pla[ćc]anje)))` +
      `|(?<!ለ${ETHIOPIC}*\\s)(?:የመጨረሻ\\s+ዕድል|የመጨረሻ\\s+እድል|የመጨረሻው\\s+ዕድል|የመጨረሻው\\s+እድል)(?:\\s+(?:ነው|ነዉ))?${SAID_ALONE}` +
      `|(?:अन्तिम\\s+मौका|अन्तिम\\s+अवसर)(?:\\s+हो)?${SAID_ALONE}`,
    {
      anchors: [
        'poslednj',
        'posljednj',
        'zadnj',
        'የመጨረሻ ዕድል',
        'የመጨረሻ እድል',
        'የመጨረሻው ዕድል',
        'የመጨረሻው እድል',
        'अन्तिम मौका',
        'अन्तिम अवसर',
      ],
    },
  ),
  cue(
    'a deadline to pay, and a loss if it is missed',
    // Serbian and Croatian "Ako danas ne platite 30% …, roba ide drugom kupcu …, a od ponedeljka cena raste 8%" (unless you
    // pay today, the goods go to another buyer, and the price goes up); not "ako ne platite, javite" (let us know).
    'ako\\s+(?:\\S+\\s+){0,4}?(?:ne\\s+platite|ne\\s+uplatite|ne\\s+po[šs]aljete|ne\\s+izvr[šs]ite|ne\\s+prebacite)(?![\\p{L}])[^.!?]{0,100}?' +
      '(?:drug(?:om|i|og)\\s+kupc|drugi\\s+kupac|cen[ae]\\s+raste|cijen[ae]\\s+raste|poskupljuje|otkaz|prodajemo|penal|demurrage|le[žz]arin|gubite|izgubi|storn)',
    {
      anchors: [
        'ne platite',
        'ne uplatite',
        'ne pošaljete',
        'ne posaljete',
        'ne izvršite',
        'ne izvrsite',
        'ne prebacite',
      ],
    },
  ),
  cue(
    'a deadline to pay, and a loss if it is missed',
    // Amharic "ዛሬ … ካልከፈሉ ከነገ ጀምሮ በቀን USD 200 demurrage ይጀምራል፣ ዕቃውም ለሌላ ገዢ ይሸጣል" (unless you pay today, demurrage
    // from tomorrow, and the goods are sold to another buyer); Nepali "आज … नतिरे भोलिदेखि … डेमरेज लाग्छ र माल अर्को
    // ग्राहकलाई दिन्छौं". Not the port's free days told as a fact ("७ ቀን ነጻ ጊዜ …, ከዚያ demurrage").
    '(?:ካልከፈሉ|ካልላኩ|ካልተከፈለ|ካልደረሰ|ካልገባ)[^።]{0,100}?(?:ለሌላ\\s+(?:ገዢ|ደንበኛ)|ይሸጣል|ዋጋው\\s+ይጨምራል|ይሰረዛል|demurrage|ዲመሬጅ|ቅጣት)' +
      '|(?:नतिरे|नपठाए|नतिर्नुभए|नपठाउनुभए|नतिरेमा|नपठाएमा|भुक्तानी\\s+नआए)(?![\\p{L}\\p{M}])[^।]{0,100}?(?:अर्को\\s+ग्राहक|डेमरेज|demurrage|मूल्य\\s+बढ्छ|रद्द|बेच्छौं|जरिवाना)',
    {
      anchors: [
        'ካልከፈሉ',
        'ካልላኩ',
        'ካልተከፈለ',
        'ካልደረሰ',
        'ካልገባ',
        'नतिरे',
        'नपठाए',
        'नतिर्नुभए',
        'नपठाउनुभए',
        'भुक्तानी नआए',
      ],
    },
  ),
  cue(
    'a price for today only',
    // Serbian and Croatian "Cena važi samo danas" (the price holds only today); not a dated offer ("Ponuda važi do 15.7.").
    '(?:cena|cijena|ponuda|popust)\\s+(?:va[žz]i|vrijedi|vredi)\\s+(?:samo\\s+danas|samo\\s+do\\s+sutra|samo\\s+do\\s+ve[čc]eras)',
    { anchors: ['samo danas', 'samo do sutra', 'samo do večeras', 'samo do veceras'] },
  ),
];
