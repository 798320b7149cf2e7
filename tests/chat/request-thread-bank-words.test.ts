import { describe, expect, it } from 'vitest';
import { CONTACT, LINK, rulesIn, expectRepliesCarryOn } from './thread-chat';

// Probe 83: replies that carry a request on in the words of a transfer, a call or a mailbox; and the writer's own
// forwarder or inspection company, paid by the writer.

describe('a request to pay outside the order, carried on in the words of a transfer', () => {
  const REQUEST = 'Alibaba takes 4% so remit the balance to our company account directly please';
  const replies = [
    'ok, share the company account',
    'Transfer initiated from my Zenith account, should land Thursday',
    'added you as a new payee in my banking app',
    'Kindly share the MT103 when done',
    'please email the wire confirmation to us',
    'IBAN and BIC again please, one digit was cut off',
    'is there an intermediary bank? my bank asks',
    'going to the bank now',
    'sending it via Access Bank to your account',
    'will process through Stanbic today',
    "We'll wire 50% on Tuesday",
    'tomorrow morning we will transfer from our Habib account',
    'I can only pay on Monday',
    'my wife can do it today from her account',
    'Thank you, send me the receipt please',
    '0.25 BTC at today rate',
    'keep INR 42,000 ready please',
  ];
  it('flags each reply', () => {
    expectRepliesCarryOn(REQUEST, replies);
  });

  it('leaves the same words alone when no request is open', () => {
    const checked = rulesIn(
      ['supplier', 'The sample is ready, please pay it in the Trade Assurance order.'],
      ['buyer', 'going to the bank now'],
      ['buyer', "We'll ship the artwork files via DHL on Tuesday"],
      ['supplier', 'We will send it via DHL tomorrow'],
    );
    expect(checked).toEqual([[], [], [], []]);
  });
});

describe('a request to talk elsewhere, carried on', () => {
  it('flags the call arranged, the message sent there and the number given', () => {
    const checked = rulesIn(
      ['supplier', 'Our manager will call you on your registered mobile to discuss the price.'],
      ['buyer', "ok, I'll be free after 4 pm"],
      ['supplier', 'Noted, he will call at 4:30'],
      ['buyer', 'Accepted, calling you back in 5 min'],
      ['buyer', 'sent you a hi there'],
      ['buyer', "can't find you on Telegram, is the id correct?"],
      ['buyer', '0722 418 903'],
    );
    expect(checked[0]).toEqual([CONTACT]);
    for (const found of checked.slice(1)) expect(found).toEqual([CONTACT]);
  });
});

describe('a link sent earlier, carried on', () => {
  it('flags "enter it" and paying on the same page', () => {
    const checked = rulesIn(
      ['supplier', 'Pay the invoice here: https://alibaba-tradepay.net/inv/8831'],
      ['supplier', 'Yes enter it, then the order is confirmed'],
      ['supplier', 'Now pls pay on the same page, card accepted'],
    );
    expect(checked[1]).toEqual([LINK]);
    expect(checked[2]).toContain(LINK);
  });
});

describe("the writer's own forwarder or inspection company, paid by the writer", () => {
  it('is not a request to pay outside the order', () => {
    const checked = rulesIn(
      [
        'buyer',
        'Our forwarder quoted us THC 9,000 INR at Mundra, we are paying them directly, not your concern.',
      ],
      ['buyer', 'We booked SGS for the pre-shipment inspection. We pay SGS directly.'],
      ['buyer', 'The broker charged us 300, we pay them directly.'],
    );
    expect(checked).toEqual([[], [], []]);
  });
});
