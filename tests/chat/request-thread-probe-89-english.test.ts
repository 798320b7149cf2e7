import { describe, expect, it } from 'vitest';
import { CONTACT, PAY, expectRepliesCarryOn, rulesIn } from './thread-chat';

// Probe 89 (English): a refund offered outside a dispute, a price rise paid apart from the order, RMB and cash at a
// fair, and the supplier's deadlines after the buyer doubts; the same words left alone where the order is kept.

const REQUEST = 'Pay the freight difference to our forwarder directly, they hold the space on the vessel.';

describe('a request to pay outside the order, carried on', () => {
  it('flags the buyer asking for another way, the sum or the collector, or promising to pay', () => {
    expectRepliesCarryOn(REQUEST, [
      "I don't have Alipay. Can I pay by normal bank?",
      'Is it possible by wire?',
      'ok how much exactly in RMB?',
      'Cash is fine for us. Where is your colleague?',
      'ok, send me how to pay',
      'ok, send the invoice, I will wire the balance',
      'sending NGN via Opay now',
      'fine, will send to the HSBC one',
      'I will meet him Friday at the market',
      'my brother will bring the cash on Monday',
      'ok, how do we send it',
    ]);
  });

  it('flags the buyer taking a refund outside the dispute', () => {
    const offer = 'Close the dispute and we refund you USD 900 by Wise today, faster than Alibaba.';
    expectRepliesCarryOn(offer, ['ok, my wise is tom.baker@mail.com', 'Fine, I will close the dispute now']);
  });

  it("flags the supplier's deadlines and vouching after the buyer doubts", () => {
    for (const pressing of [
      'Today is the last day of the promotion, tomorrow the price becomes USD 6.20',
      'The offer closes on Friday, after that we cannot accept new partners.',
      'Yes it is normal sir, our broker must pay the port before the vessel arrives, Alibaba release money too slow. Please pay the duty part before Thursday, the ETA is close.',
      'This is the rule for all customers this season.',
      'Card transfer is the same, I give you a company receipt.',
      'The refund will expire after 48 hours.',
    ])
      expect(
        rulesIn(['supplier', REQUEST], ['buyer', 'Is that normal?'], ['supplier', pressing])[2],
        pressing,
      ).toContain(PAY);
  });

  it('leaves the buyer asking through the order, and the supplier turning back to it, alone', () => {
    const checked = rulesIn(
      ['supplier', REQUEST],
      ['buyer', 'Can I pay by bank through the Alibaba order?'],
      ['supplier', 'Yes, we ship before Friday once the order is paid in Alibaba.'],
    );
    expect(checked.slice(1)).toEqual([[], []]);
  });
});

describe('talking elsewhere, carried on', () => {
  it('flags the buyer writing there, scanning the group code, or offering another app', () => {
    expectRepliesCarryOn(
      'Join our VIP buyer group, scan the QR to add me on WeChat: lily_lamps88',
      ['ok I write you now', 'ok sis scanning', "I don't have WeChat. WhatsApp?"],
      CONTACT,
    );
  });
});
