import { ACCOUNT, cue } from './cue';

/**
 * The account changed or stopped, in wordings probes 57 to 59 found: an account "temporarily closed" or "in process of
 * renewing", a payment "returned" to be sent again elsewhere, bank details said to have been another client's, invoices
 * from another company, an LC's beneficiary bank amended; Polish "zmieniliśmy bank", Spanish "ahora recibimos pagos … por
 * una cuenta en Lituania", Arabic الحساب الجديد (the new account), Indonesian "sudah ganti rekening", Hebrew, Portuguese
 * and Bengali. Part of DETAILS_CHANGE, through OTHER_ACCOUNTS.
 */
export const CHANGES_IN_MORE_WORDINGS = cue(
  'a changed receiving account',
  // "Our USD account at Bank of Communications is temporarily closed for upgrading"; "the previous payment returned because
  // beneficiary name wrong. Pls resend to this account instead"; "the bank details in my last message was for other client".
  `\\b${ACCOUNT}\\s+(?:\\S+\\s+){0,5}?(?:is|was)\\s+temporarily\\s+(?:closed|frozen|blocked|suspended|unavailable)\\b` +
    '|\\bresend\\s+(?:it\\s+|the\\s+payment\\s+|the\\s+money\\s+)?to\\s+(?:this|the\\s+new|our\\s+new|another)\\s+account\\b' +
    '|\\b(?:bank\\s+details|bank\\s+info|account|iban)\\s+(?:\\S+\\s+){0,5}?(?:was|were|is|are)\\s+(?:for\\s+other|for\\s+another|for\\s+an\\s+other|for\\s+a\\s+different)\\s+(?:client|customer|buyer)\\b' +
    // Polish "zmieniliśmy bank … nie wysyłać pieniędzy na stary rachunek" (we changed bank, don't send money to the old
    // account); Spanish "ahora recibimos pagos en euros por una cuenta en Lituania"; Arabic "حساب الشركة القديم مغلق"
    // (the company's old account is closed), "الحساب الجديد سأرسله لك" (the new account I will send you).
    // "The account we used for your previous 3 orders is under investigation"; "we switched to Payoneer for receiving
    // payments … not the bank account from before".
    '|\\baccount\\s+(?:that\\s+)?we\\s+used\\s+(?:for|in|on)\\s+(?:your\\s+)?(?:previous|last|earlier|past)\\s+(?:\\S+\\s+){0,3}?(?:is|was)\\s+(?:now\\s+)?(?:under|frozen|blocked|closed)\\b' +
    '|\\bwe\\s+(?:have\\s+)?switched\\s+to\\s+\\S+\\s+for\\s+receiving\\b|\\bnot\\s+the\\s+(?:bank\\s+)?account\\s+from\\s+before\\b' +
    // "Our company account is in process of renewing"; "the beneficiary bank in the LC must be amended to a bank in Dubai";
    // Bengali "আগের ব্যাংক একাউন্ট ফ্রিজ হয়েছে … নতুন একাউন্টে" (the earlier account is frozen … to the new account).
    '|\\baccount\\s+is\\s+in\\s+(?:the\\s+)?process\\s+of\\s+(?:renewing|renewal|updating|changing)\\b' +
    '|\\bbeneficiary\\s+bank\\s+(?:in|on|of)\\s+the\\s+l\\/?c\\s+(?:must|has\\s+to|needs?\\s+to)\\s+be\\s+(?:amended|changed)\\b' +
    '|(?:একাউন্ট|অ্যাকাউন্ট)\\s+ফ্রিজ|নতুন\\s+একাউন্ট' +
    // "From PO 6612 the invoices come from Hangzhou Greenfield Import & Export Co"; "this time transfer to our Shenzhen office
    // account"; Hebrew "אל תשלם לחשבון הבנק שהיא שלחה" (don't pay to the bank account she sent); Portuguese "a conta bancária
    // indicada na fatura anterior foi encerrada" (the account on the last invoice was closed).
    '|\\binvoices?\\s+(?:will\\s+)?come\\s+from\\s+(?:\\S+\\s+){1,5}?(?:co|ltd|llc|limited|company|trading|import|export)\\b' +
    '|\\bthis\\s+time\\s+(?:please\\s+|pls\\s+)?(?:transfer|pay|send)\\s+(?:it\\s+)?to\\s+our\\s+\\S+\\s+(?:office\\s+)?account\\b' +
    '|אל\\s+תשלם\\s+לחשבון|\\bconta\\s+banc[áa]ria\\s+(?:\\S+\\s+){0,5}?foi\\s+encerrada\\b' +
    // "Our Payoneer is under review, do not send any payment there"; "pls ignore the bank details my colleague Jenny sent";
    // Portuguese "nossa conta do Banco do Brasil mudou" (our account changed); Uzbek "hisob raqami o'zgardi" (the account
    // number changed).
    '|\\b(?:payoneer|paypal|wise|alipay|account)\\s+is\\s+under\\s+review\\b|\\bdo\\s+not\\s+send\\s+any\\s+payments?\\s+there\\b' +
    '|\\bignore\\s+the\\s+(?:bank|account|payment)\\s+details\\s+(?:my|our)\\s+(?:colleague|sales|assistant)\\s+(?:\\S+\\s+)?sent\\b' +
    "|\\bconta\\s+(?:do|da|no|na|de)\\s+(?:\\S+\\s+){0,3}?mudou\\b|\\bhisob\\s+raqami\\s+o'?zgardi\\b" +
    // Indonesian "kami sudah ganti rekening. Yg lama jangan dipakai lagi" (we changed account; don't use the old one again).
    '|\\bganti\\s+rekening\\b|\\b(?:yg|yang)\\s+lama\\s+jangan\\s+dipakai\\b' +
    '|\\bzmienili[śs]my\\s+bank\\b|\\bna\\s+stary\\s+rachunek\\b|\\bahora\\s+recibimos\\s+(?:los\\s+)?pagos\\b' +
    '|(?:حساب|الحساب|حسابنا)\\s+(?:\\S+\\s+)?القديم\\s+(?:\\S+\\s+){0,3}?(?:مغلق|موقوف|مجمد)|الحساب\\s+الجديد|حساب\\s+الشركة\\s+الجديد' +
    // Arabic "لأن حساب الشركة فيه مشكلة الآن" (because the company account has a problem now); Spanish "ya no use la cuenta de
    // antes, el banco la cerró".
    '|حساب\\s+الشركة\\s+فيه\\s+مشكلة|\\bno\\s+use\\s+la\\s+cuenta\\s+de\\s+antes\\b',
  {
    anchors: [
      'temporarily',
      'resend',
      'we used',
      'for receiving',
      'from before',
      'ganti rekening',
      'under review',
      'payment there',
      'payments there',
      'ignore the',
      'mudou',
      'zgardi',
      'come from',
      'this time',
      'אל תשלם',
      'foi encerrada',
      'process of',
      'beneficiary bank',
      'ফ্রিজ',
      'নতুন একাউন্ট',
      'jangan dipakai',
      'for other',
      'for another',
      'for an other',
      'for a different',
      'zmienili',
      'stary rachunek',
      'ahora recibimos',
      'القديم',
      'الحساب الجديد',
      'حساب الشركة',
      'cuenta de antes',
    ],
  },
);
