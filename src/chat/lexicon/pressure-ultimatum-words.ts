/**
 * The words ultimatums are made of, in the languages buyers meet: when the deadline is, "or else", "if … not", and what
 * is lost after it. Read by pressure-ultimatums.ts.
 */

/** Days and hours a deadline is set at, in the languages buyers meet. */
export const WHEN =
  "(?:today|tonight|tomorrow|end\\s+of\\s+(?:the\\s+)?day|eod|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this\\s+week|lunes|martes|jueves|viernes|s[áa]bado|domingo|pi[ąa]tk|sobot|فردا|امروز|\\b(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\\b|\\d+\\s*h(?:ours?|rs?)?\\b|\\d{1,2}(?::\\d\\d)?\\s*[ap]\\.?m\\b|hoy|ma[ñn]ana|aujourd'hui|ce\\s+soir|heute|morgen|oggi|stasera|domani|σήμερα|σημερα|α[υύ]ριο|היום|dzi[śs]|dzisiaj|jutro|bug[üu]n|yar[ıi]n|сегодня|завтра|сьогодні|aaj|hari\\s+ini|besok|h[ôo]m\\s+nay|t[ốo]i\\s+nay|dnes|ast[ăa]zi|\\bazi|\\bleo|ngayon|আজ|آج|오늘|내일|今天|明天|今日|本日|right\\s+now|immediately|sofort|jetzt|n[äa]chsten\\s+stunde|maintenant|imm[ée]diatement|vandaag|прямо\\s+сейчас|днес|დღეს|holnap(?:ig)?|[šs]iandien|ertaga|\\bbu\\s+g[üu]n\\b|heut\\s+noch|idag|ikv[äa]ll|imorgon|m[åa]ndag|tisdag|onsdag|torsdag|fredag|ئەمڕۆ|ئێوارە|pyatnic\\w*|zavtra|segodnya|lundi|mardi|mercredi|jeudi|vendredi|\\bzoma\\b|demain|jodi\\s+a\\b|\\blelo\\b|rahampitso|close\\s+of\\s+business|\\bcob\\b)";
/** What happens if the buyer doesn't act in time: lost goods, a higher price, a cancelled order, a penalty. */
export const OR_ELSE =
  '(?:kung\\s+hindi|no\\s+pay\\s+no\\s+ship|\\bo\\s+se\\s+cancela|або\\s+все\\s+буде\\s+продан|sinon|altfel|la\\s+sivyo|ورنہ|sonst|altrimenti|inaczej|yoksa|иначе|інакше|warna|kalau\\s+tak|kalau\\s+tidak|nếu\\s+không|neu\\s+khong|否则|不然|晚了|o\\s+pasa|senão|senao|\\byoxsa\\b|\\b(?:különben|kulonben)\\b|თორემ|\\bannars\\b|\\bellers\\b|ئەگینا|\\binache\\b|\\braha\\s+tsy\\s+izany\\b|\\bsi\\s+se\\s+pa\\s+sa\\b|\\bsoki\\s+te\\b)';

/** Words every alternative of OR_ELSE holds, for the anchor scan. */
export const OR_ELSE_ANCHORS: readonly string[] = [
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
  'yoxsa',
  'különben',
  'kulonben',
  'თორემ',
  'annars',
  'ellers',
  'ئەگینا',
  'inache',
  'raha tsy izany',
  'si se pa sa',
  'soki te',
];

/** "If", in the languages buyers meet. */
export const IF_WORD =
  '(?:\\bpokud|\\bals\\s+de\\s|\\bals\\s+het\\s|\\bals\\s+u\\s|\\bals\\s+je\\s|\\bals\\s+we\\s|\\bals\\s+wij\\s|\\bkung\\s|\\bsi\\s|\\bse\\s|\\bwenn|\\bjeśli|\\bjesli|\\bjeżeli|\\bjezeli|если|якщо|\\bagar|اگر|اگه|إذا|\\bkalau|\\bnếu|\\bneu\\s|如果|만약|(?<![\\p{L}])αν\\s|(?<![\\p{L}])אם\\s)';
/** "Not", "no" and "without" there. */
export const NOT_WORD =
  '(?:\\b(?:niet|pas|hindi|nepotvrd\\w*|nezaplat\\w*|no|n[ãa]o|nicht|keine?|nie|nahi|nahin|belum|tak|tidak|kh[ôo]ng|non)\\b|(?<!\\p{L})(?:не|ما)(?!\\p{L})|نہیں|(?<!\\p{L})ن(?:کن|ده|فرست|ریز|زن)|没|沒|(?<![\\p{L}])(?:δεν|לא)(?![\\p{L}]))';

/** The goods given to another buyer. */
export const ANOTHER_BUYER =
  "(?:olon-?kafa|(?:l'|un\\s+)?autre\\s+soumissionnaire|otro\\s+cliente|otro\\s+comprador|outro\\s+cliente|outro\\s+comprador|autre\\s+acheteur|autre\\s+client|altro\\s+cliente|innego\\s+klienta|ba[şs]ka\\s+m[üu][şs]teri|другому|kh[áa]ch\\s+kh[áa]c|pembeli\\s+(?:dari|lain)|(?:reseller|pelanggan|customer)\\s+lain|他のお客様|다른\\s?바이어|ibang\\s+customer|ibebenta|ba[şs]qa\\s+al[ıi]c[ıi]|[άα]λλο\\s+πελ[άα]τη)";

/** What the buyer is told they lose: the order, the goods, the price, the deposit, their name. */
export const STAKES = `(?:${ANOTHER_BUYER}|cancel|annul|anul|storn|iptal|отмен|аннул|скасу|منسوخ|لغو|سوخت|extra\\s+cost|dead\\s+freight|throw\\s+(?:it\\s+)?away|batal|h[ủu]y|취소|キャンセル|取消|lib[eé]r|release|rilasci|price|precio|prix|preis|prezzo|cena|fiyat|цен|ціна|\\brate\\b|harga|gi[áa]|가격|価格|价格|價格|retenu|удерж|ضبط|perd|verlier|pierde|traci|kaybed|黑名|曝光|تقييم|upar|naik|ro[śs]nie|sube|augmente|steigt|aumenta|stockage|storage|frais|productieplek|τιμή|τιμη|ανεβαίνει|ανεβαινει|προλάβ|προλαβ|המחיר|המלאי|ללקוח\\s+אחר|поверн|ჯარიმა|eladjuk|elveszik|prarasite|\\d\\s?%)`;
