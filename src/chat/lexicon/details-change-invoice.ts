import { NOT_A_BANK_OF_THINGS } from './bank-words';
import { ACCOUNT, cue, mentionsOneOf, NOT_FOR_A_REFUND, WORDS, type Cue } from './cue';

/** "Details" alone is not enough here: "the new packaging details are effective immediately". */
export const NAMES_A_BANK = mentionsOneOf(`bank|${ACCOUNT}|beneficiary|iban|swift`);
/**
 * The same, also a bank whose name ends in the word ("Citibank") and an account's holder: for a notice about where
 * payments now go, which names the bank rather than saying "bank".
 */
export const NAMES_ANY_BANK = mentionsOneOf('\\w*bank|account|beneficiary|iban|swift');

/** "… not the (trading) company" closing a sentence about an account: the money goes to someone else. */
const NOT_THAT_COMPANY = `\\s+(?:\\S+\\s+){0,2}?(?:company|factory)(?:'s)?(?:\\s+(?:${ACCOUNT}|name))?(?=\\s*(?:[.,;!?)]|$))${NAMES_A_BANK}`;

/** After the order's own account: "the beneficiary shown is Alibaba's receiving account, not our factory name". */
const NOT_AFTER_THE_ORDERS = `(?<!\\b(?:alibaba|trade\\s+assurance)(?:'s)?\\s+(?:\\S+\\s+)?${ACCOUNT}\\s*,?\\s*not\\s+[^]*)`;

/**
 * Told to pay other than the invoice or the order says ("ignore the bank
 * details on the invoice", "not the company on the PI"), or told the
 * earlier details were wrong. Part of DETAILS_CHANGE, in this order.
 */
export const DISAGREEMENTS_WITH_THE_INVOICE: readonly Cue[] = [
  cue(
    'a different account from the one on the invoice or the order',
    `\\b(?:ignore|disregard|do\\s+not\\s+use|don'?t\\s+use|not\\s+use)\\s+(?:the\\s+)?${WORDS(3)}(?:${ACCOUNT}|bank(?:\\s+(?:details|info(?:rmation)?))?|details${NAMES_A_BANK})\\s+(?:(?:printed|shown|given|written|stated|listed|mentioned)\\s+)?(?:on|in|of|from)\\s+(?:the\\s+|our\\s+)?(?:previous\\s+|old\\s+|earlier\\s+|last\\s+|first\\s+)?(?:pi|invoice|trade\\s+assurance|ta|order|contract|web\\s?site|site|letterhead)` +
      // "Do not remit to the account on the PI", unless the message sends the buyer to the order ("… pay in the Trade Assurance order").
      `|\\b(?:do\\s+not|don'?t)\\s+(?:pay|remit|transfer|wire|send)\\w*\\s+(?:\\S+\\s+){0,3}?(?:to|into)\\s+(?:the\\s+)?(?:usd\\s+|eur\\s+|dollar\\s+|company\\s+)?(?:bank\\s+)?(?:${ACCOUNT}|bank(?:\\s+details)?)\\s+(?:on|in|of|from)\\s+(?:the\\s+|our\\s+)?(?:pi|proforma|invoice|contract|alibaba\\s+(?:page|profile|store|shop|web\\s?site))\\b(?![^]*\\b(?:(?:trade\\s+assurance|alibaba)\\s+order|order\\s+link)\\b)` +
      `|\\b(?:use\\s+our|use\\s+my|use\\s+this|use\\s+the)\\s+${WORDS(3)}(?:${ACCOUNT}|bank)\\s+(?:instead|now|from\\s+now)\\b` +
      `|\\bnow\\s+use\\s+(?:our|my|this|the|a)\\s+${WORDS(3)}(?:${ACCOUNT}|bank)\\b` +
      // Not a person ("our old account manager"), a paper ("the old bank statement") or the same account ("… are still valid").
      `|\\b(?:old\\s+bank${NOT_A_BANK_OF_THINGS}|old\\s+acc?oun?t|old\\s+acct|old\\s+a/c|old\\s+acc|previous\\s+(?:bank|${ACCOUNT})|former\\s+(?:bank|${ACCOUNT}))\\b(?!\\s+(?:manager|executive|rep|representative|team|holder|settings|login|password|statements?|slips?|receipts?|charges?|fees?|notes?)\\b)(?![^.!?]{0,30}\\b(?:still\\s+(?:valid|the\\s+same|in\\s+use|ok|fine|active|working|open|good|correct|usable)|unchanged|not\\s+changed)\\b)` +
      // "The payment goes to our factory's account, not the trading company on the PI."
      `|\\bnot\\s+the\\s+(?:\\S+\\s+){0,2}?(?:${ACCOUNT}|bank|company|beneficiary|name|one)\\s+(?:on|in)\\s+the\\s+(?:pi|proforma(?:\\s+invoice)?|invoice|contract|(?:alibaba\\s+|ta\\s+|trade\\s+assurance\\s+)?order)\\b${NAMES_A_BANK}` +
      // "Please pay the one in the attached letter instead."
      '|\\b(?:pay|use)\\s+(?:the\\s+one|the\\s+account|the\\s+bank)\\s+(?:in|on)\\s+the\\s+(?:attached|enclosed)\\s+(?:letter|file|document|pdf|invoice|pi)\\b' +
      // "Use this acc pls, diff from PI but same company": an account said to differ from the paper the order gave.
      `|\\b${ACCOUNT}\\b[^.!?\\n]{0,30}?\\bdiff(?:erent)?\\s+(?:from|than|to|with)\\s+(?:the\\s+|our\\s+|ur\\s+|your\\s+)?(?:pi|proforma(?:\\s+invoice)?|invoice|contract)\\b` +
      // "Use the account on the commercial invoice, not the Alibaba one."
      `|\\bnot\\s+the\\s+(?:alibaba|trade\\s+assurance|ta)\\s+(?:one|${ACCOUNT})\\b${NAMES_A_BANK}` +
      // "The bank account on the invoice is our factory's account, not the trading company": someone else is paid.
      `|\\bnot\\s+the${NOT_THAT_COMPANY}${NOT_AFTER_THE_ORDERS}|\\bnot\\s+our${NOT_THAT_COMPANY}${NOT_AFTER_THE_ORDERS}` +
      `|\\b(?:bank(?:ing)?\\s+details|bank\\s+${ACCOUNT}|${ACCOUNT}|beneficiary)\\s+for\\s+this\\s+(?:order|payment|shipment)\\s+only\\b` +
      // "Do not pay to the old account anymore": the refusal is the change itself.
      `|\\b(?:do\\s+not|don'?t|stop|no\\s+longer)\\s+(?:pay|send|transfer|remit|wire|use)\\w*\\s+(?:\\S+\\s+){0,3}?(?:old|previous|former|original)\\s+(?:bank|${ACCOUNT})\\b` +
      // "Do not pay to the account on the old PI": the old paper, not the old account, is named.
      `|\\b(?:do\\s+not|don'?t|stop|no\\s+longer)\\s+(?:pay|send|transfer|remit|wire|use)\\w*\\s+(?:\\S+\\s+){0,4}?(?:bank|${ACCOUNT})\\s+(?:details\\s+)?(?:on|in|from)\\s+(?:the\\s+)?(?:old|previous|former|original|earlier|first)\\s+(?:pi|proforma(?:\\s+invoice)?|invoice|contract)\\b`,
    {
      // The phrases, not "use", "old" or "only" alone: those are in "because", "gold", "sold" and many more.
      anchors: [
        'ignore',
        'diff',
        'attached',
        'enclosed',
        'disregard',
        'not use',
        "n't use",
        'use our',
        'use my',
        'use this',
        'use the',
        'now use',
        'old bank',
        'old ac',
        'old a/c',
        'previous',
        'former',
        'for this',
        'do not',
        "don't",
        'dont',
        'stop',
        'no longer',
        'not the',
        'not our',
      ],
    },
  ),
  cue(
    'earlier bank details said to be wrong',
    `\\b(?:bank\\s+(?:info(?:rmation)?|details|${ACCOUNT})|${ACCOUNT}\\s+(?:info(?:rmation)?|details|number|no\\.?)|beneficiary(?:\\s+name)?)\\s+(?:(?:on|in)\\s+(?:(?:the|our|your|my)\\s+)?(?:\\S+\\s+){1,2}?)?(?:was|is|were|are|had)\\s+(?:wrong|incorrect|not\\s+correct|a\\s+mistake|an\\s+error)\\b` +
      // "The account number on the PI I sent yesterday was old", "… on PI I sent last week has mistake" (not "the bank
      // account is old, we opened it in 2010").
      `|\\b${ACCOUNT}\\s+(?:number|no\\.?|details|info(?:rmation)?)\\s+(?:on|in)\\s+(?:the\\s+)?(?:pi|proforma|invoice)\\s+(?:\\S+\\s+){0,4}?(?:was\\s+old|is\\s+old|was\\s+outdated|is\\s+outdated|was\\s+expired|is\\s+expired|was\\s+no\\s+longer\\s+valid|is\\s+no\\s+longer\\s+valid|(?:has|had|have)\\s+(?:a\\s+|an\\s+|some\\s+)?(?:mistake|error)s?|(?:was|is)\\s+(?:wrong|incorrect))\\b` +
      // "Correction on IBAN: the last digits should be 4471", "please use the corrected account number".
      `|\\bcorrection\\s+(?:on|of|to|for)\\s+(?:the\\s+|our\\s+)?(?:iban|swift|bank\\s+(?:details|info(?:rmation)?|${ACCOUNT})|${ACCOUNT}\\s+(?:number|no\\.?|details))\\b` +
      `|\\buse\\s+(?:the\\s+)?corrected\\s+(?:one|iban|swift|bank\\s+details|${ACCOUNT}(?:\\s+(?:number|details))?)\\b(?=[^]*\\b(?:iban|swift|bank|${ACCOUNT})\\b)` +
      // "The invoice in the system has the wrong bank details, use the ones I sent by email" (not "if the invoice has …").
      `|\\b(?:has|had|have|shows?|showed|with|gave\\s+you|sent\\s+you|issued\\s+to|made\\s+out\\s+to)\\s+(?:the\\s+|our\\s+|an?\\s+)?(?:wrong|incorrect|outdated)\\s+(?:bank(?:ing)?(?:\\s+(?:info(?:rmation)?|details|${ACCOUNT})|(?!\\s+(?:charges?|fees?|address|holidays?|name|branch|code|statement)\\b))|${ACCOUNT}\\s+(?:details|number|info(?:rmation)?)|beneficiary(?:\\s+name)?)\\b(?<!\\bif\\s[^,.;!?]*)${NOT_FOR_A_REFUND}` +
      // "The PI from our Hong Kong office has a mistake in the bank".
      `|\\b(?:has|had|have)\\s+(?:a\\s+|an\\s+|some\\s+)?(?:mistake|error)s?\\s+in\\s+the\\s+(?:bank|beneficiary|iban|swift|${ACCOUNT})\\b(?!\\s+of\\b)` +
      // "Remit to the account details in the revised PI": a revised PI alone is routine (quantities change).
      `|\\b(?:${ACCOUNT}|bank|beneficiary)\\s+(?:\\S+\\s+){0,2}?(?:in|on|of)\\s+the\\s+(?:revised|corrected|amended)\\s+(?:pi|proforma|invoice)\\b` +
      // "The account we gave was wrong, the correct one I will send now"; "the previous salesman's PI is invalid".
      `|\\b${ACCOUNT}\\s+(?:we|i)\\s+(?:gave|sent|provided|shared)(?:\\s+you)?(?:\\s+(?:before|earlier|last\\s+time))?\\s+(?:was|is)\\s+(?:wrong|incorrect|not\\s+correct|a\\s+mistake)\\b` +
      `|\\b(?:previous|old|earlier|former)\\s+(?:\\S+\\s+)?(?:pi|proforma|invoice)\\s+(?:is|was|are)\\s+(?:now\\s+)?(?:invalid|void|cancell?ed)\\b${NAMES_A_BANK}` +
      // "The account on your PI is wrong": the paper's account, not a login ("your account on the site is wrong").
      `|\\b${ACCOUNT}\\s+(?:on|in)\\s+(?:the\\s+|your\\s+|our\\s+)?(?:pi|proforma(?:\\s+invoice)?|invoice|contract)\\s+(?:was|is)\\s+(?:wrong|incorrect|not\\s+correct|a\\s+mistake)\\b` +
      // "Pls dont send to the account in PI!! It was hacked."
      `|\\b(?:hacked|compromised)\\b(?<=\\b${ACCOUNT}\\s+(?:in|on|of)\\s+(?:the\\s+|your\\s+|our\\s+)?(?:pi|proforma|invoice)\\b[^\\p{L}]{0,6}(?:it|which|that|this\\s+one)\\s+(?:was|is|has\\s+been|got|been)\\s+(?:hacked|compromised))`,
    {
      anchors: [
        'wrong',
        'correct',
        'mistake',
        'error',
        'was old',
        'is old',
        'expired',
        'no longer valid',
        'mistake',
        'error',
        'revised',
        'amended',
        'outdated',
        'invalid',
        'void',
        'cancel',
        'hacked',
        'compromised',
      ],
    },
  ),
  cue(
    'earlier bank details said to be wrong',
    // "The one printed on your PI is no longer valid", "the bank account shown on PI 2023-118 is invalid", "the bank in
    // the PI was old", "the account in the contract is for RMB only", "the account on the PI belongs to our old
    // partner"; Spanish "la cuenta que aparece en la factura es la antigua", "la cuenta de la factura ya no sirve".
    `\\b(?:one|bank|${ACCOUNT})\\s+(?:printed\\s+|shown\\s+|written\\s+)?(?:on|in)\\s+(?:(?:the|your|our)\\s+)?(?:pi|proforma|invoice|contract)(?:\\s+(?:no\\.?\\s*)?[\\w-]*\\d[\\w-]*)?(?:\\s+(?:that\\s+)?(?:we|i)\\s+(?:sent|send|gave)(?:\\s+(?:you|u))?(?:\\s+(?:last\\s+week|yesterday|before|earlier))?)?\\s+(?:is|was)\\s+(?:no\\s+longer\\s+(?:valid|in\\s+use|used)|invalid|outdated|closed|(?:the\\s+)?old|wrong|incorrect|(?:for\\s+)?(?:rmb|cny|local\\s+currency)\\s+only|(?:for\\s+)?eur\\s+only|(?:for\\s+)?usd\\s+only|only\\s+for\\s+(?:rmb|cny|local\\s+currency))\\b` +
      `|\\b${ACCOUNT}\\s+(?:on|in)\\s+the\\s+(?:pi|proforma|invoice)\\s+belongs\\s+to\\s+(?:our\\s+|an?\\s+)?(?:old|former|previous)\\b` +
      '|\\bcuenta\\s+(?:que\\s+(?:aparece|sale|est[áa])\\s+)?(?:en|de)\\s+la\\s+(?:factura|proforma)\\s+(?:\\S+\\s+){0,2}?(?:ya\\s+no\\s+(?:sirve|es\\s+v[áa]lida|la\\s+usamos|est[áa]\\s+activa)|es\\s+la\\s+(?:antigua|vieja|anterior)|no\\s+es\\s+v[áa]lida)',
    {
      anchors: [
        'no longer',
        'invalid',
        'outdated',
        'closed',
        'old',
        'wrong',
        'incorrect',
        'eur only',
        'usd only',
        'rmb',
        'cny',
        'local currency',
        'belongs to',
        'factura',
        'proforma',
      ],
    },
  ),
  cue(
    'earlier bank details said to be wrong',
    // "Pay the second one, the one with the Kowloon address. PI header is outdated": the invoice's details disowned.
    '\\b(?:pi|invoice|proforma)\\s+(?:header|bank\\s+details|details|bank)\\s+(?:is\\s+|are\\s+)?(?:outdated|out\\s+of\\s+date|old|wrong|not\\s+valid|invalid|no\\s+longer\\s+valid)\\b' +
      // "Amy left company; her bank info not valid": the details a colleague gave, disowned.
      '|\\b(?:his|her|their|the\\s+old|the\\s+previous|our\\s+old)\\s+(?:bank|account)\\s+(?:info|information|details)\\s+(?:is\\s+|are\\s+)?(?:not\\s+valid|invalid|no\\s+longer\\s+valid)\\b',
    { anchors: ['outdated', 'out of date', 'old', 'wrong', 'valid'] },
  ),
  cue(
    'earlier bank details said to be wrong',
    // "Please ignore the bank details in our Alibaba profile, they are outdated"; "Tom was dismissed, pls dont trust any
    // bank info from him": details the buyer has seen, disowned, so that new ones can follow.
    '\\bignore\\s+(?:the\\s+|any\\s+)?(?:bank|account|payment)\\s+(?:details|info(?:rmation)?)\\s+(?:in|on|from)\\s+(?:our|the|your|him|her|them)\\b' +
      "|\\b(?:don'?t|do\\s+not|never)\\s+trust\\s+(?:any\\s+|the\\s+)?(?:bank|account|payment)\\s+(?:details|info(?:rmation)?)\\s+(?:from|sent\\s+by|given\\s+by)\\s+(?:him|her|them)\\b" +
      // Portuguese "ignore os dados bancários antigos", Spanish "ignore los datos bancarios anteriores".
      '|\\bignore\\s+os\\s+dados\\s+banc[áa]rios\\s+(?:antigos|anteriores)\\b|\\bignore\\s+los\\s+datos\\s+bancarios\\s+(?:antiguos|anteriores)\\b' +
      // "Our sales girl Anna left, pls dont pay to the account she gave", "… do NOT pay to the bank she gave".
      "|\\b(?:don'?t|do\\s+not|never)\\s+pay\\s+(?:to|into|in)\\s+the\\s+(?:bank\\s+)?(?:account|acc|acct|bank)\\s+(?:she\\s+gave|he\\s+gave|they\\s+gave|she\\s+sent|he\\s+sent|they\\s+sent|she\\s+provided|he\\s+provided|they\\s+provided|she\\s+shared|he\\s+shared|they\\s+shared)\\b",
    {
      anchors: [
        'ignore',
        'trust',
        'he gave',
        'he sent',
        'he provided',
        'he shared',
        'they gave',
        'they sent',
        'they provided',
        'they shared',
      ],
      noIsTheWarning: true,
    },
  ),
];
