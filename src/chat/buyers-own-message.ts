import type { ChatFinding } from '../signals/chat';
import type { MessageView } from './message-view';
import { DOUBTS_SAID, TURNS_BACK_TO_THE_ORDER } from './payment-thread';
import { packed } from './thread-language-packs';
import { wordsOrPhrases } from './thread-words';

// Which findings the buyer's own messages keep: what puts the buyer at risk.

/**
 * What the guard warns the buyer of in the buyer's own message: paying or talking outside, and links. Urging the
 * supplier on puts the buyer at no risk, and a buyer who asks why the account changed is already on guard.
 */
export function concernsTheBuyersOwnMessage(finding: ChatFinding, view: MessageView): boolean {
  if (finding.rule === 'pressure') return false;
  if (finding.rule !== 'off-platform-payment' && finding.rule !== 'payment-details-change') return true;
  if (onGuard(view.letters)) return false;
  if (finding.rule === 'payment-details-change') return !ASKS.test(view.letters);
  // Where the evidence stands: the words before and after it say whether the buyer takes it up. The evidence is cut
  // from the text, whose 私戶 the letters read as 私户; both are the same length.
  const at = view.text.indexOf(finding.evidence);
  const before = at < 0 ? '' : view.letters.slice(Math.max(0, at - 60), at);
  const after = at < 0 ? '' : view.letters.slice(at + finding.evidence.length);
  return (
    !THE_BUYERS_OWN_ACCOUNT.test(finding.evidence.toLowerCase()) &&
    !(NAMED_BEFORE.test(before.slice(-20)) && OBJECTS.test(view.letters)) &&
    !REFUSED_BEFORE.test(before) &&
    !(ASKED_JUST_AFTER.test(after) && DOUBTS.test(view.letters)) &&
    !THROUGH_THE_ORDER_ASKED.test(after) &&
    !ASKS_IF_IT_IS_NEEDED.test(view.letters) &&
    !WHAT_IT_MEANS.test(after) &&
    !WHY_PAY.test(view.letters) &&
    !(
      (ASKS_WHY.test(view.letters) || ASKS_WHY_IN_PACKS.test(view.letters)) &&
      (NAMES_ALIBABA.test(view.letters) || asksNotProposes(view.letters, before))
    )
  );
}

/**
 * The buyer says no, or back to the order ("Western Union nie, tylko Trade Assurance", "Trade Assurance or nothing"),
 * doubts it outright ("That's bribe", "おかしいです"), asks if it is real ("… pay in USDT. Legit?"), or speaks of the
 * order's own payment page ("it shows a Citibank virtual account with our order number", "Let me check with Alibaba"),
 * or sets it against the order.
 */
function onGuard(letters: string): boolean {
  return (
    TURNS_BACK_TO_THE_ORDER.test(letters) ||
    DOUBTS_SAID.test(letters) ||
    ASKS_IF_REAL.test(letters) ||
    THE_ORDERS_OWN_PAGE.test(letters) ||
    SET_AGAINST_THE_ORDER.test(letters)
  );
}

/**
 * The buyer sets what was asked against the order, or against what was feared: "Account name is Ningbo Tianrui Trade,
 * but Alibaba order shows Ningbo Tianrui Electric. Different?", "lol I thought you'd ask cash app like the last guy".
 */
const SET_AGAINST_THE_ORDER =
  /\b(?:but|while|whereas)\s+(?:the\s+|my\s+)?(?:alibaba|ta|trade\s+assurance)\s+(?:order|invoice|pi|page)\s+(?:shows|says|has|is|lists)\b|\bdifferent(?:\s+from\s+(?:the\s+|your\s+)?(?:pi|invoice|order|contract|alibaba))?\s*\?|\bi\s+thought\s+you(?:'d|\s+would|\s+will)\s+(?:ask|want|say)\b/u;

/** A why-question the buyer asks ("Why would customs take USDT?"), not "why not pay by Western Union?", which proposes it. */
function asksNotProposes(letters: string, before: string): boolean {
  return A_QUESTION.test(letters) && !PROPOSED_BEFORE.test(before.slice(-30));
}

const A_QUESTION = /[?？؟]/u;
const PROPOSED_BEFORE =
  /\b(?:why\s+not|why\s+don'?t\s+(?:we|you|i)|how\s+about|what\s+about)\b(?:\s+\S+){0,3}\s*$/u;
const ASKS_IF_REAL = /\b(?:legit|genuine|for\s+real)\s*\?/u;
const THE_ORDERS_OWN_PAGE =
  /\b(?:(?:payment|order|checkout)\s+page|order\s+number|check\s+with\s+(?:alibaba|trade\s+assurance|the\s+platform))\b/u;

/**
 * "Почему не через Alibaba?", "Kenapa jadi rekening pribadi? Saya bayar lewat pesanan Alibaba saja": why, with the
 * order named or asked as a question ("neden şahsi hesap?", "Western Union से क्यों?").
 */
const ASKS_WHY =
  /\b(?:why|pourquoi|por\s?qu[ée]|porque|warum|wieso|neden|niye|kenapa|mengapa|kyun|kyon|kyu|dlaczego|czemu)\b|(?<![\p{L}])(?:почему|зачем|sao\s+lại|tại\s+sao|tai\s+sao)(?![\p{L}])|(?<![\p{L}\p{M}])क्यों|为什么|為什麼|لماذا|なぜ|なんで/u;
/** Why, in the languages of thread-language-packs.ts. */
const ASKS_WHY_IN_PACKS = wordsOrPhrases(packed('asksWhy').words, packed('asksWhy').phrases);
/** A question, or why: a buyer asking why the account changed is already on guard. */
const ASKS = new RegExp(`[?？]|${ASKS_WHY.source}|${ASKS_WHY_IN_PACKS.source}`, 'u');
const NAMES_ALIBABA =
  /alibaba|trade\s+assurance|阿里|信保|อาลีบาบา|علي\s?بابا|علی\s?بابا|ضمان\s+التجارة|알리바바/u;

/** "Why should I pay you by Alipay?": the buyer pushing back, not offering. */
const WHY_PAY =
  /\bwhy\s+(?:should|would|do|must)\s+(?:i|we)\s+(?:pay|send|use)\b|por\s?qu[ée]\s+(?:debo|deber[íi]a|tengo\s+que)\s+pagar|por\s+que\s+(?:devo|deveria|tenho\s+que)\s+pagar|pourquoi\s+(?:dois-je|devrais-je|je\s+dois)\s+payer|为什么要?(?:付|打|转)/u;

/** "My account is under my personal name": the account the buyer pays from, not one it is asked to pay. */
const THE_BUYERS_OWN_ACCOUNT = /\b(?:in|under)\s+my\s+(?:own\s+|personal\s+)?name\b/u;

/** "That's a personal account. We won't pay it", 这是个人账户，我们公司只能付给公司账户: the buyer names it to say no. */
const NAMED_BEFORE = /\b(?:that|this|it)(?:'s|\s+is|\s+was)\s+(?:an?\s+|the\s+)?$|(?:这|那)是(?:个|一个)?$/u;
const OBJECTS =
  /\b(?:won'?t|will\s+not|cannot|can'?t|not\s+allowed|refuse|only\s+pay\s+(?:through|via|in|on)|no\s+exceptions?)\b|只能|不能|不可以|不行|不是公司|走信保/u;

/** "I'm not paying anything through a bit.ly link": the buyer says no before naming it, in the same clause. */
const REFUSED_BEFORE =
  /(?<!\bwhy\s+)\b(?:not|never|won'?t|will\s+not|don'?t|do\s+not)\s+(?:be\s+)?(?:pay|paying|send|sending)\b[^.!?,\n]{0,40}$/u;

/**
 * Doubt, said beside a question: to a person rather than a company, risky, not possible, never done, "you want me to
 * …", or the order asked for instead ("Não dá pra fazer pelo pedido do Alibaba?", "can it go in TA order?", "Is Trade
 * Assurance covering if I pay by T/T?"), whether there is a fee ("Any release fee to pay you?"), or the order said to
 * be there already ("Pero el pedido está en Trade Assurance, no?"); what a word means (یعنی چی؟), or which account to
 * fill in (付对公还是对私？).
 */
const DOUBTS =
  /\b(?:to\s+an?\s+(?:individual|person|private\s+person|bloke|guy)|not\s+comfortable|not\s+possible|no\s+(?:buyer\s+)?protection|no\s+chance|no\s+way|never\s+done|risky|you\s+want\s+me\s+to|is\s+(?:it|this|that)\s+safe)\b|(?<![\p{L}])(?:a\s+una\s+persona|(?:uma|una)\s+persona?\s+f[íi]sica|uma\s+pessoa|arriesgado|arriscado|nunca\s+fiz|nunca\s+he\s+(?:hecho|pagado)|une\s+personne|risqu[ée]|pelo\s+pedido\s+do\s+alibaba\s*\?|por\s+alibaba\s*\?|nahi\s+chalega|а\s+договор|یعنی\s+چی|не\s+работает|chưa\s+dùng|không\s+được\s+à|kim\s*\?|quién\s+es|quem\s+é|кто\s+это)(?![\p{L}])|\b(?:no\s+thanks|who\s+is\s+\S+\s*\?)|^\W*(?:ok\W+)?any\s+(?:\S+\s+){0,2}?(?:fees?|charges?)\b[^.!]{0,30}\?|\b(?:is|does|will)\s+(?:trade\s+assurance|ta)\s+(?:covering|cover|protect\w*)\b|\b(?:can|could)\s+(?:it|i|we|this)\s+(?:go|be\s+paid|pay|be\s+done)\s+(?:in|through|via|on|inside)\s+(?:the\s+)?(?:ta|trade\s+assurance|alibaba)\b|\b(?:the\s+order\s+is|el\s+pedido\s+est[áa]|o\s+pedido\s+est[áa]|la\s+commande\s+est)\s+(?:in|on|en|no|na|sur)\s+(?:the\s+)?(?:ta|trade\s+assurance|alibaba)\b|是谁|是誰|对公还是对私|对私还是对公/u;

/**
 * A question right after the way to pay, which the buyer doubts: "¿Western Union a una persona? ¿No es arriesgado?",
 * "A PayID to a bloke named Kevin? Not comfortable with that.", "Em USDT? Nunca fiz assim." A question alone ("Western
 * Union ok? I send today") is still the buyer going along. Arabic script asks with ؟.
 */
const ASKED_JUST_AFTER = /^[^.!\n]{0,60}?[?？؟]/u;

/** 私戶是指？ (what is meant by a private account?): the buyer asks only what the word means. */
const WHAT_IT_MEANS = /^\s*(?:是指|指的是|是什么意思|什么意思)\s*(?:什么|啥)?\s*[?？]/u;

/** "Do I need to pay anything to the forwarder directly?": the buyer asks whether it is asked, and agrees to nothing. */
const ASKS_IF_IT_IS_NEEDED =
  /^\W*(?:\S+\s+){0,2}?(?:do|should|must|will)\s+(?:i|we)\s+(?:need\s+to\s+|have\s+to\s+)?pay\s+(?:anything|something|any\s+\S+|extra)\b[^.!?\n]{0,60}\?/u;

/** "Can I pay with M-Pesa through Alibaba?": the buyer asks to pay that way in the order. */
const THROUGH_THE_ORDER_ASKED =
  /^[^.!?\n]{0,20}?\b(?:through|via|on|in)\s+(?:the\s+)?(?:alibaba|trade\s+assurance)\b[^.!\n]{0,30}?[?？]/u;
