import { describe, expect, it } from 'vitest';
import { CONTACT, LINK, PAY, rulesIn, expectRepliesCarryOn } from './thread-chat';

// Probe 86: the threads of src/chat/request-thread.ts in Uzbek, Azerbaijani and Tamil
// (src/chat/thread-words-uzbek-azerbaijani-tamil.ts and its second file).

describe('requests carried on in Uzbek', () => {
  const request = "Avansni direktorimizning shaxsiy hisobiga o'tkazing, komissiya tejaysiz.";

  it('flags the replies to a request to pay outside the order, typed with any apostrophe or none', () => {
    const replies = [
      'Qaysi hisob raqamga?',
      'Mayli, rekvizitlarni yuboring',
      "O'tkazdim, chekni shu yerga tashladim",
      'Ertaga Hamkorbank orqali o`tkazaman',
      'Kimning nomiga?',
      '2 350 $',
    ];
    expectRepliesCarryOn(request, replies);
  });

  it('reads the supplier vouching for it, and leaves the doubts and the order alone', () => {
    const checked = rulesIn(
      ['supplier', request],
      ['supplier', 'Xavotir olmang, hammasi qonuniy.'],
      ['buyer', 'Nega shaxsiy hisobga? Bu xavfsizmi?'],
      ['buyer', "Buyurtma sahifasida to'ladim."],
    );
    expect(checked.slice(1)).toEqual([[PAY], [], []]);
  });

  it('closes on a turn back to the order', () => {
    const checked = rulesIn(
      ['supplier', request],
      ['buyer', "Faqat Alibaba orqali to'layman."],
      ['buyer', "O'tkazdim."],
    );
    expect(checked.slice(1)).toEqual([[], []]);
  });

  it('flags the replies to a move to Telegram, and closes on a turn back to the chat', () => {
    const checked = rulesIn(
      ['supplier', 'Batafsil narxni Telegramga yozing: @mebel_uz_sales'],
      ['buyer', 'Telegramdan yozdim'],
      ['supplier', 'Ko`rdim, u yerda gaplashamiz'],
      ['buyer', 'Shu yerda gaplashamiz, Telegram kerak emas'],
      ['buyer', 'Qo`shdim'],
    );
    expect(checked.slice(1)).toEqual([[CONTACT], [CONTACT], [], []]);
  });

  it('flags the replies to a look-alike payment page', () => {
    const checked = rulesIn(
      ['supplier', 'Invoysni shu havolada tasdiqlang: http://alibaba-invoice-check.com/pay?id=7731'],
      ['supplier', "Login va parolingizni kiriting, keyin karta ma'lumotlari."],
      ['buyer', 'Kiritdim, SMS kod keldi: 448 120'],
    );
    expect(checked[1]).toEqual([LINK]);
    expect(checked[2]).toContain(LINK);
  });
});

describe('requests carried on in Azerbaijani', () => {
  const request = 'Qalan 70%-i menecerimizin şəxsi kartına köçürün, komissiya olmayacaq.';

  it('flags the replies to a request to pay outside the order, typed with its marks or without', () => {
    const replies = [
      'Hansı karta?',
      'Sabah köçürürəm',
      'Köçürdüm, qəbzi göndərirəm',
      'Kimin adına?',
      'Kocurdum, qebz bura atiram',
      'Göndərdim',
    ];
    expectRepliesCarryOn(request, replies);
  });

  it('reads the supplier vouching for it, and leaves the doubts and the order alone', () => {
    const checked = rulesIn(
      ['supplier', request],
      ['supplier', 'Narahat olmayın, çox müştəri belə edir.'],
      ['buyer', 'Niyə şəxsi karta? Təhlükəsizdir?'],
      ['buyer', 'Sifariş səhifəsində ödədim.'],
    );
    expect(checked.slice(1)).toEqual([[PAY], [], []]);
  });

  it('closes on a turn back to the order', () => {
    const checked = rulesIn(
      ['supplier', request],
      ['buyer', 'Yalnız Trade Assurance ilə ödəyəcəm.'],
      ['buyer', 'Köçürdüm.'],
    );
    expect(checked.slice(1)).toEqual([[], []]);
  });

  it('flags the replies to a move to WhatsApp, and closes on a turn back to the chat', () => {
    const checked = rulesIn(
      ['supplier', 'Şəkilləri WhatsApp-da göndərərəm, nömrə: +994 55 210 43 87'],
      ['buyer', 'Yaxşı, WhatsApp-da yazdım'],
      ['buyer', 'Orada yazırsınız ki, qiymət dəyişib?'],
      ['buyer', 'Burada danışaq, WhatsApp lazım deyil'],
      ['buyer', 'Əlavə etdim'],
    );
    expect(checked.slice(1)).toEqual([[CONTACT], [CONTACT], [], []]);
  });
});

describe('requests carried on in Tamil', () => {
  const request = 'மீதி பணத்தை எங்கள் மேனேஜர் கணக்குக்கு அனுப்புங்க, fee மிச்சம்.';

  it('flags the replies to a request to pay outside the order, in Tamil script and in Latin letters', () => {
    const replies = [
      'எந்த bank?',
      'சரி, account details அனுப்புங்க',
      'அனுப்பிட்டேன், slip attach பண்ணிருக்கேன்',
      'nalaikku anuppuren',
      'Intha per-ku thaana?',
      '45,000 INR anuppiten',
    ];
    expectRepliesCarryOn(request, replies);
  });

  it('reads the supplier vouching for it, and leaves the doubts and the order alone', () => {
    const checked = rulesIn(
      ['supplier', request],
      ['supplier', 'பயப்பட வேண்டாம், அதே நிறுவனம் தான்.'],
      ['buyer', 'ஏன் மேனேஜர் கணக்கு? இது safe-ஆ?'],
      ['buyer', 'Order page-ல pay பண்ணிட்டேன்.'],
    );
    expect(checked.slice(1)).toEqual([[PAY], [], []]);
  });

  it('closes on a turn back to the order', () => {
    const checked = rulesIn(
      ['supplier', request],
      ['buyer', 'Trade Assurance order illana order venam.'],
      ['buyer', 'anuppitten'],
    );
    expect(checked.slice(1)).toEqual([[], []]);
  });

  it('flags the replies to a move to WhatsApp, and closes on a turn back to the chat', () => {
    const checked = rulesIn(
      ['supplier', 'Video பெருசு, உங்க WhatsApp number குடுங்க.'],
      ['buyer', 'WhatsApp-ல hi அனுப்பிட்டேன்'],
      ['buyer', 'இங்கேயே பேசலாம், WhatsApp வேண்டாம்'],
      ['buyer', 'add panniten'],
    );
    expect(checked.slice(1)).toEqual([[CONTACT], [], []]);
  });

  it('flags the replies to a look-alike payment page, and leaves a refusal alone', () => {
    const checked = rulesIn(
      ['supplier', 'இந்த link-ல login பண்ணி pay பண்ணுங்க: https://alibaba-secure-checkout.net/order/5521'],
      ['buyer', 'password pottachu, ippo OTP kekkudhu'],
      ['buyer', 'இது alibaba.com இல்லையே? நான் போட மாட்டேன்'],
    );
    expect(checked[1]).toEqual([LINK]);
    expect(checked[2]).toEqual([]);
  });
});
