import type { ReplyLists } from './thread-words';

// The threads' replies in Burmese, joined to the Sinhala, Malayalam and Kannada ones in
// thread-words-sinhala-malayalam-kannada-burmese.ts. Burmese writes no spaces between its words (a space is a phrase's
// pause), so its words are read as phrases, without edges, as Thai's are; Burmese typed in Latin letters ("add htar
// tal", "ngway pay mal") is edged with \b.

/** Burmese replies, each kind as phrases. */
export const BURMESE_PHRASES: ReplyLists = {
  paid: [
    // "KBZPay နဲ့ ၂ ခါခွဲပြီး ပို့လိုက်ပြီ" (sent it by KBZPay in two goes), "ငွေလွှဲပြီးပြီ" (transferred), "ငွေ
    // ပေးလိုက်ပြီ" (paid); "ngway pay mal" (I'll pay the money), "ngway lwe pyi" (transferred).
    'ပို့လိုက်ပြီ|ငွေ\\s?လွှဲပြီး|လွှဲလိုက်ပြီ|ငွေ\\s?ပေးလိုက်ပြီ|ငွေ\\s?ပို့ပြီး|ငွေ\\s?ပေးမယ်|ငွေ\\s?လွှဲမယ်',
    '\\bngway\\s+(?:pay|lwe|poe)\\s+(?:mal|pyi|lite\\s+pyi)\\b',
  ],
  asksWhere: [
    // "wallet address ပို့ပေး" (send the wallet address), "ဘယ် account လဲ" (which account?), "ဘယ်သူ့ကို ပေးရမလဲ" (whom
    // do I pay?), "bel account lae".
    '(?:address|account|အကောင့်|နံပါတ်|details)\\s?ပို့ပေး|ဘယ်\\s?(?:account|အကောင့်|ဘဏ်)|ဘယ်သူ့ကို\\s?(?:ပေး|လွှဲ|ပို့)|\\bbel\\s+account\\b',
  ],
  pointsAt: ['(?:အဲ့|အဲဒီ|ဒီ)\\s?(?:account|အကောင့်|wallet)|screenshot\\s?ပို့'],
  toPay: ['ပို့ပေးပါ|ငွေပေးပါ|လွှဲပေးပါ|လွှဲပါ'],
  backToTheOrder: [
    // "Trade Assurance နဲ့ပဲ" (only with Trade Assurance), "order page မှာပဲ ပေးမယ်", "ကျွန်တော် မပေးဘူး" (I won't
    // pay).
    '(?:alibaba|assurance|order|page)\\s?(?:နဲ့ပဲ|ကနေပဲ|မှာပဲ|ထဲကပဲ)|မပေးဘူး|မပို့တော့ဘူး|မလွှဲဘူး',
  ],
  vouches: ['စိတ်ချပါ|ဒီလိုပဲ\\s?(?:ပို့|ပေး|လွှဲ)ကြ'],
  doubts: ['ဘာလို့|ဘာဖြစ်လို့|ဟုတ်လား|ရှိလို့လား|ma\\s+ya\\s+bu\\s+naw'],
  namesTheOrder: ['အာလီဘာဘာ'],
  moved: [
    // "Telegram မှာ message ပို့ထားတယ်" (messaged on Telegram), "Viber မှာ add ထားတယ်", "Viber mhar add htar tal".
    '(?:message|msg|add|call)\\s?(?:ပို့ထားတယ်|ပို့လိုက်ပြီ|ထားတယ်|လိုက်ပြီ|ပြီးပြီ)|\\badd\\s+(?:htar|hta)\\s+(?:tal|tl|dal)\\b',
  ],
  backToTheChat: ['ဒီမှာပဲ\\s?(?:ပြော|ဆက်)'],
  namesTheChat: ['ဒီမှာ'],
  pageTakes: ['စကားဝှက်|ကတ်\\s?နံပါတ်'],
  refusesThePage: ['မနှိပ်ပါဘူး|မထည့်ဘူး'],
  asksWhy: ['ဘာလို့|ဘာဖြစ်လို့|ဟုတ်လား|ရှိလို့လား|\\bma\\s+ya\\s+bu\\s+naw\\b'],
};
