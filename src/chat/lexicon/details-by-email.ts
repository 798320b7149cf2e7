import { cue, NOT_FOR_A_REFUND, type Cue } from './cue';

/** The words for where to pay: "bank details", "payment information", "wire instructions". */
const PAYMENT_DETAILS =
  '(?:bank(?:ing)?|payment|remittance|wire|account)\\s+(?:details|info(?:rmation)?|instructions|particulars)';

/** Up to two words before the details: "our new", "the company". */
const OWNERS = '(?:(?:the|our|my|new|company|updated|correct)\\s+){0,2}';

/**
 * Where to pay, sent outside the chat: "our accountant will email you the
 * bank details", "check your inbox for the payment information". Bank details
 * a buyer gets by e-mail are no Trade Assurance order's, and an e-mail is
 * where a hijacked or look-alike address changes them unseen. Part of
 * PAYMENT_ROUTES.
 */
export const DETAILS_BY_EMAIL: readonly Cue[] = [
  cue(
    'bank details sent by e-mail',
    `(?:\\be-?mail(?:s|ed|ing)?\\s+(?:you\\s+|it\\s+to\\s+you\\s+)?${OWNERS}${PAYMENT_DETAILS}\\b` +
      // "We will send you our bank information by email", "I sent the new payment details to your mailbox".
      `|\\b(?:send|sent|sending|forward|forwarded|share|shared)\\s+(?:you\\s+)?${OWNERS}${PAYMENT_DETAILS}\\s+(?:(?:to\\s+you\\s+)?(?:by|via|through|in\\s+an?|on)\\s+(?:e-?mail|mail)|to\\s+your\\s+(?:e-?mail|inbox|mailbox))\\b` +
      // "Please check your email for the payment details", "the bank details are in my email".
      `|\\bcheck\\s+your\\s+(?:e-?mail|inbox|mailbox)\\s+for\\s+${OWNERS}${PAYMENT_DETAILS}\\b` +
      `|\\b${PAYMENT_DETAILS}\\s+(?:is|are)\\s+in\\s+(?:the|my|our|that)\\s+(?:e-?mail|mail)\\b` +
      // "New bank details for the handles order is in the PDF i send to your gmail".
      `|\\b${PAYMENT_DETAILS}\\b[^.!?]{0,40}?\\b(?:i|we)\\s+(?:have\\s+|will\\s+)?(?:sent|send)\\s+(?:you\\s+)?(?:to|by|via)\\s+(?:your\\s+)?(?:e-?mail|mailbox|gmail|hotmail|outlook|yahoo)\\b` +
      // "Our finance department will contact you by email for the payment."
      '|\\bcontact\\s+you\\s+(?:by|via|through)\\s+e-?mail\\s+(?:for|about|regarding)\\s+(?:the\\s+)?(?:payment|deposit|balance|transfer)\\b' +
      // "She gave you wrong bank account, the correct one I send by email."
      "|\\b(?:correct|right|real)\\s+one\\s+(?:i|we)(?:\\s+will|'ll)?\\s+send\\s+(?:you\\s+)?(?:by|via|in|to\\s+your)\\s+(?:e-?mail|mail)\\b)" +
      NOT_FOR_A_REFUND,
    { anchors: ['mail', 'inbox', 'outlook', 'yahoo'] },
  ),
  cue(
    'bank details sent by e-mail',
    // "Le enviaremos los datos bancarios por correo", "enviamos os dados bancários por e-mail", "les coordonnées
    // bancaires par e-mail", "die Bankdaten schicken wir Ihnen per E-Mail", "реквизиты пришлем на почту",
    // "i nuovi dati bancari via email", "de bankgegevens stuur ik per mail".
    '(?:\\b(?:datos\\s+bancarios|dados\\s+banc[áa]rios|coordonn[ée]es\\s+bancaires|informations\\s+bancaires|bankdaten|bankverbindung|kontodaten|dati\\s+bancari|coordinate\\s+bancarie|bankgegevens|rekeninggegevens)\\s+(?:\\S+\\s+){0,4}?(?:por|pelo|per|par|via|tramite|op)\\s+(?:correo|e-?mail|mail)' +
      '|реквизит[\\p{L}]*\\s+(?:[\\p{L}]+\\s+){0,3}?(?:на|по)\\s+(?:почт[\\p{L}]*|e-?mail|электронн[\\p{L}]*)' +
      // Polish "dane wyślę mailem" (I'll send the details by e-mail).
      '|\\bdane\\s+(?:\\S+\\s+){0,2}?(?:wy[śs]l[ęe]|prze[śs]l[ęe]|wy[śs]lemy|prze[śs]lemy)\\s+(?:mailem|e-?mailem)\\b' +
      // 银行信息已经发到您的邮箱, 通过邮件把新的收款信息发给您.
      '|(?:银行|收款|付款|汇款|账户)(?:信息|资料|账号|账户)[^。！？]{0,8}?(?:发到|发给|发送到|寄到)(?:您|你)的?(?:邮箱|邮件)|(?:通过|用)邮件[^。！？]{0,10}?(?:银行|收款|付款|汇款)(?:信息|资料|账号|账户))' +
      NOT_FOR_A_REFUND,
    { anchors: ['mail', 'correo', 'почт', 'электронн', '邮箱', '邮件'] },
  ),
  cue(
    "a payment department posing as Alibaba's",
    // Alibaba takes payment in the order, not through a department that mails invoices or releases money: "our finance
    // will send you the invoice from Alibaba Secure Payment Department", "Alibaba Escrow Department will release to us".
    '\\b(?:invoice|e-?mail|payment\\s+link|notice)\\s+from\\s+(?:the\\s+)?alibaba\\s+(?:\\S+\\s+){0,2}?(?:department|dept)\\b' +
      '|\\balibaba\\s+(?:\\S+\\s+){0,3}?(?:department|dept)\\s+will\\s+(?:release|send|e-?mail|confirm|collect)\\b',
    { anchors: ['department', 'dept'] },
  ),
];
