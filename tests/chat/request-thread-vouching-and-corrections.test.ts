import { describe, expect, it } from 'vitest';
import { CONTACT, LINK, PAY, rulesAfterRequest, rulesIn, expectRepliesCarryOn } from './thread-chat';

// Probe 84's English threads: a supplier vouching in few words, a corrected account number sent alone, a link's card
// asked for again, the move elsewhere pushed again; and the buyer's doubts and checks, which carry nothing on.

const CHANGE = 'payment-details-change';

describe('requests carried on in probe 84 English', () => {
  it('reads a supplier vouching in few words as carrying the request on', () => {
    for (const reply of [
      'Many Indian customer do it.',
      'G and S have fee. It is same.',
      'Same protection dear, no worry',
    ]) {
      const checked = rulesIn(
        ['supplier', 'Pls send by PayPal friends and family to my personal paypal, we ship tomorrow.'],
        ['buyer', 'Why friends and family? Goods and services is safer no?'],
        ['supplier', reply],
      );
      expect(checked[2], reply).toEqual([PAY]);
    }
  });

  it('reads a number sent alone that corrects the account just given as another account to pay', () => {
    const checked = rulesIn(
      ['supplier', 'Pay the factory direct by TT, details next message.'],
      ['supplier', 'Cixi Haoyu Electric Appliance Factory\nSWIFT: CXRCCNB1\nAcc: 2010 0056 7721 8834'],
      ['supplier', '2010 0056 7721 8843'],
    );
    expect(checked[2]).toEqual([PAY, CHANGE]);
  });

  it('leaves a number alone that is no near copy of the account given', () => {
    const checked = rulesIn(
      ['supplier', 'Pay the factory direct by TT, details next message.'],
      ['supplier', 'Cixi Haoyu Electric Appliance Factory\nSWIFT: CXRCCNB1\nAcc: 2010 0056 7721 8834'],
      ['supplier', '4471 2290 0163'],
    );
    expect(checked[2]).toEqual([]);
  });

  it("carries a look-alike link on to the card it asks for, and a move elsewhere to the supplier's new number", () => {
    const link = rulesIn(
      ['supplier', 'Duty to pay here: dhl-ph-customsrelease.com/4682019735 within 24h.'],
      ['buyer', 'DHL usually send me the bill themselves by sms'],
      ['supplier', 'This is DHL official page, pls enter card to pay.'],
    );
    expect(link[2]).toEqual([LINK]);
    const contact = rulesIn(
      ['supplier', 'Please add my WhatsApp +86 156 2871 0943'],
      ['buyer', 'I have another number of yours.'],
      ['supplier', 'old number lost, that is my new one, add pls.'],
    );
    expect(contact[2]).toEqual([CONTACT]);
  });

  it('reads the short replies that ask where, how much, or when, and those done or under way elsewhere', () => {
    const replies = [
      'ok send',
      'oh ok. so where we send the balance?',
      'ok which amount in naira?',
      'ok will arrange TT by Monday',
    ];
    expectRepliesCarryOn(
      'Pay the factory direct by TT, I will close the TA order. Details next message.',
      replies,
    );
    const moves = [
      'joined. my username @rk_steel_pune',
      'ok emailed you from grace@kmtrading.ph',
      'Skype ok?',
    ];
    const moved = moves.map(
      (reply) =>
        rulesIn(['supplier', 'Pls add my WeChat ID: sinotech_ivy88 for real photos.'], ['buyer', reply])[1],
    );
    expect(moved).toEqual(moves.map(() => [CONTACT]));
    const sent = rulesIn(
      ['supplier', 'Pls add my WeChat ID: sinotech_ivy88 for real photos.'],
      ['buyer', 'ok po I added you'],
      ['supplier', 'Ok I see you, I send the video there now.'],
    );
    expect(sent[2]).toEqual([CONTACT]);
  });

  it("leaves the buyer's doubts, disputes and checks through the office line alone", () => {
    const doubts = [
      'Hmm personal account? is it safe',
      'Frozen? we paid last month without problem',
      'Release fee was not in the quote you gave me',
    ];
    const checked = rulesAfterRequest('Please send the balance to my personal account, 3% discount.', doubts);
    for (const [i, text] of doubts.entries()) expect(checked[i + 1], text).toEqual([]);
    const call = rulesIn(
      ['supplier', 'Please add my WhatsApp +86 156 2871 0943'],
      ['buyer', 'I will call your office landline and confirm with your boss first.'],
    );
    expect(call[1]).toEqual([]);
  });
});
