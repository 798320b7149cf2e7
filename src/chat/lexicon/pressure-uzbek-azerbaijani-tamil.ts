import { cue, inMessageWith, inSentenceWith, type Cue } from './cue';
import { A_DEADLINE_UZ_AZ_TA, AP, PAYING_UZ_AZ_TA } from './words-uzbek-azerbaijani-tamil';

/** What a missed deadline costs, in Tamil: the order cancelled, the price or the slot gone. */
const TAMIL_STAKES =
  '(?<![\\p{L}])(?:cancel|ரத்து|price|விலை|rate|slot|ஆகிடும்|ஆகிவிடும்|ஆகும்|போய்விடும்|போயிடும்|seize|penalty|அபராதம்)';

/** What a missed deadline costs, in Uzbek and Azerbaijani: the price up, the order cancelled, the goods to another. */
const UZ_AZ_STAKES = `(?<![\\p{L}])(?:narx\\p{L}*|qimmat\\p{L}*|oshadi|ko${AP}tarila\\p{L}*|bekor\\p{L}*|boshqa\\s+mijoz\\p{L}*|qiym[əe]t\\p{L}*|bahala[şs]\\p{L}*|l[əe]ğv\\p{L}*|l[əe]gv\\p{L}*|ba[şs]qa\\s+m[üu][şs]t[əe]ri\\p{L}*)`;

/** Urgency to rush a payment in Uzbek, Azerbaijani and Tamil, as probe 86's chats said it. Part of pressure-offers-ending-more.ts's list. */
export const PRESSURE_IN_UZBEK_AZERBAIJANI_TAMIL: readonly Cue[] = [
  cue(
    'a deadline to pay',
    // Uzbek "Bugun soat 17:00 gacha to'lamasangiz posilka qaytariladi" (if you don't pay by 17:00 today …); Azerbaijani "bu
    // gün ödəməsəniz yük növbəti aya qalacaq" (if you don't pay today …): paying refused on a deadline. Not "5 kun ichida
    // to'lasangiz bo'ladi, shoshilmang" (you may pay within 5 days, no hurry).
    `(?<![\\p{L}])(?:to${AP}lamasangiz|o${AP}tkazmasangiz)|(?<![\\p{L}])(?:[öo]d[əe]|k[öo][çc][üu]r)(?:məsəniz|məseniz|mesəniz|meseniz)`,
    {
      anchors: ['lamasangiz', 'kazmasangiz', 'məsəniz', 'məseniz', 'mesəniz', 'meseniz'],
      near: [inSentenceWith(A_DEADLINE_UZ_AZ_TA, 90)],
    },
  ),
  cue(
    'a deadline to confirm, and a loss if it is missed',
    // Uzbek "12 soat ichida tasdiqlamasangiz narx ko'tariladi" (if you don't confirm within 12 hours the price rises);
    // Azerbaijani "24 saat ərzində təsdiq etməsəniz sifariş ləğv olunacaq" (… the order is cancelled). Not "bugun
    // tasdiqlamasangiz ishlab chiqarish ertaga boshlanadi" (production starts tomorrow), which loses nothing.
    '(?<![\\p{L}])tasdiqlamasangiz|(?<![\\p{L}])t[əe]sdiq\\s+etm[əe]s[əe]niz',
    {
      anchors: ['tasdiqlamasangiz', 'təsdiq etm', 'tesdiq etm'],
      near: [inSentenceWith(A_DEADLINE_UZ_AZ_TA, 90), inSentenceWith(UZ_AZ_STAKES, 90)],
    },
  ),
  cue(
    'a deadline in hours',
    // Tamil "2 மணி நேரத்துக்குள்ள confirm பண்ணலன்னா order cancel ஆகும்" (if you don't confirm within 2 hours, the order is
    // cancelled): the hours with what is lost. Not "Container 18-ஆம் தேதி close ஆகுது" (the container closes on the 18th).
    '(?<![\\p{L}])\\d+\\s*மணி\\s?நேரத்து?க்குள்\\p{L}*',
    { anchors: ['மணி நேர', 'மணிநேர'], near: [inSentenceWith(TAMIL_STAKES, 120)] },
  ),
  cue(
    'a payment asked for today itself',
    // Tamil "fee ₹38,500 அவர் account-க்கு இன்னைக்கே அனுப்பணும்" (must be sent today itself), "இன்றே கட்டுங்க", Tanglish
    // "innaikke anuppunga". Not the supplier's own "இன்னைக்கே sample அனுப்புறோம்" (we send the sample today itself).
    '(?<![\\p{L}])(?:இன்னைக்கே|இன்றே|இன்றைக்கே|innaikke|innaike|indraike)\\s+(?:\\S+\\s+){0,2}?(?:அனுப்பணும்|அனுப்புங்க|அனுப்பவும்|கட்டணும்|கட்டுங்க|செலுத்தணும்|செலுத்துங்க|anuppanum|anuppunga|kattanum|kattunga|(?:pay|gpay|transfer)\\s+(?:பண்ணுங்க|பண்ணணும்|pannunga|pannanum))',
    { anchors: ['இன்னைக்கே', 'இன்றே', 'இன்றைக்கே', 'innaikke', 'innaike', 'indraike'] },
  ),
  cue(
    'a price rise after a deadline',
    // Uzbek "Narx faqat juma kungacha, keyin 8% qimmat" (the price only until Friday, then 8% dearer), "ertaga po'lat narxi
    // oshadi"; Azerbaijani "bu qiymət yalnız bu həftəyədir, bazar ertəsi xammal bahalaşır" (… on Monday raw material gets
    // dearer); Tamil "price 330 ஆகிடும்", "நாளைக்கு விலை ஏறும்" (tomorrow the price rises). With a day or an hour in the
    // sentence; not "narx qishda oshadi" (prices rise in winter).
    `(?<![\\p{L}])(?:\\d+\\s?%\\s+qimmat\\p{L}*|qimmat(?:roq)?\\s+bo${AP}ladi|qimmatlash\\p{L}*|oshadi|oshib\\s+ketadi|ko${AP}tariladi|bahala[şs]\\p{L}*|artacaq)(?![\\p{L}])` +
      '|(?<![\\p{L}])(?:விலை|price|rate)\\s+(?:\\S+\\s+){0,2}?(?:ஏறும்|ஏறிடும்|ஏறிவிடும்|அதிகமாகும்|கூடும்|ஆகிடும்|ஆகிவிடும்)',
    {
      anchors: [
        'qimmat',
        'oshadi',
        'oshib ketadi',
        'tariladi',
        'bahalaş',
        'bahalas',
        'artacaq',
        'ஏறும்',
        'ஏறிடும்',
        'ஏறிவிடும்',
        'அதிகமாகும்',
        'கூடும்',
        'ஆகிடும்',
        'ஆகிவிடும்',
      ],
      near: [inSentenceWith(A_DEADLINE_UZ_AZ_TA, 90)],
    },
  ),
  cue(
    'a hurry to pay',
    // Uzbek "Tez bo'ling do'stim" (be quick) after "to'lagandan keyin" (once paid), "tezroq o'tkazing"; Azerbaijani "tez
    // olsun, bu gün" (quickly, today), "təcili ödəyin"; Tamil "சீக்கிரம் அனுப்புங்க" (send it quickly). With paying or a
    // day in the message; not "shoshilmang" (no hurry).
    `(?<![\\p{L}])(?:tez\\s+bo${AP}ling|tezroq\\s+(?:to${AP}la|o${AP}tkaz|yubor)\\p{L}*|shoshiling|tezda\\s+to${AP}la\\p{L}*)` +
      '|(?<![\\p{L}])(?:tez\\s+olsun|t[əe]l[əe]sin|t[əe]cili\\s+(?:[öo]d[əe]|k[öo][çc][üu]r)\\p{L}*|tez\\s+[öo]d[əe]yin|tez\\s+k[öo][çc][üu]r[üu]n)' +
      '|(?<![\\p{L}])(?:சீக்கிரம்|சீக்கிரமா|seekiram|sikkiram)\\s+(?:\\S+\\s+)?(?:அனுப்புங்க|அனுப்பவும்|கட்டுங்க|pay\\s+பண்ணுங்க|anuppunga|pay\\s+pannunga)',
    {
      anchors: [
        'tez bo',
        'tezroq',
        'shoshiling',
        'tezda',
        'tələsin',
        'telesin',
        'teləsin',
        'təlesin',
        'təcili',
        'tecili',
        'tez ö',
        'tez o',
        'tez k',
        'சீக்கிரம',
        'seekiram',
        'sikkiram',
      ],
      near: [inMessageWith(`${PAYING_UZ_AZ_TA}|${A_DEADLINE_UZ_AZ_TA}`, 140)],
    },
  ),
];
