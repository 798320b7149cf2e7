import { describe, expect, it } from 'vitest';
import { checkConversation } from '../../src/chat/conversation';
import { CONTACT, LINK, PAY, chat, rulesAfterRequest, rulesIn, expectRepliesCarryOn } from './thread-chat';

// Probe 82: the threads of src/chat/request-thread.ts in German, Turkish, Hindi and Hinglish, Indonesian, Vietnamese,
// Polish and Japanese; a supplier vouching for the way it asked; a link sent outside the chat; and the buyer's own
// doubts, which are no request.

const REQUEST = 'pay the balance by Western Union to our manager, no Alibaba fee';

describe('a request to pay outside the order, carried on in seven more languages', () => {
  const replies: Array<[string, string[]]> = [
    ['de', ['welches Konto?', 'dasselbe Konto wie letztes Mal?', 'überwiesen, Beleg anbei']],
    ['tr', ['hesap numarası?', 'SWIFT kodu nedir?', 'gönderdim, dekont ekte']],
    ['hi', ['kaunsa account?', 'paisa bhej diya sir, slip attach hai', 'पैसे भेज दिया']],
    ['id', ['rekening yang mana?', 'sudah transfer ya kak, bukti terlampir']],
    ['vi', ['số tài khoản nào?', 'so tai khoan nao?', 'đã chuyển rồi, em kiểm tra nhé']],
    ['pl', ['na jakie konto?', 'to samo konto co ostatnio?', 'przelew wysłany, potwierdzenie w załączniku']],
    ['ja', ['どの口座ですか', '振り込みました。明細を添付します']],
  ];
  for (const [language, texts] of replies) {
    it(`flags the replies in ${language}`, () => {
      expectRepliesCarryOn(REQUEST, texts);
    });
  }

  it('leaves the turns back to the order, the doubts and the order named alone', () => {
    const checked = rulesIn(
      ['supplier', REQUEST],
      ['buyer', 'neden şahsi hesap?'],
      ['buyer', 'habe über die Alibaba-Bestellung bezahlt'],
      ['buyer', 'Trade Assurance siparişine ödedim'],
      ['buyer', 'tylko przez Alibabę'],
      ['buyer', 'przelew wysłany'],
    );
    expect(checked.slice(1)).toEqual([[], [], [], [], []]);
  });

  it('reads a supplier vouching for the way it asked as carrying it on, but not "received, thank you"', () => {
    const checked = rulesIn(
      ['supplier', REQUEST],
      ['supplier', 'We are reliable, 15 years gold supplier, many Filipino customer pay like this'],
      ['supplier', 'Vertrauen Sie mir, alle Kunden zahlen so'],
      ['buyer', 'sent, check pls'],
      ['supplier', 'received, thank you sir'],
    );
    expect(checked.slice(1)).toEqual([[PAY], [PAY], [PAY], []]);
  });

  it('says nothing of the same replies when no request came before them', () => {
    const checked = rulesIn(
      ['supplier', 'Muster sind fertig'],
      ['buyer', 'überwiesen'],
      ['buyer', 'どの口座ですか'],
    );
    expect(checked).toEqual([[], [], []]);
  });
});

describe('a request to talk elsewhere, carried on in seven more languages', () => {
  it('flags "added you" in each', () => {
    const added = [
      'hab dich hinzugefügt',
      'ekledim',
      'add kar liya',
      'sudah saya add kak',
      'đã kết bạn',
      'dodałem',
      '追加しました',
    ];
    const checked = rulesAfterRequest('add my WhatsApp +86 138 0013 8000', added);
    expect(checked.slice(1)).toEqual(added.map(() => [CONTACT]));
  });
});

describe('the account settled after the talk moved, in seven more languages', () => {
  it('flags an account asked about once the supplier has moved the talk', () => {
    const asked = [
      'Konto in Deutschland oder China?',
      'hesabınız hangi bankada?',
      'rekening di bank apa?',
      'tài khoản ở ngân hàng nào?',
      '口座はどこの銀行ですか？',
    ];
    const checked = rulesAfterRequest('add my WhatsApp +86 138 0013 8000', asked);
    expect(checked.slice(1)).toEqual(asked.map(() => [PAY]));
  });
});

describe('a suspicious link, carried on in seven more languages', () => {
  const LINK_MESSAGE = 'please pay here: https://alibaba-secure-pay.com/order/8841';
  it('flags the login, the card and the code given to the page, and a code given alone', () => {
    const given = [
      'hab mein Passwort eingegeben, jetzt will er einen SMS-Code',
      'link açıldı, kart bilgilerimi girdim',
      'लिंक खोला, कार्ड नंबर डाल दिया',
      'kodenya 660241',
      'em nhập thẻ visa rồi mà báo lỗi',
      'wpisałem BLIK i nic',
      'ログインしてパスワードを入れました',
      '418806です',
      '372 915',
    ];
    const checked = rulesAfterRequest(LINK_MESSAGE, given);
    expect(checked[0]).toContain(LINK);
    for (const [i, text] of given.entries()) expect(checked[i + 1], text).toContain(LINK);
  });
});

describe('a link sent outside the chat', () => {
  it('is a suspicious link, and opens its thread', () => {
    const checked = rulesIn(
      ['supplier', 'I sent the payment link to your email, please open it and complete today'],
      ['buyer', 'Entered card, it failed twice'],
    );
    expect(checked[0]).toContain(LINK);
    expect(checked[1]).toEqual([LINK]);
  });

  it('says to leave the link alone, as the link itself is not in the message', () => {
    const [message] = checkConversation(
      chat(['supplier', 'click the invoice in the attachment and log in with your alibaba account to pay']),
    );
    const advice = message!.findings.find((f) => f.rule === LINK)?.advice;
    expect(advice).toMatch(/^Don't open that link or attachment/);
    expect(advice).toContain('never asks you to log in or pay from a link sent by e-mail');
  });
});

describe("the buyer's own doubts", () => {
  it('are not warned of: why-questions, refusals, the order page, doubt said outright', () => {
    const doubts = [
      'Lin Mei is a person, not your company. Why personal account?',
      'Why would customs take USDT? Our broker pays customs through the government portal.',
      'kenapa rekening pribadi?',
      'Western Union nie, tylko Trade Assurance',
      'Actually, a personal account in Brazil for 70k of chicken, no. Trade Assurance or nothing',
      'Which officer takes money into his personal account? That is bribe.',
      'got a message offering 10% off if we pay in USDT. Legit?',
      'paid with M-Pesa GlobalPay card on the order page',
      'Hmm, the order page shows a different account. Let me check with Alibaba first',
    ];
    for (const text of doubts) expect(rulesIn(['buyer', text])[0], text).toEqual([]);
  });

  it('still warns of the buyer going along or proposing it', () => {
    for (const text of [
      'ok I pay by Western Union today',
      'why not pay by Western Union? it is faster',
      "why don't we use Western Union?",
    ])
      expect(rulesIn(['buyer', text])[0], text).toEqual([PAY]);
  });
});
