import { ACCOUNT, cue, NOT_FOR_A_REFUND, NOT_MONEY, WORDS, type Cue } from './cue';
import { PERSONAL_ACCOUNTS_IN_OTHER_LANGUAGES } from './personal-accounts-languages';

/** People whose own account a supplier's money must never go to: staff, family, friends. */
const PERSON =
  'boss|manager|wife|husband|cashier|director|accountant|ceo|cfo|chairman|founder|owner|sister|brother|friend|relative|cousin|colleague|assistant|secretary|engineer|designer|freelancer|salesman|saleswoman|salesperson|merchandiser|father|mother|son|daughter|uncle|aunt';
/** A person named by title: "Mr. Deng", "Ms Huang" (not "MS steel" or "MS Office"), "Madam Li". */
const TITLED_PERSON =
  '(?:(?:mr|mrs|miss|mister|madam)\\.?\\s+|ms\\.\\s*|ms\\s+(?!(?:steel|plates?|pipes?|sheets?|tubes?|bars?|materials?|office|word|excel|teams)\\b))[\\p{L}]+';
const TITLE_ANCHORS = ['mr', 'mrs', 'ms.', 'ms ', 'miss', 'mister', 'madam'];
/** Words before "to" that aren't the money: "send the samples to Mr. Chen". */
const NOT_THE_GOODS = '(?!(?:the\\s+|your\\s+)?(?:samples?|goods|documents?|parcels?|cargo|files?)\\b)';

/** Money said to go "to" a titled person: "… the balance to Mr Huang", "… to our export manager Mrs. Sun". */
const TO_A_TITLED_PERSON = `(?:${NOT_THE_GOODS}\\S+\\s+){0,4}?to\\s+(?:our\\s+)?(?:\\S+\\s+)?${TITLED_PERSON}`;

/** An agent too, for an account: money "to our agent" alone is another cue's (a third party collecting it). */
const ACCOUNT_HOLDER = `${PERSON}|agent`;

/**
 * A person's account rather than the supplier company's: a manager's, a
 * relative's, an agent's, or one said to be personal, in the languages
 * buyers and suppliers write in. Part of PAYMENT_ROUTES, at its start.
 */
export const PERSONAL_ACCOUNTS: readonly Cue[] = [
  // Two cues, not one: a message naming a manager or an agent needn't try "personal", and the other way round.
  // Not the buyer's account a manager looks after ("the new sales manager for your account", "our sales manager handle
  // your account now").
  cue(
    'a personal account',
    // Not a kind of login or card that software and locks have: "create a manager account", "guest card, manager card",
    // nor a login a message was sent from ("I sent the inquiry from my colleague's account"), nor what the boss said of one.
    `\\b(?:${ACCOUNT_HOLDER})(?<!\\b(?:create|creates|creating|add|adds|adding)\\s+(?:an?\\s+|the\\s+)?(?:${ACCOUNT_HOLDER}))(?<!\\b(?:from|using|via|through|under)\\s+(?:my|our|his|her|your|ur)\\s+(?:\\S+\\s+)?(?:${ACCOUNT_HOLDER}))(?:'s|(?!\\s+cards?\\b))(?!\\s+requests?\\b|\\s+(?:for|of|on)\\s+your\\b|\\s+(?:the|our)\\s+company\\b|\\s+(?:will\\s+|now\\s+)?(?:handles?|handling|manages?|managing|looks?\\s+after|in\\s+charge\\s+of)\\s+(?:your|ur)\\b|\\s+(?:said|says|told|tells|asked|asks|thinks|knows|confirmed|checked|explained|mentioned)\\b)\\s+${WORDS(2)}(?:${ACCOUNT}|card(?<!\\b(?:colou?r|size|business|name|hang|warranty)\\s+card)|wallet|ali\\s?pay|pay\\s?pal|wechat\\s+pay|wechat(?=[^.!?\\n]{0,40}\\b(?:pay|paid|payment|transfer|money|deposit|balance|remit))|payoneer)\\b` +
      `|\\b(?:${ACCOUNT}|card)\\s+of\\s+(?:our|my)\\s+(?:[\\p{L}]+\\s+)?(?:${ACCOUNT_HOLDER})\\b` +
      // "My friend in Canada can receive the money for us."
      `|\\b(?:${PERSON})\\s+(?:\\S+\\s+){0,3}?(?:can|will|could)\\s+(?:receive|collect)\\s+(?:the\\s+|your\\s+)?(?:money|payment|funds|deposit|balance)\\b(?<=\\b(?:my|our)\\s+(?:\\S+\\s+)?(?:${PERSON})\\b[^]*)` +
      // Money to the boss or a colleague, not a question handed on ("I'll transfer your inquiry to my manager"),
      // a receipt, or goods and papers sent to them ("send the samples to my manager's office").
      `|\\b(?:(?:pay|paid|remit|wire|deposit)\\w*\\s+(?:(?!${NOT_MONEY}\\b)\\S+\\s+){0,3}?|(?:send|sent|transfer)\\w*\\s+(?:the\\s+|your\\s+|this\\s+)?(?:payment|money|deposit|balance|funds|amount)\\s+(?:(?!${NOT_MONEY}\\b)\\S+\\s+){0,2}?|(?<!\\b(?:i|we)(?:'ll|\\s+will|\\s+can|\\s+shall)?\\s+)transfer\\s+)to\\s+(?:any\\s+of\\s+)?(?:our|my)\\s+(?:[\\p{L}]+\\s+)?(?:${PERSON}|staff)\\b(?!\\s*'s\\s+(?:office|address|desk|e-?mail))` +
      // "My cousin handle our receipts this season, i give u her account".
      `|\\b(?:my|our)\\s+(?:${PERSON})\\b[^.!?]{0,60}?\\b(?:give|send|share)\\s+(?:u|you)\\s+(?:his|her)\\s+(?:account|acct|a/c|bank\\s+details)\\b` +
      // "The account is now under our director's name".
      `|\\b${ACCOUNT}\\s+(?:is\\s+)?(?:now\\s+)?(?:in|under)\\s+(?:the\\s+name\\s+of\\s+)?(?:our|my)\\s+(?:${PERSON})(?:'s\\s+name)?\\b` +
      // "Account name should be our director's name".
      `|\\b(?:${ACCOUNT}\\s+name|beneficiary(?:\\s+name)?)\\s+(?:\\S+\\s+){0,3}?(?:our|my)\\s+(?:${PERSON})'s\\s+name\\b` +
      // "Make the transfer in the name of our director", "the account is under the name of my boss"; not "we will pay the freight in the name of our agent".
      `|\\b(?:pay|paid|transfer|remit|wire|deposit|send|${ACCOUNT})\\w*(?<!\\b(?:we|i)(?:'ll)?\\s+(?:\\S+\\s+)?\\w+)\\s+(?:\\S+\\s+){0,6}?(?:in|under|to)\\s+the\\s+name\\s+of\\s+(?:our|my)\\s+(?:[\\p{L}]+\\s+)?(?:${ACCOUNT_HOLDER})\\b`,
    { anchors: [...ACCOUNT_HOLDER.split('|'), 'staff'] },
  ),
  cue(
    'a personal account',
    // Not the kind of Alibaba account a buyer has ("a personal or a company account on Alibaba?"), nor "your personal card", nor
    // "Alibaba's own receiving account".
    // Not goods: "your own brand wallet", "private label cards", nor a company's form ("… Private Limited account"), "6 individual card slots", "a personal card holder".
    `\\b(?:personal|private|own|individual)(?<!\\b(?:our|its|their|your|alibaba'?s)\\s+own)(?<!\\b(?:your|ur)\\s+(?:personal|private|individual))(?!\\s+(?:brand|label|logo|design)s?\\b|\\s+limited\\b|\\s+(?:dhl|fedex|ups|tnt|courier|express|shipping)\\b)(?<!\\b(?:company|business|corporate)\\s+${ACCOUNT}\\s+or\\s+(?:an?\\s+)?\\w+)(?!\\s+(?:alibaba|1688|amazon|buyer)\\b)\\s+${WORDS(2)}(?:${ACCOUNT}|bank\\s+card|card|wallet|payment\\s+(?:info(?:rmation)?|details))\\b(?!\\s+(?:slots?|holders?|sleeves?|pockets?|compartments?|printing|cases?|covers?)\\b)(?!\\s+or\\s+(?:an?\\s+)?(?:company|business|corporate)\\s+${ACCOUNT}|\\s+(?:on|at|with)\\s+alibaba)` +
      // "Pay to my personal WeChat", "pls pay separate by PayPal to my personal", "pls send to me by bank transfer asap":
      // money to the person writing, in a payment app of theirs or plainly.
      '|\\b(?:pay|paid|send|transfer|remit)\\w*\\s+(?:\\S+\\s+){0,5}?to\\s+my\\s+(?:(?:personal|private|own)\\s+(?:wechat|alipay|ali\\s?pay|paypal|wise|revolut|payoneer)\\b|personal(?=\\s*(?:[,.!?;]|$)))' +
      '|\\bsend\\s+(?:it\\s+|them\\s+)?to\\s+me\\s+(?:by|via|through)\\s+bank\\s+transfer\\b' +
      // "Wise transfer to my own name", "the account is in my name": the person, not the company, is paid.
      `|\\b(?:pay|paid|transfer|remit|wire|deposit)\\w*\\s+(?:\\S+\\s+){0,3}?(?:to|in|into|under)\\s+(?:my\\s+name|my\\s+own\\s+name|my\\s+personal\\s+name)\\b|\\b${ACCOUNT}\\s+(?:is\\s+)?(?:in|under)\\s+(?:my\\s+name|my\\s+own\\s+name|my\\s+personal\\s+name)\\b` +
      '|私人账户|对私账户|对私(?!人)|私户|私账|个人卡(?!片)|个人账户|个人账号|私人卡(?!片)|на\\s+(?:мою\\s+)?карт(?:у|ку)(?<!(?:возврат|верн[уё]|получил|повернен|отрима)[^.!?\\n]{0,40})|личн[\\p{L}]*\\s+(?:сч|карт)' +
      // 付到财务的卡上, 请付到我同事的账户: a staff member's or relative's own card or account (not one said to show a payment received).
      '|(?:老板|经理|财务|会计)个人的|(?:财务|老板|经理|会计|出纳|同事|朋友|家人|亲戚|老婆|老公|助理|秘书|表妹|表姐|表哥|表弟|妹妹|姐姐|哥哥|弟弟|女儿|儿子|爸爸|妈妈)的(?:银行)?(?:卡|账户|账号)(?![^，。！？]{0,6}?(?:显示|已收到|收到了))' +
      // 开模费请单独转给我们工程师: a fee or money paid to a staff member; not a receipt forwarded (付款凭证转给我们经理), nor the finance office.
      '|(?:费|款|钱|定金|金)(?![^，。！？]{0,12}?(?:凭证|水单|截图|单据|发票|回单|信息|资料))[^，。！？]{0,12}?(?:转|付|汇|打)(?:给|到)(?:我们|我)?的?(?:工程师|业务员|设计师|师傅|经理|老板|同事|朋友|助理|秘书|老婆|老公|家人|亲戚)',
    {
      anchors: [
        'personal',
        'private',
        'own',
        'individual',
        'bank transfer',
        'my name',
        '私',
        '个人',
        'на',
        'личн',
        '财务',
        '同事',
        '朋友',
        '家人',
        '亲戚',
        '老婆',
        '老公',
        '助理',
        '秘书',
        '老板',
        '经理',
        '会计',
        '出纳',
        '表',
        '妹妹',
        '姐姐',
        '哥哥',
        '弟弟',
        '女儿',
        '儿子',
        '爸爸',
        '妈妈',
        '工程师',
        '业务员',
        '设计师',
        '师傅',
      ],
    },
  ),
  cue(
    'a personal account',
    // Money to a person named by title: "transfer to Mr. Deng", "you send to Ms Huang", "send to Mrs. Sun, our export manager", "put Chen Hao as the receiver".
    `\\b(?:pay|paid|transfer|remit|wire|send)\\w*\\s+${TO_A_TITLED_PERSON}` +
      '|\\bput\\s+[\\p{L}]+\\s+[\\p{L}]+(?:\\s+[\\p{L}]+)?\\s+as\\s+the\\s+(?:receiver|beneficiary|payee)\\b' +
      // "His Wise email is …": a payment app's login of a third person, paid by e-mail address.
      '|\\b(?:his|her)\\s+(?:wise|paypal|pay\\s+pal|payoneer|skrill|alipay|zelle|venmo|cash\\s?app|revolut)\\s+(?:e-?mail|account|id|address|number)\\b',
    {
      needsPaymentTalk: true,
      anchors: [
        ...TITLE_ANCHORS,
        'receiver',
        'beneficiary',
        'payee',
        'wise',
        'paypal',
        'pay pal',
        'payoneer',
        'skrill',
        'alipay',
        'zelle',
        'venmo',
        'cash app',
        'cashapp',
        'revolut',
      ],
    },
  ),
  cue(
    'a personal account',
    // Paying a titled person is no other thing, even with no other word of money: "pls pay the balance to Mr Huang".
    `\\b(?:pay|paid|paying|remit|wire)\\w*\\s+${TO_A_TITLED_PERSON}` +
      `|\\btransfer\\w*\\s+(?:the\\s+|your\\s+)?(?:money|payment|deposit|balance|funds|amount|rest)\\s+to\\s+(?:our\\s+)?(?:\\S+\\s+)?${TITLED_PERSON}`,
    { anchors: TITLE_ANCHORS },
  ),
  cue(
    'a personal account',
    // "Use the beneficiary I gave you, the one in Shenzhen under Mr. Lin, not the company name."
    `\\bunder\\s+(?:mr|mrs|ms|miss|madam)\\.?\\s+[\\p{L}]+(?<=\\b(?:beneficiary|${ACCOUNT})\\b[^!?\\n]{0,80})` +
      // "You pay RMB 14.7/pc to his ICBC card": a person's bank card.
      '|\\b(?:pay|send|transfer|remit|wire)\\w*\\s+(?:\\S+\\s+){0,4}?to\\s+(?:his|her|my)\\s+(?:\\S+\\s+)?(?:bank\\s+)?card\\b',
    { anchors: ['under ', 'card'] },
  ),
  cue(
    'a personal account',
    // A person's WeChat, paid as an account: "pay USD 30 reactivation fee to our finance WeChat", 你转到他微信就行.
    '\\b(?:(?:pay|pays|paying|remit)\\b|(?:send|transfer)\\w*\\s+(?:the\\s+|your\\s+)?(?:money|payment|deposit|balance|fee|funds)(?!\\s+(?:slip|screenshot|receipt|proof|confirmation)))\\s+(?:\\S+\\s+){0,5}?to\\s+(?:our|my|his|her)\\s+(?:finance\\s+|boss\\s+|cashier\\s+|accountant\\s+)?wechat\\b(?!\\s+(?:group|account\\s+manager))' +
      '|转(?:到|给)(?:他|她|我|老板)的?微信(?!群)',
    { anchors: ['wechat', '微信'] },
  ),
  cue(
    'money sent to the person writing',
    // "You can send the money to me and I will pass it to the factory", "pay the 45 USD arbitration fee to me"; not money
    // sent back, or a refund, nor "send the shipping cost to me" (its figure).
    `(?:\\bsend\\s+(?:the\\s+|your\\s+)?(?:money|payment|deposit|balance|funds)|\\b(?:transfer|wire|remit|pay)\\s+(?:the\\s+|your\\s+)?(?:[\\p{L}\\p{N}$€£.,]+\\s+){0,3}?(?:fees?|charges?|costs?|money|payment|deposit|balance|funds))\\s+(?:directly\\s+)?to\\s+me\\b${NOT_FOR_A_REFUND}` +
      // "Sample fee pay to me personally pls" (not "I will pay you personally").
      `|\\b(?:pay|send|transfer|remit|wire)\\w*\\s+(?:(?!${NOT_MONEY}\\b)\\S+\\s+){0,3}?(?:to\\s+)?me\\s+personally\\b`,
    { anchors: ['to me', 'me personally'] },
  ),
  ...PERSONAL_ACCOUNTS_IN_OTHER_LANGUAGES,
];
