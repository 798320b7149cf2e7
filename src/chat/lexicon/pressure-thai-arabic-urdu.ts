import { cue, type Cue } from './cue';

/** Pressure to pay in Thai, Arabic (standard, Gulf, Egyptian, Arabizi) and Urdu (Roman and Urdu script), as probe 83's chats put it. Part of MORE_OFFERS_ENDING. */
export const PRESSURE_IN_THAI_ARABIC_URDU: readonly Cue[] = [
  cue(
    'a threat to cancel the order',
    // "ภายใน 24 ชั่วโมง มิฉะนั้นออร์เดอร์จะถูกยกเลิก" (within 24 hours, otherwise the order is cancelled), "ไม่งั้นบัญชีจะถูกระงับ";
    // "قبل ما ينلغي الطلب" (before the order is cancelled), "وإلا سيتم إلغاء الطلب"; "ورنہ کنٹینر ضبط ہو جائے گا".
    '(?:มิฉะนั้น|ไม่เช่นนั้น|ไม่งั้น)\\s*(?:ออร์เดอร์|คำสั่งซื้อ|บัญชี|สินค้า|ของ)?(?:ของท่าน|ของคุณ)?\\s*จะ(?:ถูก)?(?:ยกเลิก|ระงับ|ยึด|ขายให้)' +
      '|(?:قبل\\s+ما|قبل\\s+أن|وإلا|والا)\\s+(?:\\S+\\s+){0,2}?(?:ينلغي|يتلغى|يتلغي|يلغى|نلغي|سيتم\\s+إلغاء|هيتلغي|تضيع|تروح)' +
      '|ورنہ\\s+(?:\\S+\\s+){0,2}?(?:ضبط|کینسل|منسوخ|ضائع|ختم)',
    { anchors: ['มิฉะนั้น', 'ไม่เช่นนั้น', 'ไม่งั้น', 'قبل ما', 'قبل أن', 'وإلا', 'والا', 'ورنہ'] },
  ),
  cue(
    'a discount that ends',
    // "พรุ่งนี้ไม่มีส่วนลดแล้ว" (no discount tomorrow), "ส่วนลดถึงแค่วันนี้"; "kal se rate barh jayega" (the rate rises
    // tomorrow).
    '(?:พรุ่งนี้|หลังวันนี้|หลังจากนี้)\\s*(?:จะ)?ไม่มีส่วนลด|ส่วนลด(?:นี้)?(?:ถึง|แค่|เฉพาะ)(?:แค่)?วันนี้' +
      '|kal\\s+se\\s+(?:rate|price|prices|qeemat|keemat|daam)\\s+(?:barh|badh|zyada|ziada|up)' +
      '|کل\\s+سے\\s+(?:قیمت|ریٹ)\\s+(?:بڑھ|زیادہ)',
    { anchors: ['ไม่มีส่วนลด', 'ส่วนลด', 'kal se', 'کل سے'] },
  ),
  cue(
    'another buyer waiting',
    // "عندنا عميل سعودي يبي نفس الكمية" (a Saudi customer wants the same quantity), "زبون ثاني عايز نفس البضاعة"; "doosra
    // customer bhi le raha hai".
    '(?:عميل|زبون|مشتري)\\s+(?:\\S+\\s+)?(?:يبي|يبغى|يبغا|يريد|عايز|بده|بدو)\\s+(?:نفس\\s+)?(?:ال)?(?:كمية|بضاعة|شحنة|طلبية|مكنة|ماكينة|حاوية|لوت)' +
      '|(?:doosra|dusra)\\s+(?:customer|buyer|party|grahak)\\s+(?:bhi\\s+)?(?:le|lena|mang|khareed)',
    { anchors: ['عميل', 'زبون', 'مشتري', 'doosra', 'dusra'] },
  ),
  cue(
    'a deadline to pay',
    // "لازم تحوّل قبل الساعة 6" (you must transfer before 6), "لو مدفعتش النهارده" (if you don't pay today); "aaj hi bhejna
    // warna stock khatam" (send today or the stock is gone); not "artwork aaj hi bhej do warna …" (no money).
    '(?:لازم|يجب\\s+أن|ضروري)\\s+(?:تحول|تحوّل|تدفع|تسدد)\\S*\\s+(?:\\S+\\s+){0,2}?(?:قبل\\s+(?:الساعة|بكرة|بكره|الغد|غدا|المسا|الليل|نهاية\\s+اليوم)|خلال\\s+\\d+\\s+(?:ساعة|ساعات)|اليوم|الحين|النهارده|حالا)' +
      // Not "لو مدفعتش النهارده عادي" (if you don't pay today, no matter).
      '|(?:لو|إذا|اذا)\\s+(?:مدفعتش|محولتش|مدفعتوش|محولتوش|ما\\s+دفعت|ما\\s+حولت)\\S*\\s+(?:ال)?(?:نهارده|النهاردة|يوم|بكرة|بكره)(?![^.،,!?؟]{0,12}(?:عادي|مش\\s+مشكلة|مفيش\\s+مشكلة|لا\\s+مشكلة|ما\\s+في\\s+مشكلة))' +
      '|aaj\\s+hi\\s+(?:payment|paise|advance|transfer|pay)\\s+(?:\\S+\\s+){0,2}?warna' +
      // "آج ادائیگی نہ کی تو قیمت بڑھ جائے گی" (if you don't pay today the price goes up).
      '|نہ\\s+(?:کی|کیا|بھیجی|بھیجے|بھیجا|کیے)\\s+تو\\s+(?:\\S+\\s+){0,2}?(?:قیمت|ریٹ|آرڈر|مال)\\s+(?:بڑھ|زیادہ|منسوخ|کینسل|ختم)' +
      '|warna\\s+(?:stock|maal|rate|price|offer|deal|discount)\\s+(?:\\S+\\s+)?(?:khatam|cancel|barh|badh|kisi\\s+aur)',
    { anchors: ['لازم', 'يجب أن', 'ضروري', 'لو', 'إذا', 'اذا', 'aaj hi', 'warna', 'تو'] },
  ),
];
