import { describe, expect, it } from 'vitest';
import { CONTACT, LINK, PAY, rulesIn, expectRepliesCarryOn } from './thread-chat';

// Probe 85 (English): replies that carry a request on, the buyer's checks and doubts that don't, and staff handing a
// buyer over inside the chat.

describe('a request to pay outside the order, carried on', () => {
  const REQUEST =
    'Modification is outside order sir. Engineer Wang Qiang, ABC Taizhou 6228 4803 1188 2045 915.';

  it('flags the amount sent, the SWIFT asked for or sent alone, and the transfer promised', () => {
    expectRepliesCarryOn(REQUEST, [
      'ok send me the swift also',
      'ABOCCNBJ110',
      'swift: ICBKCNBJFJN',
      'ok po I send 35,800 pesos to Carlo',
      'ok brother I send 150 from Meezan',
      'ok we pay again to Hang Seng',
      'Ok sir sending 60% balance today, pls ship',
      'okay sir I will do the TT from Indian bank after my boss approve',
    ]);
  });

  it('leaves words that only look like them alone when no request is open', () => {
    const checked = rulesIn(
      ['supplier', 'Sample ready, please pay it in the Trade Assurance order.'],
      ['buyer', 'received'],
      ['buyer', 'progress?'],
      ['buyer', 'I send 150 pcs to my warehouse tomorrow'],
    );
    expect(checked).toEqual([[], [], [], []]);
  });
});

describe('a request to talk elsewhere, carried on', () => {
  it('flags a message sent on the app or a file sent to the new mailbox', () => {
    const checked = rulesIn(
      ['supplier', 'Jessica email: jessica.tianrui@gmail.com, pls send all PO to her email, not here.'],
      ['buyer', 'Ok, I sent PO to jessica gmail'],
      ['supplier', 'Tom will follow up on WhatsApp +86 139 2231 4410'],
      ['buyer', 'Ok. Tom, are you there? I sent hi on WhatsApp'],
    );
    expect(checked.map((found) => found.includes(CONTACT))).toEqual([true, true, true, true]);
  });
});

describe("a link's page, asked about before anything is given", () => {
  const LINK_SENT =
    'Pay the freight on our logistics partner page: https://alibaba-logistics-pay.com/bill/2291';

  it("leaves the buyer's question alone and flags what is given afterwards", () => {
    const checked = rulesIn(
      ['supplier', LINK_SENT],
      ['buyer', 'The page ask my alibaba login and card. is normal?'],
      ['buyer', 'I need to login? It asks my card number for refund.'],
      ['supplier', 'Yes normal, it is logistic system.'],
      ['buyer', 'ok I entered my card'],
    );
    expect(checked[0]).toContain(LINK);
    expect(checked.slice(1, 3)).toEqual([[], []]);
    expect(checked[4]).toEqual([LINK]);
  });
});

describe("the buyer's checks and doubts", () => {
  it('leaves a quoted request the buyer asks about alone', () => {
    const checked = rulesIn(
      ['supplier', 'Freight pay by WeChat Pay to my personal, goods price stay in Alibaba.'],
      [
        'buyer',
        'Hello my friend, before you said:\n"freight pay by WeChat Pay to my personal"\nSo I need two payments?',
      ],
      [
        'buyer',
        'I received this mail:\n> please remit the 2nd installment USD 26,000 to our Hong Kong affiliate, HSBC 652-889013-838.\nKindly confirm this is genuine before we proceed.',
      ],
      ['buyer', 'USDT? i dont have crypto, can it go in TA order?'],
      ['buyer', 'Western Union? Pero el pedido está en Trade Assurance, no?'],
      [
        'buyer',
        'Account name is Ningbo Tianrui Trade Ltd, but Alibaba order shows Ningbo Tianrui Electric. Different?',
      ],
      ['buyer', "lol I thought you'd ask cash app or venmo like the last guy"],
      [
        'buyer',
        'Bro person message me say "company account get tax issue, pay sister company for HK". Na una?',
      ],
    );
    expect(checked[0]).toContain(PAY);
    expect(checked.slice(1)).toEqual([[], [], [], [], [], [], []]);
  });

  it('still flags the buyer going along', () => {
    const checked = rulesIn(
      ['supplier', 'Freight pay by WeChat Pay to my personal, goods price stay in Alibaba.'],
      ['buyer', 'I dont have WeChat Pay in Brazil. I pay you by Cash App, ok?'],
    );
    expect(checked[1]).toEqual([PAY]);
  });
});

describe('staff handing the buyer over inside the chat', () => {
  it('reads "from today my colleague handles your account" as no change of bank account', () => {
    const checked = rulesIn(
      [
        'supplier',
        'Hello Mr. Sharma, from today my colleague Jessica handle your account, I am transfer to domestic sales.',
      ],
      ['supplier', 'Hi Mr. Sharma I am Jessica. PI attached, same as before.'],
      [
        'supplier',
        'Dear Chinedu, our sales manager Mike will follow your cassava processing line order now.',
      ],
      ['buyer', 'Noted. Our bank Habib Bank needs an updated PI for the 2nd installment.'],
    );
    expect(checked).toEqual([[], [], [], []]);
  });
});
