import { cue, inMessageWith, type Cue } from './cue';

/** The dispute, claim or review a buyer is asked to drop, in the cues' languages. */
const DISPUTE =
  '\\b(?:disputes?|claims?|complaints?|negative\\s+(?:review|feedback)|resolved|disputa|reclama[çc][ãa]o|reclamaci[óo]n|reclamo|litige|reklamation|streitfall|geschil|sp[óo]r|khi[ếe]u\\s+n[ạa]i)\\b|분쟁|争议|纠纷|投诉|نزاع|спор|жалоб|מחלוקת';
/** Money sent another way than the order's refund. */
const ANOTHER_WAY =
  '\\b(?:pay\\s?pal|bank|wise|payoneer|ali\\s?pay|western\\s+union|wu|t/t|tt|wire|lianlian|xtransfer|wechat|cash|iban|bonifico|transfer[eê]ncia|transferencia|virement|u(?:e)?berweisung|przelew|momo)\\b|überweisung|은행|페이팔|银行|支付宝|微信|פייפאל|בפייפאל';
/** A refund, in the cues' languages; not the order's own ("Alibaba will refund you", "refund by Alibaba"). */
const A_REFUND =
  '(?:\\brefund\\w*(?<!\\balibaba\\s+(?:will\\s+|has\\s+|had\\s+|already\\s+|to\\s+)?refund\\w*)(?!\\s+(?:\\S+\\s+){0,2}?(?:by|from|through|via)\\s+alibaba\\b)|\\bcompensat\\w*|\\breimburs\\w*|\\breturn\\s+the\\s+money|\\breturn\\s+your\\s+money|\\brimbors\\w*|\\breembols\\w*|\\bdevolv\\w*|\\brembours\\w*|\\b(?:r[üu]ck)?erstatt\\w*|\\bterugbetal\\w*|\\bzwrot\\w*|\\bho[àa]n\\s+ti[ềe]n|להחזיר)';
/** The same in Korean and Chinese, where the way to pay comes first ("은행으로 바로 환불"); not Alibaba's (退款已由阿里巴巴退回). */
const A_REFUND_AFTER_THE_WAY = '(?:환불|退款|退钱|退还)(?![^。！？]{0,10}(?:阿里|平台|알리바바))';
/** "반품 환불은 알리바바 말고 제가 직접" (the refund not by Alibaba, by me directly), 退款不走平台. */
const A_REFUND_NOT_BY_ALIBABA = '(?:환불|退款)[^。！？.!?]{0,12}?(?:알리바바\\s*말고|不走(?:阿里|平台))';

/**
 * Money asked for before money is released (a "refund processing fee", a fee to unfreeze an order or claim a
 * prize), and a refund offered around the order ("I will refund you personally, just cancel the dispute").
 * Part of THIRD_PARTY_FEES.
 */
export const REFUND_TRICKS: readonly Cue[] = [
  cue(
    'a fee to pay first, to unlock an order or a refund',
    // "A 40 USD refund processing fee first", "pour le remboursement, il faut d'abord payer 40 USD de frais",
    // "to unfreeze your order please verify your identity with a 1 USD payment", a lottery's handling fee.
    '\\brefund\\s+(?:processing|handling|release|transfer|service|admin\\w*)\\s+(?:fee|charge)s?\\b' +
      '|\\bremboursement\\b[^.!?]{0,60}?\\b(?:payer|r[èée]gler|verser)\\b[^.!?]{0,30}?\\bfrais\\b' +
      '|\\bto\\s+(?:unfreeze|unlock|reactivate)\\s+(?:your|the)\\s+(?:order|account|payment|funds|money)\\b[^.!?]{0,60}?\\b(?:pay|payment)\\b' +
      '|\\bverify\\s+your\\s+identity\\s+with\\s+(?:a|an)\\s+(?:\\S+\\s+){0,2}?payment\\b' +
      '|\\b(?:handling|processing|release|claim|admin\\w*|clearance)\\s+(?:fee|charge)\\s+(?:to\\s+receive|to\\s+get|to\\s+claim)\\s+(?:the\\s+|your\\s+)?(?:free|prize|gift|reward|bonus)\\b' +
      '|\\b(?:lottery|lucky\\s+draw|raffle|sweepstakes?)\\b[^\\n]{0,120}?\\b(?:fee|charge|tax)\\b' +
      // "Refund must go through our HK account, pls pay 手续费 40 USD", 退款前先付手续费.
      '|\\brefund\\b[^.!?\\n]{0,80}?\\b(?:pls|please|plz|kindly|must|need\\s+to|have\\s+to)\\s+pay\\s+(?:\\S+\\s+){0,2}?(?:(?:handling|processing|service|transfer|admin\\w*|release)\\s+(?:fee|charge)\\b|手续费)' +
      // "We refund you but bank need handling fee USD 180 first".
      '|\\brefund\\b[^.!?\\n]{0,60}?\\b(?:need|needs|require|requires)\\s+(?:a\\s+|the\\s+)?(?:(?:handling|processing|service|transfer|admin\\w*|release|bank)\\s+)+(?:fee|charge)s?\\b(?:(?!alibaba|deduct)[^.!?\\n]){0,30}?\\b(?:first|before|in\\s+advance)\\b' +
      '|退款[^。！？]{0,30}?(?:付|交|支付)[^。！？]{0,4}?手续费',
    {
      anchors: [
        'refund',
        'remboursement',
        '退款',
        'unfreeze',
        'unlock',
        'reactivate',
        'identity',
        'to receive',
        'to get',
        'to claim',
        'lottery',
        'lucky draw',
        'raffle',
        'sweepstake',
      ],
    },
  ),
  cue(
    'a refund paid outside the order',
    // "I will refund you personally, just cancel the dispute", "download our finance app and log in with your bank card".
    '\\brefund\\s+you\\s+(?:personally|privately|myself|directly|outside)\\b' +
      // "We discuss the compensation privately, not here": anchored on the rarer word.
      '|\\b(?:compensation|refund)\\s+(?:\\S+\\s+){0,2}?(?:privately|in\\s+private)\\b' +
      '|\\b(?:download|install)\\s+(?:our|my|this|the)\\s+(?:\\S+\\s+)?(?:finance\\s+app|financial\\s+app|payment\\s+app|wallet\\s+app|refund\\s+app|investment\\s+app|banking\\s+app)\\b(?<!\\balibaba\\s+(?:\\S+\\s+)?\\w+\\s+app)' +
      '|\\blog\\s?-?in\\s+with\\s+your\\s+(?:bank\\s+card|bank\\s+account|card)\\b',
    {
      anchors: [
        'refund you',
        'finance app',
        'financial app',
        'payment app',
        'wallet app',
        'refund app',
        'investment app',
        'banking app',
        'with your',
        'privately',
        'in private',
      ],
    },
  ),
  cue(
    'a refund outside the order, for dropping the dispute',
    // "Close the dispute, we refund you by PayPal", "분쟁 취소해 주시면 은행으로 환불", "se chiude la disputa, le rimborsiamo con bonifico";
    // "we refund via Alipay, more fast than alibaba refund". Not Alibaba's own refund to the buyer's bank or card.
    // "Whatsapp me your paypal email and i refund you there": the way first in English too.
    `(?:${A_REFUND}[^.!?]{0,60}?(?:${ANOTHER_WAY})|(?:${ANOTHER_WAY})[^.!?。！？]{0,30}?${A_REFUND_AFTER_THE_WAY}|${A_REFUND_NOT_BY_ALIBABA}|(?:${ANOTHER_WAY})[^.!?]{0,40}?\\b(?:i|we)(?:\\s+will|'ll)?\\s+refund\\s+you\\b)(?:${inMessageWith(DISPUTE, 200)}|(?=[^.!?]{0,80}\\bthan\\s+(?:the\\s+)?alibaba\\b))` +
      // "I will transfer 80 USD to your Wise, please remove negative review and dispute".
      `|\\b(?:transfer|send|pay)\\w*\\s+(?:\\S+\\s+){0,3}?(?:to\\s+your\\s+paypal|to\\s+your\\s+wise|to\\s+your\\s+payoneer|to\\s+your\\s+alipay|to\\s+your\\s+bank|to\\s+your\\s+account)\\b${inMessageWith(DISPUTE, 200)}` +
      // 您先撤销纠纷，我微信转给您 (withdraw the dispute first, I'll send it to you on WeChat).
      `|(?:微信|支付宝|私下)(?:直接)?(?:转|打|退)(?:钱|款)?给(?:您|你)${inMessageWith(DISPUTE, 200)}`,
    {
      offeredInOrder: true,
      anchors: [
        'refund',
        'compensat',
        'reimburs',
        'return the money',
        'return your money',
        'rimbors',
        'reembols',
        'devolv',
        'rembours',
        'erstatt',
        'terugbetal',
        'zwrot',
        'hoàn tiền',
        'hoan tien',
        'hoàn tien',
        'hoan tiền',
        'להחזיר',
        '환불',
        '退款',
        '退钱',
        '退还',
        'to your paypal',
        'to your wise',
        'to your payoneer',
        'to your alipay',
        'to your bank',
        'to your account',
        '微信',
        '支付宝',
        '私下',
      ],
    },
  ),
  cue(
    'money asked back for an overpayment',
    // "You still not return the overpaid 900 USD", "kindly send back the excess payment": the buyer told to return money
    // they were paid, the overpayment trick. Not the supplier's "we will refund the overpaid freight", "we have not returned …".
    "(?<!\\b(?:we|i)(?:\\s+(?:have|had|did|do|will|can|could|shall|must))?\\s+)\\b(?:please|pls|plz|kindly|must|need\\s+to|have\\s+to|not|never|didn'?t|haven'?t)\\s+(?:yet\\s+)?(?:return(?:ed)?|send\\s+back|sent\\s+back|pay\\s+back|paid\\s+back)\\s+(?:us\\s+|me\\s+)?(?:the\\s+)?(?:over-?paid|over-?payment|excess(?:\\s+payment)?|extra\\s+(?:payment|money|amount))\\b" +
      // "Our finance sent you the refund twice by mistake, USD 1,200. pls return it today to the account below".
      '|\\b(?:please|pls|plz|kindly)\\s+(?:return|send\\s+back|pay\\s+back)\\s+(?:it|them|the\\s+money|the\\s+amount)\\b(?![^.!?]{0,40}\\b(?:alibaba|trade\\s+assurance)\\b)(?<=\\b(?:refund\\w*|payments?|money|paid|transferred)\\s+(?:\\S+\\s+){0,3}?by\\s+mistake\\b[^]{0,120})',
    { anchors: ['return', 'send back', 'sent back', 'pay back', 'paid back'] },
  ),
];
