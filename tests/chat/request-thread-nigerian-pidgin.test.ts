import { describe, expect, it } from 'vitest';
import { CONTACT, LINK, PAY, rulesAfterRequest, rulesIn, expectRepliesCarryOn } from './thread-chat';

// Probe 85: the threads of src/chat/request-thread.ts in Nigerian Pidgin (src/chat/thread-words-nigerian-pidgin.ts):
// the replies that carry a request on, the turns back to the order, and the buyer's own doubts, which are no request.

const PAY_REQUEST =
  'To avoid Alibaba charge, abeg pay the deposit direct to our manager personal account: ZHANG WEI, Bank of China.';
const AGENT_REQUEST = 'Our agent Mr Li dey Ikeja, pay him naira at today rate.';

describe('a request to pay outside the order, carried on in Pidgin', () => {
  const replies: Array<[string, string[]]> = [
    [
      PAY_REQUEST,
      [
        'How much exactly I go send?',
        'Wetin be the account name?',
        'I go send am tomorrow',
        'I don send am from my GTBank dom account',
        'Na the Bank of China one I go use abi?',
      ],
    ],
    [AGENT_REQUEST, ['Ok how much for naira?', 'N4,250,000 at 1,550 rate.', 'I don pay Mr Li, see the slip']],
  ];
  for (const [request, texts] of replies) {
    it(`flags the replies: ${texts[0]}`, () => {
      expectRepliesCarryOn(request, texts);
    });
  }

  it("reads the supplier's pointing and vouching as carrying it on", () => {
    const checked = rulesIn(
      ['supplier', PAY_REQUEST],
      ['supplier', 'Yes this one.'],
      ['supplier', 'HK company na our sister company, same boss.'],
      ['supplier', 'The account wey I send, no wahala.'],
    );
    expect(checked.slice(1)).toEqual([[PAY], [PAY], [PAY]]);
  });

  it('leaves the doubts alone, and a turn back to the order closes the thread', () => {
    const checked = rulesIn(
      ['supplier', PAY_REQUEST],
      ['buyer', 'Wetin make una dey use personal account?'],
      ['buyer', 'E safe?'],
      ['buyer', 'I no go send am to any personal account, I go pay through the Alibaba order.'],
      ['buyer', 'I don send am'],
    );
    expect(checked.slice(1)).toEqual([[], [], [], []]);
  });

  it('says nothing of the same replies when no request came before them', () => {
    const checked = rulesIn(
      ['supplier', 'Your sample don ready, we go send am Monday.'],
      ['buyer', 'I don send am'],
      ['buyer', 'How much exactly I go send?'],
      ['supplier', 'Yes this one.'],
      ['buyer', 'I don send the PI to my oga.'],
    );
    expect(checked).toEqual([[], [], [], [], []]);
  });

  it('reads no money in "I don send the PI" or "I don send you message" after a request', () => {
    const checked = rulesAfterRequest(PAY_REQUEST, ['I don send the PI to my oga', 'I don send you message']);
    expect(checked.slice(1)).toEqual([[], []]);
  });
});

describe('a move to WhatsApp, and a look-alike payment page, carried on in Pidgin', () => {
  it('flags the replies after a move to WhatsApp, until the talk comes back here', () => {
    const checked = rulesIn(
      ['supplier', 'Alibaba chat no dey show me message well. Add me for WhatsApp +86 135 7729 4410.'],
      ['buyer', 'I don send you message for WhatsApp, abeg reply.'],
      ['supplier', 'Ok I see you. Talk to me there.'],
      ['buyer', 'I don add you'],
      ['buyer', 'Make we continue here, I no get WhatsApp.'],
      ['buyer', 'I don add you'],
    );
    expect(checked[0]).toContain(CONTACT);
    expect(checked.slice(1)).toEqual([[CONTACT], [CONTACT], [CONTACT], [], []]);
  });

  it('flags the login, the card and the code given on the page, and leaves the page refused alone', () => {
    const checked = rulesIn(
      [
        'supplier',
        'Abeg pay through this secure link: https://alibaba-tradeassure.pay-secure.top/order/88214',
      ],
      ['buyer', 'I don login and put my card.'],
      ['buyer', 'OTP na 482917'],
      ['buyer', 'I no go put my password for there.'],
    );
    expect(checked[0]).toContain(LINK);
    expect(checked[1]).toContain(LINK);
    expect(checked[2]).toContain(LINK);
    expect(checked[3]).toEqual([]);
  });
});
