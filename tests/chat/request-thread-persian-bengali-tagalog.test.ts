import { describe, expect, it } from 'vitest';
import { CONTACT, LINK, PAY, rulesAfterRequest, rulesIn, expectRepliesCarryOn } from './thread-chat';

// Probe 84: the threads of src/chat/request-thread.ts in Persian, Bengali and Tagalog
// (src/chat/thread-words-persian-bengali-tagalog.ts): the replies that carry a request on, the turns back to the order,
// and the buyer's own doubts, which are no request.

const PERSIAN_REQUEST =
  'لطفاً بیعانه رو مستقیم به حساب شخصی مدیر فروش ما واریز کنید، کارمزد علی‌بابا نمی‌خوره.';
const BENGALI_REQUEST = 'অগ্রিম টাকা আমাদের এজেন্টের বিকাশ নম্বরে পাঠান: 01812-334455';
const TAGALOG_REQUEST =
  'Pwede po kayong mag-deposit sa personal account ng manager namin para walang Alibaba fee.';

describe('a request to pay outside the order, carried on in Persian, Bengali and Tagalog', () => {
  const replies: Array<[string, string, string[]]> = [
    [
      'fa',
      PERSIAN_REQUEST,
      [
        'شماره کارت دقیقش چیه؟',
        'به نام کی باید بزنم؟',
        'بیعانه دقیقاً چقدر میشه؟',
        'امروز عصر حواله می‌کنم',
        'واریز کردم، رسیدش پیوسته',
      ],
    ],
    ['fa', PERSIAN_REQUEST, ['همون حسابی که دیروز گفتم', 'مبلغ 3200 دلار', '3200 دلار']],
    [
      'bn',
      BENGALI_REQUEST,
      [
        'কার নামে পাঠাব?',
        'কত টাকা পাঠাতে হবে?',
        '৯,৮০০ টাকা',
        'কাল সকালে পাঠাব',
        'টাকা পাঠিয়ে দিয়েছি, স্ক্রিনশট দিলাম',
      ],
    ],
    ['bn', BENGALI_REQUEST, ['হ্যাঁ, এই নম্বরেই', 'koto taka pathabo?', 'পাঠিয়েছি, trxid 8HG2KQ']],
    [
      'tl',
      TAGALOG_REQUEST,
      [
        'Magkano po ang downpayment?',
        'Kanino ko po ipapadala?',
        'PHP 45,000 po',
        'Ipapadala ko po bukas ng umaga',
        'Nabayaran ko na po, eto yung resibo.',
      ],
    ],
    ['tl', TAGALOG_REQUEST, ['Yung account na yan po ba?', 'Na-transfer ko na po via Metrobank']],
  ];
  for (const [language, request, texts] of replies) {
    it(`flags the replies in ${language}: ${texts[0]}`, () => {
      expectRepliesCarryOn(request, texts);
    });
  }

  it('reads a bare account number with its bank as carrying it on', () => {
    const checked = rulesAfterRequest(TAGALOG_REQUEST, ['6217 0033 9921 4410 562, ICBC Dongguan branch']);
    expect(checked[1]).toEqual([PAY]);
  });

  it('reads a supplier vouching for the way it asked as carrying it on', () => {
    const checked = rulesIn(
      ['supplier', PERSIAN_REQUEST],
      ['supplier', 'نگران نباشید، همه‌ی مشتری‌های ایرانی همینطوری پرداخت می‌کنن'],
      ['supplier', 'চিন্তা করবেন না, আমাদের সব ক্লায়েন্ট এভাবেই দেয়'],
      ['supplier', 'Huwag po kayong mag-alala, legit po kami.'],
    );
    expect(checked.slice(1)).toEqual([[PAY], [PAY], [PAY]]);
  });

  it('leaves the doubts alone, and a turn back to the order closes the thread', () => {
    const checked = rulesIn(
      ['supplier', PERSIAN_REQUEST],
      ['buyer', 'چرا حساب شخصی؟ حساب شرکت چی شد؟'],
      ['buyer', 'এটা কি নিরাপদ?'],
      ['buyer', 'Sigurado po ba kayo?'],
      ['buyer', 'فقط از طریق علی‌بابا پرداخت می‌کنم'],
      ['buyer', 'واریز کردم'],
    );
    expect(checked.slice(1)).toEqual([[], [], [], [], []]);
  });

  it('closes on a Bengali or Tagalog no', () => {
    for (const no of ['শুধু আলিবাবা অর্ডারে পেমেন্ট করব', 'Sa order page na lang po ako magbabayad']) {
      const checked = rulesIn(['supplier', BENGALI_REQUEST], ['buyer', no], ['buyer', 'পাঠিয়েছি']);
      expect(checked.slice(1), no).toEqual([[], []]);
    }
  });

  it('says nothing of the same replies when no request came before them', () => {
    const checked = rulesIn(
      ['supplier', 'نمونه‌ها آماده‌ست'],
      ['buyer', 'واریز کردم'],
      ['buyer', 'কার নামে?'],
      ['buyer', 'Nabayaran ko na po'],
      ['supplier', 'USD 2,480 po'],
    );
    expect(checked).toEqual([[], [], [], [], []]);
  });
});

describe("the buyer's own doubts", () => {
  it.each([
    ['فقط وسترن یونیون؟ چرا وسترن یونیون؟', 'وسترن یونیون به اسم همکارم بفرستید'],
    ['কেন ব্যক্তিগত অ্যাকাউন্টে?', 'আমার ব্যক্তিগত অ্যাকাউন্টে টাকা পাঠান'],
    ['Bakit po sa personal account? Wala po ba kayong company account?', 'Sa personal account ko po ipadala'],
  ])('is no request: %s', (doubt, request) => {
    const checked = rulesIn(['supplier', request], ['buyer', doubt]);
    expect(checked[0]).toContain(PAY);
    expect(checked[1]).toEqual([]);
  });
});

describe('a move to another app, and a look-alike payment page, carried on', () => {
  it('flags the replies after a move to WhatsApp, imo or Viber, until the talk comes back here', () => {
    const checked = rulesIn(
      ['supplier', 'طرح‌ها رو در واتساپ بفرستید، شماره +86 137 1122 3344'],
      ['buyer', 'add kardam, payam dadam'],
      ['buyer', 'پیام دادم'],
      ['supplier', 'ইমোতে কথা বলি, নম্বর +86 155 2233 4455'],
      ['buyer', 'মেসেজ দিলাম'],
      ['buyer', 'Na-add na po kita'],
      ['buyer', 'এখানেই কথা বলি'],
      ['buyer', 'মেসেজ দিলাম'],
    );
    expect(checked[0]).toContain(CONTACT);
    expect(checked.slice(1, 3)).toEqual([[CONTACT], [CONTACT]]);
    expect(checked[3]).toContain(CONTACT);
    expect(checked.slice(4)).toEqual([[CONTACT], [CONTACT], [], []]);
  });

  it('flags the login, the card and the code given on the page', () => {
    const checked = rulesIn(
      ['supplier', 'با این لینک پرداخت کنید: https://trade-assurance.alibaba-pay.site/pay/1207'],
      ['buyer', 'رمزم رو وارد کردم'],
      ['buyer', 'کد 551208'],
      ['buyer', 'লগইন করেছি, ওটিপি এসেছে'],
      ['buyer', 'Nilagay ko na po ang card ko'],
    );
    expect(checked[0]).toContain(LINK);
    for (const reply of checked.slice(1)) expect(reply).toContain(LINK);
  });

  it('leaves the page refused alone', () => {
    const checked = rulesIn(
      ['supplier', 'এই লিংকে পেমেন্ট করুন: https://alibaba-secure-checkout.top/pay/7781'],
      ['buyer', 'কোড দেব না'],
      ['buyer', 'کد رو نمی‌دم'],
    );
    expect(checked.slice(1)).toEqual([[], []]);
  });
});
