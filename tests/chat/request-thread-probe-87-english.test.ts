import { describe, expect, it } from 'vitest';
import { rulesIn, expectRepliesCarryOn } from './thread-chat';

// Probe 87 (English): stock lots sold "cash or bank only", fees to an inspection agency or a broker, refunds to pay
// back, and the buyers' replies that go along; the same words left alone when the order is paid where it should be.

describe('a request to pay outside the order, carried on', () => {
  const REQUEST = 'Stock lot 8,600 pcs, 60% off. Cash or bank only, no TA because our store will close.';

  it('flags the questions, promises and payments that go along with it', () => {
    expectRepliesCarryOn(REQUEST, [
      'ok i will pay 30% tomorrow to broker account',
      'Ok Ma. can I pay it with my dom account from Zenith?',
      "Ok I'll check my mail and pay the bal there",
      'That would be great. How to proceed?',
      'ok whats the wise email',
      'Wow thats good. Send his number pls',
      'ok no problem, let me set up wise',
      "Ah ok. Done, here's the Wise receipt, 85 USD",
      'ok sir I will ask accounts to do TT today',
      'sounds good send the pi over there and the bank info',
      'OK I WILL BUY ON LUNO TOMORROW AND SEND TO THE WALLET',
      'Noted, we will arrange from Bank Muscat.',
      'ok our accounts saw a 1,200 credit. I will return the 1,200 today',
    ]);
  });

  it('flags the supplier vouching for a person or a QR code in the same thread', () => {
    expectRepliesCarryOn(REQUEST, [
      'Yes is ok, Chen Xiaoli is our finance, company account cannot receive small amount from abroad',
      'Ok here QR code, pls pay before 12 noon',
    ]);
  });

  it('leaves the order, its updates and a tracking number alone', () => {
    const checked = rulesIn(
      ['supplier', 'Your clearing agent handles the duty, you pay him directly, that is your arrangement.'],
      ['supplier', 'Order updated: 20 sets solar pump kit USD 5,700 CIF Mombasa, please pay when ready.'],
      ['buyer', 'Paid by visa on the order. asante'],
      ['supplier', 'received thank u! tracking number I send tomorrow'],
    );
    expect(checked).toEqual([[], [], [], []]);
  });
});

describe("the buyer's doubts", () => {
  it('are not read as going along', () => {
    const checked = rulesIn(
      [
        'supplier',
        'The stock lot is handled by our broker Mr Wang, contact him on WhatsApp +86 186 5742 9013.',
      ],
      [
        'buyer',
        "He gave me account of 'Everbright Asset Management HK', is this correct? It's not your company name",
      ],
      ['buyer', 'Another seller told me cash or bank only, no TA. Is that normal in China?'],
    );
    expect(checked.slice(1)).toEqual([[], []]);
  });
});

describe('a dispute kept open', () => {
  it('is advice, not pressure; a threat if it is kept open still is', () => {
    const checked = rulesIn(
      ['supplier', 'That is not us. Please keep the dispute open, it protects you.'],
      ['supplier', 'If you keep the dispute open we cannot ship any more orders to you.'],
    );
    expect(checked[0]).toEqual([]);
    expect(checked[1]).toContain('pressure');
  });
});
