import { cue, type Cue } from './cue';
import { IMPOSTOR_NOTICES } from './impostor-notices';

/**
 * Money or secrets asked for on a pretext: a fee to verify, unlock or release
 * the order, to claim a refund or a prize, to become a distributor; the
 * buyer's card details or a one-time code. Part of PAYMENT_ROUTES.
 */
/**
 * A fee that is part of the price ("the activation fee is included"), a testing body's ("the PVoC
 * verification fee, charged by Intertek"), or a mould's deposit: no pretext.
 */
const NOT_A_THIRD_PARTYS_FEE =
  '(?!\\s+for\\s+(?:the\\s+)?(?:moulds?|molds?|tooling)\\b)(?![^.!?]{0,60}?\\b(?:included|inclusive|charged\\s+by\\s+(?:intertek|sgs|bureau\\s+veritas|bv|t(?:ü|u|ue)v|cotecna|the\\s+(?:lab|laboratory|inspection\\s+company))\\b))';

export const ADVANCE_FEES_AND_PHISHING: readonly Cue[] = [
  cue(
    'a fee to pay first, to unlock an order or a refund',
    // A "release payment" to pay, not a buyer's "I will release payment after inspection", nor "just release payment in TA".
    `\\b(?:verification|activation|unlock(?:ing)?|unfreezing|guarantee|anti[\\s-]?fraud|release(?<!\\b(?:telex|b/l|bl|do|d/o|cargo|document|container)\\s+release)(?<!(?:\\b(?:i|we|will|would|can|could|to|then|just)|'ll)\\s+release))\\s+(?:deposit|fee|charge|payment)s?\\b${NOT_A_THIRD_PARTYS_FEE}` +
      // "To release, the buyer must pay a 2% insurance fee": a fee to free money or goods (not "pay the balance").
      // "Your order is on hold until the insurance fee USD 280 is settled."
      '|\\bon\\s+hold\\s+until\\s+(?:the\\s+|a\\s+|an\\s+)?(?:\\S+\\s+){0,3}?(?:fee|charge|deposit|tax|duty)\\b' +
      '|\\bto\\s+(?:release|unlock|unfreeze)(?:\\s+(?:it|them|the\\s+(?:payment|order|goods|funds|money|shipment)|your\\s+(?:payment|order|goods|funds|money|shipment)))?\\s*,?\\s+[^.!?\\n]{0,30}?\\bpay\\s+(?:a\\s+|the\\s+)?(?:\\d[\\d.,]*\\s?%\\s+)?(?:\\S+\\s+)?(?:fee|charge|tax|deposit)\\b' +
      // 您的信保订单需要缴纳保证金500美元才能发货: a "security deposit" to ship (not a mould's, 模具保证金).
      '|(?:缴纳|交纳|交付|支付|先付|先交)[^，。！？]{0,8}?(?<!模具)(?:保证金|保證金)' +
      // "Please pay the export license fee before we can ship": the supplier's own permit, billed to the buyer.
      `|\\bexport\\s+(?:permit|licen[cs]e|quota)\\s+(?:fee|charge|cost|deposit)s?\\b${NOT_A_THIRD_PARTYS_FEE}` +
      // "The bank asked for an anti-money laundering certificate, you need to pay $800 for it."
      // "The anti money laundering department need a certificate, you must pay …".
      '|\\bmoney[\\s-]?laundering\\s+(?:certificate|fee|charge|deposit|tax)s?\\b|\\bmoney[\\s-]?laundering\\s+(?:[^\\s,;:!?]+\\s+){1,3}?(?:certificate|fee|charge|deposit|tax)s?\\b(?=[^.!?\\n]{0,80}?\\bpay)|\\baml\\s+(?:certificate|fee|charge)s?\\b' +
      // "To receive the refund, please pay the handling fee first", "you won a coupon, pay $20 to activate it".
      "|\\bto\\s+(?:receive|get|release|claim)\\s+(?:the\\s+|your\\s+)?(?:refund|compensation|prize|coupon|reward)\\b[^.!?;:\\n]{0,40}?\\b(?<!(?:n't|not|never)\\s+)pay\\b" +
      '|\\bpay\\s+(?:a\\s+|the\\s+)?(?:[$€£¥]\\s?\\d[\\d,.]*|\\d[\\d,.]*\\s?(?:usd|dollars?|rmb|eur)|(?:small|little)\\s+fee)\\s+(?:\\S+\\s+){0,2}?to\\s+(?:activate|unlock|claim)\\b' +
      // "Your refund has been approved, please pay the 50 USD processing fee to release it": the buyer pays to be paid.
      // A refund owed to the buyer ("your refund", "the refund is ready"), not "we will refund the sample cost".
      '|\\b(?:refund|compensation|prize|reward)s?\\b(?<=\\b(?:your|the)\\s+(?:\\S+\\s+)?(?:refund|compensation|prize|reward)s?)[^.!?\\n]{0,60}?\\b(?:please|pls|kindly|just|you\\s+(?:only\\s+)?(?:need|have)\\s+to|you\\s+must)\\s+(?:first\\s+)?pay\\s+(?:\\S+\\s+){0,4}?(?:fee|charge|tax)s?\\b' +
      // "Seu reembolso foi aprovado, pague a taxa de 50 USD", "para recibir su reembolso pague la comisión".
      '|\\breembols[oa]\\b[^.!?\\n]{0,60}?\\b(?:pague|pagar|pagu[eé])\\s+(?:\\S+\\s+){0,3}?(?:taxa|tarifa|comisi[óo]n|comiss[ãa]o|cargo)\\b' +
      '|退款[^。！？\\n]{0,20}?(?:请|需要|要|得)先?(?:支付|付|交)[^。！？\\n]{0,12}?(?:手续费|费用|税)' +
      // Hindi "₹99 वेरिफिकेशन फीस भरें" (pay a verification fee).
      '|वेरिफिकेशन\\s+(?:फीस|शुल्क|चार्ज)' +
      // "Pay 50 USD deposit for unlocking"; "la tarifa de verificación de membresía", "taxa de desbloqueio".
      '|\\b(?:deposit|fee|charge|payment)s?\\s+(?:\\S+\\s+)?for\\s+(?:unlocking|unfreezing|unblocking|activation|activating|verification|verifying)\\b' +
      '|\\b(?:tarifa\\s+de|cuota\\s+de|taxa\\s+de|comisi[óo]n\\s+de)\\s+(?:verificaci[óo]n|verifica[çc][ãa]o|activaci[óo]n|ativa[çc][ãa]o|desbloqueio|desbloqueo)',
    {
      anchors: [
        'verification',
        'वेरिफिकेशन',
        'activation',
        'unlock',
        'unfreez',
        '保证金',
        '保證金',
        'on hold',
        'guarantee',
        'fraud',
        'release',
        'laundering',
        'export',
        'aml',
        'refund',
        'compensation',
        'prize',
        'coupon',
        'reward',
        'activate',
        'activating',
        'verifying',
        'unblock',
        'tarifa de',
        'cuota de',
        'taxa de',
        'comisión de',
        'comision de',
        'claim',
        'reembols',
        '退款',
      ],
    },
  ),
  cue(
    'a fee to become a distributor',
    // "Pay a $100 registration fee to become our distributor": a supplier sells goods, not the right to buy them.
    '\\b(?:registration|membership|distributor(?:ship)?|dealer(?:ship)?)\\s+fees?\\b(?=[^.!?]{0,40}\\b(?:become|distributor|dealer|member|club)\\b)|\\bfee\\s+to\\s+become\\s+(?:our|a|an)\\s+(?:distributor|dealer|agent|member)\\b' +
      // "30 days credit if you first pay a small membership fee"; 先交200美元的会员费.
      '|\\bfirst\\s+pay\\s+(?:a\\s+|the\\s+)?(?:\\S+\\s+)?(?:membership|registration)\\s+fees?\\b|(?:先交|需交|要交|先付|支付|缴纳)[^，。！？]{0,8}?(?:会员费|會員費)',
    { anchors: ['registration', 'membership', 'distributor', 'dealer', 'fee to become', '会员费', '會員費'] },
  ),
  cue(
    'your card or payment details asked for in the chat',
    // "Please verify your payment information", "confirm your card details to release the order": phishing, whoever it poses as.
    // "Send a copy of your ID and credit card front and back".
    '\\b(?:copy|copies|photo|picture|scan|image)s?\\s+of\\s+(?:your\\s+)?(?:\\S+\\s+){0,4}?(?:credit\\s+card|debit\\s+card|bank\\s+card)\\b|\\b(?:credit\\s+card|debit\\s+card|bank\\s+card)\\s+(?:\\S+\\s+)?(?:front\\s+and\\s+back|both\\s+sides)\\b|' +
      '\\b(?:verify|confirm|update|provide|send\\s+me|send\\s+us|give\\s+me|tell\\s+me)\\s+(?:your\\s+payment|your\\s+card|your\\s+credit\\s+card|your\\s+debit\\s+card|your\\s+bank\\s+card|your\\s+billing)\\s+(?:info(?:rmation)?|details|number|data)\\b' +
      // "Send a photo of your card front and back".
      '|\\byour\\s+card\\s+(?:front\\s+and\\s+back|both\\s+sides)\\b' +
      // "Fill your card number and CVV to confirm the order" (not "we print the CVV panel on the back of each card").
      '|\\b(?:fill|enter|type|input|send|give)\\s+(?:in\\s+)?(?:us\\s+|me\\s+)?(?:your\\s+card|ur\\s+card|your\\s+credit\\s+card|your\\s+debit\\s+card|your\\s+bank\\s+card)\\s+(?:number|details|info(?:rmation)?)\\b(?![^.!?\\n]{0,40}\\b(?:alibaba|checkout|the\\s+order|trade\\s+assurance)\\b)|\\b(?:your|ur)\\s+(?:\\S+\\s+){0,3}?(?:cvv2?|cvc)\\b',
    {
      anchors: [
        'your payment',
        'your card',
        'your credit',
        'your debit',
        'your bank card',
        'your billing',
        'ur card',
        'cvv',
        'cvc',
        'credit card',
        'debit card',
        'bank card',
      ],
    },
  ),
  cue(
    // The rule's advice is about paying: the label says what to do with a code.
    'a one-time code asked for (never share one: it lets someone log in or pay as you)',
    // "Send me the verification code you received by SMS": the code lets someone else log in or pay as the buyer.
    '\\b(?:send|tell|give|share|forward)\\s+(?:me|us)\\s+(?:the\\s+|your\\s+)?(?:\\S+\\s+)?(?:verification|otp|sms|one-?time)\\s+(?:code|password|pin)s?\\b' +
      '|\\b(?:send|tell|give|share|forward)\\s+(?:me|us)\\s+(?:the\\s+|your\\s+)?otp\\b' +
      // "bank will send OTP code pls tell me": the code named first, then asked for.
      '|\\b(?:otp|verification|sms|one-?time)\\s+(?:code|password|pin)\\b[^.!?\\n]{0,20}?\\b(?:pls|please|kindly|just)\\s+(?:tell|send|give|share|forward)\\s+(?:(?:it|to)\\s+)?(?:me|us)\\b' +
      // "Please reply with the verification code we sent to your phone."
      '|\\breply\\s+(?:to\\s+(?:me|us)\\s+)?with\\s+(?:the\\s+|your\\s+)?(?:\\S+\\s+)?(?:verification|otp|sms|one-?time)\\s+(?:code|password|pin)s?\\b',
    { anchors: ['verification', 'otp', 'sms', 'one-time', 'onetime', 'one time'] },
  ),
  cue(
    'a one-time code or password given in the chat (never share one: it lets someone log in or pay as you)',
    // "The OTP code is 482913", "my Alibaba password is …", "验证码是482913": given, whoever asked.
    '\\b(?:otp|verification|sms|one-?time)(?:\\s+(?:code|password|pin))?\\s*(?:is|:|=)\\s*\\d{4,8}\\b' +
      // Not a safe's or a router's factory password, which is product information.
      '|\\b(?:my|the)\\s+(?:alibaba\\s+|account\\s+|login\\s+|paypal\\s+|bank\\s+|card\\s+)?(?:password|passcode)\\s*(?:is|:|=)\\s*(?!(?:not|never|private|secret|safe|changed|the\\s+same)\\b)\\S{4,}(?![^.!?]{0,40}\\b(?:factory\\s+setting|default|for\\s+the\\s+(?:safe|lock|router|camera|nvr|dvr|door|wi-?fi)))' +
      '|验证码(?:是|为)?\\s*[:：]?\\s*\\d{4,8}|(?<!初始|默认|出厂)密码(?:是|为)\\s*[:：]?\\s*\\S{4,}',
    {
      anchors: [
        'otp',
        'verification',
        'sms',
        'one-time',
        'onetime',
        'one time',
        'password',
        'passcode',
        '验证码',
        '密码',
      ],
    },
  ),
  cue(
    "a fee to release the goods, to the supplier's agent",
    // "Your goods are held at customs, pay the release fee to our clearing agent", "pay the customs fee to the agent to
    // release your goods"; not the supplier paying its own broker.
    "\\b(?:pay|send|transfer|remit|wire)(?<!\\b(?:we|i|they|he|she)(?:\\s+will|'ll|\\s+also|\\s+would|\\s+can)?\\s+\\w+)\\w*\\s+(?:\\S+\\s+){0,3}?(?:(?:release|releasing|clearance|clearing|customs|demurrage|storage)\\s+(?:fee|charge|cost)s?|(?:anti-?dumping\\s+)?(?:tax|taxes|duty|duties))\\s+(?:\\S+\\s+){0,3}?(?:to|via|through)\\s+(?:(?:our|my)\\s+(?:\\S+\\s+)?(?:agent|broker|logistics\\s+company|shipping\\s+company|forwarder)|the\\s+(?:\\S+\\s+)?(?:agent|broker)(?=\\s+(?:to|so|and)\\s+(?:\\S+\\s+){0,3}?release))\\b" +
      // 清关费请付给我们的清关代理
      '|(?:清关|放货|滞港|仓储)费[^。！？]{0,8}?付给我们的[^。！？]{0,4}?代理',
    { anchors: ['agent', 'broker', 'logistics company', 'shipping company', 'forwarder', '代理'] },
  ),
  ...IMPOSTOR_NOTICES,
  cue(
    'a fee to pay first, to unlock an order or a refund',
    // A loan or financing for the order that first needs a fee: "cukup bayar biaya admin", "la commissione di attivazione".
    '\\b(?:loan|financing|credit\\s+line|pinjaman|finanziamento|pr[ée]stamo)\\b[^]{0,120}?\\b(?:activation\\s+fee|admin(?:istration)?\\s+fee|processing\\s+fee|biaya\\s+admin|commissione\\s+di\\s+attivazione|comisi[óo]n\\s+de\\s+apertura)\\b',
    { anchors: ['loan', 'financing', 'credit line', 'pinjaman', 'finanziamento', 'stamo'] },
  ),
  cue(
    'a fee paid to a third party, not into the order',
    // A courier's own account to pay a parcel's duty or fee: "parcel is held in Delhi customs … Pls pay to courier account,
    // they send details on your email". Duty is paid to customs or on delivery, not wired to an account in a chat.
    "\\b(?<!\\b(?:we|i)\\s)(?:pay|transfer|send|remit)\\w*\\s+(?:\\S+\\s+){0,4}?(?:to|into)\\s+(?:the\\s+|their\\s+|his\\s+)?(?:courier|delivery\\s+company|express\\s+company)(?:'s)?\\s+(?:bank\\s+)?(?:account|a/c)\\b",
    { anchors: ['courier', 'delivery company', 'express company'] },
  ),
];
