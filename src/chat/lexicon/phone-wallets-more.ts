import { cue, type Cue } from './cue';

/** More countries' wallets, and Chinese ones typed in pinyin. Part of PHONE_WALLETS. */
export const MORE_PHONE_WALLETS: readonly Cue[] = [
  cue(
    'a person-to-person payment app',
    // The Nordics' Vipps, Swish and MobilePay; Israel's Bit ("בביט", in Bit) and PayBox; Jamaica's Lynk; Iraq's Zain Cash and
    // First Iraqi Bank app (FIB); Peru's Plin ("un plin de 350 soles"); Chile's MACH, named after a preposition, as "Mach3" is
    // a CNC controller; Haiti's MonCash; Nepal's IME Pay and Khalti; Zimbabwe's EcoCash, OneMoney and InnBucks; Ethiopia's
    // HelloCash; Russia's fast payments (СБП) to a phone; Malaysia's Touch 'n Go eWallet; Somalia's EVC Plus, Sahal, Zaad and eDahab; Mukuru's transfers; Venezuela's "pago móvil"; Indonesia's QRIS.
    '(?<![\\p{L}])сбп(?![\\p{L}])|\\bsbp\\b|\\btng\\s+e-?wallet\\b|\\btouch\\s+n\\s+go\\b|\\btouchngo\\b|\\bime\\s?pay\\b|\\bkhalti\\b|\\beco\\s?cash\\b|\\bone\\s?money\\b|\\binn\\s?bucks\\b|\\bhello\\s?cash\\b|\\bevc\\s?plus\\b|\\bsahal\\b|\\bzaad\\b|\\be-?dahab\\b|\\bmukuru\\b|\\bpago\\s+m[óo]vil\\b|\\bqris\\b|\\bvipps\\b|\\bswish\\b|\\bmobilepay\\b|(?<![\\p{L}])ב?ביט(?![\\p{L}])|\\bbit\\s+app\\b|\\bpay\\s?box\\b|פייבוקס|\\blynk\\b|\\bzain\\s?cash\\b|زين\\s?كاش|\\bfib\\b' +
      '|\\bplin\\b|\\bpor\\s+mach\\b|\\bcon\\s+mach\\b|\\bvia\\s+mach\\b|\\bvía\\s+mach\\b|\\bmon\\s?cash\\b',
    {
      offeredInOrder: true,
      needsPaymentTalk: true,
      anchors: [
        'ime pay',
        'сбп',
        'sbp',
        'tng',
        'touch n go',
        'touchngo',
        'ecocash',
        'eco cash',
        'onemoney',
        'one money',
        'innbucks',
        'inn bucks',
        'hellocash',
        'hello cash',
        'evc',
        'sahal',
        'zaad',
        'dahab',
        'mukuru',
        'pago móvil',
        'pago movil',
        'qris',
        'imepay',
        'khalti',
        'vipps',
        'swish',
        'mobilepay',
        'ביט',
        'bit app',
        'paybox',
        'pay box',
        'פייבוקס',
        'lynk',
        'zain',
        'زين',
        'fib',
        'plin',
        'por mach',
        'con mach',
        'via mach',
        'vía mach',
        'moncash',
        'mon cash',
      ],
    },
  ),
  cue(
    'a payment app, outside the order',
    // Chinese typed in pinyin: "zhifubao zhuan gei wo ma" (transfer it to me by Alipay), "weixin zhifu".
    '\\bzhi\\s?fu\\s?bao\\b|\\bwei\\s?xin\\s+(?:zhi\\s?fu|zhuan\\s?zhang)\\b|\\bzhuan\\s+(?:gei|dao)\\s+wo\\b',
    { offeredInOrder: true, anchors: ['zhifu', 'zhi fu', 'zhuan'] },
  ),
  cue(
    'a person-to-person payment app',
    // Venezuela's "pago móvil" to a phone number: "puede hacer el pago móvil Banesco al 0414-555-0173" says the paying itself;
    // so does "te paso el link de Mercado Pago".
    '\\bpago\\s+m[óo]vil\\b(?=[^.!?]{0,40}?\\d{4}[\\s-]?\\d{3})|\\blink\\s+de\\s+mercado\\s?pago\\b',
    { offeredInOrder: true, anchors: ['pago móvil', 'pago movil', 'link de mercado'] },
  ),
  cue(
    'a person-to-person payment app',
    // Armenia's Telcell and Idram wallets, named with the case ending for "by": "Telcell-ov kam kanxik" (by Telcell or cash),
    // "Idram-ով". Paying is said by the ending itself.
    '\\b(?:telcell|idram)-?(?:ov\\b|ով)',
    { offeredInOrder: true, anchors: ['telcell', 'idram'] },
  ),
  cue(
    'a person-to-person payment app',
    // "Paytm kar do isi number pe", Bengali "Google Pay kore din", Tagalog "GCash na lang po" (just GCash): paying by the
    // wallet, asked for in so many words (which the payment talk PHONE_WALLETS' cue needs would not see, the app's name taken out).
    '\\b(?:google\\s+pay|googlepay|gpay|phonepe|paytm)\\s+(?:kar\\s+(?:do|dein|dena|dijiye)|karo|kardo|kijiye|kore\\s+(?:din|dao|den))\\b|\\b(?:g\\s?cash|paymaya|maya)\\s+na\\s+lang\\b',
    { anchors: ['google pay', 'googlepay', 'gpay', 'phonepe', 'paytm', 'cash', 'maya'] },
  ),
];
