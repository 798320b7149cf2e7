import { cue, type Cue } from './cue';

/**
 * Each country's own wallets and instant transfers to a phone number or a
 * card: no buyer protection, and the money goes to whoever holds the phone.
 * Part of PAYMENT_SERVICES.
 */
export const PHONE_WALLETS: readonly Cue[] = [
  cue(
    'a phone-to-phone payment app, with no buyer protection',
    // Each country's own wallets and instant transfers to a phone number or a card: Spain's Bizum, Colombia's Nequi,
    // Poland's BLIK, Ukraine's Monobank, Saudi Arabia's STC Pay, Pakistan's JazzCash, Indonesia's OVO and DANA,
    // Malaysia's DuitNow and Touch 'n Go, Vietnam's MoMo, Thailand's PromptPay, Korea's Toss, Taiwan's JKOPay.
    '\\bbizum\\b|\\bnequi\\b|\\bdaviplata\\b|\\byape\\b|\\bmercado\\s?pago\\b|\\blydia\\b|\\bpostepay\\b|\\bblik(?:iem|a)?\\b|\\bprzelewy\\s?24\\b|\\bmonobank\\b|монобанк|\\bprivat\\s?24\\b' +
      "|\\bstc\\s?pay\\b|\\bjazz\\s?cash\\b|\\beasy\\s?paisa\\b|\\bovo\\b|\\b(?:via|lewat|pakai|ke)\\s+dana\\b|\\bdana\\s+(?:atau|or)\\s+ovo\\b|\\bgo\\s?pay\\b|\\bshopee\\s?pay\\b|\\bduit\\s?now\\b|\\btouch\\s?'?n'?\\s?go\\b" +
      '|\\bmomo\\b|\\bzalo\\s?pay\\b|พร้อมเพย์|\\bprompt\\s?pay\\b|\\btrue\\s?money\\b|토스|카카오\\s?페이|\\bkakao\\s?pay\\b|街口支付|\\bline\\s?pay\\b|\\bg\\s?cash\\b|\\bpay\\s?maya\\b|\\bbkash\\b|বিকাশ|\\bnagad\\b|\\bpaytm\\b|\\bphone\\s?pe\\b|\\bm-?pesa\\b|\\bpaybill\\b|\\btikkie\\b|جاز\\s?کیش|ایزی\\s?پیسہ',
    {
      needsPaymentTalk: true,
      anchors: [
        'bizum',
        'nequi',
        'daviplata',
        'yape',
        'mercado',
        'lydia',
        'postepay',
        'blik',
        'przelewy',
        'monobank',
        'монобанк',
        'privat',
        'stc',
        'jazz',
        'easy',
        'ovo',
        'dana',
        'go pay',
        'gopay',
        'shopee',
        'duit',
        'touch',
        'momo',
        'zalo',
        'พร้อมเพย์',
        'prompt',
        'true',
        '토스',
        '카카오',
        'kakao',
        '街口支付',
        'line',
        'cash',
        'maya',
        'bkash',
        'nagad',
        'paytm',
        'phone',
        'বিকাশ',
        'pesa',
        'paybill',
        'tikkie',
        'جاز',
        'ایزی',
      ],
    },
  ),
];
