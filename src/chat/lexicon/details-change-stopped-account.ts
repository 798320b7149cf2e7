import { ACCOUNT, cue, mentionsOneOf } from './cue';

/** What follows "new details" or "new bank details" when the old ones are stopped: they are coming. */
const DETAILS_TO_FOLLOW = `\\s+(?:are\\s+|will\\s+be\\s+)?(?:coming|to\\s+follow|will\\s+follow|follow|soon)\\b${mentionsOneOf(`${ACCOUNT}|bank|payment`)}`;

/**
 * The old account stopped, in more words: "Kindly stop the payment to Bank of Communications immediately … New details
 * coming", Portuguese "mudámos o banco" (we changed bank), "não pague ao beneficiário anterior" (don't pay the previous
 * beneficiary), Spanish "NO use la cuenta bancaria que aparece en la factura anterior", Estonian "pangakonto on muutunud"
 * (the bank account has changed), "tehke ülekanne uuele kontole" (transfer to the new account); and in Swahili, Pidgin,
 * Afrikaans, Arabizi, Hebrew, Romanian, Tagalog, Russian and Cantonese below. Part of DETAILS_CHANGE, through OTHER_ACCOUNTS.
 */

export const OLD_ACCOUNT_STOPPED = cue(
  'a changed receiving account',
  // Each branch is written out with its own words, so that only the messages holding them try it.
  `\\bnew\\s+details${DETAILS_TO_FOLLOW}|\\bnew\\s+bank\\s+details${DETAILS_TO_FOLLOW}` +
    '|\\bmud[áa]mos\\s+(?:o\\s+|de\\s+)banco\\b|\\bn[ãa]o\\s+pague\\s+(?:ao|à|a|na|para\\s+o)\\s+(?:conta|benefici[áa]rio|iban)\\s+anterior\\b' +
    `|${['use', 'usen', 'utilice', 'pague\\s+a', 'pague\\s+en'].map((verb) => `\\bno\\s+${verb}\\s+(?:la\\s+)?cuenta\\s+(?:\\S+\\s+){0,6}?(?:anterior|vieja|antigua)\\b`).join('|')}` +
    '|\\buuele\\s+(?:panga)?kontole\\b|\\bpangakonto\\s+on\\s+muutunud\\b|\\buus\\s+konto\\b|\\buus\\s+pangakonto\\b' +
    // Swahili "usitumie tena account yetu ya zamani" (don't use our old account again), "account mpya" (a new account); Pidgin
    // "no pay to the Zenith account again"; "our account … is in maintenance", "pay to our sister factory account this time",
    // "our main account reached the yearly forex limit"; "last time you paid to Guangzhou account, this time … Yiwu account
    // because Guangzhou one reach annual limit", "our USD account will not be available for 2 weeks".
    '|\\b(?:akaunti|account)\\s+(?:yetu\\s+)?ya\\s+zamani\\b|\\baccount\\s+mpya\\b' +
    '|\\bno\\s+pay\\s+(?:to\\s+|enter\\s+)?(?:the\\s+|our\\s+)?(?:\\S+\\s+)?account\\s+again\\b|\\bno\\s+send\\s+(?:to\\s+|enter\\s+)?(?:the\\s+|our\\s+)?(?:\\S+\\s+)?account\\s+again\\b' +
    `|\\b${ACCOUNT}\\s+(?:\\S+\\s+){0,5}?(?:(?:is|are)\\s+(?:now\\s+)?)?in\\s+maintenance\\b|\\bsister\\s+(?:factory|company)(?:'s)?\\s+account\\s+this\\s+time\\b` +
    `|\\b(?:main|company|bank|our)\\s+${ACCOUNT}\\s+(?:has\\s+)?reached\\s+(?:the\\s+|its\\s+|our\\s+)?(?:\\S+\\s+){0,2}?(?:limit|quota)\\b` +
    '|\\b(?:account|one)\\s+(?:has\\s+)?reach(?:ed)?\\s+(?:the\\s+|its\\s+|our\\s+)?(?:annual|yearly|monthly|forex)\\s+(?:limit|quota)\\b' +
    '|\\b(?:usd|eur|dollar|euro|company|main|bank)\\s+account\\s+will\\s+not\\s+be\\s+available\\s+for\\s+(?:\\d+|a|the\\s+next|two|three)\\b' +
    '|\\blast\\s+time\\s+(?:you\\s+)?paid\\s+to\\s+(?:the\\s+|our\\s+)?\\S+\\s+(?:\\S+\\s+)?account\\s*,?\\s+this\\s+time\\b' +
    // "After change of bank (BIAT to Attijari) pls use the new RIB", "wait my new details"; Afrikaans "ons bankbesonderhede het
    // verander" (our bank details changed), "ons nuwe … rekening"; Arabizi "3ala el account el jdeed", Tunisian "RIB jdid", "el
    // compte tbloka" (the account is blocked); Hebrew "פרטי החשבון שלנו השתנו", "לחשבון הישן" (to the old account); Romanian
    // "contul nostru … nu mai este valabil", "noul IBAN".
    // Spanish "envíelo otra vez a la cuenta nueva" (send it again to the new account).
    // Levantine and Gulf Arabizi "7awel 3al 7sab l jdid" (read "tsab"), "IBAN l jdid", "l bank l 2adim"; Tagalog "nag-update po
    // kami ng bank details", "hintayin niyo yung bagong details"; Russian "на новую карту"; Cantonese 轉去新戶口; "finance will
    // send you corrected one"; "the account on PI no. KD-2231, it is not valid anymore".
    '|\\b(?:tsab|hsab|hesab|tesab|iban)\\s+(?:el\\s+|l\\s+)?jdid\\b|\\bbank\\s+(?:el\\s+|l\\s+)?(?:2adim|adim|qadim)\\b|\\bnag-?update\\s+(?:po\\s+)?kami\\s+ng\\s+bank\\b|\\bbagong\\s+details\\b' +
    // Chinese 我们公司换了收款银行 (we changed the receiving bank), 之前的工行账户不要再付了 (don't pay the earlier ICBC account).
    '|换了?收款银行|换了银行|(?:之前的|以前的|原来的)[^，。！？]{0,6}?(?:账户|账号)[^，。！？]{0,4}?不要再?付' +
    '|\\bonly\\s+change\\s+is\\s+(?:the\\s+)?(?:beneficiary|bank|account|receiving)\\b|на\\s+новую\\s+карту|新戶口|新户口|\\bsend\\s+(?:you\\s+)?(?:the\\s+)?corrected\\s+one\\b' +
    `|\\b${ACCOUNT}\\s+(?:on|in)\\s+(?:the\\s+)?(?:pi|proforma|invoice)\\s+(?:no\\.?\\s*)?[\\w-]*\\d[\\w-]*\\s*,\\s*(?:it\\s+is\\s+not\\s+valid|it\\s+is\\s+no\\s+longer\\s+valid|it\\s+is\\s+invalid)\\b` +
    '|\\ba\\s+la\\s+cuenta\\s+nueva\\b|\\bchange\\s+of\\s+bank\\b|\\buse\\s+(?:the\\s+|our\\s+)?(?:new\\s+rib|new\\s+iban)\\b|\\bwait\\s+(?:for\\s+)?(?:my|our|the)\\s+new\\s+details\\b' +
    '|\\bbankbesonderhede\\s+het\\s+verander\\b|\\bnuwe\\s+(?:\\S+\\s+){0,2}?rekening\\b|\\baccount\\s+el\\s+(?:jdeed|jdid|jadeed|jadid|gdeed|gedid)\\b|\\brib\\s+jdid\\b|\\bcompte\\s+tbloka\\b' +
    '|פרטי\\s+החשבון\\s+(?:\\S+\\s+)?השתנו|לחשבון\\s+הישן|\\bcontul\\s+(?:\\S+\\s+){0,4}?nu\\s+mai\\s+este\\s+(?:valabil|activ)|\\b(?:noul\\s+iban|noul\\s+cont)\\b',
  {
    anchors: [
      'new details',
      'new bank details',
      'mudámos',
      'mudamos',
      'não pague',
      'nao pague',
      'no use',
      'no usen',
      'no utilice',
      'no pague',
      'zamani',
      'mpya',
      'no pay',
      'no send',
      'maintenance',
      'sister',
      'reach',
      'last time',
      'not be available',
      'uuele',
      'pangakonto',
      'uus konto',
      'cuenta nueva',
      'jdid',
      '2adim',
      'adim',
      'qadim',
      'nag-update',
      'nagupdate',
      'bagong details',
      'новую карту',
      'only change',
      '新戶口',
      '收款银行',
      '换了银行',
      '之前的',
      '以前的',
      '原来的',
      '新户口',
      'corrected one',
      'it is not valid',
      'it is no longer valid',
      'it is invalid',
      'change of bank',
      'new rib',
      'new iban',
      'bankbesonderhede',
      'nuwe',
      'jdeed',
      'jdid',
      'jadeed',
      'jadid',
      'gdeed',
      'gedid',
      'rib jdid',
      'tbloka',
      'השתנו',
      'הישן',
      'nu mai este',
      'noul iban',
      'noul cont',
    ],
  },
);
