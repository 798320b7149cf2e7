import { ACCOUNT, cue, inMessageWith, type Cue } from './cue';

/** After the reason, later in the message, the account to use instead: "please use the attached account", "pay to the account below". */
const THEN_ANOTHER_ACCOUNT = `(?=[^]*\\b(?:use|pay|transfer|remit|send)\\s+(?:\\S+\\s+){0,4}?(?:${ACCOUNT}|below|this|the\\s+following)\\b)`;
/**
 * Or someone to pay instead, before the reason or after it: "pay through MoneyGram to our cashier", "make the payment to
 * our representative's account", "I will give you our cousin company bank", "use his personal account".
 */
const SOMEONE_TO_PAY =
  '\\b(?:(?:pay|transfer|remit|send|payment)\\s+(?:\\S+\\s+){0,6}?to\\s+(?:our|my|the|his|her)|(?:give|send)\\s+you\\s+(?:our|my|the)\\s+(?:\\S+\\s+){0,3}?(?:bank|account)|use\\s+(?:his|her|my|our)\\s+(?:\\S+\\s+){0,2}?(?:bank|account))\\b';
const AND_SOMEONE_TO_PAY = `(?:(?=[^]*${SOMEONE_TO_PAY})|(?<=${SOMEONE_TO_PAY}[^]*))`;
/** An account of the supplier's or a person's to pay, before the reason or after it: "… pls pay to our manager's account". */
const AN_ACCOUNT_TO_PAY = `\\b(?:pay|transfer|remit|send|arrange)\\w*\\s+(?:\\S+\\s+){0,4}?to\\s+(?:our|my)\\s+(?:\\S+\\s+){0,3}?${ACCOUNT}`;
const AND_AN_ACCOUNT_TO_PAY = `(?:(?=[^]*${AN_ACCOUNT_TO_PAY})|(?<=${AN_ACCOUNT_TO_PAY}[^]*))`;

/**
 * The reasons given for paying another account: "under audit", "tax
 * reasons", "our account has a problem", "our account is only for domestic
 * payments". Part of DETAILS_CHANGE.
 */
export const PRETEXTS_FOR_A_NEW_ACCOUNT: readonly Cue[] = [
  cue(
    'a pretext for a new account',
    `\\b(?:under\\s+audit|tax\\s+(?:reasons|problems?|issues?|inspection|audit)|foreign\\s+exchange\\s+control|(?:due\\s+to|because\\s+of)\\s+(?:the\\s+|us\\s+)?sanctions)\\b(?=[^]*\\b${ACCOUNT})` +
      // "Our account has a problem now, please pay to …": the account's trouble is the reason to pay elsewhere; "our USD
      // account is limited this month, please pay RMB to below account", "company paypal has problem to receive" after
      // "pay the mold fee to my personal PayPal", "our company account have tax checking so pls send the 30% to my …", "our
      // company public account is temporarily not convenient to receive", "our current account is on hold", "the company
      // account have forex restriction now".
      `|\\b(?:${ACCOUNT}|pay\\s?pal|payoneer|ali\\s?pay)\\s+(?:(?:has|have|had|got)\\s+(?:a\\s+|some\\s+)?(?:tax\\s+|bank\\s+|forex\\s+)?(?:problems?|issues?|trouble|checking|restrictions?)|(?:is|are|was|got|has\\s+been)\\s+(?:\\S+\\s+)?(?:limited|restricted|on\\s+hold|not\\s+convenient))\\b(?:(?=[^]*\\b(?:pay|transfer|remit|send)\\s+(?:\\S+\\s+){0,3}?(?:to|into|in)\\s+(?:\\S+\\s+){0,3}?(?:${ACCOUNT}|below|this|the\\s+following)\\b)|${AND_SOMEONE_TO_PAY})` +
      // "Our account is only for domestic payments, please use our overseas account."
      `|\\b${ACCOUNT}\\s+(?:is|can)\\s+only\\s+(?:for|receive|accept)\\s+(?:domestic|local|rmb|cny)\\b(?=[^]*\\b(?:use|pay|payment|transfer|remit|send)\\b[^]*\\b${ACCOUNT})` +
      // "Because our company is doing year end accounting, the balance pls pay to our manager's account."
      // "Because of sanction problem with our bank … pay by Wise to our agent Mr. Ahmed": the bank's trouble is the reason.
      '|\\b(?:(?:sanctions?|compliance|tax|technical)\\s+)?(?:problems?|issues?|trouble)\\s+(?:with|in|at)\\s+our\\s+(?:\\S+\\s+)?bank\\b' +
      '(?=[^]*\\b(?:pay|transfer|remit|send)\\s+(?:\\S+\\s+){0,4}?to\\s+(?:our|my|his|her)\\s+(?!(?:alibaba|ta|trade\\s+assurance|order)\\b))' +
      `|\\b(?:year[\\s-]?end|annual|yearly)\\s+(?:accounting|audit|closing|settlement|reconciliation|check|inspection|review)\\b${AND_AN_ACCOUNT_TO_PAY}`,
    {
      anchors: [
        'audit',
        'tax',
        'foreign exchange',
        'problem',
        'issue',
        'trouble',
        'checking',
        'restriction',
        'limited',
        'restricted',
        'on hold',
        'convenient',
        'domestic',
        'local',
        'rmb',
        'cny',
        'sanctions',
        'year end',
        'year-end',
        'yearend',
        'annual',
        'yearly',
      ],
    },
  ),
  cue(
    'a pretext for a new account',
    // "Our HSBC account can't receive, please use our Turkish account": the account that can't is the reason for the other.
    `\\b${ACCOUNT}\\s+(?:cannot\\s+receive|can't\\s+receive|can\\s+not\\s+receive|could\\s+not\\s+receive|couldn't\\s+receive|is\\s+unable\\s+to\\s+receive)\\b${THEN_ANOTHER_ACCOUNT}` +
      // "Our usual bank cannot receive EUR. Kindly pay the balance … to our partner company in Turkey."
      `|\\b(?:usual|normal|regular|current|main|company)\\s+bank\\s+(?:cannot\\s+receive|can't\\s+receive|can\\s+not\\s+receive|could\\s+not\\s+receive|couldn't\\s+receive|is\\s+unable\\s+to\\s+receive)\\b${AND_SOMEONE_TO_PAY}` +
      // "We can no longer receive in USD at the old bank; please use the EUR account."
      `|\\b(?:can|could)\\s+no\\s+longer\\s+receive\\b${THEN_ANOTHER_ACCOUNT}` +
      // "… so we can't receive the payment there. Please pay the balance to our general manager's personal account."
      `|\\b(?:cannot\\s+receive|can't\\s+receive|can\\s+not\\s+receive)\\s+(?:the\\s+)?(?:payment|money)\\s+(?:there|(?:in|through|via)\\s+(?:the\\s+)?(?:alibaba|ta|trade\\s+assurance)(?:\\s+order)?)\\b${AND_SOMEONE_TO_PAY}` +
      // "… we cannot receive USD in company account. Please pay to our director's personal account."
      `|\\b(?:cannot\\s+receive|can't\\s+receive|can\\s+not\\s+receive)\\s+(?:\\S+\\s+){0,2}?(?:in|into|on|to)\\s+(?:our\\s+|the\\s+)?(?:\\S+\\s+)?${ACCOUNT}\\b${AND_SOMEONE_TO_PAY}`,
    {
      // Apart from the cue above: "receive" alone is in too many messages.
      anchors: [
        'cannot receive',
        "can't receive",
        'can not receive',
        'could not receive',
        "couldn't receive",
        'unable to receive',
        'no longer receive',
      ],
    },
  ),
  cue(
    'a pretext for a new account',
    // "Our account has reached the limit this month, please use the attached account" ("reach the limit"): a full
    // account is the reason for the other.
    `\\b${ACCOUNT}(?:'s)?\\s+(?:\\S+\\s+){0,3}?(?:(?:has\\s+|have\\s+|had\\s+|is\\s+)?(?:reach(?:ed|es)?|exceeded|hit|over|used\\s+up)\\s+(?:the\\s+|its\\s+|our\\s+|their\\s+)?(?:\\S+\\s+){0,2}?(?:limit|quota)s?|(?:limit|quota)s?\\s+(?:is|has\\s+been|was)\\s+(?:reached|exceeded|full|used\\s+up))\\b` +
      THEN_ANOTHER_ACCOUNT +
      // "Our company account has limit this month … pay through MoneyGram to our cashier", "… is full for this quarter".
      `|\\b${ACCOUNT}\\s+(?:\\S+\\s+){0,3}?(?:(?:has|have|had)\\s+(?:a\\s+)?limit|is\\s+full)\\b${AND_SOMEONE_TO_PAY}` +
      // "Il conto aziendale ha un limite questo mese", "il nostro conto principale è sotto verifica della banca", then paying elsewhere.
      '|\\bconto\\s+(?:\\S+\\s+){0,2}?(?:ha\\s+un\\s+limite|[èe]\\s+sotto\\s+(?:verifica|controllo|revisione)|[èe]\\s+bloccato)\\b(?:(?=[^]*\\b(?:vers|pag|bonific)\\w*\\s+(?:\\S+\\s+){0,3}?(?:sul|al|alla|a)\\b)|(?<=\\b(?:vers|pag|bonific)\\w*\\s+(?:\\S+\\s+){0,3}?(?:sul|al|alla|a)\\b[^]*))' +
      // บัญชีบริษัทรับเงินไม่ได้ช่วงนี้ กรุณาโอน…: the company account can't take money now, so transfer elsewhere.
      '|รับเงินไม่ได้(?=[^]*โอน)' +
      // "Rekening perusahaan kami sedang dalam proses …, mohon pelunasan dikirim ke rekening pribadi".
      '|\\brekening\\s+(?:\\S+\\s+){0,2}?sedang\\s+(?:dalam\\s+)?(?:proses|diblokir|diaudit|dibekukan|bermasalah)\\b(?=[^]*\\bke\\s+rekening\\b)' +
      // 公司账户被税务局临时冻结，请您把尾款转到…: the frozen account is the reason for the other.
      '|(?:账户|账号)(?:被[^，。！？,\\n]{0,8}?)?(?:临时|暂时)?冻结(?=[^]*(?:打|付|转|汇)(?:款)?(?:到|进|入))' +
      // "Nuestra cuenta alcanzó el límite, use la cuenta adjunta", "a conta atingiu o limite, pague na conta abaixo".
      '|\\b(?:cuenta|conta)\\s+(?:\\S+\\s+){0,3}?(?:alcanz[óo]|lleg[óo]\\s+al|super[óo]|atingiu|excedeu|ultrapassou|chegou\\s+ao)\\s+(?:el\\s+|o\\s+|su\\s+|seu\\s+)?l[íi]mite\\b(?=[^]*\\b(?:use|usa|utilice|pague|pagar|transfiera|transfira|deposite)\\b[^]*\\b(?:cuenta|conta)\\b)' +
      // 美金账户这个月额度满了，请打到下面这个账户.
      '|(?:账户|账号)[^，。！？,\\n]{0,8}?额度(?:已经?)?(?:满了?|用完了?|不够了?|不足|超了?)(?=[^]*(?:打|付|转|汇)(?:款)?(?:到|进|入))',
    {
      anchors: [
        'limit',
        'is full',
        'quota',
        'mite',
        '额度',
        'sotto',
        'bloccato',
        'sedang',
        '冻结',
        'รับเงินไม่ได้',
      ],
    },
  ),
  cue(
    'a returned payment, to be sent again to another account',
    // "Your payment was returned by our bank, kindly resend it to the account below": a second payment, to an account given now.
    // The match starts at "returned": "your payment" before it would read as the buyer's own account.
    `\\b(?:returned|rejected|refused|reversed|bounced|sent\\s+back)\\b(?<=\\b(?:payment|transfer|remittance|wire|money|funds)\\s+(?:was|were|has\\s+been|have\\s+been|got|is)\\s+(?:returned|rejected|refused|reversed|bounced|sent\\s+back))[^]{0,80}?\\b(?:re-?send|re-?transfer|re-?remit|(?:send|pay|transfer|remit|wire)\\s+(?:\\S+\\s+){0,2}?again)\\s+(?:\\S+\\s+){0,3}?(?:to|into)\\s+(?!(?:the\\s+|our\\s+)?(?:same|original|usual)\\b)(?:\\S+\\s+){0,3}?(?:${ACCOUNT}|below|beneficiary)\\b`,
    { anchors: ['returned', 'rejected', 'refused', 'reversed', 'bounced', 'sent back'] },
  ),
  cue(
    'a changed receiving account',
    // "USD goes to our newly opened Airwallex account", "a separate FY25 receiving account has been opened",
    // "please disregard any bank info she sent earlier", "the only valid account details will come from me".
    `\\b(?:newly|recently|just)\\s+opened\\s+(?:\\S+\\s+){0,2}?${ACCOUNT}` +
      `|\\b(?:receiving|collection)\\s+${ACCOUNT}\\s+(?:has|have)\\s+been\\s+opened\\b` +
      '|\\bdisregard\\s+(?:any|the|all)\\s+(?:old\\s+|previous\\s+|earlier\\s+)?(?:bank|account|payment)\\s+(?:info|information|details)\\b' +
      '|\\bonly\\s+valid\\s+(?:bank\\s+|account\\s+|payment\\s+)?(?:account|details)\\b' +
      // "A partner bank in Dubai to handle USD collections", "moved the USD account to Bahrain", "all payments now to
      // Maybank", "our receipts go through our Hainan entity", "a dedicated receiving account", "the bank block printed
      // on the old PI", "update the beneficiary name in your bank template", "the name on the bank side is now …".
      '|\\bpartner\\s+bank\\b[^.!?]{0,60}?\\b(?:collections?|receiv\\w*)\\b|\\bmoved\\s+(?:the|our)\\s+(?:usd|eur|gbp|rmb|dollar|bank|receiving|collection)\\s+account\\s+to\\b|\\ball\\s+payments\\s+now\\s+(?:go\\s+)?to\\b' +
      '|\\b(?:receipts|collections)\\s+(?:now\\s+)?go\\s+through\\s+our\\s+(?:\\S+\\s+){0,5}?(?:entity|company|subsidiary|branch)\\b|\\bdedicated\\s+receiving\\s+account\\b' +
      '|\\bbank\\s+(?:block|details)\\s+(?:printed\\s+)?on\\s+the\\s+old\\s+(?:pi|invoice)\\b|\\bupdate\\s+the\\s+beneficiary\\b|\\bupdate\\s+our\\s+beneficiary\\b|\\bupdate\\s+beneficiary\\b|\\bname\\s+on\\s+the\\s+bank\\s+side\\s+is\\s+now\\b' +
      // "The ocean freight will now be collected by our new forwarder".
      '|\\bcollected\\s+by\\s+(?:our|the)\\s+new\\s+(?:forwarder|agent|company|partner|office|bank|entity)\\b',
    {
      anchors: [
        'opened',
        'disregard',
        'only valid',
        'partner bank',
        'moved',
        'all payments now',
        'go through our',
        'dedicated receiving account',
        'on the old',
        'update the beneficiary',
        'update our beneficiary',
        'update beneficiary',
        'name on the bank side is now',
        'collected by',
      ],
    },
  ),
  cue(
    'a company name change as the pretext',
    // "We changed company name in March, please send the deposit to Yiwu Jinhua Trading": the new name is another payee.
    '\\b(?:we|our\\s+company)\\s+(?:have\\s+|has\\s+)?changed\\s+(?:our\\s+|the\\s+)?company\\s+name\\b',
    {
      near: [
        inMessageWith('\\b(?:pay|transfer|remit|send|payment)\\w*\\s+(?:\\S+\\s+){0,4}?(?:to|into)\\b', 200),
      ],
      anchors: ['changed'],
    },
  ),
  cue(
    'a second payment to another account',
    // "Your last payment went to a hacker account. Please pay the 3,200 again to the verified account below."
    `\\bpay\\s+(?:\\S+\\s+){0,3}?again\\s+(?:to|into)\\s+(?:the|this|our|my)\\s+(?:\\S+\\s+){0,2}?(?:${ACCOUNT}|beneficiary)\\b`,
    { anchors: ['again'] },
  ),
  cue(
    'a pretext for a new account',
    // The supplier's receivables said sold to a finance company, which is to be paid instead: "receivables for order
    // #2093381 are assigned to Silverline Trade Finance Ltd. Pls remit the balance to their account, not to us".
    '\\breceivables?\\s+(?:\\S+\\s+){0,5}?(?:are|is|were|was|have\\s+been|has\\s+been)\\s+(?:assigned|sold|transferred)\\s+to\\b(?=[^]*\\b(?:their\\s+account|its\\s+account|not\\s+to\\s+us)\\b)',
    { anchors: ['receivable'] },
  ),
];
