import { ACCOUNT, cue, inMessageWith, WORDS, type Cue } from './cue';

/**
 * "The old account", in the languages buyers and suppliers write in: the
 * account the buyer paid before, which a supplier names only to say it is
 * no longer the one ("dont pay to the old HSBC acc, it is frozen",
 * 之前那个账户已经冻结了, "jangan bank in ke akaun lama"). The "don't pay" that
 * usually comes with it is the warning itself, not a refusal of it.
 */
const OLD_ACCOUNT =
  `(?:\\b(?:old\\s|previous\\s|former\\s)\\s*(?:\\S+\\s+){0,2}?${ACCOUNT}\\b` +
  // Said after it: "the account in your TA order is old".
  `|\\b${ACCOUNT}\\b(?:\\s+[^\\s,.;!?]+){0,5}?\\s+(?:is\\s+old|is\\s+outdated|is\\s+expired|is\\s+wrong)\\b` +
  // Named by the paper it was on: "the freight account on last PI".
  `|\\b${ACCOUNT}\\s+(?:on|in)\\s+(?:the\\s+)?last\\s+pi\\b|\\b${ACCOUNT}\\s+(?:on|in)\\s+(?:the\\s+)?last\\s+invoice\\b` +
  // "The account on last year's PI", "her account you paid last year"; "that is right account. Old one is under audit".
  `|\\b${ACCOUNT}\\s+(?:on|in)\\s+(?:the\\s+)?last\\s+year'?s\\b|\\b${ACCOUNT}\\s+(?:that\\s+)?you\\s+paid\\s+(?:last\\s+(?:year|time|order)|before)\\b` +
  // "… new alibaba account for my salon … my old one was my personal": a login, not a bank account.
  `|\\bold\\s+one\\s+(?:is|was|has|got)\\b(?<=(?<!\\b(?:alibaba|aliexpress|amazon|shopify|e-?mail)\\s+)\\b(?:${ACCOUNT}|bank)\\b[^]{0,80})` +
  // 原收款账户 (the account that received before), 原中国银行账户 (the Bank of China account before), not 还原账户 (restore an account).
  '|(?:旧|之前那个|之前的|以前那个|以前的|原来那个|原来的|(?<!还)原)(?:银行|收款|[\\u4e00-\\u9fff]{2,4}银行)?(?:账户|账号|帐户|帐号|户头)' +
  '|стар(?:ый|ий|ыи|ии|ого|ому|ом)\\s+(?:банковск[\\p{L}]*\\s+)?(?:сч[её]т|рахун[\\p{L}]*)|стар(?:ым|ые|ых)\\s+реквизит' +
  '|\\b(?:akaun|rekening|rek)\\s+(?:\\S+\\s+)?lama\\b|\\bakun\\s+bank\\s+lama\\b|\\boude\\s+(?:bank)?rekening|\\blumang\\s+(?:bank\\s+)?account\\b' +
  '|\\bsa\\s+luma\\s+(?:\\S+\\s+)?(?:ipadala|magbayad|ibayad|mag-?send)' +
  '|حساب\\s+(?:\\S+\\s+)?(?:قبلی|قدیمی)|الحساب\\s+(?:البنكي\\s+)?القديم|پران(?:ا|ے)\\s+اکاؤنٹ|पुरान(?:ा|े|ो)\\s+(?:बैंक\\s+)?(?:खाता|खाते|अकाउंट)' +
  '|\\bcuenta\\s+(?:bancaria\\s+)?(?:del\\s+(?:contrato|pedido|orden|proforma)\\s+)?(?:anterior|vieja|antigua)\\b|\\bconta\\s+(?:banc[áa]ria\\s+)?(?:antiga|anterior|velha)\\b' +
  '|\\bancien\\s+compte\\b|\\bcompte\\s+(?:bancaire\\s+)?(?:habituel|pr[ée]c[ée]dent)\\b|\\b(?:alte[sn]?|bisherige[sn]?)\\s+konto\\b' +
  '|\\bstar(?:e|ego|ym)\\s+konto\\b|\\beski\\s+hesa|\\btài\\s+khoản\\s+cũ|\\btai\\s+khoan\\s+cu\\b|\\btk\\s+c[ũu](?![\\p{L}])|(?<![\\p{L}])(?:기존|이전|예전)\\s*(?:\\S+\\s+)?계좌|旧口座|以前の口座|บัญชีเดิม|บัญชีธนาคารเดิม' +
  '|পুরনো(?:টায়|\\s+অ্যাকাউন্ট)|\\baccount\\s+el\\s+2?adeem\\b)';

/** Said of it: blocked, frozen, audited, closed, changed, not to be used or paid ("ya no funciona"), or a new one instead. */
const NO_LONGER_THE_ONE =
  "(?:\\b(?:frozen|freeze|blocked|closed|suspended|cancell?ed|audit\\w*|hold|changed|not|no\\s+longer|don'?t|do\\s+not|never|new|stop(?:ped)?|invalid|use\\s+this\\s+(?:one|new|acc\\w*|a/c))\\b" +
  '|冻结|停用|不要|请勿|别|不能|审计|查核|换|新(?:的)?(?:账|户)|заблок|замор|не\\s|нов|змін|смен|закрит|закрыт' +
  '|\\b(?:diblokir|blokir|audit|diaudit|tutup|ditutup|jangan|baru|tukar|niet|geblokkeerd|nieuwe?|gewijzigd|wag|huwag|bago|naka-?hold)\\b' +
  '|نکنید|مسدود|جدید|بسته|مجمد|مغلق|لا\\s|جديد|تحت\\s+المراجعة|بند|نیا|نہ\\s|बंद|नया|नए|नई|मत|समस्या|ใหม่|ไม่สามารถ|ใช้ไม่ได้|ตรวจสอบ|ระงับ|อย่า(?!ง)' +
  '|\\bya\\s+no\\b|\\bno\\s+funciona|\\b(?:auditor[íi]a|bloquead[ao]|nueva|cerrad[ao]|cambi[óo]|bloqueada|n[ãa]o|nova|encerrada|mudou|bloqu[ée]|pas|nouveau|ferm[ée]|chang[ée]|gesperrt|nicht|neue[sn]?|geschlossen|ge(?:ä|a|ae)ndert)\\b' +
  '|\\b(?:zablokowane|nie|nowe|zamkni[\\p{L}]*|kapand[ıi]|kapat[ıi]ld[ıi]|donduruldu|yeni|etmeyin|kh[óo]a|kh[ôo]ng|m[ớo]i)(?![\\p{L}])|đ[ổo]i(?<![\\p{L}]đ[ổo]i)(?![\\p{L}])' +
  '|막|정지|말고|마세요|감사\\s?중|새\\s?계좌|새로운|불가|凍結|停止|新しい|\\bet2?fal\\b|\\b[ea]t2afal\\b|\\bgedee?d\\b)';

/** The old account said to be still the one: "the old account is still the right one", "nothing changed", 还是原来的账户. */
const STILL_THE_ONE =
  "(?:\\b(?:still|remains?|unchanged|nothing\\s+(?:has\\s+)?changed|(?:has|have)\\s+not\\s+changed|(?:hasn't|haven't)\\s+changed|sigue|todav[íi]a|ainda|toujours|ancora|masih|hâlâ|hala|v[ẫa]n)\\b|immer\\s+noch|nog\\s+steeds|pa\\s+rin|всё\\s+ещё|все\\s+ещё|досі|不变|没变|没有变|还是|照旧|仍然)";
const NOT_STILL_THE_ONE = `(?<!${STILL_THE_ONE}[^]*)(?![^]*${STILL_THE_ONE})`;

/** Part of DETAILS_CHANGE. */
export const OLD_ACCOUNT_NO_LONGER_THE_ONE: readonly Cue[] = [
  cue('the old account said to be closed, frozen or not to be paid', `${OLD_ACCOUNT}${NOT_STILL_THE_ONE}`, {
    near: [inMessageWith(NO_LONGER_THE_ONE, 120)],
    anchors: [
      'old ',
      'last pi',
      'last invoice',
      'last year',
      'you paid',
      'old one',
      'previous ',
      'former ',
      'is old',
      'is outdated',
      'is expired',
      'is wrong',
      '旧',
      '之前',
      '以前',
      '原来',
      '原',
      'стар',
      'lama',
      'oude ',
      'lumang ',
      'sa luma',
      'قبلی',
      'قدیمی',
      'القديم',
      'پران',
      'पुरान',
      'cuenta ',
      'conta ',
      'ancien compte',
      'compte ',
      'konto',
      'eski hesa',
      'tài khoản cũ',
      'tai khoan cu',
      'tk c',
      '계좌',
      '旧口座',
      '以前の口座',
      'บัญชีเดิม',
      'บัญชีธนาคารเดิม',
      'পুরনো',
      'adeem',
    ],
    noIsTheWarning: true,
  }),
  cue(
    'the old account said to be closed, frozen or not to be paid',
    // "Please do not pay to the Bank of China account anymore, USD goes to Citibank now": an account retired by name.
    `\\b(?:pay|send|remit|transfer|wire)\\w*\\s+(?:\\S+\\s+){0,2}?(?:to|into)\\s+(?:the|our|this|that)\\s+(?:(?!dhl|fedex|ups|tnt|courier|express|shipping)\\S+\\s+){0,4}?${ACCOUNT}\\s+(?:any\\s?more|any\\s+longer)\\b` +
      // "Pls dont use the bank account written in our Alibaba profile anymore".
      `|\\b(?:don'?t|do\\s+not|never|stop)\\s+(?:use|using)\\s+(?:the|our|this|that)\\s+(?:bank\\s+)?${ACCOUNT}\\s+(?:[^\\s.!?,;]+\\s+){0,6}?any\\s?more\\b` +
      // Italian "non usate più il conto HSBC indicato nella fattura precedente".
      '|\\bnon\\s+(?:usate|utilizzate|pagate|usare|utilizzare|pagare)\\s+pi[ùu]\\s+(?:sul|il|al|nel)\\s+conto\\b' +
      // "Pls dont use the bank info on Alibaba order, that one for old factory": the order's own account said to be wrong.
      `|\\b(?:don'?t|do\\s+not|never)\\s+(?:use|pay\\s+(?:to|into))\\s+(?:the\\s+)?(?:bank\\s+(?:info|details)|${ACCOUNT})\\s+(?:on|in)\\s+(?:the\\s+)?(?:alibaba\\s+order|ta\\s+order|trade\\s+assurance\\s+order)\\b` +
      // "Pls do not pay Dhaka agent anymore", "dont pay to our company account this time".
      `|\\b(?:don'?t|do\\s+not)\\s+pay\\s+(?:to\\s+)?(?:the\\s+|our\\s+)?(?:\\S+\\s+)?(?:agent|forwarder|broker|colleague|person)\\s+any\\s?more\\b` +
      `|\\b(?:don'?t|do\\s+not)\\s+pay\\s+(?:to|into)\\s+(?:our|the)\\s+(?:company\\s+|usual\\s+|normal\\s+)?${ACCOUNT}\\s+this\\s+time\\b` +
      // 不要汇到大陆公司账户了: not to the (mainland) company's account any more.
      '|不要(?:再)?(?:汇|付|打|转)(?:款)?(?:到|至)[^，。！？]{0,6}?(?:公司|对公)(?:账户|帐户|账号)',
    {
      anchors: [
        'anymore',
        'any more',
        'any longer',
        'conto',
        'alibaba order',
        'ta order',
        'trade assurance order',
        'this time',
        '不要',
      ],
      noIsTheWarning: true,
    },
  ),
  cue(
    'the bank details given before said to be wrong',
    // "The bank info on the PI was wrong", Turkish "Proforma faturadaki banka bilgileri hatalıydı", Spanish "los datos
    // bancarios de la factura estaban mal": the details already given replaced by others.
    '\\b(?:bank\\s+details|bank\\s+info|account\\s+details|account\\s+number)\\s+(?:on|in)\\s+(?:the\\s+|our\\s+)?(?:pi|invoice|proforma)\\s+(?:was|were|is|are)\\s+(?:wrong|incorrect)\\b' +
      // "Correction: the bank in our PI is wrong, pls use this one", "account on commercial invoice belong to old company".
      '|\\bbank\\s+[oi]n\\s+(?:the\\s+|our\\s+)?(?:pi|invoice|proforma)\\s+(?:was|were|is|are)\\s+(?:wrong|incorrect)\\b' +
      '|\\baccount\\s+[oi]n\\s+(?:the\\s+)?(?:commercial\\s+|proforma\\s+)?(?:invoice|pi)\\s+belongs?\\s+to\\s+(?:the\\s+|our\\s+|an?\\s+)?(?:old|previous|former|other|wrong)\\s+compan' +
      '|\\bbanka\\s+bilgileri\\s+(?:\\S+\\s+)?hatal|\\bdatos\\s+bancarios\\s+(?:\\S+\\s+){0,3}?(?:estaban\\s+)?(?:mal|err[óo]neos|incorrectos)\\b',
    {
      anchors: [
        'bank details',
        'bank info',
        'account details',
        'account number',
        'bank on',
        'bank in',
        'account on',
        'account in',
        'banka bilgileri',
        'datos bancarios',
      ],
    },
  ),
  cue(
    'the old account said to be closed, frozen or not to be paid',
    // "We no longer use our Deutsche Bank account in Hamburg (the one you paid for the first order)."
    `\\b(?:no\\s+longer\\s+use|stopped\\s+using)\\s+(?:our|the|this|that)\\s+${WORDS(2)}(?:${ACCOUNT}|bank\\s+${ACCOUNT})\\b` +
      // "The account linked to our alibaba store (Citibank) is not used anymore for big orders".
      `|\\b${ACCOUNT}\\b[^.!?]{0,40}?\\b(?:is|are)\\s+not\\s+used\\s+(?:any\\s?more|any\\s+longer)\\b` +
      // Pidgin "the account wey we give you before dey block Nigeria transfer now".
      `|\\b${ACCOUNT}\\s+(?:wey|that|which)\\s+(?:we|i)\\s+(?:give|gave|send|sent)\\s+(?:you\\s+before|u\\s+before|you\\s+earlier|you\\s+last\\s+time)\\s+(?:dey|don|is|was|has\\s+been|got)\\s+(?:block|close|freeze|frozen|suspend)\\w*` +
      // "Our previous Payoneer was closed", "my old PayPal is limited": a wallet retired. "The PayPal in my profile is old,
      // closed".
      '|\\b(?:previous|old|former)\\s+(?:payoneer|pay\\s?pal|wise|alipay|ali\\s+pay)\\s+(?:account\\s+)?(?:was|is|has\\s+been|got)\\s+(?:closed|blocked|frozen|limited|suspended)\\b' +
      '|\\b(?:payoneer|pay\\s?pal|wise|alipay|ali\\s+pay)\\s+(?:account\\s+)?(?:in|on)\\s+(?:my|our)\\s+(?:profile|website|site|card|signature|invoice|pi)\\s+(?:is|was)\\s+(?:old|closed|blocked|frozen|limited|suspended|not\\s+used)\\b',
    {
      anchors: [
        'no longer use',
        'stopped using',
        'not used',
        'you before',
        'u before',
        'you earlier',
        'you last time',
        'previous',
        'old',
        'former',
        'closed',
        'blocked',
        'frozen',
        'limited',
        'suspended',
        'not used',
      ],
    },
  ),
  cue(
    'the old account said to be closed, frozen or not to be paid',
    // "Pls don't pay to the account Lily gave you last time … Our official account now is ICBC Foshan branch."
    `\\b(?:don'?t|do\\s+not)\\s+pay\\s+(?:to|into)\\s+the\\s+(?:\\S+\\s+)?${ACCOUNT}\\s+(?!(?:anyone|anybody|someone|somebody|they|people|others?)\\b)(?:\\S+\\s+)?(?:gave\\s+you|sent\\s+you|shared\\s+you|sent\\s+to\\s+you|shared\\s+with\\s+you)\\b`,
    {
      anchors: ['gave you', 'sent you', 'shared you', 'sent to you', 'shared with you'],
      noIsTheWarning: true,
    },
  ),
  cue(
    'a new receiving account',
    // "Our official account now is ICBC Foshan branch" (not "… is now the Alibaba one", "… is still the same").
    `\\b(?:our|the)\\s+(?:official|correct|right|real)\\s+${ACCOUNT}\\s+(?:is\\s+)?now\\s+(?!(?:is\\s+)?(?:still\\s+)?(?:the\\s+)?(?:alibaba|trade\\s+assurance|same|unchanged)\\b)`,
    { anchors: ['official', 'correct', 'right', 'real'] },
  ),
];
