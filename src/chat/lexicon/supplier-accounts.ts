import { ACCOUNT, COURIERS, cue, NOT_FOR_A_REFUND, NOT_MONEY, WORDS, type Cue } from './cue';

/** Where, or in what money, a supplier's own account abroad is said to be: "our HK account", "the USD account". */
const ACCOUNT_ABROAD_ANCHORS = [
  'hk',
  'hong',
  'overseas',
  'offshore',
  'usd',
  'dollar',
  'foreign',
  'singapore',
  'dubai',
  'malaysia',
  'vietnam',
  'thai',
  'taiwan',
  'indonesia',
  'cambodia',
];
const ACCOUNT_ABROAD = `(?:hk|hong\\s+kong|overseas|offshore|usd|dollar|foreign|singapore|dubai|(?:malaysia|vietnam|thai|taiwan|indonesia|cambodia)[\\p{L}]*)`;
/** The supplier's own bank account, or one abroad: "our bank account in Hong Kong", "our HK account". */
const SUPPLIER_ACCOUNT = `(?:(?:[\\p{L}]+\\s+){0,2}?bank\\s+${ACCOUNT}|(?:hk|hong\\s+kong|overseas|offshore|usd|dollar|foreign|singapore|dubai)\\s+(?:bank\\s+)?${ACCOUNT})\\b`;
/** What the supplier says of its own account to steer the buyer to it: "more convenient", "cheaper". */
const BETTER = '(?:more\\s+convenient|better|easier|cheaper|faster|quicker|preferred)\\b';

/** Said of the money after the order: Alibaba releases it to the supplier, which is how Trade Assurance pays out. */
const PAID_OUT_BY_ALIBABA =
  '(?![^.!?]{0,60}\\b(?:after|once|when)\\s+(?:alibaba|trade\\s+assurance|ta|the\\s+platform)\\s+(?:releases?|transfers?|pays?)\\b)';

/** Before an account's words: not "our Alibaba account", "your Trade Assurance account", the escrow's (but "my bank account not alibaba" is). */
const NOT_AN_ALIBABA_ACCOUNT =
  '(?!(?:(?!not\\s|no\\s)[^\\s,.;:!?]+\\s+){0,3}?(?:alibaba|trade|ta|escrow)\\b)';
/** An e-mail or courier account, where an invoice or a parcel goes, not money. */
const MAILBOX = `(?:e-?mail|gmail|outlook|mail|${COURIERS})\\s`;
const NOT_A_MAILBOX = `(?!${MAILBOX})`;
/** The same within the next three words: "send the catalog to my email account". */
const NO_MAILBOX_AHEAD = `(?!(?:[^\\s,.;:!?]+\\s+){0,3}?${MAILBOX})`;

/** "company bank details", "bank account number", "wire instructions": the words for where to pay (not "payment details", often its terms). */
const OUR_DETAILS =
  "(?:company(?:'s)?\\s+)?(?:bank(?:ing)?\\s+(?:details|info(?:rmation)?|particulars|account(?:\\s+(?:details|number|info(?:rmation)?))?)|account\\s+(?:details|info(?:rmation)?|particulars)|(?:wire|remittance)\\s+(?:details|instructions))";

/** "Do we pay to your company account or on Alibaba?": the buyer asking which, the order one of the two. */
const NOT_OR_THE_ORDER =
  '(?![^.!?]{0,30}?\\bor\\s+(?:on|via|through|in|by)\\s+(?:the\\s+)?(?:alibaba|trade\\s+assurance|ta)\\b)';

/** "to your account", "to your HSBC account": the supplier's, said by the buyer (not its Alibaba account, nor Alibaba paying out). */
const TO_YOUR_ACCOUNT = `to\\s+your\\s+${NOT_AN_ALIBABA_ACCOUNT}${NOT_A_MAILBOX}(?:[^\\s,.;:!?]+\\s+)?(?:${ACCOUNT}|bank)\\b${PAID_OUT_BY_ALIBABA}${NOT_OR_THE_ORDER}`;

/**
 * Money told to go to the supplier's own bank account rather than the order:
 * "pay to our account", "our HK account is cheaper", and the buyer's side of
 * it ("I sent the deposit to your account", "send me your bank details"). Part
 * of PAYMENT_ROUTES.
 */
export const SUPPLIER_OWN_ACCOUNTS: readonly Cue[] = [
  cue(
    "a transfer to the supplier's own account",
    // Not Trade Assurance paying the supplier out: "Alibaba releases the payment to our account", "Alibaba settles to our account", "Alibaba settles the payment to our collection account",
    // "the payment goes to our bank after Alibaba releases it"; nor "pay in the order instead of to our account".
    // Nor "please pay attention to our bank holiday". "The balance to our HK side", "return USD 1,800 to our other account".
    `\\b(?:pay|payment|payments|transfer|remit|wire|send|t/t|tt|deposit|balance|settle|return)\\w*(?<!\\brelease[sd]?\\s+(?:the\\s+|your\\s+)?[a-z/]+)(?<!\\b(?:alibaba|platform)\\s+(?:(?:settles?|releases?|pays?|transfers?|sends?)\\s+(?:the\\s+)?)?\\w+)(?!\\s+attention\\b|\\s+(?:the\\s+|an?\\s+|your\\s+)?(?:lc|l/c|letter\\s+of\\s+credit)\\b)\\s+${WORDS(8)}(?:to\\s+our|to\\s+my|into\\s+our|into\\s+my|through\\s+our|through\\s+my|via\\s+our|via\\s+my|to\\s+the\\s+new|to\\s+this\\s+new)(?<!\\binstead\\s+of\\s+\\w+\\s+\\w+)\\s+${NOT_AN_ALIBABA_ACCOUNT}${NO_MAILBOX_AHEAD}${WORDS(3)}(?:${ACCOUNT}|bank\\s+card|card|bank|(?:hk|hong\\s+kong|offshore|overseas)\\s+side)\\b${PAID_OUT_BY_ALIBABA}` +
      // "You transfer money our bank": the "to" left out. "Just do bank transfer to my company in Dubai".
      `|\\b(?:transfer|send|pay|remit)\\s+(?:the\\s+)?(?:money\\s+our|money\\s+my)\\s+(?:\\S+\\s+)?(?:bank|${ACCOUNT})\\b|\\btransfer\\s+(?:to\\s+my|to\\s+our)\\s+(?:sister\\s+|other\\s+|trading\\s+)?company\\s+in\\s+${ACCOUNT_ABROAD}\\b` +
      // 付到这个账户, 转到我们的对公账户; not 已转到 (a payment received)
      '|(?<!已经?)(?:付|打|转|汇)款?(?:到|至|进)(?:这个|我们的?|我司的?|公司的?|新的?|香港|海外|境外|离岸)[^，。！？\\s]{0,8}?(?:账户|账号|卡)' +
      // 麻烦付到那边: "over there", the account just named.
      '|(?<!已经?)(?:付|打|转|汇)款?(?:到|至)(?:那边|那里)' +
      // 用下面这个账户付款
      '|用(?:下面|以下|这个|新的?)(?:这个|的)?(?:账户|账号|卡)(?:付款|转账|汇款|打款|付)',
    // "to our", not "our": most messages say "our" of something else.
    {
      anchors: [
        'to our',
        'to my',
        'into our',
        'into my',
        'through our',
        'through my',
        'via our',
        'via my',
        'to the new',
        'to this new',
        'money our',
        'money my',
        '账户',
        '账号',
        '卡',
        '那边',
        '那里',
      ],
    },
  ),
  cue(
    "a transfer to the supplier's own account",
    // "Send the payment in our ICICI account", "make the deposit on our account", "please deposit in our account",
    // said to the buyer (not "we received the payment in our account").
    `\\b(?:(?:send|transfer|deposit|pay|remit|wire|make)\\s+(?:the\\s+|your\\s+)?(?:payment|money|amount|balance|deposit|funds)|(?:please|pls|plz|kindly|can\\s+you|you\\s+can)\\s+(?:deposit|transfer|remit|wire)(?:\\s+it|\\s+the\\s+money)?)` +
      `\\s+(?:in\\s+our|in\\s+my|on\\s+our|on\\s+my)\\s+${NOT_AN_ALIBABA_ACCOUNT}${WORDS(2)}(?:${ACCOUNT}|bank)\\b` +
      // "Send the balance by bank transfer to the account on the commercial invoice": the supplier's own bank, on its paper.
      '|\\b(?:pay|send|transfer|remit|wire|tt|t/t)\\w*\\s+(?:\\S+\\s+){0,8}?(?:to|into)\\s+the\\s+(?:bank\\s+)?(?:account\\s+on|account\\s+in)\\s+(?:the\\s+)?(?:commercial\\s+|proforma\\s+)?(?:invoice|pi)\\b',
    { anchors: ['in our', 'in my', 'on our', 'on my', 'account on', 'account in'] },
  ),
  cue(
    "a transfer to the supplier's own account",
    // Tagalog puts "our" after: "pa-send na lang po sa BDO account namin"; Spanish and Portuguese: "pode pagar via Pix
    // para a nossa conta", "transfiera el depósito a nuestra cuenta".
    // A sending verb first: "na-receive namin ang bayad sa account namin", "el pago en nuestra cuenta ya llegó" say the money arrived.
    '\\b(?:send|padala|ipadala|transfer|deposit|ideposito|hulog|ihulog|magbayad|ibayad)\\s+(?:\\S+\\s+){0,4}?(?:sa|to)\\s+(?:[\\p{L}]+\\s+)?(?:account\\s+namin|account\\s+ko)\\b' +
      '|\\b(?:pagar|pague|paguen|transferir|transfiera|transfira|depositar|deposite|env[íi]e)\\s+(?:\\S+\\s+){0,8}?(?:a|en|para|na|em)\\s+(?:a\\s+)?(?:nuestra\\s+cuenta|nossa\\s+conta)\\b' +
      // Italian "può pagare con bonifico diretto al nostro conto".
      '|\\b(?:pagare|paghi|pagate|bonifico|versare|versi|trasferire|inviare|invii)\\s+(?:\\S+\\s+){0,4}?(?:al|sul)\\s+(?:nostro\\s+conto|mio\\s+conto)\\b' +
      // Dutch "rechtstreeks naar mijn rekening overmaken"; Turkish "direkt şirket hesabımıza gönderin".
      '|\\b(?:naar|op)\\s+(?:mijn|onze)\\s+(?:\\S+\\s+)?rekening\\s+(?:\\S+\\s+){0,2}?(?:overmaken|overboeken|storten|betalen)\\b' +
      '|\\bhesab(?:[ıi]m[ıi]za|[ıi]ma)\\s+(?:\\S+\\s+)?(?:g[öo]nderin|g[öo]nderebilirsiniz|yat[ıi]r[ıi]n|havale|[öo]deyin|[öo]deme)',
    {
      anchors: [
        'account namin',
        'account ko',
        'nuestra cuenta',
        'nossa conta',
        'nostro conto',
        'mio conto',
        'rekening',
        'hesab',
      ],
    },
  ),
  cue(
    "a transfer to the supplier's own account",
    // The buyer's side of it: "my company will pay by wire transfer to your account", "I have sent the money to your
    // HSBC account", "the payment slip for the transfer to your account". Not a refund to the buyer, nor papers ("quotation").
    `\\b(?:i|we|my\\s+company|our\\s+company)(?:\\s*(?:will|'ll|can|shall|am\\s+going\\s+to|are\\s+going\\s+to|have|'ve|had|just|already))*\\s+(?:pay|paid|transfer|wire|remit|sent|send)\\w*(?!\\s+(?:\\S+\\s+){0,4}?(?:refunds?|compensation|difference)\\b)(?!\\s+(?:the\\s+|a\\s+|our\\s+|my\\s+)?${NOT_MONEY}\\b)\\s+${WORDS(4)}${TO_YOUR_ACCOUNT}` +
      `|\\b(?<!\\brefund\\s)(?:transfer|payment|remittance|wire)\\s+(?:of\\s+${WORDS(3)})?${TO_YOUR_ACCOUNT}`,
    { anchors: ['to your'] },
  ),
  cue(
    "the supplier's bank details asked for",
    // The buyer about to pay outside the order: "send me your bank details so I can transfer the deposit" (not for a refund).
    `\\b(?:send\\s+me|send\\s+us|give\\s+me|give\\s+us|share\\s+me|provide\\s+me|provide\\s+us|tell\\s+me|tell\\s+us|forward\\s+me|forward\\s+us)\\s+(?:your\\s+(?:company(?:'s)?\\s+)?(?:bank|banking|account|payment|wire|remittance)|the\\s+(?:bank|banking))\\s+(?:details|info(?:rmation)?|account(?:\\s+(?:details|number))?|particulars|instructions|number)\\b${NOT_FOR_A_REFUND}` +
      `|\\b(?:what\\s+is\\s+your|what's\\s+your|can\\s+(?:i|we)\\s+(?:have\\s+your|get\\s+your))\\s+(?:bank|banking)\\s+(?:details|account|info(?:rmation)?)\\b${NOT_FOR_A_REFUND}|\\bsend\\s+me\\s+your\\s+(?:rmb|cny|usd|yuan)\\s+(?:bank\\s+)?account\\b`,
    // The asking words, not "bank" or "payment": those are in many messages that ask for nothing.
    {
      anchors: [
        'send me',
        'send us',
        'give me',
        'give us',
        'share me',
        'provide me',
        'provide us',
        'tell me',
        'tell us',
        'forward me',
        'forward us',
        'what is your',
        "what's your",
        'have your',
        'get your',
      ],
    },
  ),
  cue(
    "a transfer to the supplier's own account",
    // "Trade Assurance now uses our company account for big orders": Trade Assurance is paid into Alibaba's account, never the supplier's.
    `\\b(?:trade\\s+assurance|ta|alibaba)\\s+(?:now\\s+)?(?:is\\s+)?(?:uses?|paid\\s+to|paid\\s+into|goes\\s+to|goes\\s+through)\\s+(?:our|my)\\s+(?:\\S+\\s+){0,2}?(?:bank\\s+)?${ACCOUNT}\\b`,
    { anchors: ['use', 'paid to', 'paid into', 'goes to', 'goes through'] },
  ),
  cue(
    "the supplier's bank details given in the chat",
    // "Here are our bank details:", "our account details are as follows", 我们的账户信息如下: the details come next, often
    // as a picture the detector can't read (details in the text are found as an account). Not the buyer's own, for a refund.
    `(?:\\b(?:here\\s+is|here\\s+are)\\s+(?:our|my)\\s+${OUR_DETAILS}|\\b(?:our|my)\\s+${OUR_DETAILS}(?:\\s+(?:is|are))?(?:\\s*:(?=[ \\t]*(?:\\n|$))|\\s+(?:as\\s+follows|below)\\b)` +
      '|(?:银行|收款|对公|公司)(?:账户|账号|信息)(?:信息|资料)?(?:是)?如下|(?<!登录|登陆)(?:账户|账号|卡号)如下|把(?:银行)?(?:账户|账号|卡号)(?:信息)?(?:发|给)(?:你|您)|(?:账户|账号|帳號|帳戶)稍[后後](?:提供|发|發)' +
      // "… else the container will be auctioned, account below."
      `|[,;]\\s*(?:bank\\s+)?${ACCOUNT}\\s+(?:details\\s+|number\\s+)?(?:below|as\\s+below|as\\s+follows)\\b)` +
      NOT_FOR_A_REFUND,
    {
      offeredInOrder: true,
      anchors: ['here is', 'here are', ':', 'as follows', 'below', '如下', '把', '稍后', '稍後'],
    },
  ),
  cue(
    "a transfer to the supplier's own account",
    // "For USD pay to the HK account", "we need this money on our HK account" (not "we received the money on …"): abroad.
    `\\b(?:pay|payment|transfer|remit|wire|send|deposit|tt|t/t|amount|money)\\w*(?<!\\b(?:received?|got|releases?|released)\\s+(?:the\\s+|your\\s+|this\\s+)?\\w+)\\s+(?:(?!alibaba\\b)\\S+\\s+){0,6}?(?:to|into|on)\\s+(?:the\\s+|our\\s+)?${ACCOUNT_ABROAD}\\s+(?:company\\s+|office\\s+)?(?:bank\\s+)?${ACCOUNT}\\b` +
      // "We are using our Hong Kong account for all foreign customers now", "use our Malaysia account pls".
      `|\\b(?:using|use|uses)\\s+our\\s+${ACCOUNT_ABROAD}\\s+(?:bank\\s+)?${ACCOUNT}\\b`,
    { anchors: ACCOUNT_ABROAD_ANCHORS },
  ),
  cue(
    "a transfer to the supplier's own account",
    // "Our bank account in Hong Kong is more convenient for USD", "it is cheaper to pay to our HK account":
    // the supplier's own account offered as the better way to pay.
    `\\b(?:our|my)\\s+${SUPPLIER_ACCOUNT}[^.!?\\n]{0,30}?\\b(?:is|are|will\\s+be|would\\s+be)\\s+(?:much\\s+|far\\s+)?${BETTER}` +
      `|${BETTER}\\s+(?:to|if\\s+you)\\s+(?:pay|use|transfer|send|remit)\\w*\\s+(?:\\S+\\s+){0,3}?(?:our|my)\\s+${SUPPLIER_ACCOUNT}`,
    { anchors: ['convenient', 'better', 'easier', 'cheaper', 'faster', 'quicker', 'preferred'] },
  ),
];
