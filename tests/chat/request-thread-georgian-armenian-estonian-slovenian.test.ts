import { describe, expect, it } from 'vitest';
import { CONTACT, LINK, rulesIn, expectRepliesCarryOn } from './thread-chat';

// Probe 89: the threads of src/chat/request-thread.ts in Georgian, Armenian, Estonian and Slovenian
// (src/chat/thread-words-georgian-armenian-estonian-slovenian.ts and its second file).

describe('requests carried on in Georgian, Armenian, Estonian and Slovenian', () => {
  it('flags the replies to a request to pay outside the order', () => {
    expectRepliesCarryOn(
      'Sample fee please pay by Western Union to our cashier Ms. Liu, Alibaba fee is too high.',
      [
        'კარგი, რომელი ანგარიში?',
        'gadavricxe, aha kvitari',
        'Լավ, ո՞ր հաշվին',
        'Ուղարկեցի, ահա հաստատումը',
        'Hästi, mis konto see on?',
        'Saadetud 240 USD, kviitung manuses',
        'Ok, na kateri račun?',
        'Nakazal sem 240 USD, potrdilo spodaj',
      ],
    );
  });

  it('leaves alone the buyer who asks why, and closes on a turn back to the order', () => {
    const checked = rulesIn(
      ['supplier', 'Sample fee please pay by Western Union to our cashier Ms. Liu, Alibaba fee is too high.'],
      ['buyer', 'Zakaj Western Union? Zakaj ne preko Alibabe?'],
      ['buyer', 'Maksan ainult Alibaba tellimuse kaudu.'],
      ['buyer', 'Saadetud.'],
    );
    expect(checked.slice(1)).toEqual([[], [], []]);
  });

  it('flags the replies to a move to Viber, and closes on a turn back to the chat', () => {
    const checked = rulesIn(
      ['supplier', 'For the price list add my Viber +86 139 2201 4471'],
      ['buyer', 'ok, დაგამატეთ'],
      ['buyer', 'Ավելացրի, Արմենն եմ'],
      ['buyer', 'Lisasin, olen Kadri'],
      ['buyer', 'Mul pole Viberit, räägime siin.'],
      ['buyer', 'Lisasin.'],
    );
    expect(checked.slice(1)).toEqual([[CONTACT], [CONTACT], [CONTACT], [], []]);
  });

  it('flags a card given on a look-alike page, but not the buyer who asks if it is normal', () => {
    const checked = rulesIn(
      ['supplier', 'Please confirm the order here: https://alibaba-order-confirm.top/pay'],
      ['buyer', 'gverdi baratis monacemebs itxovs. es normaluria?'],
      ['buyer', 'logisin sisse, küsib kaardi andmeid'],
    );
    expect(checked.slice(1)).toEqual([[], [LINK]]);
  });

  it('keeps the Slovenian buyer who pays through the order quiet', () => {
    const checked = rulesIn(
      ['buyer', 'Lahko plačam z Revolut kartico kar na strani naročila?'],
      ['supplier', 'Yes, card payment works on the Trade Assurance order page.'],
    );
    expect(checked).toEqual([[], []]);
  });
});
