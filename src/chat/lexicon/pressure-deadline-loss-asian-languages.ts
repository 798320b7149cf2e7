import type { DeadlinePayAndLoss } from './pressure-deadline-loss';
import { DIGITS } from './cue';

/** The deadline, paying and the loss in Chinese, Arabic and the languages of East and South-East Asia. Part of DEADLINES_WITH_A_LOSS. */
export const DEADLINES_WITH_A_LOSS_IN_ASIAN_LANGUAGES: readonly DeadlinePayAndLoss[] = [
  // "财务今天下午四点结账，尾款今天不到的话只能排到下个月"; "周五前没收到定金就取消".
  {
    deadline:
      '(?:今天|今晚|今日|明天|周[一二三四五六日]|星期[一二三四五六日天]|\\d+号|\\d+点|截止|春节前|过年前|(?<![一二三四五六七八九十两几\\d])年前|节前|放假前|假期前|最后一天)',
    pay: '(?:尾款|定金|订金|货款|余款|付款|打款|汇款|转账|款项|收款|支付|手续费)',
    loss: '(?:否则|不然|来不及|赶不上|取消|作废|过期|失效|涨价|按新的|只能排|只能等|就要等|就没|没有了|顺延|排到|另外收|仓储费|退回)',
    anchors: [
      '今天',
      '今晚',
      '今日',
      '明天',
      '周',
      '星期',
      '截止',
      '春节前',
      '年前',
      '节前',
      '放假前',
      '假期前',
      '最后一天',
      ...DIGITS.flatMap((digit) => [`${digit}号`, `${digit}点`]),
    ],
  },
  // "إذا لم يصل المبلغ حتى الغد سنخسر الحجز على السفينة"; Iraqi "باچر السعر يصعد والبضاعة تروح لزبون" (tomorrow the price goes up and the
  // goods go to another customer).
  {
    deadline:
      '(?:حتى|قبل)\\s+(?:الغد|غدا|غداً|بكرة|بكره|يوم\\s+\\S+|الساعة|نهاية|الخميس|الجمعة|السبت|الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء)|الليلة|(?<![\\p{L}])اليوم(?![\\p{L}])',
    pay: '(?:المبلغ|الدفع|دفع|ادفع|التحويل|تحويل|تحول|الرصيد|العربون)',
    loss: '(?:سنخسر|نخسر|سيلغى|تلغى|يلغى|نلغي|سنلغي|إلغاء|الغاء|سيرتفع|سترتفع|يرتفع|ترتفع|وإلا|والا|سيضيع|ستضيع|ينتهي|لضمان\\s+السعر|للحفاظ\\s+على\\s+السعر|لتثبيت\\s+السعر|يصعد|تروح\\s+لزبون|تروح\\s+لغيرك|لزبون\\s+ثاني)',
    anchors: ['حتى', 'قبل', 'الليلة', 'اليوم'],
  },
  // "Bên vận chuyển yêu cầu thanh toán đủ trước thứ Năm … trễ là mất chỗ trên tàu đó anh".
  {
    deadline:
      '\\btr[ưu][ớo]c\\s+(?:th[ứu]\\s+[\\p{L}]+|ch[ủu]\\s+nh[ậa]t|ng[àa]y\\s+mai|\\d)|\\bng[àa]y\\s+mai\\b|\\bh[ôo]m\\s+nay\\b',
    pay: '(?:thanh\\s+to[áa]n|chuy[ểe]n\\s+(?:ti[ềe]n|kho[ảa]n|b[ằa]ng|s[ốo]\\s+d[ưu])|\\bc[ọo]c\\b|tr[ảa]\\s+ti[ềe]n|(?<![\\p{L}])[đd][óo]ng\\s+(?:ph[íi]|ti[ềe]n))',
    loss: '(?:\\bm[ấa]t\\s+(?:ch[ỗo]|su[ấa]t|h[àa]ng|c[ọo]c|slot)|\\btr[ễe]\\s+l[àa]|\\bk[ẻe]o\\b|\\bh[ủu]y\\b|t[ăa]ng\\s+gi[áa]|\\bkh[ôo]ng\\s+k[ịi]p|\\bgi[ữu]\\s+gi[áa]|\\bn[ếe]u\\s+kh[ôo]ng\\b|\\bl[ưu]u\\s+kho\\b|\\bt[íi]nh\\s+ph[íi]\\b|\\bph[ạa]t\\b)',
    anchors: ['trước', 'trưoc', 'truớc', 'truoc', 'ngày mai', 'ngay mai', 'hôm nay', 'hom nay'],
  },
  // "Tolong transfer DP hari ini … supaya harga tidak berubah" (so the price doesn't change); "Kapal berangkat Jumat,
  // kalau belum lunas kami pindah ke kapal berikutnya" (the ship leaves Friday; not paid off, the next ship); Malay "bayar …
  // sebelum esok, kalau tak kena caj simpanan RM 300 sehari" (pay before tomorrow, else storage of RM 300 a day), "kalau tak
  // confirm hari ni … kami jual kat pembeli Brunei" (unless confirmed today, sold to a buyer in Brunei).
  {
    deadline:
      '\\bhari\\s+ini\\b|\\bhari\\s+ni\\b|\\b(?:berangkat|sebelum|sampai)\\s+(?:hari\\s+)?(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu|besok|esok)\\b|\\bsebelum\\s+(?:paket|barang|kiriman|kontainer)\\b',
    pay: '\\b(?:transfer|bayar|dp|pembayaran|pelunasan|lunas|confirm|konfirmasi)\\b',
    loss: '\\b(?:(?:supaya|agar)\\s+harga|harga\\s+(?:naik|akan\\s+naik)|kalau\\s+(?:tidak|belum)|jika\\s+(?:tidak|belum)|dibatalkan|batal|hangus|kapal\\s+berikutnya|(?:ongkos|biaya)\\s+\\S+\\s+naik|kalau\\s+tak|caj\\s+simpanan|sehari|dikembalikan|jual\\s+(?:kat|kepada|ke)\\s+(?:pembeli|customer|orang)\\s+(?:lain|\\S+))\\b',
    anchors: ['hari ini', 'hari ni', 'berangkat', 'sebelum', 'sampai'],
  },
  // "旧正月前にウエスタンユニオンで全額お支払いいただければ、値上げ前の価格を維持します。今週金曜まで。"
  {
    deadline: '(?:旧正月前|春節前|年末前|連休前|休暇前)|[月火水木金土日]曜日?まで|今日中|本日中|明日まで',
    pay: '(?:支払|払い|振込|振り込|送金|入金)',
    loss: '(?:値上げ|維持|遅れ|キャンセル|間に合わ|できません|上がり|上がる)',
    anchors: [
      '旧正月前',
      '春節前',
      '年末前',
      '連休前',
      '休暇前',
      '曜まで',
      '曜日まで',
      '今日中',
      '本日中',
      '明日まで',
    ],
  },
  // "오늘까지 송금하지 않으면 생산이 지연됩니다" (if it isn't sent by today, production is delayed); "… 다음 배는 3주 후" (the next ship
  // is in 3 weeks), 창고료 (storage).
  {
    deadline: '(?:오늘|내일|이번\\s?주|금요일|월요일)(?:까지|\\s?안에|\\s?중으로)|\\d+시까지',
    pay: '(?:송금|입금|결제|잔금|계약금|선금|이체|보내)',
    loss: '(?:않으면|안\\s?하면|안\\s?되면|지연|취소|올라|인상|놓치|없어집니다|가격\\s?유지|다음\\s?배|창고료|보관료)',
    anchors: ['까지', '안에', '중으로'],
  },
  // Mongolian "Маргааш хүртэл захиалгаа баталгаажуулахгүй бол үнэ 15% өснө" (unless the order is confirmed by tomorrow,
  // the price rises 15%), "… бараа өөр худалдан авагчид зарагдана" (the goods are sold to another buyer).
  {
    deadline: '(?<![\\p{L}])(?:(?:өнөөдөр|маргааш)(?:\\s+хүртэл)?|хүртэл)(?![\\p{L}])',
    pay: '(?:төл|шилжүүл|урьдчилгаа|захиалгаа\\s+баталгаажуул)',
    loss: '(?:өснө|нэмэгдэнэ|зарагдана|цуцлагдана|цуцална|алдана|өөр\\s+худалдан\\s+авагч|торгууль)',
    anchors: ['өнөөдөр', 'маргааш', 'хүртэл'],
  },
  // South Asia, typed in Latin letters or in its scripts: "aaj hi payment naye account me karo warna shipment hold" (pay today
  // or the shipment is held), Nepali "आज नै … पठाउनुहोस्, नत्र भोलिदेखि …" (send it today, else from tomorrow …), Urdu "آج …
  // ورنہ", Bengali "আজকের মধ্যে … না দিলে" (if not paid by today), Tamil "இன்னைக்கே … இல்லனா" (today itself, or else).
  {
    deadline:
      '\\baaj(?:\\s+hi)?\\b|\\bkal\\s+tak\\b|(?<![\\p{L}])(?:आज|आजै|भोलि\\s+सम्म|آج|আজ|இன்னைக்கே|இன்றே|இன்று|අද)(?![\\p{L}])|আজকের|আজই',
    // Money, not sending alone: "artwork aaj hi bhej do warna …" hurries a file.
    pay: '(?:\\bpay|\\bpayment|\\btransfer|\\bjama\\b|\\b\\d+\\s?k\\b|\\bupi\\b|\\bpaytm\\b|\\bg\\s?pay\\b|\\bpais[ae]\\b|\\bcharges?\\b|\\bfees?\\b|भुगतान|पेमेंट|पैसे|रुपये|रु\\.|शुल्क|जमा|तिर्नु|ادائیگی|پیمنٹ|رقم|روپے|فیس|جمع|পেমেন্ট|ফি|টাকা|பணம்|கட்டணம்|ගෙවන්න|රු\\.)',
    loss: '(?:\\bwarna\\b|\\bnahi\\s+(?:diya\\s+)?to\\b|\\bkal\\s+se\\b|\\bhold\\b|per\\s+day|demurrage|वरना|नहीं\\s+तो|नत्र|अन्यथा|जरिवाना|भोलिदेखि|ورنہ|نہیں\\s+تو|جرمانہ|না\\s+দিলে|নাহলে|না\\s+হলে|জরিমানা|নিলাম|இல்லனா|இல்லையென்றால்|அபராதம்|நாளைக்கு|නැත්නම්|නැතිනම්)',
    anchors: ['aaj', 'kal tak', 'आज', 'भोलि', 'آج', 'আজ', 'இன்னைக்கே', 'இன்றே', 'இன்று', 'අද'],
  },
];
