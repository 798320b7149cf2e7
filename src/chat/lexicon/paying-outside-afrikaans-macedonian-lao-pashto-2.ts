import { cue, type Cue } from './cue';

// Paying outside the order in Lao (read as phrases: it writes no spaces between its words) and Pashto (in Arabic
// script and Latin letters), joined to the Afrikaans and Macedonian cues in paying-outside-afrikaans-macedonian-lao-pashto.ts.

/** Pashto verbs of sending or giving the money, as asked or done: "ولیږئ" (send), "ورکړئ" (give), "وکړه" (do it). */
const PASHTO_SEND =
  '(?:ولیږئ|ولیږه|ولېږئ|ولېږه|راولیږئ|ورکړئ|ورکړه|ورکړي|راکړئ|راکړې|راکړه|وکړه|وکړئ|واستوئ|واچوئ|واچوه)(?![\\p{L}\\p{M}])';

export const PAYING_OUTSIDE_IN_LAO_PASHTO: readonly Cue[] = [
  cue(
    'paying directly, outside the order',
    // Lao "ຖ້າຈ່າຍກົງຫາພວກເຮົາ" (if you pay us directly), "ບໍ່ຕ້ອງຜ່ານ Alibaba" (no need to go through Alibaba), "ນອກ
    // Alibaba"; Pashto "مستقیم پیسې راکړې" (give the money directly), "د Alibaba order ته اړتیا نشته" (no need for the
    // Alibaba order), "mustaqim paisy".
    '(?:ຈ່າຍ|ໂອນ)(?:ເງິນ)?ກົງ(?:ຫາ|ໃຫ້|ເຂົ້າ)|ບໍ່(?:ຕ້ອງ)?ຜ່ານ\\s?(?:alibaba|ອາລີບາບາ|trade\\s?assurance)|ນອກ\\s?(?:alibaba|ອາລີບາບາ)' +
      `|(?<![\\p{L}\\p{M}])مستقیم\\s+(?:\\S+\\s+){0,3}?(?:پیسې(?![\\p{L}\\p{M}])|${PASHTO_SEND})` +
      '|(?<![\\p{L}])(?:alibaba|trade\\s+assurance|order)\\s+(?:\\S+\\s+)?ته\\s+اړتیا\\s+(?:نشته|نه\\s+شته|نه\\s+ده)' +
      '|(?<![\\p{L}])(?:mustaqim|mostaqim|mustaqeem)\\s+(?:\\S+\\s+){0,2}?(?:paisy|paise|paisay|pese)(?![\\p{L}])',
    {
      instruction: true,
      anchors: ['ກົງ', 'ຜ່ານ', 'ນອກ', 'مستقیم', 'اړتیا', 'mustaqim', 'mostaqim', 'mustaqeem'],
    },
  ),
  cue(
    "a person's account",
    // Lao "ບັນຊີສ່ວນຕົວຂອງຜູ້ຈັດການ" (the manager's personal account), "ບັນຊີ … ຂອງຕົວແທນ" (the agent's account),
    // "ໂອນຜ່ານ M-Money ຫາຕົວແທນ" (transfer to the agent), "ຊື່ບັນຊີ ນາງ …" (account name: Ms …), "ລາວຈະໂອນຕໍ່ໃຫ້ພວກເຮົາ"
    // (he will pass it on to us); Pashto "شخصي حساب", "زموږ اجنټ ته ولیږئ" (send it to our agent), "مسټر ما ته ورکړي".
    'ບັນຊີສ່ວນຕົວ|ບັນຊີສ່ວນບຸກຄົນ|ບັນຊີ[^.!?\\n]{0,40}?ຂອງ\\s?(?:ຕົວແທນ|ຜູ້ຈັດການ|ເຈົ້າຂອງ|ພະນັກງານ)|ຊື່ບັນຊີ\\s?(?:ນາງ|ທ້າວ)' +
      '|(?:ໂອນ|ຈ່າຍ)[^.!?\\n]{0,30}?(?:ຫາ|ໃຫ້|ເຂົ້າ)\\s?(?:ຕົວແທນ|ຜູ້ຈັດການ|ພໍ່ຄ້າ|ທ້າວ|ນາງ)|ໂອນຕໍ່ໃຫ້' +
      '|(?:ຈ່າຍ|ໂອນ)(?:ເງິນ)?(?:ຜ່ານ|ເຂົ້າ|ໃຫ້|ຫາ)(?:ບໍລິສັດ)?(?:ເອື້ອຍນ້ອງ|ສາຂາ|ຄູ່ຮ່ວມ)' +
      '|(?<![\\p{L}\\p{M}])(?:شخصي|شخصی|خصوصي)\\s+حساب|(?<![\\p{L}\\p{M}])حساب\\s+(?:\\S+\\s+)?(?:شخصي|شخصی)(?![\\p{L}\\p{M}])' +
      `|(?<![\\p{L}\\p{M}])(?:مدیر|منیجر|مالک|اجنټ|ایجنټ|رئیس|مسټر|همکار)\\s+(?:\\S+\\s+)?ته\\s+(?:\\S+\\s+){0,3}?${PASHTO_SEND}`,
    {
      anchors: [
        'ບັນຊີ',
        'ໂອນ',
        'ຈ່າຍ',
        'شخصي',
        'شخصی',
        'خصوصي',
        'مدیر',
        'منیجر',
        'مالک',
        'اجنټ',
        'ایجنټ',
        'رئیس',
        'مسټر',
        'همکار',
      ],
    },
  ),
  cue(
    'cash handed over',
    // Lao "ເອົາເງິນສົດໄປໃຫ້ລາວ" (take him the cash), "ຈ່າຍເປັນເງິນສົດ" (pay in cash); Pashto "نغدې پیسې ورکړئ" (give
    // cash), "نغدې پیسې ورکولی شي" (he can give cash).
    '(?:ເອົາ|ຈ່າຍ)(?:ເປັນ|ດ້ວຍ)?ເງິນສົດ|ເງິນສົດ[^.!?\\n]{0,20}?(?:ໄປໃຫ້|ມາໃຫ້|ໃຫ້|ຈ່າຍ)' +
      '|(?<![\\p{L}\\p{M}])(?:نغدې|نغدي|نقدې|نقدي|نغد)\\s+(?:پیسې|پیسی|ډالر)\\s+(?:\\S+\\s+){0,2}?(?:ورکړ|ورکول|ورکوئ|راکړ|ولیږ|راوړ)\\p{L}*',
    { anchors: ['ເງິນສົດ', 'نغدې', 'نغدي', 'نقدې', 'نقدي', 'نغد'] },
  ),
  cue(
    'money sent through a transfer office',
    // Pashto hawala: "حواله ورته وکړه" (send him a hawala), "حواله مې وکړه" (I sent the hawala), "زما حواله دار" (my
    // hawala broker); Afghanistan's M-Paisa, HesabPay and mHawala wallets.
    `(?<![\\p{L}\\p{M}])(?:حواله\\s?دار|حوالدار)|(?<![\\p{L}\\p{M}])حواله\\s+(?:\\S+\\s+){0,2}?(?:ورته|${PASHTO_SEND}|وکړم|وکړو|کوو)` +
      `|(?<![\\p{L}])(?:m-?paisa|hesab\\s?pay|m-?hawala)(?![\\p{L}])(?:[^.!?\\n؟]{0,60}?${PASHTO_SEND}|\\s+(?:هم\\s+)?(?:کېږي|کیږي|چلېږي))`,
    { anchors: ['حواله', 'حوالدار', 'paisa', 'hesabpay', 'hesab pay', 'hawala'] },
  ),
  cue(
    'the order said not to work, to pay another way',
    // Lao "ຮັບເງິນຜ່ານ Alibaba ບໍ່ໄດ້" (can't receive money through Alibaba), "ລະບົບ Alibaba ຕິດຂັດ" (Alibaba's system is
    // stuck); Pashto "د Alibaba له لارې پیسې نه شو اخیستلی" (we can't take money through Alibaba), "… پیسې اوس بندې دي"
    // (are stopped now), "د Alibaba اپ د افغانستان کارتونو سره ستونزه لري" (has a problem with Afghan cards).
    '(?:ຮັບເງິນ|ຈ່າຍ(?:ເງິນ)?|ໂອນ(?:ເງິນ)?)ຜ່ານ\\s?alibaba\\s?ບໍ່ໄດ້|ລະບົບ\\s?alibaba\\s?(?:ຕິດຂັດ|ມີບັນຫາ|ເສຍ|ໃຊ້ບໍ່ໄດ້)' +
      '|(?<![\\p{L}])alibaba\\s+له\\s+لارې\\s+(?:\\S+\\s+){0,2}?(?:نه\\s+شو\\s+اخیستل|بندې|بند\\s+دي|نه\\s+کېږي)' +
      '|(?<![\\p{L}])alibaba\\s+(?:\\S+\\s+){0,4}?(?:کارتونو|تادیاتو)\\s+سره\\s+ستونزه',
    { anchors: ['ຜ່ານ', 'ລະບົບ', 'له لارې', 'ستونزه'] },
  ),
  cue(
    'an advance fee',
    // Lao "ຄ່າປ່ອຍສິນຄ້າ" (a fee to release the goods); Pashto "فیس … باید مخکې ورکړل شي" (the fee must be paid
    // first).
    'ຄ່າປ່ອຍ(?:ສິນຄ້າ|ເຄື່ອງ|ຕູ້)' +
      '|(?<![\\p{L}\\p{M}])(?:فیس|جریمه)\\s+(?:\\S+\\s+){0,8}?(?:باید\\s+)?مخکې\\s+(?:ورکړل|ورکړئ|تادیه)',
    { anchors: ['ຄ່າປ່ອຍ', 'فیس', 'جریمه'] },
  ),
];
