import { continuesAList } from './list-continues';
import { matchesOf } from './matches';
import { REFUSED_AFTER_PATTERNS } from './refused-after';
import { sentenceAround } from './sentences';
import { WARNING } from './warning';

/**
 * Refusals and warnings name the same channels scams do ("we never accept Western Union", "不能付到个人账户", "genuine
 * suppliers will not ask you for MoneyGram, crypto or gift cards"). A cue is refused when its own clause says no before
 * it; the clause reaches back over a short list ("MoneyGram, crypto or gift cards") but not over a new instruction ("No
 * time for samples, pay by Western Union"), nor past a "no" said to the invoice ("no invoice, cash or private
 * account"). Thai อย่า (don't) is no อย่าง (ตัวอย่าง, a sample), "chuyen not" (send the rest) no "not", "pagar no
 * boleto" no "no"; each word is whole in every script ("cant" does not start "Cantão"). French "n'" before a vowel
 * ("nous n'acceptons ni … ni …"), but not "n'avez qu'à" (you only have to) nor N'Djamena; "rien en espèces", Swahili
 * "hakuna malipo", "nothing for you to pay", but not "rien à craindre" or "hakuna shida" (no problem). Tagalog "di ako
 * magbabayad" (I won't pay), not Indonesian "di kami" (at our place) nor "pag di po kayo nakabayad" (if you don't pay).
 * Czech "nikdy" and its "ne-" joined to the verb ("nepřijímáme", "neposílejte"), Hungarian "ne fizessen" (don't pay),
 * Swedish "inte", "aldrig", "inget" (not "ingen fara", no danger); Danish and Norwegian "ikke" (not "kan jeg ikke bare
 * …?", which proposes), "aldri", "intet", not "ingen hast" (no hurry); Finnish "emme", "ette", "koskaan" (never),
 * "älkää", and "ei" before a verb ("ei ole", "ei makseta"), with "jos … ei" (if … not) a condition, as "hvis … ikke"
 * is. Serbian and Croatian "ne" before a verb of taking or paying ("ne primamo", "ne dajemo", "ne preko Western
 * Uniona"), not Italian "ne" nor Russian typed in Latin ("ne platite po staromu invoisu", the old invoice refused for
 * the new account); "nemojte" (don't), "nikad" (never). "No" after "account", "card", "phone" is "number": "my account
 * no is 6228…". "Nothing" right before the words: "you pay on Alibaba, nothing paid to forwarder". Uzbek "hech qachon"
 * and Azerbaijani "heç vaxt" (never), Tamil ஒருபோதும். Lithuanian "niekada" and Latvian "nekad" (never) and their "ne-"
 * joined to the verb ("nepriimame", "nepieņemam"), Albanian "nuk", "kurrë", "mos paguani" (don't pay); Estonian "ei
 * võta" (we don't take), "pole" (is not), "kunagi" (ever, said with "ei"), "ärge makske" (don't pay), Slovenian "nikoli" (never), "ne
 * sprejemamo" (we don't accept); Khmer មិន and
 * កុំ, whose clauses a space after a Khmer word ends, as Thai's do, unless a Latin word or a number follows it
 * ("មិនផ្ទេរ ABA" is one clause). Afrikaans "moenie" (don't), Macedonian "никогаш" (never) and Latin "ne" before a
 * verb ("Ne placam nisto nadvor od Alibaba"); Lao ບໍ່ and ຢ່າ (not ບໍ່ດັ່ງນັ້ນ, otherwise), whose clauses a space between
 * Lao words ends, as Thai's do; Pashto "نه" (not the postposition of "له … نه", nor "که نه نو", otherwise), "مه",
 * "هېڅکله" (never).
 */
const NEGATION =
  /(?<![\p{L}])nothing\s*$|(?:(?<![\p{L}\p{N}_])(?:not(?!\s+to\s+worry)(?<!\b(?:chuyen|tra|gui)\s+not)|never|(?<!\b(?:mensagem|msg|chama|chame|fala|fale|comigo|contato|manda|mande|mandei|enviei|passei|adiciona|adicione|estou|estamos|para|dados|detalhes|envio|envia|respondo|pagar|pague|acc?oun?t|acct|a\/c|card|phone|mobile|tel|invoice|tracking|serial|model)\s+)no(?!\s*[.:#\d]|\s+(?:problem|wahala|shaking|worries|worry|alibaba|ali|pedido|site|chat|time|whats\s?app|zap|wechat|telegram|meu|minha|nosso|nossa|seu|sua|invoice|vat|tax|receipt|fapiao|fees?|charges?|commission|(?:bank|extra|hidden)\s+(?:fees?|charges?|costs?))\b)|nor|nobody|(?:mesh|mish|msh)(?=\s+(?:eayez|eayz|eayza|eawz|lazem|lazim|momken|bn?e?steml|bn?e?stel[ae]m|bnakhod|bne?qbal))|cannot|ga(?=\s+(?:mau|bisa|usah|perlu|boleh))|refuse[sd]?|neither|rien(?!\s+(?:de\s+plus|[àa]\s+craindre|de\s+grave))|hakuna(?!\s+(?:shida|tatizo|matata|wasiwasi))|nothing\s+(?:for\s+you\s+)?to(?:\s+pay)?(?=\s|$)|n'[aeiouyhéèêâîôû]\p{L}*(?![^,.;!?]*\bqu(?:e\b|'))|nunca|não|nao|ешқашан|jamás|jamas|jamais|nicht|nie|kein\w*|niemals|niet|nooit|geen(?!\s+(?:probleem|zorgen))|nigdy|nem|soha|sosem?|ne(?=\s+(?:fizess|utalj|k[üu]ldj)\p{L}*)|nikdy|ne(?:p[řr]ij[íi]m[áa]me|akceptujeme|chceme|[žz][áa]d[áa]me|pou[žz][íi]v[áa]me|plat[íi]me|pla[ťt]te|pos[íi]lejte|po[šs]lete|pos[íi]l[áa]me|bereme|d[áa]v[áa]me)|inte|aldrig|ing(?:en|et|a)(?!\s+(?:fara|problem\p{L}*|avgift\p{L}*|bankavgift\p{L}*|orsak|brådska|bradska|hast|fare|stress|gebyr\p{L}*|alibaba\p{L}*))|ikke(?<!(?:kan|kunne|skal|skulle|må|ma|burde|vil)\s+(?:jeg|vi|du|i|dere|de|man)\s+ikke)(?<!hvorfor\s+ikke)|aldri|intet(?!\s+problem)|hverken|emme|ette|eivät|eivat|eikä|eika|koskaan|älkää|älä|ala(?=\s+(?:maksa|lähetä|laheta|siirrä|siirra|käytä|kayta|lisää|lisaa|avaa|klikkaa|kirjaudu|anna)(?![\p{L}]))|alkaa(?=\s+\p{L}+k[oö](?![\p{L}]))|ei(?=\s+(?:koskaan|saa|voi|tarvitse|kannata|pidä|pida|ole|hyväksy|hyvaksy|käytä|kayta|maksa|makseta|oteta|ota|pyydä|pyyda|pyydetä|pyydeta|lähetä|laheta|lähetetä|laheteta|vastaanota|hyväksytä|hyvaksyta|käytetä|kayteta|jatketa|siirrytä|siirryta|muutu|muuteta|vaihdu|vaihdeta)(?![\p{L}]))|non(?!-)|pas|aucun\w*|asla|değil|degil|hech\s+qachon|he[çc]\s+vaxt|ஒருபோதும்|dont(?!\s+(?:worry|be\s+(?:afraid|scared|worried|shy)))|wont|cant|didnt|doesnt|isnt|arent|tidak|tak(?<!\bboleh\s+tak)(?<!\b(?:kal|aaj|abhi|shaam|sham|raat|subah|jab|tab|kab)\s+tak)|bukan|jangan|gak|nggak|hindi(?=\s+(?:po|kami|ako|namin|ko|tumatanggap|pwede|puwede|kailangan|ba)\b)|di(?=\s+ako\b)|huwag|wag|walang|avoid(?<=\b(?:please|pls|kindly)\s+avoid)|nahi|nahin|mat(?=\s+(?:bhej\w*|karo|kijiye|karna|dena|do|daalo|dalna)\b)|không|khong|hatu(?:pokei|kubali|tumii|lipi|fanyi|ombi|ta)\w*|niciodat[ăa]|nu\s+(?:vom|putem|accept[ăa]m|pl[ăa]tim|folosim|lucr[ăa]m|prin|primim|lu[ăa]m|cerem|trimitem|pl[ăa]ti[țţt]i|trimite[țţt]i)|ne(?=\s+(?:primamo|prihvatamo|prihva[ćc]amo|uzimamo|koristimo|radimo|[šs]aljemo|dajemo|pla[ćc]amo|pla[ćc]ajte|upla[ćc]ujte|[šs]aljite|tra[žz]imo|nudimo|direktno|preko|van|izvan|mimo)(?![\p{L}]))|nemojte|nemoj|nikad|nikada|nikako|никогаш|nikogas|nikogaš|moenie|ne(?=\s+(?:pla[cćk]am|pla[cćk]ame|plakjam\p{L}*|upla[tć]uva\p{L}*|pratam|pra[kќ]ame|prifa[kќ]j?ame|primame|menuvame|barame)(?![\p{L}]))|nipo[šs]to|niekada|niekuomet|pole|ei(?=\s+(?:ole|v[õo]ta|v[õo]tta|aktsepteeri|kasuta|kasutata|saada|maksa|makse|tohi|n[õo]ua|palu)(?![\p{L}]))|kunagi|[äa]rge(?=\s+(?:makske|maksa|saatke|kandke|lisage|kirjutage|avage|kasutage)(?![\p{L}]))|nikoli|nikdar|ne(?=\s+(?:sprejemamo|sprejmemo|uporabljamo|pla[čc]ujte|naka[zž]ujte|po[šs]iljajte)(?![\p{L}]))|nekad|nek[āa]d[āa]\s+gad[īi]jum[āa]|ne(?:priim|mok[ėe]|naudoj|siun[čc]|perves|perved|pie[ņn]em|maks[āa]|izmanto|p[āa]rskait)\p{L}*|nuk|kurr[ëe]|mos(?=\s+(?:pagua|d[ëe]rgo|p[ëe]rdor|transfero))|δεν|μην|ποτ[έε]|ο[ύυ]τε|duma|ma\s+fi\s+da(?:3|e)i|usi(?:lipe|tume|tumie)\w*|sita(?:tuma|lipa|tumia)\w*)(?![\p{L}\p{N}_])|n't\b(?!\s+(?:worry|be\s+(?:afraid|scared|worried|shy)))|(?<!\p{L})(?:لا|ولا|لن|ليس|مش|هرگز|[וש]?לא|אף\s+פעם|מעולם)(?!\p{L})|不(?!太?方便|好意思)|没|别|勿|拒绝|禁止|(?:не|нет)(?<!\p{L}(?:не|нет))(?!\p{L})|никогда|ไม่|อย่า(?!ง)|មិន|កុំ|ບໍ່(?!ດັ່ງນັ້ນ|ສະນັ້ນ)|ຢ່າ(?!ງ)|(?<![\p{L}\p{M}])(?:هېڅکله|هیڅکله|هېڅ|هیڅ|مه|(?<!(?:له|د)\s+\S+\s+)نه(?!\s+(?:نو|مخکې|وروسته|بهر|پرته|دمخه|راهیسې)))(?![\p{L}\p{M}]))/u;
/**
 * "If you don't want to pay tax you can pay to my personal account": "you can" starts an offer of its own. Thai writes
 * no commas: a space between its words ends a clause ("บัญชีบริษัทรับเงินไม่ได้ช่วงนี้ กรุณาโอน…"), and one before
 * ให้โอน (then transfer) after a Latin word ("ถ้าไม่อยากเสียค่าธรรมเนียม Alibaba ให้โอนเข้าบัญชีพนักงาน…"). "Not X but
 * Y" in Spanish and German ("sino", "sondern"), and "but" in Spanish, German, French and Dutch ("no tengo tiempo … pero
 * tienes que mandarme los dólares por Zelle"); Turkish and Hindi put their "not" after the thing: "şirket hesabına
 * değil, müdürün hesabına", "payment alibaba pe mat karo seedha mere account mein" (don't pay on Alibaba, straight into
 * my account).
 */
const CLAUSE_BREAK =
  /(?!(?<=\d)[,:](?=\d))[,，、:：،]|\b(?:but|however|so|then|instead|sino|sondern|pero|aber|mais|maar|you\s+(?:can|could)(?!\s*not|n't|'t)|just(?=\s+(?:pay|send|transfer|wire)\b))\b|(?<=\bde[ğg]il)\s|\s(?<=\bmat\s+(?:karo|karein|kariye|kijiye|bhejo|bhejna|kholo|karna)\s)|(?<=[\u0e00-\u0e7f])\s(?=[\u0e00-\u0e7f])|(?<=[\u1780-\u17ff])\s(?![a-z0-9$])|(?<=[\u0e80-\u0eff])\s(?=[\u0e80-\u0eff])|\s(?=ให้(?:โอน|จ่าย|ชำระ))/gu;
/**
 * "If you don't pay by Western Union today, we cancel", "if u cannot pay freight … to forwarder today", "si no paga por
 * Western Union", "se não pagar", "якщо не оплатите", Hungarian "ha holnapig nem utalja" (if you don't transfer by
 * tomorrow), "kalau hari ini tidak bayar ke rekening agen kami", ถ้าไม่โอน…, "nahi diya to", and a purpose: "para que
 * no pague tanto impuesto … la diferencia la manda por Western Union" (so you pay less tax): a condition set on the
 * buyer, which demands what it names, not a refusal of it. Not a preference ("if you don't want to use Western Union",
 * ถ้าไม่ต้องการ). Nor is a "no" with "until you" after it: "the agent won't release the B/L until you pay the fee to
 * his account".
 */
const CONDITION_SET =
  /(?:\b(?:if|unless|si|wenn|falls|se|je[śs]li|je[żz]eli|n[ếe]u|kalau|jika|apabila|als|indien|ha|dac[ăa]|ako|ukoliko|hvis|dersom|jos)\s+(?:\S+\s+){0,9}?(?:don'?t|do\s+not|doesn'?t|does\s+not|cannot|can'?t|can\s+not|no|not|n[ãa]o|nicht|non|nie|niet|pas|kh[ôo]ng|tidak|tak|belum|nem|nu|ne|ikke|ei|ette|emme)|(?<!\p{L})(?:якщо|если|[ו]?אם|αν|εάν|εαν)\s+(?:\S+\s+){0,3}?(?:не|לא|δεν))\s+(?!(?:want|wish|like|need|prefer|have|has|mind|trust|agree|feel|know|see|accept|quiere|quieres|tiene|quiser|quer|precisa|wollen|m(?:ö|o)chten|haben|хочете|хотите|маєте|имеете|mau|ingin|suka|perlu|vil|ønsker|onsker|halua|haluat|haluatte|haluamme)\b)(?:[^,.!?]|(?<=\d)[.,](?=\d)|(?<=[\p{L}\p{N}])[.?](?=[\p{L}\p{N}]))*$|\b(?:until|till|unless)\s+(?:you|u|(?:\S+\s+){0,3}?(?:fees?|balance|deposit|payment|money|amount))\b(?:[^,.!?]|(?<=\d)[.,](?=\d))*$|\bpara\s+que\s+(?:usted\s+)?no\s+(?:(?!\bno\b)[^,.!?])*$|ถ้า(?:คุณ|ลูกค้า|ท่าน)?(?:ยัง)?ไม่(?!ต้องการ|อยาก|สะดวก|ชอบ)[^,.!?]*$|\b(?:nahi|nahin|nahee)\s+(?:[^\s,.!?]+\s+){0,2}?to\b[^,.!?]*$/u;
/**
 * 不 … 就 sets a condition too: "今天不打款到我个人账户就赶不上了" (pay my personal account today or miss the ship);
 * not 不要 … 就好 ("just don't pay the personal account").
 */
const CHINESE_CONDITION_BEFORE = /不(?!要|能|可|用|必|准|许|得)[^，。！？,.!?]*$/u;
const CHINESE_CONDITION_AFTER = /^[^，。！？,.!?]{0,16}?就/u;

/**
 * The other side's words quoted back to be discussed, not asked for: 关于你提到的「直接匯款有折扣」, "before you said: "…"", "your
 * question about Western Union: no…", "about your question if we accept Zelle", "you asked about PayPal", "вы
 * спрашивали про USDT", "sobre a sua pergunta de pagar por Pix", "il cliente ha chiesto se può pagare in contanti".
 */
const QUOTED_BACK =
  /\b(?:you\s+(?:wrote|said)|voc[êe]\s+escreveu|usted\s+escribi[óo]|vous\s+avez\s+[ée]crit|sie\s+schrieben|вы\s+написали)\s*:?\s*[«"“'‘][^"”'’»]{0,120}$|(?:你|您)(?:提到|说|提议|建议)的?\s*[「“"']?$|\byour\s+question\s+(?:about|on|regarding|if|whether)\s+(?:(?:we|you|i)\s+(?:can\s+)?(?:accept|take|use|pay)\s+)?(?:us\s+|me\s+)?(?:by\s+|via\s+|with\s+)?$|\byour\s+question\s+(?:about|on|regarding)\s*$|\byou\s+asked\s+(?:about|if\s+we\s+(?:accept|take))\s+$|вы\s+спрашивали\s+(?:про|о|об)\s+$|\bsua\s+pergunta\s+de\s+pagar\s+$|\bha\s+chiesto\s+se\s+(?:pu[òo]|possono)\s+pagare\s+$/u;

/**
 * A clause whose "no" is said to the order or the platform: "not Alibaba", "no TA", "TA mat karo", "Alibaba上不常看"
 * (rarely on Alibaba), "for EUR Alibaba not convenient".
 */
const REFUSES_THE_ORDER =
  /^\s*(?:(?:(?:we|i)\s+)?(?:not?|without|don'?t\s+use|do\s+not\s+use)\s+(?:via\s+|through\s+|by\s+|on\s+)?(?:the\s+)?(?:alibaba|ta|trade\s+assurance|platform)|mat\s+(?:karo|karna|use\s+karo)\s+(?:alibaba|ta|trade\s+assurance)|(?:alibaba|ta|trade\s+assurance)\s+mat\s+(?:karo|karna|use\s+karo)|(?:alibaba|阿里(?:巴巴)?|平台)上?(?:不常|不太|很少|不怎么)(?:看|用|上|回|在线))\s*[,，、:：]?\s*$|(?:alibaba|trade\s+assurance|\bta)\s+(?:is\s+|are\s+)?not\s+(?:convenient|possible|available|good|working|ok(?:ay)?)\b[^,，]*[,，]?\s*$/u;

const THAI_SPACE_BEFORE = /[\u0e00-\u0e7f]\s$/u;
const THAI_LETTER = /^[\u0e00-\u0e7f]/u;

/** The words, then "ok", "only", "please": offered, not another item of a refused list. */
const OFFERED = /^[^\s,.;!?]+(?:\s+[^\s,.;!?]+)?\s+(?:is\s+)?(?:ok|okay|fine|only|pls|please|good)\b/u;

/** A short aside in brackets. */
const ASIDE = /[(（][^()（）]{0,40}[)）]/gu;
/** "Why not pay by Western Union?", "why don't we use Zelle": proposals, refusing nothing ("why not Zelle?" may echo one). */
const PROPOSES =
  /\bwhy\s+(?:not|don'?t|dont|do\s+not)\s+(?:we\s+|you\s+|u\s+|i\s+)?(?=(?:pay|use|send|transfer|wire|do)\b)/gu;
/**
 * Words that open a clause of their own, not the next item of a refused list: an instruction, or the platform said to
 * do something ("…, Alibaba will freeze the money"). A "no" before the comma belongs to the clause before ("the TA
 * order cant finish, …").
 */
const OPENS_A_CLAUSE =
  /^(?:use|pay|send|transfer|remit|wire|make)\b|^(?:alibaba|trade\s+assurance|ta|the\s+platform|they|it)\s+(?:will|would|can|could|may|must|takes?|holds?|keeps?|freezes?|charges?)\b/u;

export function isRefused(text: string, start: number): boolean {
  return refusedIn(text, start, true);
}

/**
 * For an instruction ("pay", "use the attached"): it starts a clause of its own and never continues a list, so only
 * its own clause can refuse it ("Our account can't receive money any more, use the attached" is no refusal).
 */
export function isInstructionRefused(text: string, start: number): boolean {
  return refusedIn(text, start, false);
}

/**
 * Where a cue matched: refused like an instruction when the cue is one or its words open a clause right after a
 * comma, else like an item of a list.
 */
export function isCueRefused(text: string, start: number, cue: { instruction?: boolean }): boolean {
  return refusedIn(text, start, !cue.instruction && !opensAClause(text, start));
}

/** The words open a clause right after a comma: "pls dont use acc on PI, use our HK acc now". */
function opensAClause(text: string, start: number): boolean {
  if (!OPENS_A_CLAUSE.test(text.slice(start, start + 32))) return false;
  let before = start - 1;
  while (before >= 0 && /\s/.test(text[before]!)) before--;
  return before >= 0 && ',，、'.includes(text[before]!);
}

function refusedIn(text: string, start: number, listItem: boolean): boolean {
  const sentence = sentenceAround(text, start);
  if (WARNING.test(sentence.text)) return true;
  // An aside closed before the words is read as blanks: "(not alibaba one) pls send the slip to my wechat".
  const words = text.slice(sentence.start, start);
  const prefix = /[)）]/u.test(words) ? words.replace(ASIDE, (aside) => ' '.repeat(aside.length)) : words;
  if (QUOTED_BACK.test(prefix)) return true;
  // Clause ends, each kept with its separator: "no" before ":" is "number", not a refusal; so is "no" before the words'
  // own digits ("mera no 97180 55264"), read with the words' first digit (only a digit: "不走平台" doesn't refuse itself).
  const starts = [0, ...[...matchesOf(CLAUSE_BREAK, prefix)].map((m) => m.index + m[0].length)];
  // A Thai space breaks a clause only between two Thai letters: the words' own first one is past the prefix.
  if (THAI_SPACE_BEFORE.test(prefix) && THAI_LETTER.test(text[start] ?? '')) starts.push(prefix.length);
  // "We don't accept PayPal, USDT ok": the words after the list's refusal are what is offered instead.
  const offered = OFFERED.test(text.slice(start, start + 40));
  for (let k = starts.length - 1; k >= 0; k--) {
    const clause = prefix.slice(starts[k], k + 1 < starts.length ? starts[k + 1] : prefix.length);
    // Reached across a list: "Not Alibaba, Western Union please" refuses the order, and offers what follows instead.
    const reached = k < starts.length - 1;
    if (reached && (REFUSES_THE_ORDER.test(clause) || offered)) return false;
    const read = reached || !/\d/.test(text[start] ?? '') ? clause : clause + text[start];
    if (NEGATION.test(read.replace(PROPOSES, '')) && !setsACondition(clause, text.slice(start, start + 24)))
      return true;
    if (!listItem || !continuesAList(clause.replace(/[,，、:：]$/, ''), reached)) return false;
    // A list runs on across commas, not across a word ("but"), which ends in a letter: "we never used this account
    // before but from now our bank is…".
    if (k > 0 && /\p{L}/u.test(prefix[starts[k]! - 1] ?? '')) return false;
  }
  return false;
}

/** The clause up to the words (read without its comma: "If it is not withdrawn today, we report…"), and what follows them, set a condition rather than refuse. */
function setsACondition(clause: string, after: string): boolean {
  return (
    CONDITION_SET.test(clause.replace(/[,，、:：،]\s*$/u, '')) ||
    (CHINESE_CONDITION_BEFORE.test(clause) && CHINESE_CONDITION_AFTER.test(after))
  );
}

/** The patterns refusals are read with, for the test that none makes the engine try every place of a sentence. */
export const REFUSAL_PATTERNS: readonly RegExp[] = [
  NEGATION,
  WARNING,
  QUOTED_BACK,
  CONDITION_SET,
  ...REFUSED_AFTER_PATTERNS,
];
