import { continuesAList } from './list-continues';
import { matchesOf } from './matches';
import { sentenceAround } from './sentences';
import { WARNING } from './warning';

/**
 * Refusals and warnings name the same channels scams do ("we never accept Western Union", "不能付到个人账户", "genuine
 * suppliers will not ask you for MoneyGram, crypto or gift cards"). A cue is refused when its own clause says no before
 * it; the clause reaches back over a short list ("MoneyGram, crypto or gift cards") but not over a new instruction ("No
 * time for samples, pay by Western Union"), nor past a "no" said to the invoice ("no invoice, cash or private account").
 * Thai อย่า (don't) is no อย่าง (ตัวอย่าง, a sample), "chuyen not" (send the rest) no "not", "pagar no boleto" no "no";
 * each word is whole in every script ("cant" does not start "Cantão"). French "n'" before a vowel ("nous n'acceptons ni
 * … ni …"), but not "n'avez qu'à" (you only have to) nor N'Djamena; "rien en espèces", Swahili "hakuna malipo", "nothing
 * for you to pay", but not "rien à craindre" or "hakuna shida" (no problem). Tagalog "di ako magbabayad" (I won't pay),
 * not Indonesian "di kami" (at our place) nor "pag di po kayo nakabayad" (if you don't pay).
 */
const NEGATION =
  /(?:(?<![\p{L}\p{N}_])(?:not(?!\s+to\s+worry)(?<!\b(?:chuyen|tra|gui)\s+not)|never|(?<!\b(?:mensagem|msg|chama|chame|fala|fale|comigo|contato|manda|mande|mandei|enviei|passei|adiciona|adicione|estou|estamos|para|dados|detalhes|envio|envia|respondo|pagar|pague)\s+)no(?!\s*[.:#\d]|\s+(?:problem|worries|worry|alibaba|ali|pedido|site|chat|time|whats\s?app|zap|wechat|telegram|meu|minha|nosso|nossa|seu|sua|invoice|vat|tax|receipt|fapiao|fees?|charges?|commission|(?:bank|extra|hidden)\s+(?:fees?|charges?|costs?))\b)|nor|nobody|(?:mesh|mish|msh)(?=\s+(?:eayez|eayz|eayza|eawz|lazem|lazim|momken|bn?e?steml|bnakhod|bne?qbal))|cannot|ga(?=\s+(?:mau|bisa|usah|perlu|boleh))|refuse[sd]?|neither|rien(?!\s+(?:de\s+plus|[àa]\s+craindre|de\s+grave))|hakuna(?!\s+(?:shida|tatizo|matata|wasiwasi))|nothing\s+(?:for\s+you\s+)?to(?:\s+pay)?(?=\s|$)|n'[aeiouyhéèêâîôû]\p{L}*(?![^,.;!?]*\bqu(?:e\b|'))|nunca|não|nao|ешқашан|jamás|jamas|jamais|nicht|nie|kein\w*|niemals|niet|nooit|geen(?!\s+(?:probleem|zorgen))|nigdy|nem|soha|non(?!-)|pas|aucun\w*|asla|değil|degil|dont(?!\s+(?:worry|be\s+(?:afraid|scared|worried|shy)))|wont|cant|didnt|doesnt|isnt|arent|tidak|tak(?<!\bboleh\s+tak)(?<!\b(?:kal|aaj|abhi|shaam|sham|raat|subah|jab|tab|kab)\s+tak)|bukan|jangan|gak|nggak|hindi(?=\s+(?:po|kami|ako|namin|ko|tumatanggap|pwede|puwede|kailangan|ba)\b)|di(?=\s+ako\b)|huwag|wag|walang|avoid(?<=\b(?:please|pls|kindly)\s+avoid)|nahi|nahin|mat(?=\s+(?:bhej\w*|karo|kijiye|karna|dena|do|daalo|dalna)\b)|không|khong|hatu(?:pokei|kubali|tumii|lipi|fanyi|ombi|ta)\w*|niciodat[ăa]|nu\s+(?:vom|putem|accept[ăa]m|pl[ăa]tim|folosim|lucr[ăa]m|prin)|duma|ma\s+fi\s+da(?:3|e)i|usi(?:lipe|tume|tumie)\w*|sita(?:tuma|lipa|tumia)\w*)(?![\p{L}\p{N}_])|n't\b(?!\s+(?:worry|be\s+(?:afraid|scared|worried|shy)))|(?<!\p{L})(?:لا|ولا|لن|ليس|مش|هرگز)(?!\p{L})|不(?!太?方便|好意思)|没|别|勿|拒绝|禁止|(?:не|нет)(?<!\p{L}(?:не|нет))(?!\p{L})|никогда|ไม่|อย่า(?!ง))/u;
/**
 * "If you don't want to pay tax you can pay to my personal account": "you can" starts an offer of its own. Thai writes
 * no commas: a space between its words ends a clause ("บัญชีบริษัทรับเงินไม่ได้ช่วงนี้ กรุณาโอน…"), and one before ให้โอน
 * (then transfer) after a Latin word ("ถ้าไม่อยากเสียค่าธรรมเนียม Alibaba ให้โอนเข้าบัญชีพนักงาน…"). "Not X but Y" in Spanish
 * and German ("sino", "sondern"), and "but" in Spanish, German, French and Dutch ("no tengo tiempo … pero tienes que
 * mandarme los dólares por Zelle"); Turkish and Hindi put their "not" after the thing: "şirket hesabına değil, müdürün
 * hesabına", "payment alibaba pe mat karo seedha mere account mein" (don't pay on Alibaba, straight into my account).
 */
const CLAUSE_BREAK =
  /(?!(?<=\d)[,:](?=\d))[,，、:：،]|\b(?:but|however|so|then|instead|sino|sondern|pero|aber|mais|maar|you\s+(?:can|could)(?!\s*not|n't|'t)|just(?=\s+(?:pay|send|transfer|wire)\b))\b|(?<=\bde[ğg]il)\s|\s(?<=\bmat\s+(?:karo|karein|kariye|kijiye|bhejo|bhejna|kholo|karna)\s)|(?<=[\u0e00-\u0e7f])\s(?=[\u0e00-\u0e7f])|\s(?=ให้(?:โอน|จ่าย|ชำระ))/gu;
/**
 * "If you don't pay by Western Union today, we cancel", "if u cannot pay freight … to forwarder today", "si no paga por Western Union", "se não pagar", "якщо не оплатите",
 * Hungarian "ha holnapig nem utalja" (if you don't transfer by tomorrow),
 * "kalau hari ini tidak bayar ke rekening agen kami", ถ้าไม่โอน…, "nahi diya to", and a purpose: "para que no pague tanto
 * impuesto … la diferencia la manda por Western Union" (so you pay less tax): a condition set on the buyer, which demands what it
 * names, not a refusal of it. Not a preference ("if you don't want to use Western Union", ถ้าไม่ต้องการ). Nor is a
 * "no" with "until you" after it: "the agent won't release the B/L until you pay the fee to his account".
 */
const CONDITION_SET =
  /(?:\b(?:if|unless|si|wenn|falls|se|je[śs]li|je[żz]eli|n[ếe]u|kalau|jika|apabila|als|indien|ha)\s+(?:\S+\s+){0,9}?(?:don'?t|do\s+not|doesn'?t|does\s+not|cannot|can'?t|can\s+not|no|not|n[ãa]o|nicht|non|nie|niet|pas|kh[ôo]ng|tidak|tak|belum|nem)|(?:якщо|если)\s+(?:\S+\s+){0,3}?не)\s+(?!(?:want|wish|like|need|prefer|have|has|mind|trust|agree|feel|know|see|accept|quiere|quieres|tiene|quiser|quer|precisa|wollen|m(?:ö|o)chten|haben|хочете|хотите|маєте|имеете|mau|ingin|suka|perlu)\b)(?:[^,.!?]|(?<=\d)[.,](?=\d)|(?<=[\p{L}\p{N}])[.?](?=[\p{L}\p{N}]))*$|\b(?:until|till|unless)\s+(?:you|u|(?:\S+\s+){0,3}?(?:fees?|balance|deposit|payment|money|amount))\b(?:[^,.!?]|(?<=\d)[.,](?=\d))*$|\bpara\s+que\s+(?:usted\s+)?no\s+(?:(?!\bno\b)[^,.!?])*$|ถ้า(?:คุณ|ลูกค้า|ท่าน)?(?:ยัง)?ไม่(?!ต้องการ|อยาก|สะดวก|ชอบ)[^,.!?]*$|\b(?:nahi|nahin|nahee)\s+(?:[^\s,.!?]+\s+){0,2}?to\b[^,.!?]*$/u;
/**
 * 不 … 就 sets a condition too: "今天不打款到我个人账户就赶不上了" (pay my personal account today or miss the ship);
 * not 不要 … 就好 ("just don't pay the personal account").
 */
const CHINESE_CONDITION_BEFORE = /不(?!要|能|可|用|必|准|许|得)[^，。！？,.!?]*$/u;
const CHINESE_CONDITION_AFTER = /^[^，。！？,.!?]{0,16}?就/u;

/**
 * The other side's words quoted back to be discussed, not asked for: 关于你提到的「直接匯款有折扣」, "your question about
 * Western Union: no…", "about your question if we accept Zelle", "you asked about PayPal", "вы спрашивали про USDT",
 * "sobre a sua pergunta de pagar por Pix", "il cliente ha chiesto se può pagare in contanti".
 */
const QUOTED_BACK =
  /\b(?:you\s+wrote|voc[êe]\s+escreveu|usted\s+escribi[óo]|vous\s+avez\s+[ée]crit|sie\s+schrieben|вы\s+написали)\s*:?\s*[«"“'‘][^"”'’»]{0,120}$|(?:你|您)(?:提到|说|提议|建议)的?\s*[「“"']?$|\byour\s+question\s+(?:about|on|regarding|if|whether)\s+(?:(?:we|you|i)\s+(?:can\s+)?(?:accept|take|use|pay)\s+)?(?:us\s+|me\s+)?(?:by\s+|via\s+|with\s+)?$|\byour\s+question\s+(?:about|on|regarding)\s*$|\byou\s+asked\s+(?:about|if\s+we\s+(?:accept|take))\s+$|вы\s+спрашивали\s+(?:про|о|об)\s+$|\bsua\s+pergunta\s+de\s+pagar\s+$|\bha\s+chiesto\s+se\s+(?:pu[òo]|possono)\s+pagare\s+$/u;

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
/** Words that open with a verb give an instruction of their own, not the next item of a refused list. */
const OPENS_AN_INSTRUCTION = /^(?:use|pay|send|transfer|remit|wire|make)\b/u;

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
 * Where a cue matched: refused like an instruction when the cue is one or its words open with a verb right after a
 * comma, else like an item of a list.
 */
export function isCueRefused(text: string, start: number, cue: { instruction?: boolean }): boolean {
  return refusedIn(text, start, !cue.instruction && !opensAnInstruction(text, start));
}

/** The words open with a verb right after a comma: "pls dont use acc on PI, use our HK acc now". */
function opensAnInstruction(text: string, start: number): boolean {
  if (!OPENS_AN_INSTRUCTION.test(text.slice(start, start + 9))) return false;
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
    // A list runs on across commas, not across a word ("but"), which ends in a letter: "we never used this account before
    // but from now our bank is…".
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

/**
 * Said no to right after the words: "Western Union is not accepted", "crypto we cannot accept", "direct TT nahi karunga", "cash to agent i am not comfortable", "direct bank transfer nahi", "Western Union ile değil,
 * Alibaba üzerinden", "a guarantee fee is not required", "Payoneer not needed", "私人账户也不行", "私人账户付款是不可以的",
 * "直接付款到私人账户也不行", or asked and answered ("Cash on delivery? Sorry, only Alibaba payment", "… by PayPal, I
 * told him no", "he ask pay to personal account, we refused"), not shown at checkout ("If GCash not show, you can use card"),
 * said to have no protection ("friends and family payment has no buyer protection"), asked and called "a hard no" ("Gift
 * cards? For a courier fee? That's a hard no"), or asked about by a buyer who would rather not ("is Payoneer possible or only Trade Assurance?", "Cash
 * App is only for US right?"). Only right after them (a few characters in Chinese, or where the money would go, or a
 * payment noun in English), so "pay via Western Union as TA is not possible", "付到私人账户因为信保不行" and
 * "直接付款吧信保不行" are still requests.
 */
const REFUSED_AFTER =
  /^(?:\s+no\s+way\b|\s+(?:nahi|nahin)\s+(?:karunga|karungi|karenge|karoonga|dunga|dungi|denge|bhejunga|bhejungi|bhejenge)\b|\s+(?:i\s+am|i'm|im|we\s+are|we're)\s+not\s+(?:comfortable|ok|okay|happy|sure)\b|\s+(?:we|i)\s+(?:cannot|can'?t|can\s+not|don'?t|do\s+not|won'?t|will\s+not|never)\s+(?:accept|take)\b(?!\s+(?:it\s+)?(?:by|through|via|on|in)\s+(?:the\s+)?(?:alibaba|ta|trade\s+assurance|platform|order))|\s*,?\s*so\s+(?:i|we)\s+(?:didn'?t|did\s+not|won'?t|will\s+not)\s+pay\b|\s+ne\s+(?:marche|marchent|fonctionne|fonctionnent)\s+pas\b|\s+(?:không|khong)\s+(?:nhận|nhan)(?![\p{L}])|\s*,?\s*(?:but\s+)?(?:we|i)\s+(?:refused|declined|said\s+no)\b|\s+no\s+(?:amigo|amiga|hermano|se[ñn]or|gracias)\b|\s+pero\s+(?:yo\s+)?prefiero\s+(?:alibaba|trade\s+assurance)\b|\s+is\s+how\s+(?:i|we)\s+send\s+money\s+(?:home|to\s+my\s+\S+)|(?:\s+(?!alibaba|ta\b|trade)[^\s,.!?]+){0,2}?\s+(?:nahi|nahin|nahee|de[ğg]il)\s*(?:[,.!?।]|$)|["”'」]?\s*(?:that\s+)?you\s+(?:mentioned|suggested|proposed|offered)\b|\s*(?:(?:payments?|transfers?)\s+)?(?:(?:is|are)\s+)?(?:not|never)\s+(?:accepted|allowed|possible|permitted|supported|required|needed|necessary|available|safe|recommended|shown?|showing|listed)\b|\s*(?:(?:payments?|transfers?)\s+)?(?:has|have|gives?|offers?)\s+no\s+(?:buyer\s+)?protection\b|\s*,?\s*(?:(?:y|e|o|ni)\s+[^\s,.;:!?]+\s*,?\s*)?(?:no|nunca)\s+(?:pago|pagamos|acepto|aceptamos|recibimos|usamos)\b|\s*\?+\s*(?:(?:ha(?:ha)+|lol|he(?:he)+)[!.,]?\s+)?(?:[/]\s*)?(?:a\s*:\s*)?(?:no(?!\s+(?:problem|worries|issue))|sorry|never|unfortunately)\b|[^.!?\n]{0,40}\?+\s*sorry,?\s+no\b|[^.!\n]{0,40}\?+\s*(?:that'?s|that\s+is|it'?s)\s+a\s+(?:hard|firm|big)\s+no\b|\s*[,.;]?\s*(?:but\s+)?(?:i|we)\s+(?:told|tell)\s+(?:him|her|them)\s+(?:no|not\s+possible)\b|\s*(?:(?:is|are)\s+)?(?:possible|ok|okay|available)\s+or\s+only\s+(?:via\s+|through\s+)?(?:trade\s+assurance|ta|alibaba)\b|\s*(?:(?:and|or|&)\s+[^\s,.;:!?]+\s+)?(?:is|are)\s+only\s+(?:for|in)\s+(?:the\s+)?(?:us|usa|united\s+states|america|china|chinese\s+\S+)\b|(?:[到给至进](?:(?!因为|由于|所以|但|信保|平台|阿里)[^，。！？；,.!?\s]){0,8}?|[^，。！？；,.!?\s]{0,2}?)(?:也|都|是)?(?:不行|不可以|不允许|不接受|不能接受)(?!的话))/u;

/**
 * Said no to at the end of the words' own clause, where the verb comes last: "на личные карты мы деньги не
 * принимаем", 개인 계좌로는 받지 않습니다, 個人口座へのお振込みはお願いしておりません, "kişisel hesap kabul etmiyoruz",
 * "bankamız … kabul etmiyor", "personal account me mat bhejna", Uzbek "to'lamaymiz", Mongolian "өгөхгүй", "… and they
 * said no"; not past a comma ("… بھیجیں، علی بابا پر نہیں").
 */
const REFUSED_AT_CLAUSE_END =
  /^[^.!?;。！？；\n,，،]{0,50}?(?:(?<!\p{L})(?:не|ні)\s+(?:принима|прийма|бер[её]|работа|працю|использу|використову|дела|роби|осуществля)\p{L}*|\blehnen\s+wir\s+ab\b|\b(?:akzeptieren|nehmen|machen)\s+wir\s+nicht\b|(?:받지|하지|보내지|송금하지)\s?(?:않(?!으면|는다면)|마)|안\s?받|안\s?(?:합니다|해요|함)|거절(?:합니다|해요|함|하고\s?있습니다)|ありません|불가|おりません|ございません|ていません|しません|(?<!ないと[^。！？]{0,20})できません|ご遠慮|\bgeht\s+(?:bei\s+uns\s+)?nicht\b|\bkabul\s+(?:etm(?:iyoruz|eyiz|iyorum|iyor)|edilmez|edemiyoruz)|\bto.?lamaymiz\b|\p{L}+хгүй(?!\p{L})|\bqabul\s+qilmaymiz\b|\band\s+(?:they|he|she)\s+said\s+no\b|\b(?:alm[ıi]yoru[mz]|yapm[ıi]yoru[mz]|g[öo]ndermiyoru[mz]|[öo]demiyoru[mz]|istemiyoru[mz]|talep\s+etmiyoru[mz])\b|\b(?:nahi|nahin|nahee)\s+(?:lete|leti|lenge|dete|deti|denge|karte|karenge|chalega|hota|hoga|le\s+sakte|kar\s+sakte|lena|karna|mangte|maangte|bhejte|bhej(?:unga|ungi|enge|ta|ti))\b(?!\s+to\b)|\bkabhi\s+(?:bhi\s+)?(?:nahi|nahin|nahee)\b|\b(?:kabhi\s+)?mat\s+(?:bhej\w*|karo|kijiye|karna|dena|do|daalo|dalna)\b|नहीं(?![^.!?,]{0,15}?\sतो(?!\p{L}))|نہیں(?![^.!?،]{0,15}?\sتو(?!\p{L}))|نمی\s?(?:پذیریم|گیریم|کنیم)|قبول\s+نمی)/u;

/**
 * Said no to later in the sentence, with a word pointing back: "… USDT is easy for you in Venezuela but we cannot accept
 * it", "I know hawala is common in Yemen, but please pay through the Alibaba order only", "if TA is not available for
 * his country we cannot do the deal", Spanish "todo el mundo cobra en Zelle, pero yo te voy a pagar por Alibaba"; or
 * answered with a dash: "You asked if we accept USDT - no."; "…; we don't work like that", "… and he said no", "…:
 * risposto di no", "… but after reading the safety page, we will not pay to any personal Alipay".
 */
const REFUSED_LATER =
  /^(?:[^.!?\n]{0,40}?\b(?:y|and|but|pero|mas|e)\s+(?:no\s+lo\s+hice|i\s+didn'?t|i\s+did\s+not|we\s+didn'?t|we\s+did\s+not|n[ãa]o\s+fiz|je\s+ne\s+l'ai\s+pas\s+fait)(?!\s+(?:get|receive|see))\b|\s*(?:no\s+aplica|n[ãa]o\s+se\s+aplica)\b|[^.!?\n。！？]{0,80}?(?:(?:로만|으로만)\s*결제|(?:跟|和|与)(?:这笔|此)?订单(?:无关|没关系)|(?:订单|訂單)付款[^。！？]{0,6}走阿里)|[^.!?\n]{0,40}?(?<!\b(?:otherwise|or|else|not|unless)[\s,]+)\b(?:we|i)\s+(?:cannot|can'?t|can\s+not|won'?t|will\s+not)\s+(?:do|accept|take)\s+(?:the\s+|this\s+)?(?:deal|order)\b|[^.!?\n]{0,50}?\bpero\s+(?:yo\s+)?(?:te\s+|le\s+)?(?:voy\s+a\s+pagar|pago|pagar[ée])\s+(?:\S+\s+)?(?:por|en|a\s+trav[ée]s\s+de)\s+(?:el\s+)?alibaba\b|[^.!?\n]{0,60}?\bbut\s+(?:for\s+your\s+(?:protection|safety)\s*,?\s+)?(?:please\s+|pls\s+|kindly\s+)?(?:only\s+pay\s+(?:through|via|in|on)\s+(?:the\s+)?(?:alibaba|trade\s+assurance)|pay\s+(?:only\s+(?:through|via|in|on)\s+(?:the\s+)?(?:alibaba|trade\s+assurance)|(?:through|via|in|on)\s+(?:the\s+)?(?:alibaba|trade\s+assurance)(?:\s+order)?\s+only))\b|[^.!?\n]{0,50}?\bbut\s+(?:we|i)\s+(?:cannot|can'?t|can\s+not|could\s+not|couldn'?t|do\s+not|don'?t|won'?t|will\s+not|never)\s+(?:accept|take|use|receive)\s+(?:it|that|this|them)\b|\s*[-–—]+\s*(?:no|nope|never)\s*[.!,;]|\s*[-–—]+\s*(?:no|nope|never)$|[^.!?\n]{0,60}?;\s*(?:we|i)\s+(?:don'?t|do\s+not)\s+work\s+(?:like\s+that|that\s+way)\b|[^.!?\n]{0,80}?\b(?:and|but)\s+(?:he|she|they|we|i)\s+said\s+no\b|[^.!?\n]{0,30}?\bbut\b[^.!?\n]{0,60}?\b(?:we|i)\s+(?:will\s+not|won'?t|cannot|can'?t)\s+(?:pay|use|send)\s+(?:to\s+)?(?:any|it|that|this|them)\b|[^.!?\n]{0,40}?:\s*(?:risposto\s+di\s+no|answered\s+no|replied\s+no|we\s+said\s+no)|[^.!?\n]{0,60}?\s[-–—:]\s*(?:sorry\s*,?\s*)?no\b(?!\s+(?:problem|worries|issue|need|bank|fees?|charges?|tax|vat|commission)\b))/u;

export function isRefusedAfter(text: string, end: number): boolean {
  return (
    REFUSED_AFTER.test(text.slice(end, end + 48)) ||
    REFUSED_AT_CLAUSE_END.test(text.slice(end, end + 60)) ||
    REFUSED_LATER.test(text.slice(end, end + 120))
  );
}

/** Said yes to right after the words: "…, PayPal is ok" is a clause of its own, whatever was refused before the comma. */
const AFFIRMED_AFTER =
  /^\s*(?:is|are)\s+(?:ok|okay|fine|accepted|possible|better|good|preferred|welcome)\b|^\s+(?:works|only)\b/u;

export function isAffirmedAfter(text: string, end: number): boolean {
  return AFFIRMED_AFTER.test(text.slice(end, end + 30));
}

/** The patterns refusals are read with, for the test that none makes the engine try every place of a sentence. */
export const REFUSAL_PATTERNS: readonly RegExp[] = [
  NEGATION,
  WARNING,
  QUOTED_BACK,
  CONDITION_SET,
  REFUSED_AFTER,
  REFUSED_AT_CLAUSE_END,
  REFUSED_LATER,
  AFFIRMED_AFTER,
];
