import { cue, type Cue } from './cue';
import { MORE_PHONE_WALLETS } from './phone-wallets-more';

/**
 * Each country's own wallets and instant transfers to a phone number or a
 * card: no buyer protection, and the money goes to whoever holds the phone.
 * Part of PAYMENT_SERVICES.
 */
export const PHONE_WALLETS: readonly Cue[] = [
  cue(
    'a person-to-person payment app',
    // Canada's Interac e-Transfer, to a person: "you can e-transfer to him"; Australia's PayID, a Tikkie, Uzbekistan's Payme.
    '\\bvenmo\\b|\\bzelle\\b|\\bpayid\\b|\\btikkie\\b|\\bpayme\\b|\\bcash\\s?app\\b|\\be-transfer\\s+(?:it\\s+|the\\s+money\\s+)?(?:to\\s+)?(?:me|us|him|her|my|our)\\b|\\betransfer\\s+(?:it\\s+|the\\s+money\\s+)?(?:to\\s+)?(?:me|us|him|her|my|our)\\b',
    { anchors: ['venmo', 'zelle', 'payid', 'tikkie', 'payme', 'cash', 'e-transfer', 'etransfer'] },
  ),
  cue(
    'a person-to-person payment app',
    // Tagalog "sa gcash na lang po" (by GCash instead), "sa gcash ko" (to my GCash), "sa Maya account ng tester", "mag-GCash";
    // Bengali "বিকাশে পাঠান" (send it to bKash): only money goes there.
    '\\bsa\\s+(?:g\\s?cash|maya|paymaya)\\s+(?:na\\s+lang|ko|namin|account|(?:\\+?63\\s?|0)9\\d{2})\\b|\\b(?:via|thru|through|using)\\s+(?:maya|paymaya)\\b|\\bmag-?\\s?g\\s?cash\\b|বিকাশে\\s+(?:\\S+\\s+)?(?:পাঠান|পাঠাও|পাঠিয়ে|দিন|দাও|করুন|করো)' +
      // Pakistan's Easypaisa and JazzCash: "ایزی پیسہ پر بھیج دیں" (send it on Easypaisa).
      '|\\beasy\\s?paisa\\b|\\bjazz\\s?cash\\b|(?:ایزی\\s?پیسہ|ایزی\\s?پیسے|جاز\\s?کیش)\\s+(?:پر|میں|سے)' +
      // Nepal's eSewa and Khalti, Bangladesh's Nagad ("আমার নগদ অ্যাকাউন্টে"), and Google Pay as India pays a person with it
      // ("agent ka GPay 90000 76543"), not the checkout's button.
      '|\\besewa\\b|\\bkhalti\\b|\\bnagad\\b|নগদ\\s+(?:অ্যাকাউন্ট|একাউন্ট|নম্বর|নাম্বার)|\\bagent(?:\\s+ka|\\s+ke|\\s+ki|\\s+ko|\\s+the)?\\s+g\\s?pay\\b|\\bg\\s?pay\\s+(?:number|no|pe|par|me|mein|account|kar\\w*)\\b',
    {
      anchors: [
        'cash',
        'maya',
        'বিকাশে',
        'easypaisa',
        'easy paisa',
        'ایزی',
        'جاز',
        'esewa',
        'khalti',
        'nagad',
        'নগদ',
        'gpay',
        'g pay',
      ],
    },
  ),
  cue(
    'a person-to-person payment app',
    // Israel's Bit and PayBox, asked to be paid with: "אפשר לשלם את המקדמה בביט" (you can pay the deposit by Bit).
    '(?:לשלם|תשלם|תשלמו|תשלמי|להעביר|תעביר|תעבירו|לשלוח|תשלח|תשלחו)(?![\\p{L}])[^.!?\\n]{0,40}?(?:ב|דרך\\s+)(?:ביט|פייבוקס)(?![\\p{L}])',
    { anchors: ['ביט', 'פייבוקס'] },
  ),
  cue(
    'a person-to-person payment app',
    // Brazil's Pix ("pagar via Pix"; also Alibaba's own checkout's), Kazakhstan's Kaspi (also a marketplace); not "send me pix".
    // Africa's mobile money, paid by: "the balance by MTN mobile money to our rep".
    '\\b(?:via|com|no|em|by)\\s+pix\\b|\\bkaspi\\b|\\b(?:by|via|through|with|on)\\s+(?:mtn\\s+|airtel\\s+|vodafone\\s+|orange\\s+)?mobile\\s+money\\b',
    { needsPaymentTalk: true, offeredInOrder: true, anchors: ['pix', 'mobile money', 'kaspi'] },
  ),
  cue(
    'a person-to-person payment app',
    // Said in Portuguese, Pix is only money: "mande por Pix para minha irmã", "chave Pix", "se fizer o Pix pra mim",
    // "melhor fazer PIX direto", "paga direto no meu Pix"; in English, "she sent me a PIX key".
    '\\b(?:por|pelo)\\s+pix\\b|\\bchave\\s+pix\\b|\\bpix\\s+(?:para|pra|pro|na|da|do)\\b|\\b(?:fa(?:zer|z|ça|ca|zendo)|fiz(?:er|emos)?)\\s+(?:o\\s+|um\\s+)?pix\\b|\\b(?:no|pro|pelo)\\s+(?:meu|nosso)\\s+pix\\b|\\bpix\\s+(?:key|id)\\b',
    { anchors: ['pix'] },
  ),
  cue(
    'a person-to-person payment app',
    // The wallets of India (UPI, Paytm, PhonePe, GPay), the Philippines (GCash, Maya), Nigeria (OPay, PalmPay),
    // Kenya (M-Pesa) and Canada (Interac), asked to be paid with ("GPay kar dein", Bengali "Google Pay kore din"); a vending machine or a POS terminal that takes them is a product.
    '\\bupi\\s+(?:id|address|number)\\b|\\b(?:via|by|through|with|using|on|to\\s+(?:my|our))\\s+upi\\b|\\bpay\\s?tm\\b|\\bphonepe\\b|\\bgpay\\b|\\bg\\s?cash\\b|\\bpay\\s?maya\\b|\\bopay\\b|\\bpalm\\s?pay\\b|\\bm-?\\s?pesa\\b|\\binterac\\b',
    {
      needsPaymentTalk: true,
      anchors: [
        'upi',
        'paytm',
        'pay tm',
        'phonepe',
        'gpay',
        'google pay',
        'googlepay',
        'cash',
        'paymaya',
        'pay maya',
        'opay',
        'palmpay',
        'palm pay',
        'pesa',
        'interac',
      ],
    },
  ),
  cue(
    'a person-to-person payment app',
    // Paying by UPI said outright ("UPI kar do", "upi se bhej do", "UPI पर भेज दीजिए", "mere personal UPI pe"), or a UPI address
    // ("clearing.agent77@okaxis", a person's or a shop's bank account): only money goes there, so no other talk of
    // paying is needed. The address's "@" after a letter is read as an "a" ("clearing.agent77aokaxis"), as in "p@ypal":
    // both are looked for.
    '\\bupi\\s+(?:transfer|kar|karo|kardo|kijiye|karein|karna)\\b|\\bupi\\s+(?:se|pe|par)\\s+(?:\\S+\\s+)?(?:bhej|pay|kar|transfer|de\\s+do)|\\bupi\\s+(?:पर|से)\\s+(?:\\S+\\s+)?(?:भेज|पेमेंट|ट्रांसफर|कर)|\\bmere\\s+(?:personal\\s+)?upi\\b' +
      '|(?:@okaxis|@okhdfcbank|@okicici|@oksbi|@ybl|@ibl|@axl|aokaxis|aokhdfcbank|aokicici|aoksbi|aybl|aibl|aaxl)\\b',
    {
      anchors: [
        'upi',
        '@ok',
        '@ybl',
        '@ibl',
        '@axl',
        'aokaxis',
        'aokhdfcbank',
        'aokicici',
        'aoksbi',
        'aybl',
        'aibl',
        'aaxl',
      ],
      // "UPI se pay karne ka option hai kya Alibaba checkout pe?": asked of the order's own payment page.
      offeredInOrder: true,
    },
  ),
  cue(
    'a person-to-person payment app',
    // More countries' own: Spain's Bizum, Colombia's Nequi, Peru's Yape ("yapearme", Yape it to me), Poland's BLIK, Ukraine's Monobank, Saudi Arabia's STC Pay, Pakistan's JazzCash, Indonesia's OVO and DANA,
    // Malaysia's DuitNow and Touch 'n Go, Vietnam's MoMo, Thailand's PromptPay, Korea's Toss (and WeChat Pay and Alipay written in Hangul), Taiwan's JKOPay; West Africa's
    // Orange Money, MTN Mobile Money and Wave; Ethiopia's telebirr; Nigeria's Moniepoint; Egypt's Vodafone Cash; Morocco's Cash Plus and Wafacash.
    '\\bpaypay\\b|\\bvodafone\\s+cash\\b|فودافون\\s?كاش|\\bcash\\s+plus\\b|\\bwafa\\s?cash\\b|\\binstapay\\b|\\bkaspi\\b|\\bhumo\\s+kart\\w*|\\bclick\\s+orqali\\b|\\bclick\\s+raqam|\\bpayme\\s+orqali\\b|\\borange\\s+money\\b|\\b(?:mtn|airtel|moov|tigo)\\s+(?:mobile\\s+)?money\\b|\\b(?:par|via|sur|avec)\\s+wave\\b|\\bbizum\\b|\\bnequi\\b|\\bdaviplata\\b|\\byape(?:a\\w*|e\\w*)?\\b|\\bmercado\\s?pago\\b|\\blydia\\b|\\bpostepay\\b|\\bblik(?:iem|a)?\\b|\\bprzelewy\\s?24\\b|\\bmonobank\\b|монобанк|\\bprivat\\s?24\\b' +
      "|\\bstc\\s?pay\\b|\\bjazz\\s?cash\\b|\\beasy\\s?paisa\\b|\\bovo\\b(?!\\s+(?:je|nije|su|nisu|ste|smo|bi|da|[šs]to)\\b)|\\b(?:via|lewat|pakai|ke)\\s+dana\\b|\\bdana\\s+(?:atau|or)\\s+ovo\\b|\\bgopay\\b|\\b(?:via|by|with|pakai|lewat|ke|atau|dan|or)\\s+go\\s+pay\\b|\\bshopee\\s?pay\\b|\\bduit\\s?now\\b|\\btouch\\s?'?n'?\\s?go\\b" +
      '|\\bmomo\\b|\\bzalo\\s?pay\\b|พร้อมเพย์|\\bprompt\\s?pay\\b|\\btrue\\s?money\\b|토스(?!트|카나)|카카오\\s?페이|위챗\\s?페이|알리\\s?페이|\\bkakao\\s?pay\\b|街口支付|\\bline\\s?pay\\b|\\bbkash\\b|বিকাশ|\\bnagad\\b|\\bpaybill\\b|\\btikkie\\b|\\btelebirr\\b|\\bmoniepoint\\b|ቴሌብር|جاز\\s?کیش|ایزی\\s?پیسہ',
    {
      // "Czy mogę zapłacić BLIK-iem na stronie płatności Alibaba?": Alibaba's checkout takes some of them.
      offeredInOrder: true,
      needsPaymentTalk: true,
      anchors: [
        'paypay',
        'vodafone cash',
        'فودافون',
        'cash plus',
        'wafacash',
        'wafa cash',
        'instapay',
        'kaspi',
        'humo',
        'click orqali',
        'click raqam',
        'payme orqali',
        'orange money',
        'mtn',
        'airtel',
        'moov',
        'tigo',
        ' wave',
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
        '위챗',
        '알리',
        'kakao',
        '街口支付',
        'line',
        'bkash',
        'nagad',
        'বিকাশ',
        'paybill',
        'tikkie',
        'telebirr',
        'moniepoint',
        'ቴሌብር',
        'جاز',
        'ایزی',
      ],
    },
  ),
  ...MORE_PHONE_WALLETS,
];
