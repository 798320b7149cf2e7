import { describe, expect, it } from 'vitest';
import { PAY, rulesIn, expectRepliesCarryOn } from './thread-chat';

// Probe 86 (English): buyers going along with a split payment, a second invoice or cash at a visit, and buyers who ask
// or say no in their own words.

describe('a request to pay outside the order, carried on', () => {
  const REQUEST =
    'For customs we make invoice USD 4,500 only, and the difference 11,200 you pay to our company account by TT.';

  it('flags the questions, promises and payments that go along with it', () => {
    expectRepliesCarryOn(REQUEST, [
      'and the difference how I pay?',
      'ok, the difference is 10,200 usd. How you want?',
      'And the balance of 13,800 goes where?',
      'ok gcash number?',
      'ok send wallet',
      'sure, send me the info',
      'ok registered, which transaction ID do I use?',
      'The HK account on the PI? is that the Hang Seng one ending 882?',
      'to this one? ok, I send tomorrow from BBVA',
      'ok will send now',
      'alright, wiring the 4800 to the Jiarui account now',
      'ok paying 2.9m naira now, will send teller',
      'ok, going to Elektra now to send it',
      'ok send me the proforma for the 28600 so my bank can process',
      'sent po, pls check',
    ]);
  });

  it('flags cash promised and handed over after a request for cash at a visit', () => {
    expectRepliesCarryOn('When you visit pls bring cash for deposit 30%, we give you 3% discount for cash', [
      'How much cash? I can carry max 10k USD',
      'Ok we will bring it',
      'ok gave 6,300 to Xiao Li, she wrote receipt',
    ]);
  });

  it('leaves the same words alone when nothing was asked outside the order', () => {
    const checked = rulesIn(
      ['supplier', 'Goods ready. Pay the 70% balance on the same Trade Assurance order now.'],
      ['buyer', 'sent po, pls check'],
      ['buyer', 'we will send the PO tomorrow'],
      ['buyer', 'I will bring it to the booth on Monday'],
    );
    expect(checked).toEqual([[], [], [], []]);
  });
});

describe("the buyer's own questions and refusals", () => {
  it('are not read as going along', () => {
    const checked = rulesIn(
      ['supplier', 'For the balance you can pay to my personal account, 3% less.'],
      ['buyer', 'Personal account? that is not possible for our accounts dept'],
      ['buyer', 'Do I need to pay anything to the forwarder directly?'],
      ['buyer', 'Also our bank says the beneficiary name is different from the PI?'],
    );
    expect(checked[0]).toContain(PAY);
    expect(checked.slice(1)).toEqual([[], [], []]);
  });
});
