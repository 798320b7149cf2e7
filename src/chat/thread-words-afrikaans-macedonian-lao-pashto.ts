import type { ThreadLanguagePack } from './thread-language-packs';
import { packOfLists, type ReplyLists } from './thread-words';
import {
  AFRIKAANS_MACEDONIAN_PASHTO_CONTACT_AND_LINK,
  LAO_PHRASES,
} from './thread-words-afrikaans-macedonian-lao-pashto-2';

// The threads' replies in Afrikaans, Macedonian (in Cyrillic and Latin letters) and Pashto (in Arabic script and Latin
// letters), as probe 89's chats wrote them, with the Lao phrases of the second file (Lao writes no spaces between its
// words): "Klaar gestuur, check die POP", "ke ja pustam uplatata", "حواله مې وکړه", "ໂອນແລ້ວ ນີ້ສະລິບ". The talk moved
// elsewhere and the links are in the second file too.

/** What else is sent in an order's talk, in Afrikaans: photos, the catalogue, samples, the documents. */
const THINGS = "(?:foto'?s?|katalogus|monsters?|samples?|dokumente?|faktuur|bestelling|order)";

const WORDS: ReplyLists = {
  ...AFRIKAANS_MACEDONIAN_PASHTO_CONTACT_AND_LINK,
  paid: [
    // Afrikaans "Klaar gestuur" (sent already), "ek het betaal" (I paid), "ek stuur môre die 30%" (I send the 30%
    // tomorrow), "check die POP" (the proof of payment), "ek sal by die bank … gaan" (I'll go to the bank); not
    // "foto's gestuur".
    `(?:klaar|reeds)\\s+(?:gestuur|betaal|oorbetaal)|net\\s+gestuur|(?<!${THINGS}\\s+)gestuur\\s+(?:via|met|deur|na)|(?:het|klaar)\\s+(?:\\S+\\s+)?(?:betaal|oorbetaal|oorgeplaas)` +
      "|ek\\s+(?:stuur|betaal|sal\\s+(?:stuur|betaal))\\s+(?:m[ôo]re|vandag|nou|vanaand|dadelik|net\\s+'?n)|(?:die|my)\\s+pop|bewys\\s+van\\s+betaling|ek\\s+(?:sal|gaan)\\s+(?:by|na)\\s+(?:die\\s+)?(?:\\S+\\s+){0,2}?(?:bank|branch|tak)",
    // Macedonian "уплатив" (I paid), "prateno, MTCN …" (sent), "ke ja pustam uplatata" (I'll send the payment), "ќе ти ја
    // пратам уплатницата" (I'll send you the slip).
    '(?:у|u)?(?:платив|plativ)(?:ме)?|уплатено|платено|пратено|uplateno|plateno|prateno' +
      '|(?:ќе|ке|ke|kje)\\s+(?:ја\\s+|ja\\s+)?(?:направам|пуштам|napravam|pustam)\\s+(?:уплатата|uplatata)|(?:ќе|ке|ke|kje)\\s+(?:платам|уплатам|platam|uplatam)' +
      '|(?:ја|ja)\\s+(?:пуштив|направив|pustiv|napraviv)\\s+(?:уплатата|uplatata)|(?:ќе|ке|ke|kje)\\s+(?:ти\\s+|ви\\s+|ti\\s+|vi\\s+)?(?:ја\\s+|ja\\s+)?(?:пратам|pratam)\\s+(?:уплатницата|uplatnicata|потврдата|potvrdata)',
    // Pashto "ولیږل شول" (it was sent), "حواله مې وکړه" (I sent the hawala), "پیسې ورکړې" (gave the money), "د رسید عکس"
    // (the receipt's photo).
    'ولیږل\\s+شول|ولېږل\\s+شول|(?:حواله|پیسې)\\s+مې\\s+(?:وکړه|ورکړې|ولیږلې|واچولې)|پیسې\\s+ورکړې|د\\s+رسید\\s+عکس|رسید\\s+به\\s+(?:\\S+\\s+)?(?:در\\s+)?ولیږم',
  ],
  asksWhere: [
    // Afrikaans "watter rekening?" (which account?), "Hoeveel in Rand?", "wat is die wallet?", "hoe werk dit?".
    'watter\\s+(?:rekening|bank|wallet)|hoeveel\\s+(?:in|moet)\\s+\\S+|wat\\s+is\\s+die\\s+(?:wallet|rekening|rek|besonderhede)|stuur\\s+(?:vir\\s+)?my\\s+die\\s+(?:besonderhede|rekening|bankbesonderhede|wallet)|op\\s+wie\\s+se\\s+naam|hoe\\s+werk\\s+dit',
    // Macedonian "Koja smetka? Daj detali." (which account? give the details), "na koe ime?" (in whose name?), "moze toj
    // da plati?" (can he pay?).
    '(?:која|koja)\\s+(?:сметка|smetka)|(?:дај|дајте|daj|dajte|прати|пратете|prati|pratete)\\s+(?:ми\\s+|mi\\s+)?(?:ги\\s+|gi\\s+)?(?:детали\\p{L}*|detali\\p{L}*)|(?:на|na)\\s+(?:кое|koe)\\s+(?:име|ime)|колку\\s+да\\s+платам|kolku\\s+da\\s+platam|(?:може|moze)\\s+(?:тој|таа|toj|taa)\\s+(?:да|da)\\s+(?:плати|plati)',
    // Pashto "نوم او ښار راکړه" (give the name and the city), "wallet راکړه", "چا ته یې ورکړي؟" (to whom?).
    '(?:نوم|wallet|حساب|ادرس)\\s+(?:\\S+\\s+){0,2}?راکړه|چا\\s+ته\\s+(?:یې\\s+)?(?:ورکړي|ورکړم|ولیږم)|حواله\\s?دار\\s+(?:\\S+\\s+)?چېرته',
  ],
  pointsAt: [
    '(?:daai|dieselfde|hierdie)\\s+(?:\\S+\\s+)?rekening',
    '(?:истата|таа|istata|taa)\\s+(?:сметка|smetka)',
    '(?:همغه|هماغه|دې)\\s+حساب',
  ],
  toPay: [
    'betaal|oorbetaal|deposito',
    'плати\\p{L}*|уплат\\p{L}*|plat\\p{L}*|uplat\\p{L}*|депозит\\p{L}*',
    'پیسې|ولیږ\\p{L}*|ورکړ\\p{L}*|تادیه',
  ],
  backToTheOrder: [
    // Afrikaans "ek betaal net in die Alibaba app self" (I pay only in the Alibaba app); Macedonian "ke platime samo na
    // smetkata sto ja pokazuva Alibaba" (only to the account Alibaba shows), "ne placam"; Pashto "یوازې د Alibaba".
    '(?:net|slegs)\\s+(?:deur|via|in|op)\\s+(?:die\\s+)?(?:alibaba|trade\\s+assurance|ta|bestelling)',
    '(?:само|samo)\\s+(?:преку|на|во|preku|na|vo)\\s+(?:alibaba|сметката|smetkata|нарачката|narackata|orderot|trade)|не\\s+плаќам|ne\\s+placam|ne\\s+plakjam',
    '(?:یوازې|یواځې)\\s+(?:د|په)\\s+alibaba|(?:هېڅ|هیڅ)\\s+نه\\s+ورکوم',
  ],
  vouches: [
    'laat\\s+(?:hom|haar)\\s+(?:maar\\s+)?betaal|alles\\s+is\\s+dieselfde|(?:baie|al\\s+ons)\\s+kli[ëe]nte\\s+(?:\\S+\\s+)?betaal\\s+so|dis\\s+veilig',
    'нека\\s+(?:ни\\s+)?(?:уплати|плати)|neka\\s+(?:ni\\s+)?(?:uplati|plati)|100%\\s+сигурно|истата\\s+фабрика|istata\\s+fabrika|сите\\s+клиенти|не\\s+грижете\\s+се',
    'اندېښنه\\s+مه\\s+کوه|ټول\\s+پیرودونکي',
  ],
  doubts: ['hoekom|waarom|regtig|bedrog|veilig', 'зошто|zosto|zošto|чудно|cudno|čudno', 'ولې|رښتیا'],
  namesTheOrder: ['bestelling\\p{L}*|bladsy', 'нарачка\\p{L}*|naracka\\p{L}*|orderot|ордерот', 'اړډر'],
};

/** Afrikaans, Macedonian, Lao and Pashto replies: whole words, and the Lao phrases. */
export const AFRIKAANS_MACEDONIAN_LAO_PASHTO_REPLIES: ThreadLanguagePack = packOfLists(WORDS, LAO_PHRASES);
