import { ADVANCE_FEES_AND_PHISHING } from './advance-fees';
import { ACCOUNT, AN_AMOUNT, cue, type Cue } from './cue';
import { DETAILS_BY_EMAIL } from './details-by-email';
import { DETAILS_SENT_ON_APPS } from './details-on-apps';
import { BUYER_GOES_ALONG } from './buyers-agreement';
import { CARD_DETAILS } from './card-details';
import { DETAILS_PROMISED_FOR_LATER } from './details-promised';
import { INSTEAD_OF_THE_ORDER } from './instead-of-the-order';
import { LEAVING_THE_ORDER } from './leaving-the-order';
import { PAYMENT_QR_CODES } from './payment-qr-codes';
import { PERSONAL_ACCOUNTS } from './personal-accounts';
import { REASONS_TO_LEAVE_THE_ORDER } from './reasons-to-leave';
import { SUPPLIER_CHECKOUTS } from './supplier-checkouts';
import { SUPPLIER_OWN_ACCOUNTS } from './supplier-accounts';
import { THIRD_PARTY_ACCOUNTS } from './third-party-accounts';
import { OTHER_CUSTOMERS_PAY_THERE } from './reassured-payee';
import { THIRD_PARTY_FEES } from './third-party-fees';

/** The label of bank details written out in the chat: the order's own payee, shown on its payment page, is read apart. */
export const BANK_DETAILS_GIVEN = 'bank details given in the chat';

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
      // "For payment please use our agent in Hong Kong", "pay the fee to this agent", "… reversal bond to our settlement
      // officer"; a shipping agent's freight is another matter.
      '|\\b(?:pay|payment|remit|transfer|wire)\\w*\\s+(?:\\S+\\s+){0,4}?(?:through|via|to|use)\\s+(?:our|my|this|that)\\s+(?:(?!shipping|freight|forwarding|forwarder|customs)\\S+\\s+){0,2}?(?:agent|representative|(?:settlement|clearing|payment|finance)\\s+officer)\\b' +
      // "Pay $300 clearance to the agent below"; "they will forward the payment to us".
      '|\\b(?:pay|payment|remit|transfer|wire)\\w*\\s+(?:\\S+\\s+){0,4}?to\\s+the\\s+(?:following\\s+)?agent\\s+(?:below|as\\s+follows)\\b|\\bforward\\s+the\\s+(?:payment|money|funds)\\s+to\\s+us\\b',
    {
      anchors: [
        'third',
        'payment agent',
        'collection agent',
        'agent',
        'representative',
        'officer',
        'forward the',
      ],
    },
  ),
  cue(
    'a third party collecting the money',
    // "Our agent in Dubai will collect the payment from you", "our agent in Nigeria will receive the balance in Naira":
    // someone of theirs picks up the money ("my boss told me to collect the balance" asks for it to be paid, not how).
    // Its own cue, as "collect" is in messages the one above needn't try.
    '\\b(?:collect|receive)\\s+(?:the\\s+|your\\s+)?(?:payment|money|cash|deposit|balance|funds|usd|dollars|euros?)\\b(?!\\s+(?:confirmation|notice|notification|receipt|screenshot|slip|proof|e-?mail|message)s?\\b)(?<=\\b(?:agent|representative|rep|colleague|boss|manager|friend|partner|driver|brother|cousin|staff|someone|somebody|he|she)\\s+(?:(?!(?:told|asked|wants|needs)\\b)\\S+\\s+){0,6}?(?:collect|receive)\\s+(?:the\\s+|your\\s+)?(?:payment|money|cash|deposit|balance|funds|usd|dollars|euros?))',
    { anchors: ['collect', 'receive'] },
  ),
  cue(
    'a payment split over several accounts',
    // "Kindly pay the deposit in two parts to two different accounts": no Trade Assurance order pays that way.
    '\\b(?:to|into|between)\\s+(?:two|2|three|3|several|multiple|different|separate)\\s+(?:different\\s+|separate\\s+)?(?:bank\\s+)?(?:accounts|beneficiaries)\\b',
    { needsPaymentTalk: true, anchors: ['accounts', 'beneficiaries'] },
  ),
  cue(
    'an escrow outside Alibaba.com',
    // "Our lawyer will hold the deposit in his trust account", "a third-party escrow service": a go-between the
    // supplier picked holds nothing for the buyer (not Trade Assurance, which is Alibaba's own).
    // French "mon compte séquestre" (my escrow account), a notary's office paid by transfer ("virement à son étude"). Not "the
    // seller's escrow account is Alibaba Trade Assurance".
    "\\bthird[\\s-]party\\s+escrow\\b|\\btrust\\s+account\\b|\\bcompte\\s+s[ée]questre\\b|\\bvirement\\s+[àa]\\s+son\\s+[ée]tude\\b|\\bescrow(?<!\\b(?:alibaba(?:\\.com)?(?:'s)?|trade\\s+assurance|ta)\\b[^.!?,]{0,40}escrow)\\s+(?:agent|company|account|website|site|service)s?\\b(?!\\s+(?:is|=|:)\\s+(?:alibaba|trade\\s+assurance|ta)\\b)",
    { anchors: ['third', 'trust account', 'escrow', 'séquestre', 'sequestre', 'étude', 'etude'] },
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
  ...INSTEAD_OF_THE_ORDER,
  ...SUPPLIER_OWN_ACCOUNTS,
  cue(
    'an account to be sent in the chat',
    `\\b(?:pay|transfer|remit|send|wire)\\w*\\s+(?:\\S+\\s+){0,4}?(?:to|into)\\s+(?:the|this|that)\\s+(?:bank\\s+)?${ACCOUNT}\\s+(?:that\\s+|which\\s+)?i\\s+(?:will\\s+|'ll\\s+)?(?:send|give|share|provide)` +
      // "Send the payments to the account in my next message."
      `|\\b(?:pay|transfer|remit|send|wire)\\w*\\s+(?:\\S+\\s+){0,4}?(?:to|into)\\s+(?:the|this|that)\\s+(?:new\\s+)?(?:bank\\s+)?${ACCOUNT}\\s+(?:in|from)\\s+(?:my|our|the)\\s+next\\s+(?:message|mail|e-?mail)\\b` +
      // 她会给你收款账号: a receiving account to come from someone in the chat (the order shows Alibaba's own).
      '|(?:给|发给?|發給?|告诉)(?:你|您)(?:我们的?|我的|她的|他的)?收款(?:账号|账户|帐号|帳號|帳戶|信息|资料)' +
      // Spanish and Portuguese "a la cuenta que le paso por WhatsApp", "na conta do despachante que eu te passar".
      '|\\b(?:cuenta|conta)\\s+(?:\\S+\\s+){0,2}?que\\s+(?:eu\\s+|yo\\s+)?(?:le|te|les|lhe)\\s+(?:paso|pasar[ée]|passo|passar|env[íi]o|enviar[ée]?|envie|mando|mandar[ée]?|mande|doy|dou|dar[ée])\\b',
    { anchors: ['acc', 'acou', 'a/c', '收款', 'cuenta', 'conta'] },
  ),
  cue(
    'an account given in the chat',
    // "Pay the customs duty to this account", "refund the difference to this account", "here is their account", "pay him
    // the fee to his Al Rajhi account", "clearing fee paid today to his account" (not "we paid … to their account last time"),
    // "remit the advance amount to below mentioned account".
    `\\b(?:pay|paid(?<!\\b(?:i|we|they|you|he|she)\\s+(?:have\\s+|had\\s+|already\\s+|just\\s+)?paid)|transfer|remit|send|wire|refund|arrange)\\w*\\s+(?:\\S+\\s+){0,7}?(?:to|into)\\s+(?:(?:this|that|their|his|her|the\\s+following|the\\s+below|below|following)\\s+(?:(?:mentioned|given|stated)\\s+)?(?:bank\\s+)?|(?:his|her|their)\\s+[^\\s,.;:!?]+\\s+(?:[^\\s,.;:!?]+\\s+)?)${ACCOUNT}\\b` +
      `|\\bhere\\s+(?:is|are)\\s+(?:their|his|her)\\s+(?:bank\\s+)?(?:${ACCOUNT}|details)\\b` +
      // "The forwarder need 180 usd to his account before shipping" (not "we need access to this account").
      `|\\bneeds?\\s+(?:usd|us\\$|\\$|rmb|eur|€)?\\s?\\d[\\d,.]*\\s*(?:usd|dollars?|rmb|eur|euros?)?\\s+(?:to|into)\\s+(?:this|that|their|his|her)\\s+(?:bank\\s+)?${ACCOUNT}\\b` +
      // "They need the balance 6,800 usd in their account before Friday".
      `|\\bneeds?\\s+(?:the\\s+)?(?:balance|deposit|payment|money)\\s+(?:${AN_AMOUNT}\\s+)?(?:to|into|in)\\s+(?:their|his|her)\\s+(?:bank\\s+)?${ACCOUNT}\\b` +
      // "Send money by bank transfer to the account in chat".
      `|\\b(?:to|into)\\s+the\\s+(?:bank\\s+)?${ACCOUNT}\\s+(?:in|on)\\s+(?:the\\s+|this\\s+|our\\s+)?chat\\b` +
      // "Send 50% deposit by TT to the company account I gave you", "… to the account i sent yesterday", "pay only the acc i email u", "pay
      // balance today to the account in my last message" (not a courier's account for the samples).
      `|\\b(?:pay|transfer|remit|send|wire|tt|t/t)\\w*\\s+(?:\\S+\\s+){0,5}?(?:(?:to|into)\\s+)?the\\s+(?:(?!dhl|fedex|ups|tnt|sf|courier|express|shipping)\\S+\\s+){0,2}?${ACCOUNT}\\s+(?:(?:that\\s+|which\\s+)?(?:i|we)\\s+(?:already\\s+)?(?:gave|sent|shared|provided|told|e-?mail(?:ed)?|mailed|texted)(?:\\s+(?:to\\s+)?(?:you|u)\\b|\\s+(?:yesterday|before|earlier|last\\s+(?:time|week))\\b)|(?:in|from)\\s+(?:my|our)\\s+(?:(?:last|previous|earlier)\\s+)?(?:message|msg|mail|e-?mail)\\b)` +
      // "Please use the account below"; "use this account to log in" names no bank and nothing below.
      `|\\buse\\s+(?:the\\s+following|the\\s+below|this|that|the)\\s+(?:new\\s+)?(?:bank\\s+${ACCOUNT}|${ACCOUNT}\\s+(?:below|details\\s+below))\\b` +
      `|\\buse\\s+the\\s+following\\s+(?:new\\s+)?${ACCOUNT}\\b` +
      // "All invoices after 1st March should be paid to the account ending 4421."
      `|\\b(?:pa(?:y|id)|remit\\w*|sent|send|transfer\\w*|wire[sd]?)\\s+(?:in)?to\\s+(?:the|our|this|a)\\s+(?:new\\s+)?(?:bank\\s+)?${ACCOUNT}\\s+(?:ending|ends)\\s+(?:in\\s+|with\\s+)?\\d{3,4}\\b` +
      // "Pls pay by company account below", Chinglish for paying into it.
      `|\\b(?:pay|transfer|remit|send|wire)\\s+(?:by|via|through|with)\\s+(?:our\\s+|the\\s+|my\\s+)?(?:company\\s+|bank\\s+|company\\s+bank\\s+)?${ACCOUNT}\\s+(?:below|as\\s+follows?)\\b` +
      // "Please re-pay to the account below", "the fee paid to the logistics company account below", "transfer to acc below".
      `|\\b(?:pay|paid|re-?pay|transfer|remit|send|sent|wire|tt|t/t)\\w*\\s+(?:\\S+\\s+){0,3}?(?:to|into)\\s+(?:the\\s+)?(?:new\\s+)?(?:[^\\s,.;:!?]+\\s+){0,2}?(?:bank\\s+)?${ACCOUNT}\\s+(?:(?:stated|given|shown|listed|written|mentioned)\\s+)?(?:below|details\\s+below|as\\s+follows|attached)\\b` +
      // "Effect payment to the account stated in the attached invoice", "remit the deposit to the account in the contract".
      `|\\b(?:pay|payment|transfer|remit|send|wire)\\w*\\s+(?:\\S+\\s+){0,3}?(?:to|into)\\s+the\\s+(?:bank\\s+)?${ACCOUNT}\\s+(?:(?:stated|given|shown|written|listed)\\s+)?(?:in|on)\\s+the\\s+(?:attached|contract|pi|proforma(?:\\s+invoice)?)\\b` +
      // "Storage is paid by bank transfer today. Account details attached": a wire, and the account for it sent along.
      `|\\b(?:by|via)\\s+(?:bank\\s+transfer|wire(?:\\s+transfer)?|t/?t)\\b[^?]{0,60}?\\b(?:bank|account|banking)\\s+details\\s+(?:are\\s+)?(?:attached|enclosed)\\b`,
    // The order's own account, which a T/T into a Trade Assurance order is paid to, is no finding ("Beneficiary: Alibaba.com Singapore …").
    { offeredInOrder: true, anchors: ['acc', 'acou', 'a/c', 'details'] },
  ),
  cue(
    BANK_DETAILS_GIVEN,
    // A bank's SWIFT/BIC code, written out for a wire: "SWIFT: BKCHCNBJ45A" (not "what is your SWIFT code?", nor a
    // Suzuki Swift's "headlamp").
    '\\bswift(?<!\\b(?:suzuki|maruti)\\s+swift)(?<!(?:advising\\s+bank|banco\\s+avisador|banque\\s+notificatrice|通知行|\\bl\\/?c\\b|letter\\s+of\\s+credit)[^]{0,100}?swift)(?:\\s*(?:/\\s*bic|code))?\\s*[:：#]?\\s*(?!(?:transfers?|payments?|messages?|network|charges|details|system|banking|process|remittance)\\b)[a-z]{6}[a-z0-9]{2}(?:[a-z0-9]{3})?\\b|\\bbic(?:\\s*code)?\\s*[:：#]\\s*[a-z]{6}[a-z0-9]{2}(?:[a-z0-9]{3})?\\b',
    { anchors: ['swift', 'bic'] },
  ),
  cue(
    BANK_DETAILS_GIVEN,
    // A Mexican CLABE, the 18 digits that receive a transfer: "pay in MXN to their BBVA CLABE 012180001523847291".
    '\\bclabe\\s*(?:interbancaria\\s*)?[:：#]?\\s*(?:\\d[\\s-]?){17}\\d\\b',
    { anchors: ['clabe'] },
  ),
  ...SUPPLIER_CHECKOUTS,
  cue(
    'a third party collecting the money',
    // "Send the money to the shipping agent, they will pay us", "transfer 1,250 USD to the logistics company account",
    // "I will send you their bank information", "el agente de aduana … deposite a su cuenta".
    `\\b(?:they|he|she|the\\s+agent)\\s+will\\s+(?:pay\\s+us|pay\\s+it\\s+to\\s+us|(?:transfer|remit|send)\\s+(?:it\\s+|the\\s+money\\s+)?to\\s+us)\\b` +
      // "You pay in lira to Akdeniz Ticaret, they pay us": said as it happens, after the buyer is told whom to pay
      // (not "our customers in Europe, they pay us by L/C").
      '|\\b(?:you|u|pls|please)\\s+(?:can\\s+)?(?:pay|transfer|send|remit|wire)\\b(?!\\s+(?:it\\s+)?(?:to|into|via|through|in)\\s+(?:the\\s+)?(?:alibaba|trade\\s+assurance|ta\\b|platform))[^.!?]{0,100}?\\b(?:they|he|she)\\s+(?:then\\s+)?(?:pay\\s+us|pay\\s+it\\s+to\\s+us|(?:transfer|remit|send|forward)\\s+(?:it\\s+|the\\s+money\\s+)?to\\s+us)\\b' +
      // "Pay to a company account: Lianyi Logistics Ltd (our forwarder), who pays us after shipment" (not "pay to the
      // Alibaba order, which pays us after you confirm receipt").
      '|\\b(?:who|which)\\s+(?:then\\s+|will\\s+|later\\s+)?(?:pays\\s+us|pay\\s+us)\\b(?<=\\b(?:pay|transfer|remit|wire|send)\\w*\\s+(?:\\S+\\s+){0,3}?(?:to|into)\\s+(?:(?!alibaba|trade\\s+assurance|the\\s+platform)[^!?\\n]){0,100}?pays?\\s+us)' +
      `|\\b(?:pay|transfer|remit|wire|send)\\w*\\s+(?:\\S+\\s+){0,4}?(?:to|into)\\s+(?:the|their|our)\\s+(?:shipping|logistics|forwarder|forwarding|freight|customs|clearance|trucking)(?:\\s+(?:company|agent|broker))?(?:'s)?\\s+(?:bank\\s+)?${ACCOUNT}\\b` +
      "|\\b(?:i|we)\\s+(?:will\\s+|'ll\\s+|can\\s+|shall\\s+)?(?:send|give|share)\\s+(?:you\\s+)?(?:(?:their\\s+bank|his\\s+bank|her\\s+bank)\\s+(?:info(?:rmation)?|details|account)|(?:their\\s+account|his\\s+account|her\\s+account)\\s+details)\\b" +
      '|\\b(?:agente\\s+de\\s+aduanas?|aduana|transitario)[^.!?]{0,80}?\\b(?:dep(?:[óo]sit|os[íi]t)(?:e|elo|ela|elos|elas)|p[áa]gue(?:lo|la|los|las)?|transfiera(?:lo|la|los|las)?|env[íi]e(?:lo|la|los|las)?)\\s+(?:\\S+\\s+){0,2}?(?:a\\s+|en\\s+)?(?:su|la)\\s+cuenta\\b',
    {
      anchors: [
        'pay us',
        'pays us',
        'to us',
        'shipping',
        'logistics',
        'forwarder',
        'forwarding',
        'freight',
        'customs',
        'clearance',
        'trucking',
        'their bank',
        'his bank',
        'her bank',
        'their account',
        'his account',
        'her account',
        'aduana',
        'transitario',
      ],
      // Each branch is an instruction or a statement of its own: "your bank dont see China, you pay … they pay us".
      instruction: true,
    },
  ),
  ...DETAILS_SENT_ON_APPS,
  ...PAYMENT_QR_CODES,
  ...DETAILS_BY_EMAIL,
  ...DETAILS_PROMISED_FOR_LATER,
  ...BUYER_GOES_ALONG,
  ...CARD_DETAILS,
  ...ADVANCE_FEES_AND_PHISHING,
  ...THIRD_PARTY_FEES,
  ...THIRD_PARTY_ACCOUNTS,
  ...OTHER_CUSTOMERS_PAY_THERE,
  ...REASONS_TO_LEAVE_THE_ORDER,
];
