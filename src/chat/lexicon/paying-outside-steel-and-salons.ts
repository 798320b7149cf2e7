import { cue, type Cue } from './cue';

/**
 * Paying outside the order in the wordings of probe 62 (steel structures and cranes for contractors from the Caucasus to
 * the Andes; hair and beauty supplies for salons and online resellers): straight to the supplier's account in Spanish,
 * Polish, Georgian, Azerbaijani and Armenian in Latin letters, to its export or trading company or the factory's account,
 * to a personal card in Azerbaijani and Uzbek, to a partner's account in Romanian, and bank details promised in a chat
 * app in Russian written in Latin letters. Part of MORE_DIRECT_TRANSFERS.
 */
export const PAYING_OUTSIDE_STEEL_AND_SALONS: readonly Cue[] = [
  cue(
    'paying directly, outside the order',
    // Spanish "si transfiere el 50% hoy directo a nuestra cuenta"; Polish "przelać zaliczkę bezpośrednio na konto naszej firmy";
    // Georgian "პირდაპირ ჩვენს საბანკო ანგარიშზე" (straight to our bank account), "Alibaba-ს გარეშე" (without Alibaba);
    // Azerbaijani "birbaşa zavodun bank hesabına köçürün" (transfer straight to the factory's bank account); Armenian in Latin
    // letters "anmijapes mer gortsarani hashvin, aranc Alibaba" (straight to our factory's account, without Alibaba).
    '\\b(?:directo\\s+a\\s+nuestra\\s+cuenta|directamente\\s+a\\s+nuestra\\s+cuenta|directo\\s+a\\s+mi\\s+cuenta|directamente\\s+a\\s+mi\\s+cuenta)\\b' +
      '|\\bbezpo[śs]rednio\\s+na\\s+(?:nasze\\s+|moje\\s+)?konto\\b|პირდაპირ\\s+ჩვენს\\s+(?:\\S+\\s+)?ანგარიშ|alibaba-?ს\\s+გარეშე' +
      '|\\bbirba[şs]a\\s+(?:\\S+\\s+){0,3}?hesab[\\p{L}]*\\s+k[öo][çc][üu]r|\\banmijapes\\s+mer\\b|\\baranc\\s+alibaba\\w*',
    {
      anchors: [
        'directo a nuestra cuenta',
        'directamente a nuestra cuenta',
        'directo a mi cuenta',
        'directamente a mi cuenta',
        'bezpośrednio na',
        'bezposrednio na',
        'პირდაპირ',
        'გარეშე',
        'birbaşa',
        'birbasa',
        'anmijapes mer',
        'aranc alibaba',
      ],
      instruction: true,
    },
  ),
  cue(
    "a transfer to the supplier's own account",
    // "Pls pay to our export company in Hong Kong by TT, it's same group just different name"; "pay the last 70% by bank to
    // factory account tomorrow". Not the writer paying: "we pay to our trading company".
    "\\b(?:pay|transfer|remit|wire)\\w*(?<!\\b(?:we|i|we'll|i'll)\\s+(?:will\\s+|can\\s+)?\\w+)\\s+(?:\\S+\\s+){0,5}?(?:to\\s+our\\s+export|to\\s+our\\s+trading|to\\s+our\\s+sister|to\\s+our\\s+partner|to\\s+our\\s+hk|to\\s+our\\s+hong\\s+kong|to\\s+our\\s+offshore)\\s+(?:\\S+\\s+)?company\\b(?!\\s+address)" +
      "|\\b(?:pay|transfer|remit|wire|send)\\w*\\s+(?:\\S+\\s+){0,5}?(?:by\\s+bank\\s+)?(?:to\\s+factory\\s+account|to\\s+the\\s+factory\\s+account|to\\s+factory's\\s+account|to\\s+the\\s+factory's\\s+account)\\b",
    {
      anchors: [
        'to our export',
        'to our trading',
        'to our sister',
        'to our partner',
        'to our hk',
        'to our hong kong',
        'to our offshore',
        'to factory account',
        'to the factory account',
        "to factory's account",
        "to the factory's account",
      ],
      // "The payment goes to our HK company on Alibaba Trade Assurance": paid in the order.
      offeredInOrder: true,
    },
  ),
  cue(
    'a personal account',
    // Azerbaijani "pulu şəxsi kartıma köçürün" (the money to my personal card); Uzbek "to'lovni shaxsiy kartamga qiling" (pay to
    // my personal card); Romanian "plătiți restul în contul partenerului nostru" (into our partner's account).
    '(?<![\\p{L}])[şs][əe]xsi\\s+kart|\\bshaxsiy\\s+kart|(?<![\\p{L}])[îi]n\\s+contul\\s+(?:partenerului|agentului|directorului|managerului|personal)(?![\\p{L}])',
    {
      anchors: [
        'şəxsi kart',
        'səxsi kart',
        'şexsi kart',
        'sexsi kart',
        'shaxsiy kart',
        'în contul',
        'in contul',
      ],
    },
  ),
  cue(
    'a payment app',
    // Armenian in Latin letters "karox eq poxancel Wise-ov mer menejerin" (you can transfer by Wise to our manager).
    '\\bwise-ov\\b',
    { anchors: ['wise-ov'] },
  ),
  cue(
    'bank details to be given outside the order',
    // Russian in Latin letters "pishite v telegram, dam rekvizity" (write on Telegram, I'll give the bank details); Armenian in
    // Latin letters "hashvehamary kgrem WhatsApp-ov" (I'll write the account number on WhatsApp).
    '\\b(?:dam|skinu|otpravlyu|prishlyu|napishu)\\s+(?:vam\\s+)?rekvizit\\w*|\\bhashvehamar\\w*\\s+(?:\\S+\\s+)?(?:whats\\s?app|telegram|viber)-?ov\\b',
    { anchors: ['rekvizit', 'hashvehamar'] },
  ),
];
