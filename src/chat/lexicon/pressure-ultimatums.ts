import { cue, inMessageWith, type Cue } from './cue';
import { MONEY_NAMED, PAY_WORDS } from './pressure-words';

/** Days and hours a deadline is set at, in the languages buyers meet. */
const WHEN =
  "(?:today|tonight|tomorrow|end\\s+of\\s+(?:the\\s+)?day|eod|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this\\s+week|lunes|martes|jueves|viernes|s[áa]bado|domingo|pi[ąa]tk|sobot|فردا|امروز|\\b(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\\b|\\d+\\s*h(?:ours?|rs?)?\\b|hoy|ma[ñn]ana|aujourd'hui|ce\\s+soir|heute|morgen|oggi|stasera|domani|σήμερα|σημερα|היום|dzi[śs]|dzisiaj|jutro|bug[üu]n|yar[ıi]n|сегодня|завтра|сьогодні|aaj|hari\\s+ini|besok|h[ôo]m\\s+nay|t[ốo]i\\s+nay|dnes|ast[ăa]zi|\\bazi|\\bleo|ngayon|আজ|آج|오늘|내일|今天|明天|今日|本日|right\\s+now|immediately|sofort|jetzt|n[äa]chsten\\s+stunde|maintenant|imm[ée]diatement|vandaag|прямо\\s+сейчас)";
/** What happens if the buyer doesn't act in time: lost goods, a higher price, a cancelled order, a penalty. */
const OR_ELSE =
  '(?:kung\\s+hindi|no\\s+pay\\s+no\\s+ship|\\bo\\s+se\\s+cancela|або\\s+все\\s+буде\\s+продан|sinon|altfel|la\\s+sivyo|ورنہ|sonst|altrimenti|inaczej|yoksa|иначе|інакше|warna|kalau\\s+tak|kalau\\s+tidak|nếu\\s+không|neu\\s+khong|否则|不然|晚了|o\\s+pasa|senão|senao)';

/** "If", in the languages buyers meet. */
const IF_WORD =
  '(?:\\bpokud|\\bals\\s+de\\s|\\bals\\s+het\\s|\\bals\\s+u\\s|\\bals\\s+je\\s|\\bals\\s+we\\s|\\bals\\s+wij\\s|\\bkung\\s|\\bsi\\s|\\bse\\s|\\bwenn|\\bjeśli|\\bjesli|\\bjeżeli|\\bjezeli|если|якщо|\\bagar|اگر|اگه|إذا|\\bkalau|\\bnếu|\\bneu\\s|如果|만약|(?<![\\p{L}])αν\\s|(?<![\\p{L}])אם\\s)';
/** "Not", "no" and "without" there. */
const NOT_WORD =
  '(?:\\b(?:niet|pas|hindi|nepotvrd\\w*|nezaplat\\w*|no|n[ãa]o|nicht|keine?|nie|nahi|nahin|belum|tak|tidak|kh[ôo]ng|non)\\b|(?<!\\p{L})(?:не|ما)(?!\\p{L})|نہیں|(?<!\\p{L})ن(?:کن|ده|فرست|ریز)|没|沒|(?<![\\p{L}])(?:δεν|לא)(?![\\p{L}]))';

/** The goods given to another buyer. */
const ANOTHER_BUYER =
  '(?:otro\\s+cliente|autre\\s+client|altro\\s+cliente|innego\\s+klienta|ba[şs]ka\\s+m[üu][şs]teri|другому|kh[áa]ch\\s+kh[áa]c|pembeli\\s+(?:dari|lain)|他のお客様|다른\\s?바이어|ibang\\s+customer|ibebenta)';

/** What the buyer is told they lose: the order, the goods, the price, the deposit, their name. */
const STAKES = `(?:${ANOTHER_BUYER}|cancel|annul|anul|storn|iptal|отмен|аннул|скасу|منسوخ|لغو|سوخت|extra\\s+cost|dead\\s+freight|throw\\s+(?:it\\s+)?away|batal|h[ủu]y|취소|キャンセル|取消|lib[eé]r|release|rilasci|price|precio|prix|preis|prezzo|cena|fiyat|цен|ціна|\\brate\\b|harga|gi[áa]|가격|価格|价格|價格|retenu|удерж|ضبط|perd|verlier|pierde|traci|kaybed|黑名|曝光|تقييم|upar|naik|ro[śs]nie|sube|augmente|steigt|aumenta|stockage|storage|frais|productieplek|τιμή|τιμη|ανεβαίνει|ανεβαινει|המחיר|המלאי|ללקוח\\s+אחר|\\d\\s?%)`;

/**
 * Ultimatums: a deadline and what the buyer loses after it ("if I don't see
 * your confirmation by end of day I have to release them", "deposítelos hoy
 * … o pasa a almacén", "aaj hi bhej dijiye warna demurrage"), and threats
 * of courts, collectors and public shaming. Part of PRESSURE.
 */
export const ULTIMATUMS: readonly Cue[] = [
  cue(
    'a deadline with a penalty',
    // "If this isn't settled by Friday …", "if the fee isn't covered in 48h it moves to bonded storage".
    `\\bif\\s+(?:\\S+\\s+){0,4}?(?:don'?t|do\\s+not|doesn'?t|isn'?t|is\\s+not|aren'?t|haven'?t|hasn'?t|won'?t|not)\\s+(?:\\S+\\s+){0,8}?(?:(?:by|in|before|within)\\s+(?:the\\s+)?)?${WHEN}(?=[^.!?]{0,80}\\b(?:release|cancel\\w*|lose|lost|extra\\s+cost|throw\\s+(?:it|them)\\s+away|pay\\s+again|wait\\w*|expires?|returned|delayed|rolls?|next\\s+(?:slot|batch|week|month|vessel)|storage|doubles?|sue|court|lawyer|feedback|reviews?|forums?|groups?|blacklist\\w*|restricted|price|\\+\\s?\\d+\\s?%|\\d+\\s?%\\s+more)\\b)` +
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
    `\\b(?:otherwise|or\\s+else)\\b[^.!?]{0,50}(?<=(?<![\\p{L}\\p{N}])${WHEN}[^.!?]{0,60}?\\b(?:otherwise|or\\s+else)\\b[^.!?]{0,50})(?<=\\b(?:pay|paid|payment|deposit|balance|transfer|send|remit|wire)\\w*\\b[^.!?]{0,220})`,
    { anchors: ['otherwise', 'or else'] },
  ),
  cue(
    'a deadline with a penalty',
    // "Pay … today or the refund expires", "… TODAY or the production slot goes to other customer", "before Friday or the
    // shipment will be delayed", "today or we cant buy material", "today or storage charge start": matched from "or", the
    // deadline looked for behind it.
    `\\bor\\s+(?:else\\s+)?(?:the\\s+|your\\s+|our\\s+|we\\s+|i\\s+)?(?:[a-z'-]+\\s+){0,3}?(?:will\\s+(?:be\\s+)?|would\\s+(?:be\\s+)?|is\\s+|are\\s+|gets?\\s+)?(?:cancel\\w*|expires?|expired|returned|delayed|released?|sold|forfeit\\w*|lost|goes\\s+to\\s+other|goes\\s+to\\s+another|(?:will|would|must|to)\\s+wait\\w*|throw\\s+(?:it|them)\\s+away|(?:have\\s+to\\s+)?pay\\s+again|(?:cannot\\s+|cant\\s+|can't\\s+|can\\s+not\\s+)(?:buy|produce|start|book|hold|keep|guarantee|promise)|(?:storage|demurrage)\\s+(?:charges?|fees?|costs?))\\b(?<=(?<![\\p{L}\\p{N}])${WHEN}[^.!?]{0,60}?\\bor\\s[^.!?]*)`,
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
        'goes to other',
        'goes to another',
        ' wait',
        'cannot ',
        'cant ',
        "can't ",
        'can not ',
        'storage',
        'demurrage',
        'throw',
        'pay again',
      ],
    },
  ),
  cue(
    'a deadline with a penalty',
    // "… hoy … o pasa a almacén", "HEUTE … sonst verpassen wir das Schiff", "aaj hi … warna"; with paying, money or
    // another buyer named near: "il nous faut le logo aujourd'hui, sinon on perd le créneau" rushes a file, not a payment.
    `${WHEN}[^.!?。！？]{0,60}?${OR_ELSE}${inMessageWith(`(?:${PAY_WORDS}|${MONEY_NAMED}|${ANOTHER_BUYER})`, 150)}`,
    {
      anchors: [
        'no pay no ship',
        'o se cancela',
        'або все буде продан',
        'kung hindi',
        'sinon',
        'altfel',
        'la sivyo',
        'ورنہ',
        'sonst',
        'altrimenti',
        'inaczej',
        'yoksa',
        'иначе',
        'інакше',
        'warna',
        'kalau tak',
        'kalau tidak',
        'nếu không',
        'neu khong',
        '否则',
        '不然',
        '晚了',
        'o pasa',
        'senão',
        'senao',
      ],
    },
  ),
  cue(
    'a deadline with a penalty',
    // "Si mañana no tengo su confirmación …", "Если до вечера не будет подтверждения", "agar aaj confirm nahi kiya to …",
    // "如果明天中午前沒收到訂金": if, a day, and a not, in one clause, and what is lost after.
    `${IF_WORD}[^.!?。！？\\n]{0,50}?(?:${WHEN}|до\\s+вечера|jam\\s+\\d+\\s+malam|شام|中午前)[^.!?。！？\\n]{0,50}?${NOT_WORD}(?=[^]{0,160}?${STAKES})|${IF_WORD}[^.!?。！？\\n]{0,50}?${NOT_WORD}[^.!?。！？\\n]{0,50}?${WHEN}(?=[^]{0,160}?${STAKES})`,
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
    "\\bsans\\s+(?:nouvelles|r[ée]ponse)\\s+d'ici\\b|오늘\\s?안에[^.!?]{0,30}?(?:안\\s?되면|없으면)|本日中に[^。]{0,20}?(?:なければ|ない場合)|\\byar[ıi]n\\s+(?:sabaha\\s+|ak[şs]ama\\s+)?kadar\\s+(?:\\S+\\s+){0,3}?\\S+(?:mezse|mazsa)\\b" +
      // "I need a yes or no today", "confirm today or shipment on hold", "quote expires in 3 hours".
      '|\\b(?:need|want)\\s+a\\s+yes\\s+or\\s+no\\s+(?:today|tonight|now)\\b|\\bconfirm\\s+today\\s+or\\b|\\bquote\\s+expires\\s+in\\s+\\d+\\s+(?:hours?|hrs?|minutes?|mins?)\\b',
    {
      anchors: [
        'sans',
        '오늘',
        '本日中に',
        'yarın',
        'yarin',
        'yes or no',
        'confirm today or',
        'quote expires in',
      ],
    },
  ),
  cue(
    'a threat',
    // "He sues in Hong Kong court", "I'd rather not involve a collection agency", "circulate your company name in our group".
    '\\b(?:sues?|suing)\\s+(?:you\\s+)?in\\b|\\b(?:take|bring)\\s+you\\s+to\\s+court\\b|\\bcollection\\s+agency\\b|\\b(?:through|via)\\s+our\\s+lawyers?\\b|\\bpublish\\s+your\\s+(?:drawings|name|company|designs?|chat)\\b|(?:подасть|подамо|подадим)\\s+на\\s+вас\\s+(?:до|в)\\s+суд|\\bcirculate\\s+your\\s+(?:company\\s+)?name\\b|\\b(?:leave|post|write|give)\\s+(?:a\\s+)?(?:detailed\\s+|negative\\s+|bad\\s+)?(?:feedback|reviews?)\\s+on\\s+your\\s+(?:buyer\\s+)?(?:profile|account|store)\\b|\\byour\\s+account\\s+(?:gets|will\\s+be)\\s+(?:restricted|blocked|banned|suspended)\\b' +
      // Portuguese, German, Spanish, Arabic, Thai, Chinese: a bad review, exposing the company, a lawyer, a blacklist.
      '|\\bavalia[çc][ãa]o\\s+negativa\\b|\\bexpor\\s+sua\\s+empresa\\b|\\bunserem\\s+anwalt\\b|\\bwarnung\\s+(?:über|uber)\\s+ihre\\s+firma\\b|\\blista\\s+negra\\b|تقييم\\s+سلبي|أبلغ\\s+عنك|รีวิวร้านคุณ|曝光你|列入黑名[单單]|拉黑你',
    {
      anchors: [
        'sue',
        'suing',
        'court',
        'collection agency',
        'lawyer',
        'publish your',
        'на вас',
        'circulate',
        'feedback',
        'review',
        'your account',
        'avalia',
        'expor',
        'anwalt',
        'warnung',
        'lista negra',
        'تقييم',
        'أبلغ',
        'รีวิวร้านคุณ',
        '曝光你',
        '列入黑名',
        '拉黑你',
      ],
    },
  ),
];
