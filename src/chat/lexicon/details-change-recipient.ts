import { ACCOUNT, cue, phrases, WORDS, type Cue } from './cue';

/**
 * Where a seller's "other company" is said to be, as each name begins: the
 * word may go on ("vietnamese", "thailand", "malaysian").
 */
const ABROAD_NAMES = [
  'hong kong',
  'hk',
  'overseas',
  'offshore',
  'foreign',
  'singapore',
  'vietnam',
  'malaysia',
  'thai',
  'dubai',
  'uae',
  'taiwan',
  'cambodia',
  'indonesia',
];
const ABROAD = phrases(ABROAD_NAMES);
/** "our HK company", "the Vietnamese trading company", "our Dubai office", "my company in Malaysia". */
const ABROAD_COMPANY = `(?:(?:our|the)\\s+(?:new\\s+)?(?:${ABROAD})[\\p{L}]*\\s+(?:\\S+\\s+)?(?:compan(?:y|ies)|entit(?:y|ies)|office|branch|partner)|(?:our|my|the)\\s+(?:\\S+\\s+)?(?:compan(?:y|ies)|office|branch)\\s+in\\s+(?:${ABROAD})[\\p{L}]*)\\b`;

/** "… go to our group account, paid on Alibaba", "… but you pay only to this order": the money still goes through the order. */
const UNLESS_PAID_ON_ALIBABA =
  '(?![^.!?]{0,80}(?:(?<!\\bnot\\s)\\b(?:on|in|through|via)\\s+(?:alibaba|trade\\s+assurance)|\\bpay\\s+only\\s+(?:to|through|in|via)\\s+(?:this|the)\\s+order\\b))';

/** Received that is no money: "our branch will receive your team", "the partner factory receives the raw materials". */
const NOT_GOODS_OR_GUESTS =
  '(?!\\s+(?:(?:at|from)\\s+(?:your|the|our)\\b|you\\b|your\\s+(?:team|visitors?|guests?|delegation|group|inspectors?|samples?|goods)|(?:the\\s+)?(?:raw\\s+)?materials?|(?:the\\s+)?(?:goods|samples?|parts|components|fabrics?|visitors?|guests?|customers?|containers?|cargo|orders?)\\b))';

/** "… account (different name from factory)": a payee named apart from the supplier, said of an account. */
const THAN_THE_SUPPLIERS_FOR_AN_ACCOUNT =
  '\\s+(?:from|than|to)\\s+(?:the\\s+|our\\s+)?(?:factory|company|supplier|manufacturer|seller)\\b(?<=\\b(?:account|a/c|beneficiary|payee)\\b[^.!?]{0,80})';

/**
 * The money told to go to someone other than the seller: a branch, a partner
 * or sister company, a company abroad, or an account said to be Alibaba's
 * new one. Part of DETAILS_CHANGE, in this order.
 */
/** "… we do assembly, one order one invoice from us": the sister company is a subcontractor, and the seller is paid. */
const ONE_INVOICE_FROM_US = '(?![^.!?]{0,120}\\b(?:one\\s+invoice|invoice\\s+(?:is\\s+)?from\\s+us)\\b)';

export const RECIPIENT_CHANGES: readonly Cue[] = [
  cue(
    "another company's account",
    // What the branch receives is money ("our HK affiliate receive for this quarter"), not the buyer's team or the raw
    // materials; a bank's own branch ("ICBC Qingdao Branch", "Bank of China Yiwu Branch" above "A/C: …") is where the
    // account is kept.
    `\\b(?:branch(?!\\s*\\n)(?<!\\b(?:bank|icbc|boc|ccb|abc|bocom|cmb|hsbc|citi|citibank|spdb|cib)\\b[^\\n]{0,40}?branch)|sister\\s+company|partner|subsidiary|affiliate|parent\\s+company|hong\\s+kong\\s+office|hk\\s+office|overseas\\s+office|offshore\\s+office)(?:'s)?\\s+${WORDS(2)}(?:${ACCOUNT}|(?:will\\s+receive|receives?|collects?)${NOT_GOODS_OR_GUESTS})\\b` +
      `|\\b${ACCOUNT}\\s+of\\s+(?:our|the)\\s+(?:\\S+\\s+){0,2}?(?:partner|branch|subsidiary|affiliated?|parent\\s+company)\\b` +
      // "All money must go to our HK account, not to the factory's Alibaba"; "new owner wants money to his company account".
      `|\\b(?:payments?|money|funds)\\s+(?:must|should|has\\s+to|have\\s+to)\\s+go\\s+to\\s+(?:our|my|the)\\s+(?:\\S+\\s+){0,2}?${ACCOUNT}\\b${UNLESS_PAID_ON_ALIBABA}` +
      // "Our company account is now under our Hong Kong branch."
      `|\\b${ACCOUNT}\\s+is\\s+now\\s+(?:under|with|held\\s+by)\\s+(?:our|the)\\s+(?:\\S+\\s+){0,2}?(?:branch|subsidiary|partner|affiliate|sister\\s+company|parent\\s+company)\\b` +
      // Polish "na konto partnera", Japanese パートナー会社の口座 (a partner company's account).
      '|\\bna\\s+konto\\s+(?:naszego\\s+)?partnera\\b|(?:パートナー|関連|グループ|姉妹|提携)会社の口座' +
      `|\\bwants?\\s+(?:the\\s+)?(?:money|payments?|funds|balance|deposit)\\s+(?:to\\s+go\\s+)?(?:to|into|in)\\s+(?:his|her|their)\\s+(?:\\S+\\s+){0,2}?${ACCOUNT}\\b` +
      // "The payment should now go to our Singapore branch", "all payments go to the group account now".
      `|\\b(?:payments?|money|balance|deposit|funds)\\s+(?:\\S+\\s+){0,3}?go(?:es)?\\s+to\\s+(?:our|the)\\s+(?:\\S+\\s+){0,2}?(?:branch|partner|subsidiary|affiliate|(?:parent|mother|holding)\\s+company|head\\s+office|headquarters|agent|group)\\b${UNLESS_PAID_ON_ALIBABA}` +
      // "Send the payment to our Hong Kong partner company", "pay to our other company", "pay in our other company name".
      '|\\b(?:pay|send|transfer|remit|wire)\\w*\\s+(?:\\S+\\s+){0,3}?(?:to|in|into|under)\\s+(?:our|the)\\s+(?:\\S+\\s+){0,3}?(?:partner|subsidiary|affiliate|parent|sister|associated|agent|other|related)\\s+compan(?:y|ies)\\b' +
      // "Please pay our partner company in Dubai" (not "we pay our partner companies every month").
      '|\\bpay\\s+(?:to\\s+)?our\\s+(?:\\S+\\s+)?(?:partner|subsidiary|affiliate|parent|sister|associated|related)\\s+compan(?:y|ies)\\b(?<!\\b(?:we|they|i)\\s+(?:\\S+\\s+){0,2}?pay\\s+(?:to\\s+)?our\\s+(?:\\S+\\s+)?\\S+\\s+compan(?:y|ies))' +
      // "We now receive payments via our subsidiary in Malaysia": the branch as the receiver.
      `|\\b(?:receive|receives|receiving|collect|collects|collecting)\\s+(?:the\\s+|all\\s+|your\\s+)?(?:payments?|money|funds|deposits?)\\s+(?:via|through|by|with|in)\\s+(?:our|the)\\s+(?:\\S+\\s+){0,2}?(?:subsidiary|affiliate|branch|partner|sister|parent)\\b${UNLESS_PAID_ON_ALIBABA}` +
      // "All our payments are now received through our Hong Kong subsidiary."
      `|\\b(?:payments?|money|funds|deposits?)\\s+(?:are|is|will\\s+be)\\s+(?:now\\s+)?(?:received|collected|handled)\\s+(?:by|through|via)\\s+(?:our|the)\\s+(?:\\S+\\s+){0,2}?(?:subsidiary|affiliate|branch|partner|sister|parent)\\b${UNLESS_PAID_ON_ALIBABA}` +
      // "Wire the funds to Golden Star Holdings (our affiliate)": the company named, then what it is to the supplier.
      '|\\b(?:pay|remit|wire|send|transfer)\\w*\\s+(?:\\S+\\s+){0,3}?to\\s+[^.!?\\n()]{2,60}?[(,]\\s*(?:our|an?)\\s+(?:\\S+\\s+)?(?:subsidiary|affiliate|sister\\s+company|parent\\s+company|partner\\s+company)\\b' +
      // "Beneficiary name is our partner company, it's normal for us."
      '|\\bbeneficiary(?:\\s+name)?\\s+(?:is|will\\s+be)\\s+(?:our|the|a)\\s+(?:\\S+\\s+){0,2}?(?:partner|sister|subsidiary|affiliate|parent|other|related|associated)\\s+compan(?:y|ies)\\b' +
      // "This invoice is issued by our UK branch, please pay to: Beneficiary …": the invoice's issuer, then paying it.
      '|\\binvoice\\s+(?:is\\s+|will\\s+be\\s+)?(?:issued|made\\s+out|raised)\\s+(?:by|from)\\s+our\\s+(?:\\S+\\s+){0,2}?(?:branch|subsidiary|affiliate|(?:sister|other|partner)\\s+company)\\b' +
      `(?=[^.!?]{0,60}\\b(?:pay|remit|transfer|wire)\\w*\\s+(?:\\S+\\s+){0,2}?(?:to|into)\\b)${UNLESS_PAID_ON_ALIBABA}` +
      // "Kindly remit to our subsidiary", "transfer it to our Singapore branch".
      '|\\b(?:(?:pay|remit|wire)\\w*|(?:send|transfer)\\w*\\s+(?:the\\s+|your\\s+)?(?:payment|money|balance|deposit|funds|amount))\\s+(?:\\S+\\s+){0,2}?to\\s+(?:our|the)\\s+(?:\\S+\\s+){0,2}?(?:subsidiary|affiliate|branch)\\b(?!\\s+(?:manager|warehouse|factory|staff))',
    {
      anchors: [
        'branch',
        'sister',
        'hong kong office',
        'hk office',
        'overseas office',
        'offshore office',
        'partner',
        'subsidiary',
        'affiliate',
        'parent',
        'mother',
        'holding',
        'head office',
        'headquarters',
        'merged',
        'agent',
        'group',
        'associated',
        'other',
        'related',
        'go to',
        'want',
        'konto',
        '会社の口座',
      ],
    },
  ),
  cue(
    "another company's account",
    // A sister company, or a merger, with talk of paying: "our sister company makes the cartons" is no payee.
    `\\bmerged\\s+with\\b${UNLESS_PAID_ON_ALIBABA}|\\bsister\\s+company\\b${ONE_INVOICE_FROM_US}${UNLESS_PAID_ON_ALIBABA}` +
      // Another company invoicing or settling for the seller: "they handle our foreign settlement",
      // "the invoice will be issued by our trading partner", "we issue invoice from our offshore company".
      '|\\b(?:they|who|which)\\s+(?:handle|handles|manage|manages|collect|collects|receive|receives)\\s+(?:all\\s+)?our\\s+(?:foreign\\s+|export\\s+|overseas\\s+|international\\s+)?(?:settlements?|payments|collections?|receivables|remittances?)\\b' +
      `|\\b(?:invoice|pi)s?\\s+(?:will\\s+be\\s+|is\\s+|are\\s+)?(?:issued\\s+by\\s+our|issued\\s+from\\s+our)\\s+(?:\\S+\\s+){0,2}?(?:partner|agent|offshore|subsidiary|affiliate|sister|mother|parent|other)\\b${UNLESS_PAID_ON_ALIBABA}` +
      `|\\b(?:issue\\s+the\\s+invoice|issue\\s+invoice|issue\\s+the\\s+pi|issue\\s+pi)s?\\s+(?:from|under|through)\\s+our\\s+(?:\\S+\\s+){0,2}?(?:partner|agent|offshore|subsidiary|affiliate|sister|mother|parent|other)\\b${UNLESS_PAID_ON_ALIBABA}`,
    {
      needsPaymentTalk: true,
      anchors: [
        'merged',
        'sister',
        'settlement',
        'payments',
        'collection',
        'receivable',
        'remittance',
        'issued by our',
        'issued from our',
        'issue the invoice',
        'issue invoice',
        'issue the pi',
        'issue pi',
      ],
    },
  ),
  cue(
    "another company's account",
    // "Please make the payment to our HK company this time", "please pay our Vietnamese company": money sent to a company abroad, not the seller.
    `\\b(?:(?:pay|remit|wire)\\w*|(?:send|transfer|route)\\w*\\s+(?:the\\s+|your\\s+)?(?:payment|money|balance|deposit|funds|amount))\\s+(?:\\S+\\s+){0,3}?(?:(?:to|into|through|via)\\s+)?${ABROAD_COMPANY}` +
      // "The payment should go to our new HK company"; "sign a new contract with our HK company for payment": the contract names who is paid.
      `|\\b(?:payments?|money|balance|deposit|funds)\\s+(?:\\S+\\s+){0,3}?go(?:es)?\\s+to\\s+${ABROAD_COMPANY}${UNLESS_PAID_ON_ALIBABA}` +
      `|\\bcontract\\s+with\\s+${ABROAD_COMPANY}(?=[^]*\\b(?:pay|payment|remit|transfer|bank|account)\\b)` +
      // "So we open TA 10,000 and balance 37,100 to our Dubai trading company."
      `|\\b(?:balance|deposit|rest|remaining)\\s+(?:(?:usd|us\\$|\\$)\\s?)?(?:\\d[\\d,.]*\\s*(?:usd|dollars?)?\\s+)?(?:to|into)\\s+${ABROAD_COMPANY}${UNLESS_PAID_ON_ALIBABA}`,
    { anchors: ABROAD_NAMES },
  ),
  cue(
    'a new company or agent to pay',
    // "Kindly settle the 2nd installment to our new partner", "our new export agent receives the payments now",
    // "accounting migrated to our sister company": someone new is paid. Samples sent to a new office are not money.
    `\\b(?:(?:pay|settle|remit|wire|transfer)\\w*|send\\w*\\s+(?:the\\s+|your\\s+)?(?:[\\d.]+\\s?%\\s+)?(?:payment|money|balance|deposit|funds))\\s+(?:\\S+\\s+){0,4}?to\\s+(?:our|the|my)\\s+new\\s+(?:\\S+\\s+){0,2}?(?:partner|agent|company|entity)\\b` +
      '|\\bnew\\s+(?:\\S+\\s+){0,2}?(?:partner|agent|company|entity)\\s+(?:\\S+\\s+){0,3}?(?:receives?|collects?|handles?)\\s+(?:all\\s+|the\\s+|your\\s+)?(?:payments?|money|funds|balance|deposits?)\\b' +
      '|\\b(?:accounting|payments?|finance|billing|collections?|invoicing)\\s+(?:has\\s+|have\\s+)?(?:been\\s+)?(?:migrated|moved|transferred|switched|shifted)\\s+to\\s+(?:our|the|a)\\s+(?:\\S+\\s+){0,2}?(?:sister|partner|new|other|affiliate|subsidiary)\\b' +
      // French "notre nouvelle société … encaisse désormais", Spanish "la cuenta de nuestro nuevo agente".
      '|\\bnouvel(?:le)?\\s+(?:soci[ée]t[ée]|agent|partenaire)[^.!?]{0,60}\\bencaiss|\\bcompte\\s+de\\s+notre\\s+nouvel(?:le)?\\s+(?:agent|soci[ée]t[ée]|partenaire)(?![\\p{L}])' +
      '|\\bcuenta\\s+(?:de|del)\\s+(?:nuestro\\s+)?nuevo\\s+(?:agente|socio)\\b|\\b(?:mi|nuestra)\\s+cuenta\\s+de\\s+agente\\b' +
      // 新公司账户 (the new company's account); 新しい輸出代理店が代金を受け取ります (a new agent receives the money).
      '|新(?:成立的?)?(?:外贸|贸易|出口)?公司(?:的)?(?:账户|账号|帐户)|新しい[^。！？]{0,10}(?:代理店|会社|パートナー)が(?:代金|支払い|お支払い)を受け取',
    {
      anchors: [
        'new',
        'migrated',
        'moved',
        'transferred',
        'switched',
        'shifted',
        'nouvel',
        'nuevo',
        'cuenta de agente',
        '新',
      ],
    },
  ),
  cue(
    'a new company name to pay',
    // "Please note our new company name is …, the invoice will be under this name": the beneficiary changes with it.
    // Not the name to print on a carton mark or a label, nor a new name said to leave the payment as it was.
    "(?:\\bnew\\s+company\\s+name\\b(?!\\s+(?:on|for)\\s+(?:the\\s+)?(?:cartons?|carton\\s+marks?|shipping\\s+marks?|labels?|box(?:es)?|packag\\w*|logo|printing)\\b)|\\bcompany\\s+name\\s+(?:has\\s+|have\\s+|was\\s+|is\\s+)?(?:been\\s+)?(?:changed|updated)\\b|\\bcompany's\\s+name\\s+(?:has\\s+|was\\s+|is\\s+)?(?:been\\s+)?(?:changed|updated)\\b" +
      // "Refund will come from our new company …, old company name is cancelled."
      '|\\bold\\s+company(?:\\s+name)?\\s+(?:is|was|has\\s+been)\\s+(?:cancell?ed|closed|deregistered|dissolved)\\b' +
      // "Our after-sales company account (different name from factory)": another payee than the supplier.
      `|\\bdifferent\\s+name${THAN_THE_SUPPLIERS_FOR_AN_ACCOUNT}|\\bdifferent\\s+company\\s+name${THAN_THE_SUPPLIERS_FOR_AN_ACCOUNT}` +
      '|\\b(?:under|in)\\s+(?:another|a\\s+new|a\\s+different|the\\s+new)\\s+company\\s+name\\b|公司名(?:称|字)?(?:已经?)?(?:变更|更改|改了|换了)|新(?:的)?公司名)(?![^!?\\n]{0,120}?\\b(?:(?:are|is|stays?|remains?)\\s+(?:the\\s+)?(?:same|unchanged)|no\\s+change|payment\\s+still\\s+(?:through|via|in|on)\\s+(?:the\\s+)?(?:order|alibaba|trade\\s+assurance))\\b)',
    {
      needsPaymentTalk: true,
      deniable: true,
      anchors: ['company name', "company's name", 'old company', 'different name', '公司名'],
    },
  ),
  cue(
    "a claim that Alibaba's receiving account changed",
    // Also a fake notice that Alibaba has checked the seller's own bank details ("you may pay to it directly").
    '\\b(?:bank|account)\\s+(?:info(?:rmation)?|details)\\s+(?:has|have)\\s+been\\s+(?:verified|approved|certified)\\s+by\\s+alibaba\\b|\\balibaba\\s+(?:has\\s+)?(?:changed|updated|switched|moved)\\s+(?:its|their|the)\\s+(?:escrow|receiving|collection)?\\s*(?:bank|account)',
    { anchors: ['alibaba'] },
  ),
];
