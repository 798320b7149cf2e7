import { NAMES_THE_ORDER_IN_OTHER_LANGUAGES, PAID_IN_OTHER_LANGUAGES } from './payment-thread-languages';
import { DOUBTS_SAID, NAMES_THE_ORDER, PAID, TURNS_BACK_TO_THE_ORDER } from './payment-thread';
import { VOUCHES } from './payment-thread-presses';
import type { ThreadSpec } from './request-thread';
import { packed } from './thread-language-packs';
import { wordsOrPhrases } from './thread-words';
import { warnsAnywhere } from './warning';

// The replies about a look-alike or hidden link a supplier sent, where the buyer is about to give the page what it is
// after: "it asks for my password", "ok I entered my card", "send me the code you got by SMS", "ya metí la tarjeta",
// "输入阿里账号密码就可以" (src/chat/request-thread.ts).

/** What such a page takes (the login, the card, the one-time code) and its being given, in the chat's languages. */
const WHAT_THE_PAGE_TAKES = wordsOrPhrases(
  [
    'password|passcode|pwd|(?:upi|atm|card|my|your|the)\\s+pin|pay\\s+(?:by\\s+card\\s+)?(?:on|in|at|through)\\s+the\\s+(?:same\\s+)?(?:site|page|link|website)|enter\\s+(?:it|them|the\\s+code|(?:the\\s+)?card|your\\s+(?:code|details|card|number))|card\\s+accepted|log\\s?-?in|logged\\s+in|sign\\s?-?in|entered|typed|username|card\\s+(?:details|number|info)|(?:my|your|ur)\\s+card|cvv|cvc|(?:sms|otp|verification)\\s+code|the\\s+code|otp',
    'contrase[ñn]a|entr[ée]|met[íi]|puse|ingres[ée]|usuario\\s+y\\s+clave|(?:la|mi|tu|su)\\s+clave|(?:la|mi|tu|su)\\s+tarjeta|(?:el|un)\\s+c[óo]digo',
    'senha|coloquei|digitei|entrei|(?:o|meu|seu)\\s+cart[ãa]o|(?:o|um)\\s+c[óo]digo',
    'mot\\s+de\\s+passe|rentr[ée]|saisi|connect[ée]|mdp|identifiants?|(?:ma|ta|votre|la)\\s+carte|(?:infos|num[ée]ro)\\s+de\\s+(?:la\\s+)?carte|(?:le|un)\\s+code',
    'credenziali|inserito|entrato|(?:la|mia|tua|sua)\\s+password|(?:dati|numero)\\s+della\\s+carta|(?:il|un)\\s+codice',
    'пароль|логин|вв[её]л|вош[её]л|(?:данные|номер)\\s+карты|код(?:\\s+из\\s+смс)?',
    'كلمة\\s+(?:سر|السر|المرور)|بطاقة|(?:ال)?رمز',
    ...packed('pageTakes').words,
  ],
  [
    '密码|卡号|银行卡|验证码|登录|输完|输入|付了|パスワード|認証コード|コード|ログイン|カード|入力',
    ...packed('pageTakes').phrases,
  ],
);

/** A one-time code given alone, as the page or the supplier asked: "418806です", "372 915". */
const A_CODE_ALONE = /^\W*\d{3,4}[\s-]?\d{2,4}\W*(?:です|ạ)?\W*$/u;

/**
 * Refusing what the page asks, beyond a doubt said outright (DOUBTS_SAID): "not entering my password anywhere but
 * alibaba.com", "I've cancelled the card", "… and change my password", "nunca vi esse site", "Je ne mettrai jamais mon
 * mot de passe là".
 */
const REFUSES_THE_PAGE = wordsOrPhrases(
  [
    "not|never|won'?t|don'?t|cancel\\w*|block\\w*|different|(?:change|changed|reset)\\s+my\\s+password|nunca|jam[áa]is|jamais|no\\s+voy|n[ãa]o\\s+vou|je\\s+ne|cancel[ée]|annul\\p{L}*|bloque\\p{L}*|никогда|не\\s+буду",
    ...packed('refusesThePage').words,
  ],
  packed('refusesThePage').phrases,
);

/**
 * The buyer asks about what the page wants before giving it: "The page ask my alibaba login and card. is normal?", "I
 * need to login?", "El link pide mi usuario y contraseña, ¿por qué?", Georgian "es normaluria?", Estonian "kas see on
 * normaalne?" (not the supplier's "100% sure, normal").
 */
const ASKS_IF_THE_PAGE_IS_RIGHT =
  /\b(?:normal|legit|safe|sure|real|correct|official)\s*\?|\bwhy\b[^.!\n]{0,60}\?|\bneed\s+to\s+(?:log\s?-?in|sign\s?-?in)\s*\?|(?<![\p{L}])por\s?qu[ée]\s*\?|(?<![\p{L}])(?:normaluria|ნორმალურია|ნამდვილია|normaalne|normalno|նորմալ\s+է|իսկական\s+է|iskakan\s+a)\s*\?/u;

/**
 * The supplier pushing the link on: "please use the link, it is Alibaba also", "It redirect to Alibaba payment page",
 * "please verify quickly, link expire today", "pls do it today, the claim window closing 6pm".
 */
const PUSHES_THE_LINK =
  /\b(?:please|pls|kindly|just)\s+(?:use|open|click|try)\s+(?:the|this|that|my|our)\s+link\b|\bit\s+is\s+(?:alibaba|official)\s+(?:also|too)\b|\bit\s+(?:will\s+)?redirects?\s+(?:you\s+)?to\b|\b(?:link|page|window|claim|form)\s+(?:will\s+)?(?:expires?|expiring|closes?|closing)\b|\b(?:verify|do\s+it|fill\s+it|finish\s+it|complete\s+it)\s+(?:quickly|fast|today|now|asap)\b/u;

/** The supplier pushing the link on, or vouching for it. */
function pushesTheLinkOn(letters: string): RegExpExecArray | null {
  return PUSHES_THE_LINK.exec(letters) ?? VOUCHES.exec(letters);
}

/** Logging in, paying or giving a code on a suspicious link a supplier sent, carried on. */
export const LINK_THREAD: ThreadSpec = {
  opensOn: ['suspicious-link'],
  rule: 'suspicious-link',
  label: 'a reply about the link sent earlier in this chat (logging in, a card, a code or paying there)',
  presses: pushesTheLinkOn,
  closes: TURNS_BACK_TO_THE_ORDER,
  leftAlone: (letters) =>
    warnsAnywhere(letters) ||
    DOUBTS_SAID.test(letters) ||
    ASKS_IF_THE_PAGE_IS_RIGHT.test(letters) ||
    // "that page is not updated … please use the link" refuses the order's page, not the link's.
    (REFUSES_THE_PAGE.test(letters) && !PUSHES_THE_LINK.test(letters)) ||
    NAMES_THE_ORDER_IN_OTHER_LANGUAGES.test(letters),
  // The link was in an earlier message, and the buyer may have given it something already.
  advice:
    "Don't type anything more into that page. If you gave it your password, change it on Alibaba.com now; if you gave it a card number or a code, call your bank. Pay only through the Trade Assurance order on Alibaba.com.",
  reply: (letters) =>
    WHAT_THE_PAGE_TAKES.exec(letters) ??
    A_CODE_ALONE.exec(letters) ??
    pushesTheLinkOn(letters) ??
    // Paid, but not in the order: "I paid VAT at checkout on Alibaba" is no payment on the link.
    (NAMES_THE_ORDER.test(letters) ? null : (PAID.exec(letters) ?? PAID_IN_OTHER_LANGUAGES.exec(letters))),
};
