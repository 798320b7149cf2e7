import { describe, expect, it } from 'vitest';
import { LINK, PAY, expectRepliesCarryOn, rulesIn } from './thread-chat';

// Probe 88 (English): vendor forms and split accounts asked for, suppliers pressing on after the buyer turns back to
// the order, and fake refund pages pushed again; the same words left alone where the order is kept.

describe('a request to pay outside the order, carried on', () => {
  const REQUEST =
    'Pay the balance direct to our company account and we give you 2% off, save the Alibaba fee.';

  it('flags the buyer asking for the account in the papers, or promising the deposit', () => {
    expectRepliesCarryOn(REQUEST, [
      'Good saving. Send me the PI with bank details.',
      'ok, send the invoice with the two accounts on it',
      'Fine. Send the vendor registration details so finance can set you up.',
      'Our 50% deposit will be effected tomorrow.',
      'ok whats your paypal?',
    ]);
  });

  it('flags the supplier pressing on in the same thread', () => {
    for (const pressing of [
      'the order is locked after deposit, balance must be by T/T',
      'yes it comes back by itself, please resend today so we can book the vessel',
      'please hurry, the warehouse charges storage from Friday',
      'many Amazon sellers pay like this, no problem',
    ])
      expect(rulesIn(['supplier', REQUEST], ['supplier', pressing])[1], pressing).toEqual([PAY]);
  });

  it('leaves the order, and photos to resend, alone', () => {
    const checked = rulesIn(
      ['supplier', REQUEST],
      ['buyer', 'Good to know. Sending the order now.'],
      ['buyer', 'please resend the photos of the cartons'],
    );
    expect(checked.slice(1)).toEqual([[], []]);
  });
});

describe("the supplier's answer to the buyer's turn back to the order", () => {
  const REQUEST = 'Please pay 30% deposit to our agent in Dubai today, AED account, faster for you.';

  it('is a finding when it vouches for the way asked', () => {
    const checked = rulesIn(
      ['supplier', REQUEST],
      ['buyer', 'We only pay the manufacturer through Trade Assurance.'],
      ['supplier', 'The agent is our partner, very safe. Last chance, tonight I cannot keep it.'],
    );
    expect(checked.slice(1)).toEqual([[], [PAY]]);
  });

  it('is not when it goes back to the order, or only agrees', () => {
    for (const answer of ['OK, I send the Trade Assurance order now', 'same as last time'])
      expect(
        rulesIn(
          ['supplier', REQUEST],
          ['buyer', "No, I'll only pay through Trade Assurance"],
          ['supplier', answer],
        )[2],
        answer,
      ).toEqual([]);
  });
});

describe('a look-alike refund page, pushed on', () => {
  const REQUEST =
    'Alibaba Refund Department: to receive USD 640, verify your card at https://alibaba-refund-desk.com/claim within 24 hours.';

  it('flags the supplier pushing the page, and the fee paid there', () => {
    const checked = rulesIn(
      ['supplier', REQUEST],
      ['supplier', 'pls do it today, the claim window is closing at 6pm'],
      ['supplier', 'It redirects to the Alibaba payment page, new system'],
      ['supplier', 'that page is not updated, please use the link'],
      ['buyer', 'Done. It asked me to pay a 30 AUD processing fee, I paid that'],
    );
    expect(checked.slice(1)).toEqual([[LINK], [LINK], [LINK], [LINK]]);
  });

  it('leaves the buyer who goes to Alibaba and changes the password alone', () => {
    const checked = rulesIn(
      ['supplier', REQUEST],
      ['buyer', "I'm contacting Alibaba support first and will change my password."],
    );
    expect(checked[1]).toEqual([]);
  });
});

describe("the buyer's own account", () => {
  it('leaves the buyer saying whose name its account is in, and flags the supplier saying the same', () => {
    const asked =
      'Alibaba checks T/T payments when the payer name differs from the buyer. Is that your company?';
    expect(
      rulesIn(['supplier', asked], ['buyer', 'Yes, it is our company, the account is under my own name.'])[1],
    ).toEqual([]);
    expect(
      rulesIn(['buyer', 'Which account?'], ['supplier', 'Yes, the account is under my own name.'])[1],
    ).toEqual([PAY]);
  });
});
