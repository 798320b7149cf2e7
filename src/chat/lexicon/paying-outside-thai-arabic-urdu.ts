import { cue, type Cue } from './cue';
import { SISTER_COMPANY_RECEIVES, URDU_NEW_INVOICE_ACCOUNT } from './details-change-thai-arabic-urdu';

/** Paying outside the order in Thai, Arabic (standard, Gulf, Egyptian, Arabizi) and Urdu (Roman and Urdu script), as probe 83's chats asked it. Part of MORE_DIRECT_TRANSFERS. */
export const PAYING_OUTSIDE_IN_THAI_ARABIC_URDU: readonly Cue[] = [
  cue(
    'an account named on a new invoice',
    // "กรุณาโอนตามบัญชีในใบแจ้งหนี้ใหม่" (please pay to the account on the new invoice), "ชำระเข้าบัญชีตามใบแจ้งหนี้ฉบับใหม่";
    // "نیا انوائس منسلک ہے … اکاؤنٹ 3100 …" (the new invoice attached … account). Not "ใบแจ้งหนี้ใหม่อยู่ในออร์เดอร์".
    '(?:โอน|ชำระ|จ่าย)(?:เงิน)?(?:ตาม|เข้า|ไปที่|ไปยัง)?บัญชี(?:ใน|บน|ตาม|ที่อยู่ใน)ใบแจ้งหนี้(?:ฉบับ)?ใหม่' +
      `|${URDU_NEW_INVOICE_ACCOUNT}`,
    { anchors: ['ใบแจ้งหนี้', 'نیا'] },
  ),
  SISTER_COMPANY_RECEIVES,
  cue(
    'a personal payment app',
    // Egypt's InstaPay, to a person's number or handle: "تتحول على انستاباي بتاعه", "ده رقمه على انستاباي"; "حوّل فودافون كاش".
    // Not "انستاباي مش متاح في الطلب" (not offered in the order): the order can't take it at all.
    '(?:على|ع|عن\\s+طريق|ب|من)\\s*(?:انستا\\s?باي|إنستا\\s?باي|instapay)(?!\\s+(?:مش|غير|لا)\\s)|(?:انستا\\s?باي|إنستا\\s?باي|instapay)\\s+(?:بتاعه|بتاعها|بتاعي|الخاص\\s+ب)' +
      '|(?:على|ع|عن\\s+طريق|ب)\\s*فودافون\\s+كاش',
    { anchors: ['انستا', 'إنستا', 'instapay', 'فودافون كاش'] },
  ),
  cue(
    'PayPal Friends & Family',
    // "ادفع بباي بال friends and family عشان مفيش رسوم", "بايبال فريندز"; the English is in payment-services.ts.
    '(?:باي\\s+بال|بايبال)\\s+(?:friends\\s+(?:and|&)\\s+family|فريندز|الأصدقاء|اصدقاء|للأصدقاء)',
    { anchors: ['باي بال', 'بايبال'] },
  ),
  cue(
    'an account in a staff member’s own name',
    // "إلى حساب Wise باسم مدير المبيعات" (to a Wise account in the sales manager's name), "على حساب باسم المحاسب";
    // not "الحساب باسم الشركة" (in the company's name).
    '(?:حساب|الحساب|حسابه)\\s+(?:\\S+\\s+){0,2}?باسم\\s+(?:ال)?(?:مدير|موظف|مندوب|محاسب|مسؤول|مسئول|صاحب|السيد|الأستاذ)',
    { anchors: ['حساب'] },
  ),
  cue(
    'a fee paid to a customs officer',
    // "کسٹم افسر کہہ رہا ہے … 85,000 روپے فیس دینی ہوگی" (the customs officer says a fee must be given); "custom officer
    // bol raha hai 20,000 fees deni hogi". Not the buyer's own clearing agent's invoice.
    'کسٹم\\s+(?:افسر|آفیسر|اہلکار)\\s+[^۔.!?]{0,80}?(?:فیس|رقم|پیسے|جرمانہ)\\s+(?:دینی|دینا|دینے|ادا\\s+کرنی|بھیجنی|بھرنی)(?![^۔.!?]{0,30}(?:بینک|چالان|پورٹل|ویب\\s*سائٹ))' +
      '|customs?\\s+(?:officer|afsar|wala)\\s+[^.!?]{0,80}?(?:fee|fees|paise|raqam|jurmana)\\s+(?:deni|dena|bharni|bhejni)(?![^.!?]{0,30}(?:bank|challan|portal|website))',
    { anchors: ['کسٹم', 'custom'] },
  ),
  cue(
    'paying directly, outside the order',
    // "จ่ายนอกระบบได้ส่วนลด 5%" (pay outside the system, get 5% off), "โอนมัดจำนอกอาลีบาบา"; "علی بابا سے باہر ادائیگی کریں",
    // "alibaba se bahar payment karo". Not "อย่าจ่ายนอกระบบ" (negation.ts), "alibaba se bahar payment nahi lete".
    '(?:จ่าย|โอน|ชำระ)(?:เงิน)?(?:มัดจำ|ค่ามัดจำ|ยอด)?(?:นอกระบบ|นอกอาลีบาบา|นอกแพลตฟอร์ม)' +
      '|(?:علی\\s*بابا|پلیٹ\\s*فارم|ٹریڈ\\s+ایشورنس|alibaba|platform|trade\\s+assurance)\\s+(?:سے|کے|se|ke)\\s+(?:باہر|bahar|bahir)(?![^.,!?؟۔]{0,30}(?:nahi|nahin|mat|na|نہیں|مت|نہ)(?![\\p{L}]))',
    { anchors: ['นอกระบบ', 'นอกอาลีบาบา', 'นอกแพลตฟอร์ม', 'باہر', 'bahar', 'bahir'] },
  ),
];
