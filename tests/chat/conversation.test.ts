import { describe, expect, it } from 'vitest';
import { memoryBook } from '../../src/chat/account-book';
import { checkConversation } from '../../src/chat/conversation';
import type { ChatMessage } from '../../src/signals/chat';

const supplier = (id: string, text: string): ChatMessage => ({ id, from: 'supplier', text });
const rulesOf = (messages: ReturnType<typeof checkConversation>) =>
  messages.map((m) => m.findings.map((f) => f.rule));

describe('checkConversation', () => {
  it('flags an account that differs from the one the supplier gave earlier in the chat', () => {
    const checked = checkConversation([
      supplier('1', 'Our account no: 6222 0210 0011 2233, Bank of China.'),
      supplier('2', 'Thanks, photos attached.'),
      supplier('3', 'Account no: 6217 8800 1234 9876, Bank of China.'),
    ]);
    expect(rulesOf(checked)).toEqual([
      ['off-platform-payment'],
      [],
      ['off-platform-payment', 'payment-details-change'],
    ]);
    expect(checked[2]?.findings[1]?.message).toContain(
      '…9876 differs from the one given earlier in this chat (…2233)',
    );
  });

  it('does not call the same account, spaced differently, a change', () => {
    const checked = checkConversation([
      supplier('1', 'account no: 6222 0210 0011 2233'),
      supplier('2', 'account no: 6222-0210-0011-2233'),
    ]);
    expect(rulesOf(checked)[1]).toEqual(['off-platform-payment']);
  });

  it("ignores the buyer's own account numbers", () => {
    const checked = checkConversation([
      supplier('1', 'account no: 6222 0210 0011 2233'),
      { id: '2', from: 'buyer', text: 'Refund to my account no: 4417 1234 5678 9113 please' },
    ]);
    expect(rulesOf(checked)[1]).not.toContain('payment-details-change');
  });

  it('compares with accounts from an earlier visit kept in the book', () => {
    const book = memoryBook();
    book.remember('6222021000112233', '2233');
    const [checked] = checkConversation([supplier('9', 'account no: 6217 8800 1234 9876')], {}, book);
    expect(checked?.findings.map((f) => f.rule)).toContain('payment-details-change');
  });

  it('flags a company beneficiary that is not the supplier the buyer is talking to', () => {
    const [checked] = checkConversation([supplier('1', 'Beneficiary: HUAXIN HOLDINGS LIMITED')], {
      supplierName: 'Shenzhen Sunny Lamp Co., Ltd.',
    });
    expect(checked?.findings.map((f) => f.rule)).toEqual(['off-platform-payment', 'payment-details-change']);
    const [same] = checkConversation([supplier('1', 'Beneficiary: SHENZHEN SUNNY LAMP CO LTD')], {
      supplierName: 'Shenzhen Sunny Lamp Co., Ltd.',
    });
    expect(same?.findings.map((f) => f.rule)).toEqual(['off-platform-payment']);
  });
  it("does not call the supplier's own name in Chinese characters, or its abbreviations, another company", () => {
    const context = { supplierName: 'Shenzhen Huaxin Electronics Technology Co., Ltd.' };
    for (const text of [
      'Beneficiary name: 深圳市华鑫电子科技有限公司, account 4000 0219 0920 0123 456, ICBC Shenzhen',
      'Beneficiary name: SHENZHEN HUAXIN ELEC TECH CO LTD, account 4000 0219 0920 0123 456',
    ]) {
      const [checked] = checkConversation([supplier('1', text)], context);
      expect(checked?.findings.map((f) => f.rule)).toEqual(['off-platform-payment']);
    }
  });

  it('does not take a shared city or trade word for the same company', () => {
    const [checked] = checkConversation(
      [supplier('1', 'Beneficiary: SHENZHEN KANGDA ELECTRONICS CO LTD, account 4000 0219 0920 0123 456')],
      { supplierName: 'Shenzhen Huaxin Electronics Technology Co., Ltd.' },
    );
    expect(checked?.findings.map((f) => f.rule)).toEqual(['off-platform-payment', 'payment-details-change']);
  });

  it("does not call the buyer's own beneficiary, for a refund, a change", () => {
    const checked = checkConversation(
      [
        {
          id: '1',
          from: 'buyer',
          text: 'My refund account: Beneficiary: Carlos Mendez, IBAN ES91 2100 0418 4502 0005 1332',
        },
      ],
      { supplierName: 'Yiwu Jiaxin Import & Export Co., Ltd.' },
    );
    expect(rulesOf(checked)).toEqual([['off-platform-payment']]);
  });
  it('reads an account number sent in two pieces, or a piece and then the whole, as one account', () => {
    const split = checkConversation([
      supplier(
        '1',
        'Benef: Huizhou Boxin Battery Co., Ltd.\nBank: China Guangfa Bank Huizhou\nA/C: 9550 8800',
      ),
      supplier('2', 'rest of the acct: 2651 8300 117'),
      supplier('3', 'full account 9550 8800 2651 8300 117'),
      supplier('4', 'dear pls confirm this full account for your transfer: 9550 8800 2615 8030 117'),
    ]);
    expect(rulesOf(split)).toEqual([
      ['off-platform-payment'],
      ['off-platform-payment'],
      ['off-platform-payment'],
      ['off-platform-payment', 'payment-details-change'],
    ]);
    const completed = checkConversation([
      supplier('1', 'Bank of China Xiamen Branch\nAccount: 4136 5820'),
      supplier('2', 'sorry msg cut, account continue: 1903 7742\nfull number 4136 5820 1903 7742'),
      supplier('3', 'again bank acct for you: 4136-5820-1903-7742'),
    ]);
    expect(rulesOf(completed).map((rules) => rules.includes('payment-details-change'))).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('finishes a number begun in an earlier message it is given, without judging that message again', () => {
    const first = supplier('1', 'Bank of China Xiamen Branch\nAccount: 4136 5820');
    const book = memoryBook();
    checkConversation([first], {}, book);
    const rest = supplier('2', 'sorry msg cut, account continue: 1903 7742');
    expect(rulesOf(checkConversation([rest], {}, book, [first]))).toEqual([['off-platform-payment']]);
    expect(book.earlier()).toEqual(['5820', '7742']);
  });

  it("does not take a bank's own branch, above the account number, for another company", () => {
    const [checked] = checkConversation(
      [
        supplier(
          '1',
          'Beneficiary: Qingdao Haitong Rubber Co., Ltd.\nICBC Qingdao Branch\nA/C: 3803 0210 0920 0123 456',
        ),
      ],
      { supplierName: 'Qingdao Haitong Rubber Co., Ltd.' },
    );
    expect(checked?.findings.map((f) => f.rule)).toEqual(['off-platform-payment']);
  });
  it("names another company's bank details written without a label, when the chat shows the supplier's name", () => {
    const details =
      'For the balance please pay to our export agent account:\nXiamen Huaxin Stone Import & Export Co., Ltd\nAccount 3520 1588 0108 0000 3196\nBank of China Xiamen';
    const [other] = checkConversation([supplier('1', details)], {
      supplierName: 'Xiamen Stonecraft Marble Co., Ltd.',
    });
    expect(other?.findings.map((f) => f.message)).toContain(
      "Payment details changed: a beneficiary that isn't the supplier",
    );
    const [own] = checkConversation([supplier('1', details)], {
      supplierName: 'Xiamen Huaxin Stone Import & Export Co., Ltd.',
    });
    expect(own?.findings.map((f) => f.rule)).toEqual(['off-platform-payment']);
  });

  it("warns the buyer of paying outside in the buyer's own words, not of urging the supplier or of asking why the account changed", () => {
    const checked = checkConversation([
      supplier('1', 'Account no: 6222 0210 0011 2233, Bank of China.'),
      { id: '2', from: 'buyer', text: 'why is the account different from last time? you just sent ICBC' },
      {
        id: '3',
        from: 'buyer',
        text: 'Sample looks great. Placing the bulk order now, 30% deposit through Trade Assurance.',
      },
      {
        id: '4',
        from: 'buyer',
        text: 'ok I will send the deposit to your new account by Western Union today',
      },
    ]);
    expect(rulesOf(checked).slice(1)).toEqual([[], [], ['off-platform-payment']]);
  });

  it("reads a beneficiary named for a letter of credit, with no account number, as the credit's", () => {
    const [checked] = checkConversation([
      supplier(
        '1',
        'L/C at sight ok. Please send draft first. Beneficiary: Changzhou Tianhe Electric Motor Co., Ltd.',
      ),
    ]);
    expect(checked?.findings).toEqual([]);
  });
  it('reads the account holder from a labelled line in other languages, and a Chinese personal name as a person', () => {
    for (const text of [
      '麻烦打到我们老板个人卡，更快：\n户名：陈志强\n招商银行 6214 8376 5501 2296',
      'pls send to our sales manager bank card, it is faster:\nName: Liang Wenjing\nChina Construction Bank\nCard No: 6217 0033 2010 4458 671',
      'Para clientes de España:\nTitular: Li Na\nIBAN: ES91 2100 0418 4502 0005 1332\nBanco: CaixaBank',
    ]) {
      const [checked] = checkConversation([supplier('1', text)]);
      expect(checked?.findings.map((f) => f.message)).toContain(
        'Payment details changed: a person as the beneficiary',
      );
    }
    const [parcel] = checkConversation([
      supplier('1', 'Name: John Smith\nAddress: 12 Main St, Dallas\nPhone 214 555 0134'),
    ]);
    expect(parcel?.findings.map((f) => f.rule)).not.toContain('payment-details-change');
  });
  it('lets the buyer name a personal account to refuse it, and still warns when the buyer goes along', () => {
    const checked = checkConversation([
      {
        id: '1',
        from: 'buyer',
        text: "That's a personal account. We won't pay it. Please put the balance into an Alibaba order.",
      },
      { id: '2', from: 'buyer', text: '这是个人账户，我们公司只能付给公司账户或者走信保订单。' },
      { id: '3', from: 'buyer', text: 'ok whatever, I will pay the 13,200 to the Macau account tomorrow' },
      { id: '4', from: 'buyer', text: '好的，我今天把余款打到你们新的香港账户' },
    ]);
    expect(rulesOf(checked)).toEqual([
      [],
      [],
      ['off-platform-payment'],
      ['off-platform-payment', 'payment-details-change'],
    ]);
  });

  it("does not read the phone number under a parcel's address as a move off the platform", () => {
    const [address] = checkConversation([
      {
        id: '1',
        from: 'buyer',
        text: 'hi, for the sample please use this address for the courier label:\nAhmed Al Mansoori\nWarehouse 14, Al Quoz Industrial 3\nDubai, UAE\nTel +971 4 338 2210',
      },
    ]);
    expect(address?.findings).toEqual([]);
    const [office] = checkConversation([
      supplier('1', 'Our office address:\nRoom 1203, Building A, Futian\n+86 138 1234 5678'),
    ]);
    expect(office?.findings.map((f) => f.rule)).toEqual(['off-platform-contact']);
  });
  it('reads a bare long number after bank details as the account: the same one, a second piece, or a change', () => {
    const checked = checkConversation([
      supplier('1', 'Bank: Bank of China Suzhou\nA/C: 6230 5820 0019'),
      supplier('2', 'Second part: 8842 10'),
      supplier('3', 'sure: 6230-5820-0019-8842-10, same account'),
      supplier('4', 'No dear sorry, correct is 6230 5820 0019 8824 10, first one typing wrong'),
      supplier('5', 'your order 2847561093021584 is shipped, tracking 7712 3456 9981 22'),
      supplier('6', '2847561093021584'),
    ]);
    expect(rulesOf(checked)).toEqual([
      ['off-platform-payment'],
      ['off-platform-payment'],
      ['off-platform-payment'],
      ['off-platform-payment', 'payment-details-change'],
      [],
      [],
    ]);
  });
  it('reads the bank a supplier picks after giving bank details as paying outside', () => {
    const checked = checkConversation([
      supplier('1', 'Account no: 6222 0210 0011 2233, Bank of China.'),
      supplier('2', "sorry my mistake, I didn't know. pls use Industrial Bank only"),
      supplier('3', 'o banco antigo fechou a conta de moeda estrangeira, é só isso. por favor usar a nova'),
      supplier('4', 'goods ready, photos attached'),
    ]);
    expect(rulesOf(checked)).toEqual([
      ['off-platform-payment'],
      ['off-platform-payment'],
      ['off-platform-payment'],
      [],
    ]);
    const [alone] = checkConversation([supplier('1', 'pls use Industrial Bank only')]);
    expect(alone?.findings).toEqual([]);
  });
  it('reads pieces of a number given whole before as that number, and a code or a certificate number as none', () => {
    const checked = checkConversation([
      supplier('1', 'Hesap no: 3220 0061 0018 0109 44751, Ziraat Bankası'),
      supplier('2', 'ilk kısım 3220 0061 0018'),
      supplier('3', 'ikinci kısım 0109 44751'),
      supplier('4', '718H, hardness cert no. LG-2409-1176'),
    ]);
    expect(rulesOf(checked).map((rules) => rules.includes('payment-details-change'))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(rulesOf(checked)[3]).toEqual([]);
  });

  it('lets the buyer doubt, refuse or ask about a way to pay in the order, and still warns when the buyer goes along', () => {
    const buyer = (text: string, i: number): ChatMessage => ({ id: String(i), from: 'buyer', text });
    const doubting = [
      "Sorry Kevin, that's a personal account. I only pay through the Alibaba order, no exceptions.",
      'Em USDT? Nunca fiz assim. Não dá pra fazer pelo pedido do Alibaba?',
      '¿Western Union a una persona? ¿No es arriesgado?',
      "A Shopify store? That's outside Alibaba, there's no buyer protection.",
      'A PayID to a bloke named Kevin? Not comfortable with that.',
      "I'm not paying anything through a bit.ly link. I'll contact Alibaba support directly.",
      'Pix para uma pessoa física? E se o drone não chegar?',
      'You want me to send 38 grand by Western Union to an individual? No chance.',
      'Bu kişisel hesap mı? Liu Hongmei kim?',
      'PayPal friends and family has no protection, why not goods and services? Or Trade Assurance',
      'Наличными? А договор будет? Trade Assurance тогда не работает',
      'Chuyển cho ông chủ là ai? 收款人是谁?',
      "Personal account of the manager? No thanks. Why can't the company receive?",
      'Can I pay with M-Pesa through Alibaba? or bank only',
      'Bitcoin? Hum company se pay karte hain, crypto nahi chalega. SBP rules',
      '这是个人账户，不是公司账户。我还是要走信保',
      'Sao lại là tài khoản cá nhân ạ? Em muốn trả qua Trade Assurance',
      // Probe 79: which account to fill in, what a word means, "what do you mean? we give rials to an exchange office?".
      '你好，我们是新加坡的公司，要订真丝眼罩 3000 个。请问付款是付对公还是对私？我们财务要填',
      '私戶是指？',
      'یعنی چی؟ ریال بدیم به صرافی و اونا یوان بدن به شما؟',
    ];
    expect(rulesOf(checkConversation(doubting.map(buyer)))).toEqual(doubting.map(() => []));
    const goingAlong = [
      'Western Union ok? I send today',
      'USDT? ok I send tomorrow',
      "I won't pay the fee to Alibaba, I'll pay you directly by Western Union",
      '私户是指你的个人账户吗？好的，我今天转',
      'ریال بدیم به صرافی؟ باشه فردا میدم',
    ];
    expect(rulesOf(checkConversation(goingAlong.map(buyer)))).toEqual(
      goingAlong.map(() => ['off-platform-payment']),
    );
  });

  it('lets a buyer ask why the money should leave the order, and warns when the buyer asks to pay outside', () => {
    const checked = checkConversation([
      {
        id: '1',
        from: 'buyer',
        text: 'Kenapa jadi rekening pribadi? Saya bayar lewat pesanan Alibaba saja.',
      },
      { id: '2', from: 'buyer', text: 'Это другая компания. Почему не через Alibaba?' },
      { id: '3', from: 'buyer', text: 'Normally I book QIMA myself. Why should I pay you by Alipay?' },
      { id: '4', from: 'buyer', text: 'can i pay by Alipay to you directly? cheaper than the Alibaba order' },
    ]);
    expect(rulesOf(checked)).toEqual([[], [], [], ['off-platform-payment']]);
  });
});
