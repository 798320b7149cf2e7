import {
  LETTER_OF_CREDIT_BANKS,
  NOT_A_BANK_BUILDING,
  NOT_A_BANK_FOR_MONEY,
  NOT_A_BANK_OF_THINGS,
} from './bank-words';
import { ACCOUNT, cue, mentionsOneOf, WORDS, type Cue } from './cue';
import { DISAGREEMENTS_WITH_THE_INVOICE, NAMES_A_BANK } from './details-change-invoice';
import { DETAILS_CHANGE_IN_OTHER_LANGUAGES } from './details-change-languages';
import { PRETEXTS_IN_OTHER_LANGUAGES } from './details-change-languages-pretexts';
import { PRETEXTS_FOR_A_NEW_ACCOUNT } from './details-change-pretexts';
import { OTHER_ACCOUNTS, RECEIVING_BANK_CHANGED } from './details-change-receiving-bank';
import { RECIPIENT_CHANGES } from './details-change-recipient';
import { SAME_OWNER_ANOTHER_PAYEE } from './reassured-payee';
import { NEW_ACCOUNT_ABROAD_IN_CHINESE } from './details-change-new-account-abroad';
import { OLD_ACCOUNT_NO_LONGER_THE_ONE } from './details-change-old-account';

const DESTINATION = `(?:bank\\s+${ACCOUNT}|${ACCOUNT}|bank\\s+details|banking\\s+details|banking\\s+info(?:rmation)?|bank(?:ing)?\\s+instructions|bank\\s+info(?:rmation)?|beneficiary|receiving\\s+(?:${ACCOUNT}|bank)|payment\\s+(?:details|${ACCOUNT}|information|instructions)(?!\\s*:?\\s*(?:the\\s+)?(?:order|price|amount|total|invoice|quantity)\\s+(?:is|has|was|will)\\b)|(?:remittance|wire)\\s+(?:details|info(?:rmation)?|instructions|particulars)|bank(?:ing)?\\s+coordinates|swift(?:\\s+code)?|iban|bank(?!\\s+(?:charges?|fees?|holidays?|commissions?|costs?|logos?|holders?|card\\s+(?:designs?|holders?|printing|samples?|sizes?|colou?rs?))\\b)${NOT_A_BANK_FOR_MONEY}${NOT_A_BANK_OF_THINGS}${NOT_A_BANK_BUILDING})`;

/** Also a wallet or card the money goes to ("my personal Payoneer, company one is blocked"). */
const NAMES_AN_ACCOUNT = mentionsOneOf(
  `bank|${ACCOUNT}|beneficiary|details|payoneer|pay\\s?pal|wise|ali\\s?pay|card`,
);

/**
 * A payment destination that differs from before, from the invoice, or from what the platform shows, and the
 * pretexts that come with it ("under audit", "our Dubai branch will receive it"). Not a change of price or route.
 */
export const DETAILS_CHANGE: readonly Cue[] = [
  cue(
    'a new receiving account',
    // Not the buyer's other login ("you placed the order from another account"), Alibaba's account explained ("it may look
    // different from our company bank"), "the new contact for your account", or "corrected PI here (same bank, …)".
    `\\b(?:new|changed|updated|different|another|temporary|correct(?:ed)?|amended|revised|second|secondary|other|alternative)(?<!\\bfrom\\s+another)(?<!\\b(?:looks?|seems?)\\s+different)(?!\\s+(?:but|while|whereas|although|on|to)\\b)(?<!\\b(?:${LETTER_OF_CREDIT_BANKS})\\s+bank\\s+(?:\\S+\\s+){0,2}(?:changed|updated))\\s+${WORDS(3)}${DESTINATION}\\b(?<!\\b(?:for|with|on)\\s+your\\s+account)(?<!\\bsame\\s+(?:bank|account|beneficiary))`,
    {
      anchors: [
        'new',
        'chang',
        'updat',
        'differ',
        'another',
        'temporar',
        'correct',
        'amended',
        'revised',
        'second',
        'other',
        'alternative',
      ],
    },
  ),
  cue(
    'a new receiving account',
    // "Transfer to our backup account in Malaysia" (a cue apart, so "spare parts" don't run the one above); "I will give
    // you our real company account" (not the storefront told from copies: "our real account has the verified badge").
    `\\b(?:spare|backup|back-up)\\s+(?:bank\\s+)?${ACCOUNT}\\b|\\b(?:our|my)\\s+real\\s+(?:company\\s+|bank\\s+){0,2}${ACCOUNT}\\b(?![^.!?]{0,40}\\b(?:badge|verified|store|shop|profile|years\\s+on))`,
    { anchors: ['spare', 'backup', 'back-up', 'real'] },
  ),
  cue(
    'a changed receiving account',
    // "The bank is now closed" or "our bank closed early" tells its hours, not a closed account; a date may stand between
    // ("on PI dated 12 March"). Not "call-back for any bank change", nor the payment's "beneficiary reference invalid".
    `\\b(?<!\\b(?:any|every)\\s+)(?:${ACCOUNT}|bank\\s+info(?:rmation)?|bank${NOT_A_BANK_FOR_MONEY}${NOT_A_BANK_OF_THINGS}|beneficiary(?:'s)?(?!\\s+ref(?:erence)?\\b)(?:\\s+name)?|account\\s+(?:holder\\s+)?name|account\\s+holder|bank\\s+details|(?:banking|remittance|payment|wire|receiving)\\s+(?:details|info(?:rmation)?|instructions|particulars)|swift(?:\\s+code)?|iban)\\s+${WORDS(3)}(?:dated\\s+\\S+\\s+(?:\\S+\\s+)?)?(?:has\\s+been\\s+|have\\s+been\\s+|has\\s+|have\\s+|was\\s+|were\\s+|is\\s+|are\\s+|got\\s+|will\\s+be\\s+|will\\s+)?(?:(?:changed?|updated|amended|modified)(?!\\s+(?:pi|proforma|invoice|quotation|quote|contract|po|packing\\s+list|price\\s+list|drawings?|designs?|artwork)\\b)|switched|replaced|frozen|blocked(?!\\s+(?:it|them|(?:your|my|the)\\s+(?:card|payment|transfer)|the\\s+card\\s+payment)\\b)|closed(?<!\\b(?:the|my|your)\\s+bank\\s+(?:is\\s+|was\\s+|are\\s+)?(?:now\\s+|already\\s+|still\\s+)?closed)(?!\\s+early\\b)|locked|don\\s+(?:block|close|change|freeze|expire)|shortened|renamed|suspended|restricted|(?:placed\\s+|put\\s+)?under\\s+(?:(?:annual|system|tax|internal|bank|routine|a|compliance|kyc|aml)\\s+)?(?:audit|review|maintenance|investigation|updation|upgrade|check)|(?:a\\s+)?(?:compliance|kyc|aml)\\s+(?:hold|review|freeze|block)|being\\s+(?:audited|investigated|upgraded|updated|changed|reviewed|switched|replaced|moved|transferred)|doing\\s+(?:an?\\s+|the\\s+)?(?:system\\s+)?(?:upgrade|maintenance|audit|migration)|upgraded(?!\\s+to\\s+(?:an?\\s+)?(?:verified|gold|premium|diamond|vip|pro)\\b)|cancell?ed(?<=\\b(?:account|acc|a/c)\\s+(?:is\\s+|was\\s+|has\\s+been\\s+|got\\s+)?cancell?ed)|acquired|expired|migrated|reopen(?:s|ed)?|moved(?=\\s+(?:from|to)\\b)|not\\s+in\\s+use|not\\s+available|unavailable|no\\s+longer\\s+(?:valid|used|in\\s+use|available|operational|active|in\\s+operation)|outdated|out\\s+of\\s+date|obsolete|(?:now\\s+)?invalid|not\\s+valid\\s+(?:any\\s?more|now)|can\\s+no\\s+longer\\s+receive|unable\\s+to\\s+receive|can(?:not|'t|\\s+not)\\s+receive\\s+(?:\\S+\\s+){0,2}?(?:any\\s?more|now|this\\s+(?:week|month|quarter|year)|until|temporarily|at\\s+the\\s+moment|for\\s+the\\s+time\\s+being|temporarily)|(?:now\\s+)?new(?!\\s+(?:sales|salesperson|manager|colleague|team|rep|representative|person|staff|contact|york|jersey|delhi|zealand|taipei|territories|mexico)\\b)|different(?!\\s+(?:for|with|on)\\s+(?:each|every)\\b))\\b`,
    {
      deniable: true,
      anchors: [
        'acc',
        'acou',
        'a/c',
        'bank',
        'beneficiary',
        // "payment details", "remittance information", "wire instructions": not every "payment"
        'details',
        'info',
        'instructions',
        'particulars',
        'swift',
        'iban',
      ],
    },
  ),
  cue(
    'a changed receiving account',
    `\\b(?:closed|froze|frozen|blocked|suspended|changed?|changing|switch(?:ed|ing)?|replaced?|replacing)\\s+(?:our|the|my)\\s+${WORDS(2)}(?:${ACCOUNT}|bank${NOT_A_BANK_OF_THINGS}|beneficiary)\\b(?!\\s+(?:manager|executive|rep|representative|team|logos?|cards?|holders?|charges?|fees?|holidays?|lists?|modules?|fields?|tables?|menus?|screens?|tabs?)\\b)` +
      // "Our CFO asked to redirect all payments to the account ending 4471."
      '|\\bredirect\\w*\\s+(?:all\\s+|the\\s+|your\\s+|our\\s+|any\\s+)?(?:future\\s+)?(?:payments?|funds|money|remittances?|transfers?|balance|deposit)\\b|\\bredirect\\s+(?:it|them)\\s+to\\s+(?:the|our|this|a)\\b' +
      `|\\b(?:audit|migration|upgrade|maintenance|inspection|investigation)\\s+(?:at|of|on)\\s+(?:our|the)\\s+(?:\\w+\\s+)?(?:bank|${ACCOUNT})\\b` +
      // "Tax bureau is checking our company account": an authority at the account (not "I am checking our account for your payment").
      `|\\b(?:is|are)(?<=\\b(?:bureau|office|department|authority|authorities|bank|government|regulator|customs|police)\\s+(?:is|are))\\s+(?:checking\\s+our|auditing\\s+our|investigating\\s+our|inspecting\\s+our|freezing\\s+our)\\s+(?:company\\s+|corporate\\s+|usd\\s+)?(?:bank\\s+)?${ACCOUNT}\\b` +
      // "Our bank country is now Vietnam", "the payee on our invoices will be …", "we've moved our USD collections to our UAE entity".
      '|\\b(?:bank\\s+country|beneficiary\\s+country)\\s+(?:\\S+\\s+){0,4}?(?:is\\s+now|will\\s+be|has\\s+changed|changed)\\b|\\bpayee\\s+(?:\\S+\\s+){0,3}?will\\s+(?:now\\s+)?be\\b(?!\\s+(?:alibaba|trade\\s+assurance))|\\bmoved\\s+our\\s+(?:\\S+\\s+)?(?:collections|receivables|payments|bank\\s+account)\\s+to\\b' +
      // "Our company moved account to Malaysia branch": the account itself moved to another entity or place.
      '|\\bmoved\\s+(?:our\\s+|the\\s+)?(?:company\\s+)?account\\s+to\\s+(?:our\\s+|the\\s+|a\\s+)?(?:\\S+\\s+){0,2}?(?:branch|entity|subsidiary|sister\\s+company|bank|hk|hong\\s+kong|offshore|overseas)\\b|\\baccount\\s+moved\\s+with\\b' +
      // "Our receivables are now factored to Eastlink Finance", "we appointed a new payment agent for overseas orders".
      '|\\breceivables\\s+are\\s+(?:now\\s+)?(?:factored|assigned|sold)\\s+to\\b|\\bappointed\\s+(?:a\\s+)?(?:new\\s+)?payment\\s+agent\\b' +
      `|\\b${ACCOUNT}\\s+change\\b|\\bswitching\\s+(?:to\\s+)?(?:a\\s+)?(?:new\\s+)?bank\\b|\\b(?:switched|changed)\\s+(?:our\\s+)?banks\\b` +
      // "We have moved our banking to DBS Singapore."
      '|\\bmoved\\s+(?:our\\s+)?(?:banking|bank\\s+account)\\s+to\\b|\\bmoving\\s+our\\s+(?:banking|bank\\s+account)\\s+(?:from|to)\\b|\\bmove\\s+our\\s+(?:banking|bank\\s+account)\\s+(?:from|to)\\b' +
      // "We switched receiving bank last week".
      '|\\b(?:switched|changed|moved)\\s+(?:our\\s+)?(?:receiving|collecting|collection|beneficiary)\\s+(?:bank|account)\\b' +
      // "Pay to the attached bank details, the old one is closed", "my personal Payoneer, company one is blocked": "one" is the account named elsewhere.
      `|\\b(?:old|previous|former|company|business|corporate)\\s+one\\s+(?:is|was|has\\s+been)\\s+(?:closed|frozen|blocked|suspended|cancell?ed|invalid|not\\s+valid|no\\s+longer\\s+(?:valid|used|in\\s+use))\\b${NAMES_AN_ACCOUNT}`,
    {
      anchors: [
        'closed',
        'froze',
        'blocked',
        'suspended',
        'change',
        'switch',
        'replace',
        'changing',
        'replacing',
        'redirect',
        'audit',
        'migration',
        'upgrade',
        'maintenance',
        'inspection',
        'investigation',
        'checking our',
        'auditing our',
        'investigating our',
        'inspecting our',
        'freezing our',
        'change',
        'switching',
        'one',
        'moved',
        'moving',
        'move our',
        'bank country',
        'beneficiary country',
        'payee',
        'receivables',
        'payment agent',
      ],
    },
  ),
  RECEIVING_BANK_CHANGED,
  ...OTHER_ACCOUNTS,
  ...DISAGREEMENTS_WITH_THE_INVOICE,
  ...RECIPIENT_CHANGES,
  ...SAME_OWNER_ANOTHER_PAYEE,
  ...NEW_ACCOUNT_ABROAD_IN_CHINESE,
  cue(
    'a new way to pay, in an attachment or another app',
    // "We have a new payment way, please check the attached file", "contact me on WhatsApp for the new payment method":
    // the new details are where the chat can't show them.
    `\\b(?:new|changed?|updated|different)\\s+(?:\\S+\\s+){0,2}?(?:payment\\s+method|payment\\s+way|payment\\s+channel|payment\\s+mode)s?\\b${mentionsOneOf('attach\\w*|file|pdf|document|whats\\s?app|wechat|telegram|e-?mail')}`,
    { anchors: ['payment method', 'payment way', 'payment channel', 'payment mode'] },
  ),
  cue(
    'a changed receiving account',
    // "Please tell your bank to change the beneficiary name to Li Ming" (not to Alibaba's own receiving company).
    // "Please update your beneficiary records": the supplier's payee is to change in the buyer's bank.
    `\\bchange\\s+(?:the\\s+)?(?:beneficiary|receiving\\s+${ACCOUNT}|bank\\s+${ACCOUNT})(?:'s)?\\s+(?:name\\s+|details\\s+|number\\s+)?to\\b(?!\\s+alibaba)` +
      '|\\bupdate\\s+(?:your\\s+|the\\s+)?(?:beneficiary|payee|bank)\\s+(?:records?|details|information|info)\\b' +
      // "Did you receive our change of bank details letter?"
      '|\\bchange\\s+of\\s+(?:our\\s+|the\\s+)?(?:bank(?:ing)?\\s+(?:details|account|information|info)|beneficiary(?:\\s+details)?|(?:account|remittance)\\s+details|receiving\\s+(?:account|bank)|bank(?:ing)?\\s+partner)\\b',
    { anchors: ['change', 'update '] },
  ),
  cue(
    'a new beneficiary from now on',
    // "From now (on) please send …", "from this order onwards"; not "from today my colleague Jessica handles your account".
    `\\b(?:from\\s+now\\s+on|from\\s+now(?=[\\s,]+(?:please|pls|kindly|all|send|pay|the|our))|from\\s+today|from\\s+this\\s+(?:month|week|order|shipment|invoice)(?:\\s+on(?:wards)?)?|starting\\s+(?:today|now))\\b(?=[^]*\\b(?<!\\b(?:handles?|handling|follows?|following|manages?|managing|serves?|charge\\s+of)\\s+(?:your|ur)\\s+)(?:${ACCOUNT}|beneficiary|bank(?!\\s+holidays?\\b))\\b)` +
      // "Our bank information below is effective immediately for all future payments."
      `|\\b(?:effective\\s+immediately|for\\s+all\\s+(?:future|upcoming|further)\\s+(?:payments|remittances|transfers|invoices))\\b${NAMES_A_BANK}` +
      // Not a bank holiday: "from this month we work Saturdays, the bank holiday will not affect shipping".
      `|\\b(?:${ACCOUNT}|beneficiary|bank(?!\\s+holidays?\\b))\\b[^]*\\b(?:from\\s+now\\s+on|from\\s+today|from\\s+this\\s+(?:month|week))\\b` +
      // "Please send future payments to the account in my email" (not "… through the Trade Assurance order").
      '|\\b(?:send|make|pay|remit|transfer|wire)\\s+(?:all\\s+)?(?:future\\s+payments|upcoming\\s+payments|further\\s+payments)\\s+(?:to|into)\\b(?!\\s+(?:the\\s+)?(?:alibaba|trade\\s+assurance))' +
      // "All payments from January should go to the Hang Seng account."
      `|\\bpayments?\\s+(?:from|after|starting(?:\\s+from)?)\\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|next\\s+(?:week|month|year)|the\\s+new\\s+year)\\s+(?:should|must|will|shall)\\s+(?:\\S+\\s+)?go\\s+to\\s+(?:the|our|this)\\s+(?:\\S+\\s+){0,3}?${ACCOUNT}`,
    {
      anchors: [
        'from now',
        'from today',
        'from this',
        'starting',
        'effective immediately',
        'for all',
        'future payments',
        'upcoming payments',
        'further payments',
        'go to',
      ],
    },
  ),
  ...PRETEXTS_FOR_A_NEW_ACCOUNT,
  ...DETAILS_CHANGE_IN_OTHER_LANGUAGES,
  ...PRETEXTS_IN_OTHER_LANGUAGES,
  ...OLD_ACCOUNT_NO_LONGER_THE_ONE,
  cue(
    'a new receiving account',
    // "New details: Hang Seng Bank, 024-…": last, so a message that also says what changed quotes that.
    `\\bnew\\s+(?:\\S+\\s+)?details\\s*[:：-](?=[^.!?\\n]{0,40}(?:\\w*bank|iban|swift|${ACCOUNT}))`,
    { anchors: ['details'] },
  ),
];
