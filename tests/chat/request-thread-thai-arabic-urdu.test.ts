import { describe, expect, it } from 'vitest';
import { CONTACT, LINK, PAY, rulesAfterRequest, rulesIn, expectRepliesCarryOn } from './thread-chat';

// Probe 83: the threads of src/chat/request-thread.ts in Thai (written without spaces), Arabic (standard, Gulf,
// Egyptian and Arabizi) and Urdu (Roman and Urdu script): paying outside carried on, the talk moved, a link's page
// given a password or a code; and the buyer's own doubts, which are no request.

const REQUEST = 'pay the balance by Western Union to our manager, no Alibaba fee';

describe('a request to pay outside the order, carried on in Thai, Arabic and Urdu', () => {
  const replies: Array<[string, string[]]> = [
    ['th', ['ต้องโอนเท่าไรครับ', 'โอนเข้าบัญชีไหนคะ', 'โอนให้แล้วนะครับ', 'จ่ายมัดจำไปแล้วค่ะ', 'แนบสลิปให้แล้วครับ']],
    ['ar', ['أي حساب بالضبط؟', 'وش رقم الحساب؟', 'باسم مين أحوّل؟', 'حوّلت المبلغ', 'سأحوّل غداً']],
    ['ar', ['تم الدفع', 'ابعتلك صورة التحويل دلوقتي']],
    ['arabizi', ['7awelt el flos', 'tayeb dafa3t', 'ra2am el 7esab kam?']],
    ['ur', ['کون سا بینک؟', 'اکاؤنٹ کی تفصیلات بھیجیں', 'یہ رقم کس کو بھیجنی ہے؟', 'آدھی رقم بھیج دی ہے']],
    ['ur', ['ٹھیک ہے، پرسوں ٹرانسفر کر دوں گا', 'manager ka naam aur account?']],
  ];
  for (const [language, texts] of replies) {
    it(`flags the replies in ${language}: ${texts[0]}`, () => {
      expectRepliesCarryOn(REQUEST, texts);
    });
  }

  it('reads a supplier vouching for the way it asked as carrying it on', () => {
    const vouched = [
      'ลูกค้าทุกคนก็โอนแบบนี้ค่ะ',
      'ปลอดภัยแน่นอนครับ',
      'نعم آمن تماماً يا أستاذ',
      'ہم 12 سال سے کاروبار کر رہے ہیں',
    ];
    for (const text of vouched) {
      const checked = rulesIn(['supplier', REQUEST], ['supplier', text]);
      expect(checked[1], text).toEqual([PAY]);
    }
  });

  it('leaves the turns back to the order, the doubts and the order named alone', () => {
    const ordinary = [
      'ปลอดภัยไหมคะ',
      'โอนเข้าบัญชีที่แสดงในหน้าออร์เดอร์แล้วครับ',
      'صفحة الطلب فيها رقم حساب ثاني',
      'دفعت في علي بابا من شوي',
      'علی بابا پر ادائیگی کر دی ہے',
    ];
    for (const text of ordinary) {
      const checked = rulesIn(['supplier', REQUEST], ['buyer', text]);
      expect(checked[1], text).toEqual([]);
    }
  });

  it('is closed by a turn back to the order in each language', () => {
    const turns = [
      'เราจะจ่ายผ่านอาลีบาบาเท่านั้นค่ะ',
      'ขอโทษนะคะ เราไม่โอนนอกระบบ',
      'خليها على علي بابا أحسن',
      'لا نقبل هذه الطريقة',
      'صرف علی بابا کے ذریعے ادائیگی ہوگی',
      'seedha alibaba order banao',
    ];
    for (const turn of turns) {
      const checked = rulesIn(['supplier', REQUEST], ['buyer', turn], ['buyer', 'โอนแล้ว']);
      expect(checked.slice(1), turn).toEqual([[], []]);
    }
  });

  it('says nothing of the same replies when no request came before them', () => {
    const checked = rulesIn(
      ['supplier', 'ส่งออร์เดอร์ให้แล้วครับ'],
      ['buyer', 'โอนแล้วค่ะ'],
      ['buyer', 'حوّلت'],
      ['buyer', 'کون سا اکاؤنٹ؟'],
    );
    expect(checked).toEqual([[], [], [], []]);
  });

  it('takes a code asked for or given as carrying the payment on', () => {
    const checked = rulesIn(
      ['supplier', REQUEST],
      ['supplier', 'وصلك كود تحقق، أرسله لي'],
      ['buyer', 'الكود 481920'],
      ['buyer', 'OTP 663102 hai'],
    );
    expect(checked.slice(1)).toEqual([[PAY], [PAY], [PAY]]);
  });
});

describe('a request to talk elsewhere, carried on in Thai, Arabic and Urdu', () => {
  it('flags "added you" and "messaged you"', () => {
    const moved = ['แอดไลน์ไปแล้วนะคะ', 'ทักไปแล้วครับ', 'بعتلك رسالة على الرقم', 'میسج کر دیا ہے'];
    const checked = rulesAfterRequest('add my WhatsApp +86 138 0013 8000', moved);
    expect(checked.slice(1)).toEqual(moved.map(() => [CONTACT]));
  });

  it('is closed by the buyer staying in the chat', () => {
    for (const stay of ['คุยในนี้ได้ไหมคะ', 'ما عندي واتساب', 'whatsapp nahi hai mere paas']) {
      const checked = rulesIn(
        ['supplier', 'add my WhatsApp +86 138 0013 8000'],
        ['buyer', stay],
        ['buyer', 'แอดแล้ว'],
      );
      expect(checked.slice(1), stay).toEqual([[], []]);
    }
  });
});

describe('a suspicious link, carried on in Thai, Arabic and Urdu', () => {
  const LINK_MESSAGE = 'please pay here: https://alibaba-secure-pay.com/order/8841';
  it('flags the login, the card and the code given to the page', () => {
    const given = [
      'ใส่รหัสผ่านไปแล้วค่ะ',
      'มันให้กรอกเลขบัตรด้วย',
      'ล็อกอินแล้วแต่หน้าขาว',
      'دخلت الرابط وكتبت الباسورد',
      'حطيت رقم البطاقة',
      'پاس ورڈ ڈال دیا ہے',
      'کارڈ نمبر ڈال دیا',
    ];
    const checked = rulesAfterRequest(LINK_MESSAGE, given);
    expect(checked[0]).toContain(LINK);
    for (const [i, text] of given.entries()) expect(checked[i + 1], text).toContain(LINK);
  });

  it('leaves a refusal of the page alone', () => {
    for (const text of ['ไม่กรอกหรอกค่ะ', 'ما راح أرسل الكود', 'پاس ورڈ نہیں دوں گا']) {
      const checked = rulesIn(['supplier', LINK_MESSAGE], ['buyer', text]);
      expect(checked[1], text).not.toContain(LINK);
    }
  });
});

describe("the buyer's own doubts in Thai, Arabic and Urdu", () => {
  it('are not warned of: why-questions, refusals, a turn back to the order', () => {
    const doubts = [
      'อาลีบาบาบอกว่าอย่าจ่ายนอกระบบ ทำไมต้องโอนผ่าน Western Union',
      'ทำไมต้องโอนเข้าบัญชีส่วนตัว เราจะจ่ายผ่านระบบเท่านั้น',
      'حساب شخصي ليش؟ خليها على علي بابا',
      'ليه Western Union؟ الدفع عبر ضمان التجارة أفضل',
      'ویسٹرن یونین کیوں؟ صرف علی بابا آرڈر',
      'personal account kyun? seedha Alibaba order banao',
    ];
    for (const text of doubts) expect(rulesIn(['buyer', text])[0], text).toEqual([]);
  });

  it('still warns of the buyer going along', () => {
    for (const text of [
      'ok จะโอนผ่าน Western Union วันนี้',
      'تمام، هحول ويسترن يونيون بكرة',
      'theek hai, Western Union se bhej deta hoon',
    ])
      expect(rulesIn(['buyer', text])[0], text).toEqual([PAY]);
  });
});
