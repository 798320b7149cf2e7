import { cue, type Cue } from './cue';

/**
 * Receiving moved to a sister company: "ย้ายการรับเงินไปที่บริษัทในเครือ" (payments now go to a company of the group),
 * "سسٹر کمپنی کے اکاؤنٹ" (the sister company's account). A changed account here, and paying to it in
 * paying-outside-thai-arabic-urdu.ts.
 */
const TO_A_SISTER_COMPANY =
  'ย้าย(?:การ)?(?:รับเงิน|รับชำระ|บัญชี(?:รับเงิน)?)(?:ไป|ไปที่|ไปยัง|ไปเป็น)\\s*(?:บัญชี)?บริษัทในเครือ' +
  '|سسٹر\\s+کمپنی\\s+(?:کے|کا)\\s+(?:بینک\\s+)?(?:اکاؤنٹ|اکاونٹ|اکائونٹ)';
/** "نیا انوائس منسلک ہے … اکاؤنٹ 3100 …": a new invoice attached, with an account on it (both files, as above). */
export const URDU_NEW_INVOICE_ACCOUNT =
  'نیا\\s+(?:انوائس|بل)\\s+(?:منسلک|بھیج|اٹیچ)[^؟?]{0,120}?(?:اکاؤنٹ|اکاونٹ|اکائونٹ)';

/**
 * "บริษัทย้ายการรับเงินไปที่บริษัทในเครือ" (the company moved receiving payments to a sister company), "باقی رقم ہماری سسٹر
 * کمپنی کے اکاؤنٹ میں بھیجیں" (send the rest to our sister company's account): a change, and paying outside, in both lists.
 */
export const SISTER_COMPANY_RECEIVES = cue(
  'another company of the group receiving the money',
  TO_A_SISTER_COMPANY,
  {
    anchors: ['บริษัทในเครือ', 'سسٹر کمپنی'],
  },
);

/** A changed receiving account in Thai, Arabic (standard, Gulf, Egyptian, Arabizi) and Urdu (Roman and Urdu script), as probe 83's chats announced it. Part of OTHER_ACCOUNTS. */
export const CHANGES_IN_THAI_ARABIC_URDU: readonly Cue[] = [
  cue(
    'a new invoice with other bank details',
    // "กรุณาโอนตามบัญชีในใบแจ้งหนี้ใหม่" (pay to the account on the new invoice); "نیا انوائس منسلک ہے … اکاؤنٹ 3100 …".
    'บัญชี(?:ใน|บน|ตาม|ที่อยู่ใน)ใบแจ้งหนี้(?:ฉบับ)?ใหม่' + `|${URDU_NEW_INVOICE_ACCOUNT}`,
    { anchors: ['ใบแจ้งหนี้', 'نیا'] },
  ),
  SISTER_COMPANY_RECEIVES,
  cue(
    'the old account stopped',
    // "ہمارا پرانا بینک اکاؤنٹ آڈٹ کی وجہ سے منجمد ہے" (our old bank account is frozen for an audit); "purana account band
    // ho gaya hai". Not "پرانا اکاؤنٹ ہی چل رہا ہے" (the old one still works).
    'پرانا\\s+(?:بینک\\s+)?(?:اکاؤنٹ|اکاونٹ|اکائونٹ)\\s+[^۔.!?]{0,40}?(?:منجمد|بند|فریز|بلاک|معطل)' +
      '|purana\\s+(?:bank\\s+)?account\\s+(?:\\S+\\s+){0,4}?(?:band|freeze|frozen|block)',
    { anchors: ['پرانا', 'purana'], deniable: true },
  ),
  cue(
    'the factory’s account instead of the seller’s',
    // "الدفعة الثانية لازم تكون لحساب المصنع مباشرة مو لشركتنا التجارية" (the second payment to the factory's account, not to
    // our trading company); "على حساب المورد بدل حسابنا".
    '(?:لحساب|إلى\\s+حساب|الى\\s+حساب|على\\s+حساب)\\s+(?:\\S+\\s+){1,3}?(?:مو|مش|وليس|ليس|بدل|(?:بدلا|بدلاً)\\s+من)\\s+(?:ل|إلى\\s+|الى\\s+|على\\s+)?(?:حساب\\s+)?(?:شركتنا|حسابنا|الشركة)',
    { anchors: ['حساب'] },
  ),
  cue(
    'a changed receiving account',
    // "เราเปลี่ยนบัญชีธนาคารใหม่แล้ว" (we changed to a new bank account), "บัญชีรับเงินใหม่ของบริษัท"; not "เปลี่ยนบัญชีผู้ใช้"
    // (the login), nor "ไม่มีการเปลี่ยนบัญชี" (negation.ts).
    'เปลี่ยนบัญชี(?!ผู้ใช้|ล็อกอิน|อาลีบาบา)|บัญชีธนาคารใหม่|บัญชีรับเงินใหม่',
    { anchors: ['เปลี่ยนบัญชี', 'บัญชีธนาคารใหม่', 'บัญชีรับเงินใหม่'], deniable: true },
  ),
];
