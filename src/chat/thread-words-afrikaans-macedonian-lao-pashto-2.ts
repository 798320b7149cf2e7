import type { ReplyLists } from './thread-words';

// The threads' replies in Lao, as phrases (it writes no spaces between its words, as Thai does), and the talk moved
// elsewhere, a suspicious link and the buyer's why in Afrikaans, Macedonian (in Cyrillic and Latin letters) and Pashto
// (in Arabic script and Latin letters), joined in thread-words-afrikaans-macedonian-lao-pashto.ts. Lao's ໜ and ໝ are
// read as ຫນ and ຫມ (the detector's compatibility form), so they are written so here.

/** Afrikaans, Macedonian and Pashto words for the talk moved elsewhere, a link's page and the buyer's why. */
export const AFRIKAANS_MACEDONIAN_PASHTO_CONTACT_AND_LINK: Pick<
  ReplyLists,
  'moved' | 'backToTheChat' | 'namesTheChat' | 'pageTakes' | 'refusesThePage' | 'asksWhy'
> = {
  moved: [
    // Afrikaans "het jou ge-add" (added you), "jou gevind" (found you), "e-pos gestuur" (sent the e-mail), "boodskap
    // gestuur"; Macedonian "те додадов" (I added you), "ти пишав" (I wrote to you), "ti prativ mejl"; Pashto "add me
    // krey" (I added), "message darta okro" (I messaged you), "ایمیل مې درته ولیږه" (I sent you the e-mail).
    '(?:het\\s+)?jou\\s+(?:ge-?add|bygevoeg|gevind|gebel|ge-?whatsapp)|(?:e-?pos|epos|boodskap|whatsapp)\\s+gestuur|ge-?add',
    '(?:те|ве|te|ve)\\s+(?:додадов|додадовме|dodadov|dodadovme)|(?:ти|ви|ti|vi)\\s+(?:пишав|пишавме|pisav|pishav|pisavme|пратив\\s+(?:порака|мејл)|prativ\\s+(?:poraka|mejl))',
    'add\\s+me\\s+(?:krey|kray|kro|kre)|message\\s+(?:me\\s+)?darta\\s+(?:okro|kro|okra)|(?:ایمیل|پیغام|مسیج)\\s+مې\\s+درته\\s+(?:ولیږه|ولیږل|ولېږه)|درته\\s+مې\\s+ولیکل',
  ],
  backToTheChat: [
    '(?:praat|gesels)\\s+(?:maar\\s+)?hier|ek\\s+het\\s+nie\\s+(?:whatsapp|telegram|wechat|viber)',
    '(?:да\\s+)?(?:разговараме|зборуваме|pisuvame|razgovarame|zboruvame)\\s+(?:\\S+\\s+)?(?:тука|овде|tuka|ovde)|немам\\s+(?:viber|whatsapp|telegram)|nemam\\s+(?:viber|whatsapp|telegram)',
    'دلته\\s+(?:خبرې|پیغام)',
  ],
  namesTheChat: ['hier\\s+(?:op|in)\\s+(?:alibaba|die\\s+chat)', 'тука|овде|tuka|ovde', 'دلته'],
  pageTakes: [
    'wagwoord|kaartnommer|pinkode',
    'лозинка\\p{L}*|lozinka\\p{L}*|картичка\\p{L}*|karticka\\p{L}*|kartička\\p{L}*|код\\p{L}*',
    'پاسورډ|پټنوم|کارت|کوډ',
  ],
  // Refusing the page, or asking if it is right before giving it: "is dit reg?", "zošto …?", "ولې؟" (why?).
  refusesThePage: [
    'sal\\s+nie\\s+(?:klik|betaal|invul)|ek\\s+klik\\s+nie|is\\s+dit\\s+(?:reg|normaal|veilig)\\s*\\?|(?:hoekom|waarom)[^.!\\n]{0,40}\\?',
    'нема\\s+да\\s+(?:кликнам|платам|внесам)|nema\\s+da\\s+(?:kliknam|platam|vnesam)|(?:зошто|zosto|zošto|zasto)[^.!\\n]{0,40}\\?',
    '(?:پاسورډ|کوډ)\\s+(?:یې\\s+)?نه\\s+ورکوم|ولې\\s*[?؟]',
  ],
  asksWhy: ['hoekom|waarom', 'зошто|zosto|zošto|zasto', 'ولې|wale|wali|کله(?=[^؟?.!\\n]{0,80}[؟?])'],
};

/** Lao replies, each kind as phrases. */
export const LAO_PHRASES: ReplyLists = {
  paid: [
    // "ໂອນແລ້ວ" (transferred), "ຈ່າຍແລ້ວ" (paid), "ນີ້ສະລິບ" (here is the slip), "ເອົາເງິນສົດໄປໃຫ້ລາວແລ້ວ" (took him the
    // cash); not "ເກືອບໂອນແລ້ວ" (almost transferred).
    '(?<!ເກືອບ)(?:ໂອນ|ຈ່າຍ)(?:ໃຫ້)?ແລ້ວ|ນີ້ສະລິບ|ສົ່ງສະລິບ|ເອົາເງິນສົດໄປໃຫ້[^\\n]{0,12}?ແລ້ວ|ຂ້ອຍຈະໂອນ',
  ],
  asksWhere: [
    // "ສົ່ງເລກບັນຊີມາ" (send the account number), "ເລກບັນຊີ BCEL ແມ່ນຫຍັງ?" (what is the account number?), "ສົ່ງ wallet
    // ມາ", "ມີທາງອື່ນບໍ?" (is there another way?), "ໂອນໃຫ້ໃຜ?" (to whom?).
    'ເລກບັນຊີ|ສົ່ງ\\s?(?:wallet|ເລກ|qr|ບັນຊີ)|ມີທາງອື່ນບໍ|ໂອນ(?:ເຂົ້າ)?ໃສ|(?:ໂອນ|ຈ່າຍ)ໃຫ້ໃຜ',
  ],
  pointsAt: ['ບັນຊີນີ້|ບັນຊີເກົ່າ|ບັນຊີເດີມ|ສະລິບ'],
  toPay: ['ໂອນ|ຈ່າຍ|ຊຳລະ|ມັດຈຳ'],
  backToTheOrder: [
    // "ຂ້ອຍຈ່າຍຜ່ານ Trade Assurance ໃນ Alibaba ເທົ່ານັ້ນ" (I pay only through Trade Assurance), "ບໍ່ເອົາ" (no).
    '(?:ຈ່າຍ|ໂອນ)(?:ຜ່ານ|ໃນ)\\s?(?:trade\\s?assurance|alibaba|order)|ບໍ່ເອົາ|ບໍ່ໂອນ|ບໍ່ຈ່າຍ',
  ],
  vouches: ['ບໍລິສັດດຽວກັນ|ບໍ່ຕ້ອງຢ້ານ|ບໍ່ຕ້ອງຫ່ວງ|ລູກຄ້າ[^\\n]{0,15}?ຫຼາຍຄົນ|ປອດໄພ'],
  doubts: ['ເປັນຫຍັງ|ແທ້ບໍ|ແນ່ໃຈ|ປອມ'],
  namesTheOrder: ['(?:ໃນ|ຜ່ານ)\\s?(?:order|alibaba)|ຫນ້າ\\s?order'],
  moved: [
    // "ແອັດແລ້ວເດີ້" (added you), "ແອັດ LINE ແລ້ວ", "ທັກໄປ Telegram ແລ້ວ" (messaged on Telegram), "ສົ່ງອີເມວແລ້ວ".
    'ແອັດ[^\\n]{0,12}?ແລ້ວ|ເພີ່ມ[^\\n]{0,12}?ແລ້ວ|ທັກໄປ[^\\n]{0,12}?ແລ້ວ|ໂທໄປແລ້ວ|ສົ່ງອີເມວ(?:ໄປ)?ແລ້ວ',
  ],
  backToTheChat: ['ລົມ(?:ກັນ)?ຢູ່ນີ້|ລົມ(?:ກັນ)?ໃນ\\s?alibaba'],
  namesTheChat: ['ຢູ່ນີ້|ໃນແຊັດນີ້'],
  pageTakes: ['ລະຫັດຜ່ານ|ເລກບັດ|ລະຫັດ\\s?otp|ໃສ່ລະຫັດ'],
  refusesThePage: ['ບໍ່ໃສ່|ບໍ່ກົດ|ເປັນຫຍັງ\\s*[?？]'],
  asksWhy: ['ເປັນຫຍັງ|ແທ້ບໍ'],
};
