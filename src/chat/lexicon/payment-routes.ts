import { ADVANCE_FEES_AND_PHISHING } from './advance-fees';
import { ACCOUNT, cue, WORDS, type Cue } from './cue';
import { DETAILS_BY_EMAIL } from './details-by-email';
import { LEAVING_THE_ORDER } from './leaving-the-order';
import { PERSONAL_ACCOUNTS } from './personal-accounts';
import { REASONS_TO_LEAVE_THE_ORDER } from './reasons-to-leave';

/** The supplier's own bank account, or one abroad: "our bank account in Hong Kong", "our HK account". */
const SUPPLIER_ACCOUNT = `(?:(?:[\\p{L}]+\\s+){0,2}?bank\\s+${ACCOUNT}|(?:hk|hong\\s+kong|overseas|offshore|usd|dollar|foreign|singapore|dubai)\\s+(?:bank\\s+)?${ACCOUNT})\\b`;
/** What the supplier says of its own account to steer the buyer to it: "more convenient", "cheaper". */
const BETTER = '(?:more\\s+convenient|better|easier|cheaper|faster|quicker|preferred)\\b';

/** Said of the money after the order: Alibaba releases it to the supplier, which is how Trade Assurance pays out. */
const PAID_OUT_BY_ALIBABA =
  '(?![^.!?]{0,60}\\b(?:after|once|when)\\s+(?:alibaba|trade\\s+assurance|ta|the\\s+platform)\\s+(?:releases?|transfers?|pays?)\\b)';

/** Bank details wanted for a refund: money the buyer receives. */
const NOT_FOR_A_REFUND = '(?![^.!?\\n]{0,40}\\brefund)';

/** Before an account's words: not "our Alibaba account", "your Trade Assurance account", the escrow's. */
const NOT_AN_ALIBABA_ACCOUNT = '(?!(?:[^\\s,.;:!?]+\\s+){0,3}?(?:alibaba|trade|ta|escrow)\\b)';

/** "to your account", "to your HSBC account": the supplier's, said by the buyer (not its Alibaba account, nor Alibaba paying out). */
const TO_YOUR_ACCOUNT = `to\\s+your\\s+${NOT_AN_ALIBABA_ACCOUNT}(?:[^\\s,.;:!?]+\\s+)?(?:${ACCOUNT}|bank)\\b${PAID_OUT_BY_ALIBABA}`;

/**
 * Where the money is told to go instead of the order: a personal or a third
 * party's account, "pay us directly", an account given in the chat, an
 * advance fee, and the reasons given for leaving Trade Assurance.
 */
export const PAYMENT_ROUTES: readonly Cue[] = [
  ...PERSONAL_ACCOUNTS,
  cue(
    'a third party collecting the money',
    '\\bthird[\\s-]party\\s+(?:payment|collection|receiving)\\s+(?:agent|company|account)\\b|\\bthird[\\s-]party\\s+account\\b|\\bpayment\\s+agent\\b|\\bcollection\\s+agent\\b' +
      // "For payment please use our agent in Hong Kong", "pay the fee to this agent"; a shipping agent's freight is another matter.
      '|\\b(?:pay|payment|remit|transfer|wire)\\w*\\s+(?:\\S+\\s+){0,4}?(?:through|via|to|use)\\s+(?:our|my|this|that)\\s+(?:(?!shipping|freight|forwarding|forwarder|customs)\\S+\\s+){0,2}?agent\\b' +
      // "Pay $300 clearance to the agent below"; "they will forward the payment to us".
      '|\\b(?:pay|payment|remit|transfer|wire)\\w*\\s+(?:\\S+\\s+){0,4}?to\\s+the\\s+(?:following\\s+)?agent\\s+(?:below|as\\s+follows)\\b|\\bforward\\s+the\\s+(?:payment|money|funds)\\s+to\\s+us\\b',
    { anchors: ['third', 'payment agent', 'collection agent', 'agent', 'forward the'] },
  ),
  cue(
    'an escrow outside Alibaba.com',
    // "Our lawyer will hold the deposit in his trust account", "a third-party escrow service": a go-between the
    // supplier picked holds nothing for the buyer (not Trade Assurance, which is Alibaba's own).
    "\\bthird[\\s-]party\\s+escrow\\b|\\btrust\\s+account\\b|\\bescrow(?<!\\b(?:alibaba(?:\\.com)?(?:'s)?|trade\\s+assurance|ta)\\b[^.!?,]{0,40}escrow)\\s+(?:agent|company|account|website|site|service)s?\\b",
    { anchors: ['third', 'trust account', 'escrow'] },
  ),
  cue(
    'a third party collecting the money',
    // "Pay the freight to our forwarder, here is his bank info", 他的账户我发你: a person's bank
    // ("their bank details" may be the buyer's own forwarder's, or Alibaba's).
    `\\b(?:his\\s+bank|her\\s+bank)\\s+(?:${ACCOUNT}|info(?:rmation)?|details)\\b|(?:他的|她的)(?:银行)?(?:账户|账号|卡号|银行卡)`,
    { needsPaymentTalk: true, anchors: ['his bank', 'her bank', '他的', '她的'] },
  ),
  cue(
    'a third party collecting the money',
    // "If you pay to the account of our partner in Malaysia, you save the bank fee" (our own company's is another cue).
    '\\b(?:pay|transfer|remit|wire|send)\\w*\\s+(?:\\S+\\s+){0,3}?(?:to|into)\\s+the\\s+account\\s+of\\s+(?:our|my|a|his|her|this)\\s+(?!(?:company|factory|own)\\b)[\\p{L}]+',
    { anchors: ['account of'] },
  ),
  ...LEAVING_THE_ORDER,
  cue(
    "a transfer to the supplier's own account",
    // Not Trade Assurance paying the supplier out: "Alibaba releases the payment to our account",
    // "the payment goes to our bank after Alibaba releases it".
    `\\b(?:pay|payment|payments|transfer|remit|wire|send|t/t|tt|deposit|balance|settle)\\w*(?<!\\brelease[sd]?\\s+(?:the\\s+|your\\s+)?[a-z/]+)\\s+${WORDS(6)}(?:to\\s+our|to\\s+my|into\\s+our|into\\s+my|through\\s+our|through\\s+my|via\\s+our|via\\s+my)\\s+${NOT_AN_ALIBABA_ACCOUNT}${WORDS(3)}(?:${ACCOUNT}|bank\\s+card|card|bank)\\b${PAID_OUT_BY_ALIBABA}` +
      // "You transfer money our bank": the "to" left out.
      `|\\b(?:transfer|send|pay|remit)\\s+(?:the\\s+)?(?:money\\s+our|money\\s+my)\\s+(?:\\S+\\s+)?(?:bank|${ACCOUNT})\\b` +
      // 付到这个账户, 转到我们的对公账户; not 已转到 (a payment received)
      '|(?<!已经?)(?:付|打|转|汇)款?(?:到|至|进)(?:这个|我们的?|我司的?|公司的?|香港|海外|境外|离岸)[^，。！？\\s]{0,8}?(?:账户|账号|卡)' +
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
    // "Send the payment in our ICICI account", said to the buyer (not "we received the payment in our account").
    `\\b(?:send|transfer|deposit|pay|remit|wire)\\s+(?:the\\s+|your\\s+)?(?:payment|money|amount|balance|deposit|funds)\\s+(?:in\\s+our|in\\s+my)\\s+${NOT_AN_ALIBABA_ACCOUNT}${WORDS(2)}(?:${ACCOUNT}|bank)\\b`,
    { anchors: ['in our', 'in my'] },
  ),
  cue(
    "a transfer to the supplier's own account",
    // Tagalog puts "our" after: "pa-send na lang po sa BDO account namin"; Spanish and Portuguese: "pode pagar
    // via Pix para a nossa conta", "transfiera el depósito a nuestra cuenta".
    // A sending verb first: "na-receive namin ang bayad sa account namin", "el pago en nuestra cuenta ya llegó" say the money arrived.
    '\\b(?:send|padala|ipadala|transfer|deposit|ideposito|hulog|ihulog|magbayad|ibayad)\\s+(?:\\S+\\s+){0,4}?(?:sa|to)\\s+(?:[\\p{L}]+\\s+)?(?:account\\s+namin|account\\s+ko)\\b' +
      '|\\b(?:pagar|pague|paguen|transferir|transfiera|transfira|depositar|deposite|env[íi]e)\\s+(?:\\S+\\s+){0,4}?(?:a|en|para|na|em)\\s+(?:a\\s+)?(?:nuestra\\s+cuenta|nossa\\s+conta)\\b',
    { anchors: ['account namin', 'account ko', 'nuestra cuenta', 'nossa conta'] },
  ),
  cue(
    "a transfer to the supplier's own account",
    // The buyer's side of it: "my company will pay by wire transfer to your account", "I have sent the money to your
    // HSBC account", "the payment slip for the transfer to your account". Not a refund the supplier sends the buyer.
    `\\b(?:i|we|my\\s+company|our\\s+company)(?:\\s*(?:will|'ll|can|shall|am\\s+going\\s+to|are\\s+going\\s+to|have|'ve|had|just|already))*\\s+(?:pay|paid|transfer|wire|remit|sent|send)\\w*(?!\\s+(?:\\S+\\s+){0,4}?(?:refunds?|compensation|difference)\\b)\\s+${WORDS(4)}${TO_YOUR_ACCOUNT}` +
      `|\\b(?<!\\brefund\\s)(?:transfer|payment|remittance|wire)\\s+(?:of\\s+${WORDS(3)})?${TO_YOUR_ACCOUNT}`,
    { anchors: ['to your'] },
  ),
  cue(
    "the supplier's bank details asked for",
    // The buyer about to pay outside the order: "send me your bank details so I can transfer the deposit".
    // Not bank details for a refund, which the buyer receives.
    `\\b(?:send\\s+me|send\\s+us|give\\s+me|give\\s+us|share\\s+me|provide\\s+me|provide\\s+us|tell\\s+me|tell\\s+us|forward\\s+me|forward\\s+us)\\s+(?:your\\s+(?:company(?:'s)?\\s+)?(?:bank|banking|account|payment|wire|remittance)|the\\s+(?:bank|banking))\\s+(?:details|info(?:rmation)?|account(?:\\s+(?:details|number))?|particulars|instructions|number)\\b${NOT_FOR_A_REFUND}` +
      `|\\b(?:what\\s+is\\s+your|what's\\s+your|can\\s+(?:i|we)\\s+(?:have\\s+your|get\\s+your))\\s+(?:bank|banking)\\s+(?:details|account|info(?:rmation)?)\\b${NOT_FOR_A_REFUND}`,
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
    // "For USD please pay to the HK account": an account abroad, not the order's.
    `\\b(?:pay|payment|transfer|remit|wire|send|deposit)\\w*\\s+(?:\\S+\\s+){0,4}?(?:to|into)\\s+the\\s+(?:hk|hong\\s+kong|overseas|offshore|usd|dollar|foreign|singapore|dubai)\\s+(?:bank\\s+)?${ACCOUNT}\\b`,
    {
      anchors: ['hk', 'hong', 'overseas', 'offshore', 'usd', 'dollar', 'foreign', 'singapore', 'dubai'],
    },
  ),
  cue(
    "a transfer to the supplier's own account",
    // "Our bank account in Hong Kong is more convenient for USD", "it is cheaper to pay to our HK account":
    // the supplier's own account offered as the better way to pay.
    `\\b(?:our|my)\\s+${SUPPLIER_ACCOUNT}[^.!?\\n]{0,30}?\\b(?:is|are|will\\s+be|would\\s+be)\\s+(?:much\\s+|far\\s+)?${BETTER}` +
      `|${BETTER}\\s+(?:to|if\\s+you)\\s+(?:pay|use|transfer|send|remit)\\w*\\s+(?:\\S+\\s+){0,3}?(?:our|my)\\s+${SUPPLIER_ACCOUNT}`,
    { anchors: ['convenient', 'better', 'easier', 'cheaper', 'faster', 'quicker', 'preferred'] },
  ),
  cue(
    'an account to be sent in the chat',
    `\\b(?:pay|transfer|remit|send|wire)\\w*\\s+(?:\\S+\\s+){0,4}?(?:to|into)\\s+(?:the|this|that)\\s+(?:bank\\s+)?${ACCOUNT}\\s+(?:that\\s+|which\\s+)?i\\s+(?:will\\s+|'ll\\s+)?(?:send|give|share|provide)`,
    { anchors: ['acc', 'acou', 'a/c'] },
  ),
  cue(
    'an account given in the chat',
    // "Pay the customs duty to this account", "refund the difference to this account", "here is their account".
    `\\b(?:pay|transfer|remit|send|wire|refund|arrange)\\w*\\s+(?:\\S+\\s+){0,5}?(?:to|into)\\s+(?:this|that|their|his|her|the\\s+following|the\\s+below|below|following)\\s+(?:bank\\s+)?${ACCOUNT}\\b` +
      `|\\bhere\\s+(?:is|are)\\s+(?:their|his|her)\\s+(?:bank\\s+)?(?:${ACCOUNT}|details)\\b` +
      // "Please use the account below"; "use this account to log in" names no bank and nothing below.
      `|\\buse\\s+(?:the\\s+following|the\\s+below|this|that|the)\\s+(?:new\\s+)?(?:bank\\s+${ACCOUNT}|${ACCOUNT}\\s+(?:below|details\\s+below))\\b` +
      `|\\buse\\s+the\\s+following\\s+(?:new\\s+)?${ACCOUNT}\\b` +
      // "All invoices after 1st March should be paid to the account ending 4421."
      `|\\b(?:pa(?:y|id)|remit\\w*|sent|send|transfer\\w*|wire[sd]?)\\s+(?:in)?to\\s+(?:the|our|this|a)\\s+(?:new\\s+)?(?:bank\\s+)?${ACCOUNT}\\s+(?:ending|ends)\\s+(?:in\\s+|with\\s+)?\\d{3,4}\\b` +
      // "Please re-pay to the account below", "the fee paid to the logistics company account below".
      `|\\b(?:pay|paid|re-?pay|transfer|remit|send|sent|wire)\\w*\\s+(?:\\S+\\s+){0,3}?(?:to|into)\\s+the\\s+(?:new\\s+)?(?:[^\\s,.;:!?]+\\s+){0,2}?(?:bank\\s+)?${ACCOUNT}\\s+(?:(?:stated|given|shown|listed|written|mentioned)\\s+)?(?:below|details\\s+below|as\\s+follows)\\b` +
      // "Effect payment to the account stated in the attached invoice", "remit the deposit to the account in the contract".
      `|\\b(?:pay|payment|transfer|remit|send|wire)\\w*\\s+(?:\\S+\\s+){0,3}?(?:to|into)\\s+the\\s+(?:bank\\s+)?${ACCOUNT}\\s+(?:(?:stated|given|shown|written|listed)\\s+)?(?:in|on)\\s+the\\s+(?:attached|contract|pi|proforma(?:\\s+invoice)?)\\b`,
    { anchors: ['acc', 'acou', 'a/c', 'details'] },
  ),
  cue(
    'bank details given in the chat',
    // A bank's SWIFT/BIC code, written out for a wire: "SWIFT: BKCHCNBJ45A" (not "what is your SWIFT code?").
    '\\bswift(?:\\s*(?:/\\s*bic|code))?\\s*[:：#]?\\s*(?!(?:transfers?|payments?|messages?|network|charges|details|system|banking|process|remittance)\\b)[a-z]{6}[a-z0-9]{2}(?:[a-z0-9]{3})?\\b|\\bbic(?:\\s*code)?\\s*[:：#]\\s*[a-z]{6}[a-z0-9]{2}(?:[a-z0-9]{3})?\\b',
    { anchors: ['swift', 'bic'] },
  ),
  cue(
    "an order on the supplier's own website",
    // "You can order on our own website with a 10% discount"; not "our store on Alibaba".
    '\\b(?:order|buy|pay|purchase|check\\s?out)\\w*\\s+(?:\\S+\\s+){0,3}?(?:on|through|via|from|at|in)\\s+(?:our|my)\\s+(?:own\\s+|official\\s+)?(?:web\\s?site|site|online\\s+(?:shop|store)|web\\s?shop|shop|store)\\b(?!\\s+(?:on|at|in)\\s+alibaba)' +
      // "I will send you a payment link from our own system": a checkout the supplier runs, not the order's.
      '|\\bpayment\\s+link\\s+(?:from|on|in|through|of)\\s+(?:our|my)\\s+(?:own\\s+|official\\s+)?(?:system|web\\s?site|site|online\\s+(?:shop|store)|web\\s?shop|shop|store)\\b',
    { anchors: ['site', 'shop', 'store', 'payment link'] },
  ),
  cue(
    'a payment QR code',
    '\\b(?:scan|use)\\s+(?:\\S+\\s+){0,3}?qr\\s*code\\s+(?:to|and)\\s+(?:pay|make\\s+(?:the\\s+)?payment|transfer)\\b|\\bpayment\\s+qr\\s*code\\b|\\bqr\\s*code\\s+(?:for|of)\\s+(?:the\\s+)?payment\\b|收款码|付款码|扫码(?:付款|支付|转账|付钱|付)|扫(?:描|一下|一扫)?(?:这个|下面的?|我的)?二维码(?:付款|支付|转账|付钱|付)|二维码(?:付款|支付)',
    { anchors: ['qr', '收款码', '付款码', '扫码', '二维码'] },
  ),
  ...DETAILS_BY_EMAIL,
  ...ADVANCE_FEES_AND_PHISHING,
  ...REASONS_TO_LEAVE_THE_ORDER,
];
