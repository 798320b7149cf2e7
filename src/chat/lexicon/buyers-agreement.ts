import { cue, type Cue } from './cue';

/**
 * The buyer going along with paying outside: "I will pay the 13,200 to the Macau account", "I will pay your cousin in
 * Dubai cash", "mando el saldo a la nueva cuenta de HK", 我今天把余款打到你们新的香港账户, "可以微信转账给你吗". The guard
 * warns before the buyer sends it. With them, the supplier's side of the same exchange: "I send PI with bank info
 * now", "bank direct better". Part of PAYMENT_ROUTES.
 */

/** Where an account abroad is, when the buyer names it. */
const ABROAD =
  '(?:hk|hong\\s+kong|macau|macao|singapore|dubai|uae|offshore|sister\\s+company|personal|private)';
/** Chinese: paying into (打到, 转到, 汇到, 付到) a new account abroad. */
const ZH_ABROAD = '(?:香港|澳门|新加坡|迪拜|海外|离岸)';
const ZH_INTO_AN_ACCOUNT_ABROAD = ['打到', '转到', '汇到', '付到']
  .map((verb) => `${verb}(?:你们|你的|您的|贵司)?(?:新的?)?${ZH_ABROAD}(?:公司)?的?(?:账户|账号)`)
  .join('|');
/** The buyer's own relatives, or the supplier's: "pay your cousin in Dubai". */
const RELATIVE = '(?:cousin|brother|sister|uncle|aunt|wife|husband|friend|relative|nephew)';

export const BUYER_GOES_ALONG: readonly Cue[] = [
  cue(
    "someone else's account, not the order",
    `\\b(?:(?:i|we)\\s+(?:will\\s+|'ll\\s+|shall\\s+|can\\s+)?(?:pay|send|transfer|wire|remit)|sent|paid|transferred|wired|remitted)\\s+(?:\\S+\\s+){0,4}?to\\s+(?:the|your)\\s+(?:new\\s+|second\\s+|other\\s+)?${ABROAD}\\s+(?:\\S+\\s+)?account\\b` +
      '|(?<![\\p{L}])(?:mando|env[íi]o|pago|transfiero|deposito|depositar[ée]|enviar[ée]|pagar[ée])\\s+(?:\\S+\\s+){0,3}?a\\s+la\\s+(?:nueva\\s+)?cuenta\\s+(?:de|en)\\s+(?:hk|hong\\s+kong|macao|singapur|dub[aá]i)(?![\\p{L}])' +
      // Portuguese "vou mandar o sinal de 30% para a conta nova de HK".
      '|(?<![\\p{L}])(?:mandar|enviar|pagar|transferir|depositar|mando|envio|pago|transfiro)\\s+(?:\\S+\\s+){0,4}?(?:para|na|pra)\\s+(?:a\\s+)?conta\\s+(?:nova\\s+)?(?:de|em|do|no)\\s+(?:hk|hong\\s+kong|macau|singapura|dubai)(?![\\p{L}])' +
      `|${ZH_INTO_AN_ACCOUNT_ABROAD}` +
      `|\\bpay\\s+your\\s+${RELATIVE}\\b|\\bpay\\s+his\\s+${RELATIVE}\\b|\\bpay\\s+her\\s+${RELATIVE}\\b`,
    {
      anchors: [
        'account',
        'cuenta',
        'conta',
        '打到',
        '转到',
        '汇到',
        '付到',
        'pay your',
        'pay his',
        'pay her',
      ],
    },
  ),
  cue(
    'a payment app, outside the order',
    // "可以微信转账给你吗？我扫你的码" (can I pay you by WeChat transfer? I'll scan your code).
    '微信转账给(?:你|您)|微信转给(?:你|您)|扫你的(?:码|二维码|收款码)|扫您的(?:码|二维码|收款码)',
    { anchors: ['微信转账给', '微信转给', '扫你的', '扫您的'] },
  ),
  cue(
    'paying directly, outside the order',
    // 尾款我想直接转你 (I want to transfer the balance straight to you); "for EUR Alibaba not convenient, bank direct better".
    '直接转(?:给)?(?:你|您)|直接打(?:给)?(?:你|您)|\\bbank\\s+direct(?:ly)?\\s+(?:is\\s+)?(?:better|faster|cheaper|easier)\\b',
    { anchors: ['直接转', '直接打', 'bank direct'] },
  ),
];
