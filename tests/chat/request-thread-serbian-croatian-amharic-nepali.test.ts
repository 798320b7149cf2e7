import { describe, expect, it } from 'vitest';
import { CONTACT, LINK, PAY, rulesIn, expectRepliesCarryOn } from './thread-chat';

// Probe 85: the threads of src/chat/request-thread.ts in Serbian and Croatian, Amharic and Nepali
// (src/chat/thread-words-serbian-croatian-amharic-nepali.ts and its second file).

describe('requests carried on in Serbian and Croatian', () => {
  const request =
    'Da uštedite proviziju, avans platite direktno na lični račun naše računovođe: LI NA, ICBC, 6222 0210 0112 3344 556.';

  it('flags the replies to a request to pay outside the order', () => {
    const replies = [
      'Dobro, na koji račun?',
      'Koliko je to u evrima?',
      'Uplatio sam jutros, šaljem potvrdu.',
      'Poslato 2 450 USD, evo uplatnice.',
      'Uplaceno iz Intese, saljem SWIFT potvrdu.',
    ];
    expectRepliesCarryOn(request, replies);
  });

  it('reads a supplier vouching for it and an amount alone as carrying it on, and leaves the doubts and the order alone', () => {
    const checked = rulesIn(
      ['supplier', request],
      // "tačno" (exactly) holds no "ta" (Trade Assurance) that would name the order.
      ['buyer', 'Koliko tačno avans?'],
      ['supplier', '2 450 USD'],
      ['supplier', 'Ista firma, isti vlasnik, ne brinite.'],
      ['buyer', 'Zašto na lični račun? Je li to sigurno?'],
      ['buyer', 'Platila sam preko narudžbe, dugme Pay.'],
    );
    expect(checked.slice(1, 4)).toEqual([[PAY], [PAY], [PAY]]);
    expect(checked.slice(4)).toEqual([[], []]);
  });

  it('flags the replies to a move to Viber, and closes on a turn back to the chat', () => {
    const checked = rulesIn(
      ['supplier', 'Ovde chat sporo radi, javite mi se na Viber +86 158 2203 6671.'],
      ['buyer', 'Dodao sam vas na Viberu.'],
      ['supplier', 'Vidim, pišemo tamo.'],
      ['buyer', 'Ipak ostanimo ovde u Alibaba chatu.'],
      ['buyer', 'Dodao sam vas.'],
    );
    expect(checked.slice(1, 3)).toEqual([[CONTACT], [CONTACT]]);
    expect(checked.slice(3)).toEqual([[], []]);
  });

  it('flags the replies to a look-alike payment page', () => {
    const checked = rulesIn(
      [
        'supplier',
        'Platite preko ovog linka: https://alibaba-secure.pay-trade.cc/inv/5120 i prijavite se lozinkom.',
      ],
      ['buyer', 'Prijavila sam se, traži kod iz SMS-a.'],
      ['buyer', 'Kod je 481 220.'],
    );
    expect(checked[1]).toContain(LINK);
    expect(checked[2]).toContain(LINK);
  });
});

describe('requests carried on in Amharic', () => {
  const request = 'ኮሚሽን እንዳይቆረጥ ቅድመ ክፍያውን ወደ ማኔጀራችን የግል ሒሳብ ይላኩ፦ WANG LI, ICBC, 6222 0210 0112 3344 556።';

  it('flags the replies to a request to pay outside the order', () => {
    const replies = ['እሺ፣ የትኛው ሒሳብ?', 'በብር ስንት ልላክ?', 'ብር 310,000 በዛሬው ምንዛሪ።', 'ትናንት ላክሁ፣ ደረሰኙ ይኸው።'];
    expectRepliesCarryOn(request, replies);
  });

  it('reads a supplier vouching for it as carrying it on, and leaves the doubts and the order alone', () => {
    const checked = rulesIn(
      ['supplier', request],
      ['supplier', 'ማኔጀሩ የኛ ሰው ነው፣ በዚያው ሒሳብ ይላኩ።'],
      ['buyer', 'ለምን የግል ሒሳብ? ደህና ነው?'],
      ['buyer', 'በትዕዛዙ Pay ቁልፍ ከፈልኩ።'],
    );
    expect(checked[1]).toEqual([PAY]);
    expect(checked.slice(2)).toEqual([[], []]);
  });

  it('flags the replies to a move to Telegram and to a look-alike payment page', () => {
    const checked = rulesIn(
      ['supplier', 'እዚህ ቻት በደንብ አይሰራም። በቴሌግራም ያግኙኝ፦ @mingda_lucy'],
      ['buyer', 'በቴሌግራም አክዬዎታለሁ።'],
      ['supplier', 'አየሁዎት፣ እዚያ ካታሎጉን እልካለሁ።'],
      ['supplier', 'በዚህ ሊንክ ይክፈሉ፦ https://alibaba-pay.trade-verify.co/inv/880 ። በAlibaba ፓስዎርድ ይግቡ።'],
      ['buyer', 'ገባሁ፣ ኮዱ 552 901 ነው።'],
    );
    expect(checked.slice(1, 3)).toEqual([[CONTACT], [CONTACT]]);
    expect(checked[4]).toContain(LINK);
  });
});

describe('requests carried on in Nepali', () => {
  const request =
    'Alibaba शुल्क बचाउन अग्रिम सिधै हाम्रो म्यानेजरको व्यक्तिगत खातामा पठाउनुहोस्: LIU YANG, 6217 8560 4400 2219 038।';

  it('flags the replies to a request to pay outside the order', () => {
    const replies = [
      'ठीक छ, कुन खाता?',
      'अग्रिम ठ्याक्कै कति हो?',
      'रु. २,५०,००० (आजको रेटमा)।',
      'नबिल बैंकबाट पठाएँ, स्लिप यहाँ छ।',
    ];
    expectRepliesCarryOn(request, replies);
  });

  it('reads a supplier pointing at the account as carrying it on, and leaves the doubts and the order alone', () => {
    const checked = rulesIn(
      ['supplier', request],
      ['supplier', 'म्यानेजर हाम्रै मान्छे हो, त्यही खातामा पठाउनुस्।'],
      ['buyer', 'किन व्यक्तिगत खाता? सुरक्षित छ?'],
      ['buyer', 'अर्डरको Pay बटनबाट तिरें।'],
    );
    expect(checked[1]).toEqual([PAY]);
    expect(checked.slice(2)).toEqual([[], []]);
  });

  it('flags the replies to a move to WeChat, and leaves a turn back to the chat alone', () => {
    const checked = rulesIn(
      ['supplier', 'यहाँ भिडियो पठाउन गाह्रो छ। मलाई WeChat मा add गर्नुहोस्: sunrise_amy'],
      ['buyer', 'WeChat मा add गरें।'],
      ['supplier', 'देखें, त्यहीँ कुरा गरौं।'],
      ['buyer', 'यहीँ Alibaba च्याटमा कुरा गरौं।'],
      ['buyer', 'म्यासेज पठाएँ।'],
    );
    expect(checked.slice(1, 3)).toEqual([[CONTACT], [CONTACT]]);
    expect(checked.slice(3)).toEqual([[], []]);
  });
});
