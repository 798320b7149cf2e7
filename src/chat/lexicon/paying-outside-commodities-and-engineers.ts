import { cue, type Cue } from './cue';

/**
 * Paying outside the order in the wordings of probe 68 (bulk commodities with their mandates and port agents; machinery
 * whose installing engineer is to be paid apart): cash for the engineer in Polish, Hebrew, Vietnamese and English
 * ("prepare USD notes"), cash paid in Hindi and to an agent in Arabic, an allowance paid "to his own wechat", a
 * reimbursement "to my personal Payoneer", a director's account in Thai, a buyer asking to pay "your USD account in
 * Dubai direct", payments that "now go to the parent's account", account details that "follow in next message", and
 * "the account for deposit" promised. Part of MORE_DIRECT_TRANSFERS.
 */
export const PAYING_OUTSIDE_COMMODITIES_AND_ENGINEERS: readonly Cue[] = [
  cue(
    'cash',
    // "koszt wizy … prosze przekazac gotowka bezposrednio inzynierowi"; Hebrew "לשלם לו במזומן"; Vietnamese "trả tiền mặt
    // trực tiếp cho kỹ sư"; "in cash, please prepare USD notes"; Hindi "कैश में पेमेंट"; Arabic "للوكيل كاش" (cash to the agent).
    '\\b(?:przekazac\\s+gotowka|przekazać\\s+gotówką|zaplacic\\s+gotowka|zapłacić\\s+gotówką|placic\\s+gotowka|płacić\\s+gotówką|gotowka\\s+bezposrednio|gotówką\\s+bezpośrednio)\\b' +
      '|לשלם\\s+(?:לו\\s+|לה\\s+)?במזומן|\\b(?:trả\\s+tiền\\s+mặt|tra\\s+tien\\s+mat)\\b' +
      '|\\bin\\s+cash\\s*,?\\s+(?:please\\s+|pls\\s+|kindly\\s+)?prepare\\s+(?:usd|us\\s+dollar|dollar|euro|rmb)' +
      '|कैश\\s+में\\s+(?:पेमेंट|भुगतान)|(?:للوكيل|للمندوب|للمخلص)\\s+(?:كاش|نقدا|نقداً)',
    {
      anchors: [
        'gotowk',
        'gotówk',
        'במזומן',
        'tiền mặt',
        'tien mat',
        'in cash',
        'कैश में',
        'للوكيل',
        'للمندوب',
        'للمخلص',
      ],
    },
  ),
  cue(
    'a personal account',
    // "the daily allowance … pay to his own wechat, not through company"; "reimburse to my personal Payoneer"; Thai
    // "โอน… เข้าบัญชีของผู้อำนวยการเราโดยตรง" (into our director's account directly).
    '\\b(?:pay|send|transfer|reimburse)\\s+(?:it\\s+)?(?:to\\s+his\\s+own|to\\s+her\\s+own|to\\s+my\\s+own|to\\s+his\\s+personal|to\\s+her\\s+personal|to\\s+my\\s+personal)\\s+(?:wechat|alipay|payoneer|paypal|wise|account)\\b' +
      '|เข้าบัญชี(?:ของ)?(?:ผู้อำนวยการ|ผู้จัดการ|เจ้าของ|ส่วนตัว)',
    {
      anchors: [
        'to his own',
        'to her own',
        'to my own',
        'to his personal',
        'to her personal',
        'to my personal',
        'เข้าบัญชี',
      ],
    },
  ),
  cue(
    'paying directly, outside the order',
    // A buyer: "Can I pay the remaining 40% … to your USD account in Dubai direct?"; "All payments … now go to the
    // parent's account in Malta".
    '\\b(?:to\\s+your\\s+usd\\s+account|to\\s+your\\s+dollar\\s+account|to\\s+your\\s+eur\\s+account|to\\s+your\\s+euro\\s+account|to\\s+your\\s+account)\\s+in\\s+[a-z]+(?:\\s+[a-z]+)?\\s+direct(?:ly)?\\b' +
      "|\\bpayments?\\s+(?:\\S+\\s+){0,5}?(?:now\\s+go\\s+to|now\\s+goes\\s+to)\\s+(?:the\\s+|our\\s+)?[\\w-]+(?:'s)?\\s+account\\b",
    {
      anchors: [
        'to your usd account',
        'to your dollar account',
        'to your eur account',
        'to your euro account',
        'to your account',
        'now go to',
        'now goes to',
      ],
    },
  ),
  cue(
    'bank details to be given outside the order',
    // "SWIFT and account no follow in next message"; "i send you photos … also the account for deposit".
    '\\b(?:swift|iban|account\\s+(?:no|number|details))\\s+(?:and\\s+(?:swift|iban|account\\s+(?:no|number|details))\\s+)?(?:will\\s+)?(?:follow\\s+in|follows\\s+in)\\s+(?:the\\s+|my\\s+)?next\\s+(?:message|msg|e-?mail|mail)\\b' +
      '|\\bi\\s+send\\s+(?:you\\s+|u\\s+)?(?:\\S+\\s+){0,8}?(?:also\\s+)?the\\s+account\\s+for\\s+(?:the\\s+)?(?:deposit|payment|balance|advance)\\b',
    { anchors: ['follow in', 'follows in', 'the account for'] },
  ),
];
