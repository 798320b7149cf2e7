import { ACCOUNT, cue, mentionsOneOf, type Cue } from './cue';
import { CHANGES_IN_MORE_WORDINGS } from './details-change-more-wordings';
import { CHANGES_FROM_BOATS_AND_STOCK_LOTS } from './details-change-boats-and-stock-lots';
import { CHANGES_FROM_FABRICS_AND_LETTERS } from './details-change-fabrics-and-letters';
import { CHANGES_FROM_FURNITURE_AND_CHIPS } from './details-change-furniture-and-chips';
import { CHANGES_BY_IMPOSTORS } from './details-change-impostors';
import { CHANGES_FROM_STEEL_AND_SALONS } from './details-change-steel-and-salons';
import { CHANGES_FROM_SUPPLEMENTS_AND_FRAGMENTS } from './details-change-supplements-and-fragments';
import {
  CHANGES_TO_SISTER_COMPANIES,
  SISTER_COMPANIES_IN_MORE_LANGUAGES,
} from './details-change-sister-companies';
import { CHANGES_FROM_COMMODITIES_AND_ENGINEERS } from './details-change-commodities-and-engineers';
import { CHANGES_FROM_ASIA_AND_PRINT } from './details-change-asia-and-print';
import { CHANGES_IN_NORDIC_AND_CENTRAL_EUROPE } from './details-change-nordic-and-central-europe';
import { CHANGES_FROM_PARTS_AND_TOYS } from './details-change-parts-and-toys';
import { CHANGES_FROM_SANCTIONS_AND_SHORTHAND } from './details-change-sanctions-and-shorthand';
import { CHANGES_FROM_TENDERS_AND_LONG_LETTERS } from './details-change-tenders-and-long-letters';
import { CHANGES_FROM_FARMS_AND_HOTELS } from './details-change-farms-and-hotels';
import {
  CHANGES_IN_SAFETY_LANGUAGE,
  INSTEAD_OF_THE_INVOICES_ACCOUNT,
} from './details-change-safety-language';
import { CHANGES_IN_ROMANISED_WRITING } from './details-change-romanised';
import { ACCOUNT_FLAGGED_BY_RISK_CONTROL } from './details-change-east-asia';
import { OLD_ACCOUNT_STOPPED } from './details-change-stopped-account';
import { NAMES_A_BANK, NAMES_ANY_BANK } from './details-change-invoice';
import { CHANGES_IN_KOREAN } from './details-change-korean';
import { CHANGES_TO_ENTITIES_AND_AUDITS } from './details-change-entities-and-audits';
import { CHANGES_IN_LANGUAGE_GROUPS } from './details-change-language-groups';

/**
 * The bank or the account that receives the money named anew: "from 1st December our receiving bank will be
 * Citibank instead of Bank of China", "the beneficiary account is now held at …". Part of DETAILS_CHANGE.
 */
export const RECEIVING_BANK_CHANGED = cue(
  'a changed receiving account',
  // "From 1st December our receiving bank will be Citibank instead of Bank of China." Apart from the account-word cue
  // of DETAILS_CHANGE, with anchors of its own: "beneficiary" is in most messages that give bank details.
  "\\b(?:receiving\\s+bank|beneficiary\\s+bank|collecting\\s+bank|receiving\\s+account|beneficiary\\s+address|beneficiary\\s+name|beneficiary\\s+details|beneficiary's\\s+address|beneficiary's\\s+name|beneficiary's\\s+details)\\s+(?:will\\s+(?:now\\s+)?be|is\\s+now|are\\s+now|becomes?|now)\\b(?!\\s+alibaba)" +
    // "Our real account is the one I send you now, different from before."
    `|\\bdifferent\\s+from\\s+(?:before|last\\s+time|the\\s+(?:old|previous|last|earlier)\\s+one)\\b${mentionsOneOf(`${ACCOUNT}|beneficiary|iban|swift`)}` +
    `|\\b(?:bank|${ACCOUNT})\\s+(?:will\\s+(?:now\\s+)?be|is\\s+now)\\s+[^.!?\\n]{1,60}?\\binstead\\s+of\\b` +
    // "The bank is now Standard Chartered Singapore not ICBC": the old one named last, and nothing after it.
    '|\\bbank\\s+is\\s+now\\s+(?!(?:closed|open|busy|off|on\\s+holiday)\\b)[^.!?\\n]{1,60}?,?\\s+not\\s+(?:the\\s+)?[^\\s.!?,;]+(?:\\s+[^\\s.!?,;]+)?(?=\\s*(?:[.!?,;]|$))' +
    // "Since June all payment to Kingstar not to Dongguan factory account".
    '|\\ball\\s+payments?\\s+(?:now\\s+)?(?:go\\s+)?to\\s+(?:\\S+\\s+){1,3}?not\\s+to\\b' +
    // "Send payment to the factory account instead of the trading company."
    `|\\b(?:(?:pay|remit|wire)\\w*|(?:send|transfer|make)\\w*\\s+(?:the\\s+|your\\s+)?(?:payment|money|balance|deposit|funds|amount))\\s+(?:\\S+\\s+){0,4}?(?:to|into)\\s+(?:the|our|this)\\s+(?:\\S+\\s+){0,3}?${ACCOUNT}\\s+instead\\b` +
    // "Our account is now with Standard Chartered", "we have migrated to a new banking partner, all previous
    // instructions are void".
    `|\\b(?:our|the)\\s+(?:(?!alibaba|store|shop|ta|trade)\\S+\\s+)?(?:bank\\s+)?${ACCOUNT}\\s+(?:is\\s+now\\s+with|is\\s+now\\s+held)\\b|\\bnew\\s+banking\\s+partner\\b` +
    `|\\b(?:previous|old|earlier|former)\\s+(?:payment\\s+|bank(?:ing)?\\s+|remittance\\s+|wire\\s+)?instructions\\s+(?:are|is|were)\\s+(?:now\\s+)?(?:void|cancell?ed|invalid|no\\s+longer\\s+valid|obsolete)\\b${NAMES_A_BANK}` +
    // "Our receivables are now handled by our UK subsidiary … kindly use the new details"; "we don't use the HSBC
    // account anymore, from now only our Bank of America account".
    '|\\breceivables\\s+(?:are\\s+)?now\\s+(?:handled|managed|collected|received)\\s+by\\b|\\buse\\s+(?:the\\s+|our\\s+)?new\\s+details\\b' +
    NAMES_ANY_BANK +
    `|\\b(?:don'?t|do\\s+not|no\\s+longer)\\s+use\\s+(?:the\\s+|our\\s+|this\\s+)?(?:\\S+\\s+){0,2}?(?:bank\\s+)?${ACCOUNT}\\s+(?:any\\s?more|from\\s+now)\\b` +
    // "Please update the beneficiary bank: now Standard Chartered"; "from next month we will receive payments only
    // through Citibank … please update your records"; "the account name must be our parent company's" (a person's name
    // is a personal account, another rule's).
    '|\\bupdate\\s+(?:the\\s+|our\\s+)?(?:beneficiary\\s+bank|beneficiary\\s+account|beneficiary\\s+details|receiving\\s+bank|receiving\\s+account|remittance\\s+details|remittance\\s+account)\\b' +
    `|\\b(?:will|shall)\\s+(?:now\\s+|only\\s+)?(?:receive\\s+payments?|receive\\s+all\\s+payments?|accept\\s+payments?|accept\\s+all\\s+payments?)\\s+(?:only\\s+)?(?:through|via|at|to|into|in)\\s+(?!(?:the\\s+)?(?:alibaba|trade\\s+assurance|ta\\b|platform|order))${NAMES_ANY_BANK}` +
    `|\\bplease\\s+update\\s+your\\s+(?:records|files|vendor\\s+(?:records|file|details)|supplier\\s+(?:records|file|details))\\b${NAMES_ANY_BANK}` +
    `|\\baccount\\s+name\\s+(?:must|should|has\\s+to|needs\\s+to|will)\\s+(?:now\\s+)?be\\b(?!\\s+(?:alibaba|the\\s+same\\s+as\\s+(?:on\\s+)?(?:the\\s+)?(?:order|alibaba)))(?=[^.!?\\n]{0,60}\\b(?:company|ltd|limited|llc|inc|corporation|holdings|group|trading)\\b)` +
    // Round 14: "our banking detail has been updated", "the invoice i send yesterday have wrong acct, correct one is
    // …", "we move our receiving to turkey office", "this new acct".
    '|\\b(?:bank\\s+detail|banking\\s+detail)s?\\s+(?:has|have)\\s+(?:been\\s+)?(?:updated|changed)\\b|\\bwrong\\s+(?:acct|account|a/c)\\b[^.!?]{0,40}?\\bcorrect\\s+one\\b' +
    // "We now receive EUR payments only to our Netherlands account", "pay to this beneficiary from now", "dont send any
    // more money to the Hang Seng account, it is under investigation".
    `|\\bwe\\s+now\\s+receive\\s+(?:\\S+\\s+)?payments?\\s+only\\s+(?:to|into|in|through|via)\\s+(?:our|the)\\s+(?:\\S+\\s+){0,2}?${ACCOUNT}\\b` +
    '|\\bpay\\s+(?:to\\s+)?(?:this|the\\s+new|our\\s+new)\\s+beneficiary\\s+from\\s+now\\b' +
    `|\\b(?:don'?t|do\\s+not)\\s+send\\s+any\\s+more\\s+(?:money|payments?|funds)\\s+to\\s+(?:the|our|that)\\s+(?:\\S+\\s+){0,3}?${ACCOUNT}\\b` +
    '|\\b(?:move|moved|moving)\\s+our\\s+receiving\\b|\\bnew\\s+acct\\b(?!\\s+(?:on|in|at)\\s+alibaba)|\\bnew\\s+a/c\\b' +
    // Round 42: "the invoice should now be paid to Yuhang (HK) instead of Yuhang Co.", "the beneficiary now is our
    // boss", "payment to our Bank of China account is not possible anymore", "our boss decided to receive payment via
    // his relative's company".
    '|\\b(?:should|must|will)\\s+now\\s+be\\s+paid\\s+to\\b[^.!?\\n]{1,80}?\\binstead\\s+of\\b|\\bbeneficiary\\s+now\\s+is\\b|\\bbeneficiary\\s+is\\s+now\\b(?!\\s+(?:alibaba|the\\s+same))' +
    `|\\bpayments?\\s+to\\s+our\\s+(?:\\S+\\s+){0,4}?${ACCOUNT}\\s+(?:is\\s+)?(?:not\\s+possible|no\\s+longer\\s+possible|impossible)\\b` +
    '|\\bdecided\\s+to\\s+receive\\s+(?:the\\s+)?payments?\\s+(?:via|through|by|in)\\s+(?:his|her|their|our|another|a)\\b' +
    // Round 43: "please remit the second payment there instead of the China account" (not "… through Alibaba instead
    // of").
    `|\\b(?:remit|pay|send|transfer|wire)\\w*\\b(?![^.!?]{0,60}?\\b(?:alibaba|trade\\s+assurance|ta|order)\\b)[^.!?]{0,60}?\\binstead\\s+of\\s+(?:the|our)\\s+(?:\\S+\\s+){0,2}?${ACCOUNT}\\b`,
  {
    anchors: [
      'bank detail',
      'banking detail',
      'we now receive',
      'beneficiary from now',
      'send any more',
      'correct one',
      'our receiving',
      'new acct',
      'new a/c',
      'receiving bank',
      'beneficiary bank',
      'collecting bank',
      'receiving account',
      'beneficiary address',
      "beneficiary's address",
      'beneficiary name',
      "beneficiary's name",
      'beneficiary details',
      "beneficiary's details",
      'different from',
      'instead',
      'bank is now',
      'all payment',
      'is now with',
      'is now held',
      'banking partner',
      'instructions',
      'receivables',
      'new details',
      'anymore',
      'any more',
      'from now',
      'beneficiary account',
      'remittance details',
      'remittance account',
      'receive payment',
      'receive all payment',
      'accept payment',
      'accept all payment',
      'update your',
      'account name',
      'beneficiary now is',
      'beneficiary is now',
      'not possible',
      'no longer possible',
      'impossible',
      'decided to receive',
    ],
  },
);

/**
 * The other account given as an instruction: "use the other one i give u", "ignore previous HSBC HK", "ignore the one
 * on Alibaba". An instruction starts a clause of its own, so a "can't" before its comma does not refuse it ("company
 * account cant receive usd now, use the other one i give u").
 */
const OTHER_ACCOUNT_INSTRUCTED = cue(
  'a changed receiving account',
  '\\buse\\s+the\\s+other\\s+(?:one|account|acct)\\s+(?:i|we)\\s+(?:give|gave|sent|send)\\b|\\bignore\\s+(?:the\\s+)?(?:previous|old|former)\\s+(?:hsbc|bank|account|acct|iban)\\b' +
    '|\\bignore\\s+the\\s+one\\s+(?:on|in)\\s+(?:the\\s+)?alibaba\\b',
  { instruction: true, anchors: ['use the other', 'ignore'] },
);

/** The other account named: as an instruction, or the old one stopped. */
export const OTHER_ACCOUNTS: readonly Cue[] = [
  OTHER_ACCOUNT_INSTRUCTED,
  OLD_ACCOUNT_STOPPED,
  ACCOUNT_FLAGGED_BY_RISK_CONTROL,
  CHANGES_IN_ROMANISED_WRITING,
  CHANGES_IN_MORE_WORDINGS,
  CHANGES_FROM_STEEL_AND_SALONS,
  CHANGES_BY_IMPOSTORS,
  CHANGES_FROM_FURNITURE_AND_CHIPS,
  CHANGES_FROM_BOATS_AND_STOCK_LOTS,
  CHANGES_FROM_SUPPLEMENTS_AND_FRAGMENTS,
  CHANGES_FROM_FABRICS_AND_LETTERS,
  CHANGES_FROM_COMMODITIES_AND_ENGINEERS,
  CHANGES_FROM_PARTS_AND_TOYS,
  CHANGES_IN_NORDIC_AND_CENTRAL_EUROPE,
  CHANGES_FROM_SANCTIONS_AND_SHORTHAND,
  CHANGES_FROM_ASIA_AND_PRINT,
  CHANGES_FROM_TENDERS_AND_LONG_LETTERS,
  CHANGES_FROM_FARMS_AND_HOTELS,
  CHANGES_IN_SAFETY_LANGUAGE,
  CHANGES_TO_SISTER_COMPANIES,
  SISTER_COMPANIES_IN_MORE_LANGUAGES,
  INSTEAD_OF_THE_INVOICES_ACCOUNT,
  ...CHANGES_IN_KOREAN,
  ...CHANGES_IN_LANGUAGE_GROUPS,
  ...CHANGES_TO_ENTITIES_AND_AUDITS,
];
