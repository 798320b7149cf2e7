import { describe, expect, it } from 'vitest';
import { CONTACT, LINK, PAY, rulesIn, expectRepliesCarryOn } from './thread-chat';

// Probe 83: the threads of src/chat/request-thread.ts in Swahili, Dutch and Malay (thread-words-swahili-dutch-malay.ts):
// the replies that carry a request on, the turns back to the order, and the buyer's own doubts, which are no request.

const REQUEST = 'pay the balance by Western Union to our manager, no Alibaba fee';

describe('a request to pay outside the order, carried on in Swahili, Dutch and Malay', () => {
  const replies: Array<[string, string[]]> = [
    [
      'sw',
      [
        'Nilipe kiasi gani kwa M-Pesa?',
        'Nipe namba ya akaunti tafadhali',
        'Nimeshalipa, code ya M-Pesa ni QWE12RT8',
      ],
    ],
    ['sw', ['Nitatuma pesa jioni', 'Ksh ngapi?']],
    ['nl', ['Naar welk rekeningnummer?', 'Wat is de IBAN-gegevens?', 'Overgemaakt, bewijs volgt']],
    ['nl', ['Ik maak het morgen over', 'Dezelfde rekening als de vorige keer?']],
    ['ms', ['Berapa dalam ringgit?', 'Akaun CIMB tu nama apa?', 'Dah transfer, resit saya lampirkan']],
    ['ms', ['Ok, hantar butiran akaun', 'Dah bank-in USD 900']],
  ];
  for (const [language, texts] of replies) {
    it(`flags the replies in ${language}: ${texts[0]}`, () => {
      expectRepliesCarryOn(REQUEST, texts);
    });
  }

  it('reads a supplier vouching for the way it asked as carrying it on', () => {
    const checked = rulesIn(
      ['supplier', REQUEST],
      ['supplier', 'Usijali rafiki, ni mfanyakazi wetu'],
      ['supplier', 'Vertrouw mij, veel klanten betalen zo'],
      ['supplier', 'Jangan risau, ramai pelanggan bayar macam ni'],
    );
    expect(checked.slice(1)).toEqual([[PAY], [PAY], [PAY]]);
  });

  it('leaves the doubts alone, and a turn back to the order closes the thread', () => {
    const checked = rulesIn(
      ['supplier', REQUEST],
      ['buyer', 'Mbona kwa mtu binafsi?'],
      ['buyer', 'Waarom niet via de bestelling?'],
      ['buyer', 'Pelik, betul ke ni?'],
      ['buyer', 'Nitalipa kwenye order tu'],
      ['buyer', 'Dah transfer'],
    );
    expect(checked.slice(1)).toEqual([[], [], [], [], []]);
  });

  it('closes on a Dutch or Malay no', () => {
    for (const no of ['Alleen via de Trade Assurance order, sorry', 'Saya bayar kat Alibaba je']) {
      const checked = rulesIn(['supplier', REQUEST], ['buyer', no], ['buyer', 'overgemaakt']);
      expect(checked.slice(1), no).toEqual([[], []]);
    }
  });

  it('says nothing of the same replies when no request came before them', () => {
    const checked = rulesIn(
      ['supplier', 'De stalen zijn klaar'],
      ['buyer', 'Overgemaakt'],
      ['buyer', 'Akaun Maybank apa?'],
    );
    expect(checked).toEqual([[], [], []]);
  });
});

describe("the buyer's own doubts in Swahili", () => {
  it('is no request: "kwa nini MoneyGram?"', () => {
    const checked = rulesIn(
      ['supplier', 'Tuma pesa kwa MoneyGram kwa jina la meneja wetu'],
      ['buyer', 'Kwa nini Western Union? Siwezi kulipa kupitia Alibaba?'],
    );
    expect(checked[1]).toEqual([]);
  });
});

describe('talking elsewhere, carried on in Swahili, Dutch and Malay', () => {
  it('flags "added", "I will message you" and leaves "let us talk here" alone', () => {
    const checked = rulesIn(
      ['supplier', 'add me on WhatsApp +86 139 0000 1111'],
      ['buyer', 'Nimekuongeza'],
      ['buyer', 'Ik heb je toegevoegd'],
      ['buyer', 'Ok dah add'],
      ['buyer', 'Sina WhatsApp, tuongee hapa'],
      ['buyer', 'Nimekuongeza'],
    );
    expect(checked.slice(1)).toEqual([[CONTACT], [CONTACT], [CONTACT], [], []]);
  });
});

describe('a look-alike link, carried on in Malay and Dutch', () => {
  const LINK_REQUEST = 'Sila bayar di sini: https://alibaba-secure.pay-my.co/order/5521';

  it("flags the card, the TAC and the code given, and leaves the buyer's doubt alone", () => {
    const checked = rulesIn(
      ['supplier', LINK_REQUEST],
      ['buyer', 'Dah isi nombor kad, sekarang dia minta TAC'],
      ['buyer', 'TAC 552190'],
      ['buyer', 'Kaartgegevens ingevuld'],
    );
    expect(checked[0]).toContain(LINK);
    expect(checked[1]).toContain(LINK);
    expect(checked[2]).toContain(LINK);
    expect(checked[3]).toContain(LINK);
  });

  it('leaves "is it really fine?" alone', () => {
    const checked = rulesIn(
      ['supplier', LINK_REQUEST],
      ['buyer', 'Inauliza namba ya kadi. Ni salama kweli?'],
    );
    expect(checked[1]).toEqual([]);
  });
});
