import type { ThreadLanguagePack } from './thread-language-packs';

// The threads' replies in Tamil, in its script and in Latin letters (Tanglish), as probe 86's chats wrote them: joined to
// the Uzbek and Azerbaijani ones in thread-words-uzbek-azerbaijani-tamil.ts. Tamil's vowel signs are marks, which the
// words' edges count as part of the word (thread-words.ts); it joins its endings to English words with a hyphen
// ("account-க்கு", to the account; "WhatsApp-ல", on WhatsApp) or without ("WhatsApp la").

/** A Tamil word's letters and vowel signs. */
const T = '[\\p{L}\\p{M}]*';
/** What else is sent in an order's talk: the order, the PI, photos, files, a link. */
const THINGS = '(?:order|ஆர்டர்|pi|photo|போட்டோ|logo|sample|file|datasheet|video|catalog|link|லிங்க்|pdf|design)';

export const TAMIL_REPLIES: ThreadLanguagePack = {
  paid: {
    words: [
      // "City Union Bank-ல இருந்து அனுப்பிட்டேன்" (sent from …), "சரி, அதுவும் அனுப்புறேன்" (ok, I'll send that too), "HK
      // account-க்கே அனுப்புறேன்"; Tanglish "anuppitten, screenshot podaren", "₹62,000 anuppiten". Not "Order அனுப்பிட்டேன்"
      // (sent the order), "PDF attach panniten".
      `(?<!${THINGS}\\S*\\s+)(?:அனுப்பிட்டேன்|அனுப்பிட்டோம்|அனுப்பினேன்|அனுப்பியாச்சு|அனுப்பிவிட்டேன்|அனுப்புறேன்|அனுப்புகிறேன்|அனுப்பறேன்|அனுப்பிடறேன்|அனுப்பிடுறேன்|கட்டிட்டேன்|கட்டிவிட்டேன்|செலுத்திவிட்டேன்)` +
        `|(?<!${THINGS}\\S*\\s+)(?:anupp?i(?:tt?e+n|ttaen|d(?:u)?ren)|anupp?u(?:ren|raen))` +
        '|(?:pay|transfer|neft|rtgs|imps|tt|t/t|gpay|upi)\\s+(?:பண்ணிட்டேன்|பண்ணிட்டோம்|பண்றேன்|பண்ணுறேன்|பண்ணிடறேன்|pann?it+e+n|pann?(?:ren|uren|idren))',
    ],
  },
  asksWhere: {
    words: [
      // "சரி, account details அனுப்புங்க" (ok, send the account details), "சரி, எந்த account?" (which account?), "rendu
      // thadava anuppalama?" (may I send it in two goes?), "Intha per-ku thaana?" (to this name, right?).
      'எந்த\\s+(?:account|கணக்கு|bank|number|நம்பர்|upi|wallet|பேரு|பெயர்)|(?:entha|yentha|endha)\\s+(?:account|number|bank|upi|per|peru)' +
        '|(?:account|bank|a/c)\\s+details\\s*-?\\s*(?:அனுப்புங்க|குடுங்க|கொடுங்க|சொல்லுங்க|anuppunga|kudunga|sollunga)' +
        `|எவ்வளவு\\s+அனுப்ப${T}|evvalavu\\s+anupp\\p{L}*|anuppalama|anuppanuma|அனுப்பலாமா|அனுப்பணுமா` +
        `|(?:intha|indha|யாரு|யார்)\\s+(?:per|peru|பேரு|பெயர்)${T}|(?:இதே|அதே|இந்த|ithe|athe|intha|indha)\\s+(?:number|நம்பர்)${T}`,
    ],
  },
  pointsAt: {
    words: [
      // "அதுவும் அதே account-க்கு" (that too to the same account), "இதே மாதிரி WU-ல அனுப்பணும்" (send it the same way by
      // WU), "bank slip இங்கே அனுப்பவும்" (send the bank slip here), "screenshot WhatsApp-la podunga".
      `(?:இதே|அதே|இந்த)\\s+(?:account|கணக்கு|upi|மாதிரி|பேரு|பெயர்)${T}|(?:ithe|athe|intha|indha)\\s+(?:account|upi|maadhiri|madhiri)` +
        `|slip\\s+(?:\\S+\\s+)?(?:அனுப்ப${T}|போடுங்க|podunga|anuppunga|attach)|screenshot\\s+(?:\\S+\\s+){0,2}?(?:podunga|போடுங்க|அனுப்புங்க|anuppunga|podaren|போடறேன்|pottachu)` +
        '|mtcn|utr|transaction\\s+id|(?:hk|hong\\s+kong|dubai)\\s+account',
    ],
  },
  toPay: {
    words: [`அனுப்ப${T}|பணம்${T}|கட்ட${T}|anupp\\p{L}*|advance|balance|fee`],
  },
  backToTheOrder: {
    words: [
      // "Trade Assurance order illana order venam" (no Trade Assurance order, no order), "அனுப்ப மாட்டேன்" (I won't send).
      '(?:trade\\s+assurance|alibaba)\\s+order\\s+(?:illana|illaina|இல்லன்னா|இல்லைன்னா)|(?:அனுப்ப|கட்ட|pay\\s+பண்ண)\\s+மாட்டேன்|(?:anuppa|pay\\s+panna)\\s+maatten',
    ],
  },
  vouches: {
    words: [
      // "ஆமாம், பயப்பட வேண்டாம்" (yes, don't be afraid), "அதே நிறுவனம் தான்" (it's the same company).
      `பயப்பட\\s+வேண்டாம்|பயம்\\s+வேண்டாம்|அதே\\s+நிறுவனம்${T}|(?:எல்லா|நிறைய)\\s+customer\\S*\\s+(?:\\S+\\s+)?இப்படி${T}`,
    ],
  },
  doubts: { words: ['ஏன்|yen|yaen|நம்ப[\\p{L}\\p{M}]*|சந்தேக[\\p{L}\\p{M}]*'] },
  namesTheOrder: { words: ['order\\s+page|ஆர்டர்\\s+பேஜ்'] },
  moved: {
    words: [
      // "சரி, WhatsApp-ல hi அனுப்பிட்டேன்" (ok, sent a hi on WhatsApp), "add panniten", "anga pesalam" (let's talk there).
      '(?:whats\\s?app|wechat|telegram|imo|signal)\\s*-?(?:ல|லே|la|le)?\\s+(?:(?:hi|msg|message)\\s+)?(?:அனுப்பிட்டேன்|anuppitten|anuppiten|பண்ணிட்டேன்|panniten|pannitten)' +
        '|add\\s+(?:பண்ணிட்டேன்|panniten|pannitten)|hi\\s+(?:அனுப்பிட்டேன்|anuppitten|anuppiten)|(?:அங்க|anga|ange)\\s+(?:பேசலாம்|pesalam|anuppunga|அனுப்புங்க|podunga)',
    ],
  },
  backToTheChat: {
    words: [
      'இங்கேயே\\s+(?:பேசலாம்|upload)|alibaba\\s+chat\\s*-?(?:ல|la)\\s+(?:தான்|thaan)|(?:whatsapp|wechat|telegram)\\s+(?:இல்லை|illa)',
    ],
  },
  namesTheChat: { words: ['இங்கே|இங்க|இங்கேயே|inga|ingae'] },
  pageTakes: {
    words: [
      'பாஸ்வேர்ட்|ஓடிபி|லாகின்|கார்டு|pottachu|போட்டேன்|போட்டாச்சு|pottuten|kekkudhu|கேக்குது|கேட்குது|card\\s+details',
    ],
  },
  refusesThePage: { words: ['இல்லையே|illaye|மாட்டேன்|maatten'] },
  asksWhy: { words: ['ஏன்|yen|yaen'] },
};
