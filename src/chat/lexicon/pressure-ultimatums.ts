import { cue, inMessageWith, type Cue } from './cue';
import {
  ANOTHER_BUYER,
  IF_WORD,
  NOT_WORD,
  OR_ELSE,
  OR_ELSE_ANCHORS,
  STAKES,
  WHEN,
} from './pressure-ultimatum-words';
import { MONEY_NAMED, PAY_WORDS } from './pressure-words';

/** Paying, sending or wiring money (ends left open: "payment", "transferred"). */
const PAY_VERB = '\\b(?:pay|paid|payment|deposit|balance|transfer|send|remit|wire)';
/** An hour of the day in Indonesian: "jam 3 sore", "jam 9 malam". */
const INDONESIAN_HOUR = 'jam\\s+\\d+\\s+(?:malam|sore|siang|pagi)';

/**
 * Ultimatums: a deadline and what the buyer loses after it ("if I don't see
 * your confirmation by end of day I have to release them", "deposítelos hoy
 * … o pasa a almacén", "aaj hi bhej dijiye warna demurrage"). Part of
 * PRESSURE, with the threats of pressure-public-threats.ts after it.
 */
export const ULTIMATUMS: readonly Cue[] = [
  cue(
    'a deadline with a penalty',
    // "If this isn't settled by Friday …", "if the fee isn't covered in 48h it moves to bonded storage", "if not confirm today … your
    // yarn we give to Vietnam customer", "if no confirmation by 5pm we cancel your reserved boxes", "If we don't get your confirmation
    // of the Red Sea surcharge today, the container … will be rolled", "if no reply in 1 hour the container go back".
    `\\bif\\s+(?:\\S+\\s+){0,4}?(?:don'?t|do\\s+not|doesn'?t|isn'?t|is\\s+not|aren'?t|haven'?t|hasn'?t|won'?t|not|no(?=\\s+(?:payment|deposit|balance|confirmation|money|transfer|decision|reply|answer|response)\\b))\\s+(?:\\S+\\s+){0,8}?(?:(?:by|in|before|within)\\s+(?:the\\s+)?)?${WHEN}(?=[^.!?]{0,80}\\b(?:release[sd]?|cancel\\w*|go(?:es)?\\s+back|not\\s+refundable|non-?refundable|charges?|lose|lost|sell(?:s|ing)?|sold|extra\\s+cost|throw\\s+(?:it|them)\\s+away|pay\\s+again|wait\\w*|expires?|returned|delay(?:s|ed)?|roll(?:s|ed)?|next\\s+(?:slot|batch|week|month|vessel)|storage|doubles?|sue|court|lawyer|feedback|reviews?|forums?|groups?|blacklist\\w*|restricted|price|rate\\s+change|to\\s+(?:an)?(?:other\\s+|(?!(?:the|your|my|our|his|her|their|a|an|that|this)\\s)\\p{L}+\\s+)(?:customer|buyer|client)s?|\\+\\s?\\d+\\s?%|\\d+\\s?%\\s+(?:more|extra))\\b)` +
      `|\\bif\\s+you\\s+(?:don'?t|do\\s+not)\\s+\\w+\\s+(?:it\\s+|the\\s+order\\s+)?${WHEN}(?=[^.!?]{0,60}\\b(?:next\\s+(?:slot|batch|week|month)|release|cancel|lose|price)\\b)` +
      // "If balance not received we lose the space": a loss for not paying, with no deadline named.
      '|\\bif\\s+(?:the\\s+|your\\s+)?(?:balance|payment|deposit|money|transfer)\\s+(?:is\\s+)?not\\s+(?:received|paid|made|sent|arrived)\\b[^.!?]{0,30}?\\b(?:we|you)\\s+(?:will\\s+)?(?:lose|cancel|release|sell|charge|keep)\\b',
    { anchors: ['if '] },
  ),
  // Each of the cues below is its own, with its own rarer words to look for: "if" is in too many messages.
  cue(
    'a deadline with a penalty',
    // "Send the balance by Western Union tonight …, otherwise the driver leaves without your goods"; not "reply within 24
    // hours, otherwise we book the next vessel", which asks for no money.
    // Matched from "otherwise", the deadline looked for behind it: a pattern opening with the list of days would be tried at every place.
    // Both looks are made from "otherwise" itself, before the words after it: made from the end of those, each was made
    // again for every shorter ending tried.
    `\\b(?:otherwise|or\\s+else)\\b(?<=(?<![\\p{L}\\p{N}])${WHEN}[^.!?]{0,60}?\\b(?:otherwise|or\\s+else))(?:(?<=${PAY_VERB}\\w*\\b[^.!?]{0,220})|(?=[^.!?]{0,50}?${PAY_VERB}))[^.!?]{0,50}`,
    { anchors: ['otherwise', 'or else'] },
  ),
  cue(
    'a deadline with a penalty',
    // "Pay … today or the refund expires", "… TODAY or the production slot goes to other customer", "before Friday or the
    // shipment will be delayed", "before Monday or container give to other", "today or parcel will return to China", "by end of day or they go back to warehouse", "today or we cant buy material", "today or storage charge start", "clear today or goods auction
    // after 14 days", "decide today or never get this quantity": matched from "or", the
    // deadline looked for behind it.
    `\\bor\\s+(?:else\\s+)?(?:the\\s+|your\\s+|our\\s+|we\\s+|i\\s+)?(?:[a-z'-]+\\s+){0,3}?(?:will\\s+(?:be\\s+)?|would\\s+(?:be\\s+)?|is\\s+|are\\s+|gets?\\s+)?(?:cancel\\w*|expires?|expired|returned|delayed|released?|sold|forfeit\\w*|lost|lose|goes\\s+to\\s+other|goes\\s+to\\s+another|give\\s+to\\s+other|given\\s+to\\s+other|give\\s+to\\s+another|returns?\\s+to\\s+(?:china|sender|origin)|(?:package|parcel|goods|shipment)\\s+return(?=\\s*(?:[:.!,;]|$))|sent\\s+back\\b|miss\\s+the\\s+(?:boat|vessel|ship)\\b|go(?:es)?\\s+back\\s+to\\s+(?:china|origin|sender|(?:the\\s+)?(?:warehouse|factory))|(?:will|would|must|to)\\s+wait\\w*|throw\\s+(?:it|them)\\s+away|(?:have\\s+to\\s+)?pay\\s+again|(?:cannot\\s+|cant\\s+|can't\\s+|can\\s+not\\s+)(?:buy|produce|start|book|hold|keep|guarantee|promise)|(?:storage|demurrage)\\s+(?:charges?|fees?|costs?)|auction\\w*|never\\s+get)\\b(?<=(?<![\\p{L}\\p{N}])${WHEN}[^.!?]{0,60}?\\bor\\s[^.!?]*)`,
    {
      anchors: [
        'cancel',
        'expire',
        'returned',
        'delayed',
        'release',
        'sold',
        'forfeit',
        'lost',
        'lose',
        'goes to other',
        'goes to another',
        'give to other',
        'given to other',
        'give to another',
        'return to',
        ' return',
        'sent back',
        'miss the',
        'returns to',
        'back to',
        ' wait',
        'cannot ',
        'cant ',
        "can't ",
        'can not ',
        'storage',
        'demurrage',
        'throw',
        'pay again',
        'auction',
        'never get',
      ],
    },
  ),
  cue(
    'a deadline with a penalty',
    // "… hoy … o pasa a almacén", "HEUTE … sonst verpassen wir das Schiff", "aaj hi … warna"; with paying, money or
    // another buyer named near: "il nous faut le logo aujourd'hui, sinon on perd le créneau" rushes a file, not a payment.
    `${WHEN}[^.!?。！？]{0,60}?${OR_ELSE}`,
    {
      near: [inMessageWith(`(?:${PAY_WORDS}|${MONEY_NAMED}|${ANOTHER_BUYER})`, 150)],
      anchors: OR_ELSE_ANCHORS,
    },
  ),
  cue(
    'a deadline with a penalty',
    // "Si mañana no tengo su confirmación …", "Если до вечера не будет подтверждения", "agar aaj confirm nahi kiya to …",
    // "如果明天中午前沒收到訂金", "kalau DP belum masuk … sampai jam 3 sore": if, a day, and a not, in one clause, and what
    // is lost after.
    `${IF_WORD}[^.!?。！？\\n]{0,50}?(?:${WHEN}|до\\s+вечера|${INDONESIAN_HOUR}|شام|中午前)[^.!?。！？\\n]{0,50}?${NOT_WORD}(?=[^]{0,160}?${STAKES})|${IF_WORD}[^.!?。！？\\n]{0,50}?${NOT_WORD}[^.!?。！？\\n]{0,50}?(?:${WHEN}|${INDONESIAN_HOUR})(?=[^]{0,160}?${STAKES})`,
    {
      anchors: [
        'pokud',
        'als de ',
        'als het ',
        'als u ',
        'als je ',
        'als we ',
        'als wij ',
        'kung ',
        'si ',
        'se ',
        'wenn',
        'jeśli',
        'jesli',
        'jeżeli',
        'jezeli',
        'если',
        'якщо',
        'agar',
        'اگر',
        'اگه',
        'إذا',
        'kalau',
        'nếu',
        'neu ',
        '如果',
        '만약',
        'αν ',
        'אם ',
      ],
    },
  ),
  cue(
    'a deadline with a penalty',
    // "Sans nouvelles d'ici ce soir", 오늘 안에 … 안 되면, 本日中に … なければ, "yarın sabaha kadar … gelmezse".
    "\\bsans\\s+(?:nouvelles|r[ée]ponse)\\s+d'ici\\b|오늘\\s?안에[^.!?]{0,30}?(?:안\\s?되면|없으면|안\\s?해\\s?주시면|안\\s?하시면)|本日中に[^。]{0,20}?(?:なければ|ない場合)|\\byar[ıi]n\\s+(?:sabaha\\s+|ak[şs]ama\\s+)?kadar\\s+(?:\\S+\\s+){0,3}?\\S+(?:mezse|mazsa)\\b" +
      // "I need a yes or no today", "confirm today or shipment on hold" (not "today or tomorrow"), "quote expires in 3 hours".
      '|\\b(?:need|want)\\s+a\\s+yes\\s+or\\s+no\\s+(?:today|tonight|now)\\b|\\bconfirm\\s+today\\s+or\\b(?!\\s+tomorrow\\b)|\\b(?:quote|quotation|inquiry|enquiry|offer)\\s+(?:will\\s+)?expires?\\s+in\\s+\\d+\\s+(?:hours?|hrs?|minutes?|mins?)\\b|\\b(?:protection|coverage)\\s+(?:for\\s+(?:your\\s+)?order\\s+\\S+\\s+)?(?:will\\s+)?expires?\\s+(?:today|tonight|in\\s+\\d+\\s+(?:hours?|hrs?))\\b' +
      // "Place the order now or lose this price."
      // "Top up 800 USD by western union today, if not factory will stop production".
      '|\\b(?:today|tonight|tomorrow)\\s*,?\\s+if\\s+not\\s*,?\\s+(?:\\S+\\s+){0,3}?(?:will\\s+|must\\s+|have\\s+to\\s+)?(?:stop|cancel|sell|release|charge)\\w*\\b' +
      '|\\bnow\\s+or\\s+(?:you\\s+(?:will\\s+)?)?lose\\s+(?:this|the|your|our)\\s+(?:\\S+\\s+)?(?:price|discount|offer|slot|booking|space|deal|rate)\\b',
    {
      anchors: [
        'sans',
        '오늘',
        '本日中に',
        'yarın',
        'yarin',
        'yes or no',
        'confirm today or',
        'expire',
        'if not',
        'now or',
      ],
    },
  ),
  cue(
    'a deadline with a penalty',
    // "… until 12 o'clock tonight. After that other factory take the same fabric", "after tonight the special price … is finish
    // and we sell the stock to Karachi buyer": what is lost once the deadline passes.
    '(?:\\bafter\\s+that|\\bafter\\s+tonight|\\bafter\\s+today|\\bafter\\s+tomorrow)\\b[^.!?]{0,80}?' +
      '(?:\\b(?:other|another)\\s+(?:factory|company|buyer|customer|client|importer)s?\\s+(?:will\\s+)?(?:take|buy|get)s?\\b' +
      '|\\b(?:we|i)\\s+(?:will\\s+|must\\s+|have\\s+to\\s+)?sell\\s+(?:\\S+\\s+){0,3}?to\\s+(?:an?\\s+)?\\S+\\s+(?:buyer|customer|client)s?\\b' +
      '|\\b(?:price|offer|discount|promotion)\\s+(?:\\S+\\s+){0,5}?(?:is\\s+|will\\s+be\\s+)?(?:finish(?:ed)?|over|gone|expired?)\\b)',
    { anchors: ['after that', 'after tonight', 'after today', 'after tomorrow'] },
  ),
];
