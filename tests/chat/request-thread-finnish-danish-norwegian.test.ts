import { describe, expect, it } from 'vitest';
import { CONTACT, LINK, PAY, rulesIn, expectRepliesCarryOn } from './thread-chat';

// Probe 86: the threads of src/chat/request-thread.ts in Finnish, Danish and Norwegian
// (src/chat/thread-words-finnish-danish-norwegian.ts and its -2 file).

describe('requests carried on in Finnish', () => {
  const request = 'Jos maksatte suoraan myyntipäällikön henkilökohtaiselle tilille, ei Alibaban palkkiota.';

  it('flags the replies to a request to pay outside the order, typed with accents or without', () => {
    const replies = [
      'Ok, mille tilille?',
      'Kenen nimiin laitan?',
      'Lähetin, kuitti liitteenä.',
      'maksettu 1 870 USD, kuvakaappaus tassa',
      'Teen siirron huomenna aamulla OP:sta.',
      'laitan sen wisella',
    ];
    expectRepliesCarryOn(request, replies);
  });

  it('reads the supplier vouching for it and pointing at the account, and leaves the doubts and the order alone', () => {
    const checked = rulesIn(
      ['supplier', request],
      ['supplier', 'Täysin turvallinen, sama omistaja.'],
      ['supplier', 'Jatkossa kaikki erät tälle tilille.'],
      ['buyer', 'Miksi henkilökohtainen tili? Onko se turvallista?'],
      ['buyer', 'Maksoin tilaussivulla kortilla.'],
    );
    expect(checked.slice(1)).toEqual([[PAY], [PAY], [], []]);
  });

  it('closes on a turn back to the order', () => {
    const checked = rulesIn(
      ['supplier', request],
      ['buyer', 'Maksan vain Alibaban kautta.'],
      ['buyer', 'Lähetin.'],
    );
    expect(checked.slice(1)).toEqual([[], []]);
  });

  it('flags the replies to a move to Telegram, and closes on a turn back to the chat', () => {
    const checked = rulesIn(
      ['supplier', 'Jatketaan Telegramissa @kaiyuan_lamps, saat hinnaston sieltä.'],
      ['buyer', 'Laitoin viestiä Telegramiin, olen Jussi Oulusta.'],
      ['supplier', 'Vastasin sinne, katso hinnasto.'],
      ['buyer', 'Jutellaan mieluummin täällä Alibabassa.'],
      ['buyer', 'Laitoin viestiä.'],
    );
    expect(checked.slice(1)).toEqual([[CONTACT], [CONTACT], [], []]);
  });

  it('flags the replies to a look-alike payment page, and leaves a refusal alone', () => {
    const checked = rulesIn(
      ['supplier', 'Vahvistakaa tilaus täällä: https://alibaba-order-confirm.net/pay?id=73310'],
      ['buyer', 'Syötin tunnukset, nyt se kysyy kortin numeroa.'],
      ['buyer', 'En syötä korttia, osoite ei ole alibaba.com.'],
    );
    expect(checked[1]).toEqual([LINK]);
    expect(checked[2]).toEqual([]);
  });
});

describe('requests carried on in Danish', () => {
  const request = 'Betal depositummet til vores agent i Odense med MobilePay, så slipper I Alibaba-gebyret.';

  it('flags the replies to a request to pay outside the order, typed with æ, ø, å or without', () => {
    const replies = [
      'Fint. Hvilket nummer?',
      'Hvor meget skal jeg sende?',
      'Overført fra Nordea, kvittering vedhæftet.',
      'sendt 620 kr paa MobilePay',
      'Jeg beder regnskab overføre i morgen.',
    ];
    expectRepliesCarryOn(request, replies);
  });

  it('reads the supplier pointing at the account, and leaves the doubts and the order alone', () => {
    const checked = rulesIn(
      ['supplier', request],
      ['supplier', 'Ja, til denne konto. Alle vores kunder betaler sådan.'],
      ['buyer', 'Hvorfor en agent? Er det sikkert?'],
      ['buyer', 'Betalt med kort på ordresiden.'],
    );
    expect(checked.slice(1)).toEqual([[PAY], [], []]);
  });

  it('closes on a turn back to the order', () => {
    const checked = rulesIn(
      ['supplier', request],
      ['buyer', 'Vi betaler kun gennem Trade Assurance.'],
      ['buyer', 'Sendt.'],
    );
    expect(checked.slice(1)).toEqual([[], []]);
  });

  it('flags the replies to a move to WhatsApp, and closes on a turn back to the chat', () => {
    const checked = rulesIn(
      ['supplier', 'Skriv til mig på WhatsApp +86 139 2210 4478, så sender jeg farvekortet der.'],
      ['buyer', 'Har skrevet til dig på WhatsApp, det er Mette fra Vejle.'],
      ['buyer', 'Send kontooplysninger på WhatsApp så.'],
      ['buyer', 'Vi fortsætter her på Alibaba.'],
      ['buyer', 'Har skrevet til dig.'],
    );
    expect(checked.slice(1)).toEqual([[CONTACT], [CONTACT], [], []]);
  });

  it('leaves a buyer who sees through the look-alike page alone', () => {
    const checked = rulesIn(
      ['supplier', 'Bekræft ordren her: https://alibaba-secure-checkout.top/confirm/55102'],
      ['buyer', 'Har logget ind og tastet kortet ind.'],
      ['buyer', 'Det er ikke Alibaba. Jeg ringer til banken og spærrer kortet.'],
    );
    expect(checked[1]).toEqual([LINK]);
    expect(checked[2]).toEqual([]);
  });
});

describe('requests carried on in Norwegian', () => {
  const request =
    'Kontoen vår i Kina er sperret. Betal til vår nye konto i Dubai, IBAN AE07 0331 2345 6789 0123 456.';

  it('flags the replies to a request to pay outside the order, typed with æ, ø, å or without', () => {
    const replies = [
      'Ok, hvilket navn skal stå på?',
      'Sendt til kontoen nå, 4.200 USD fra DNB.',
      'SWIFT-kopi vedlagt.',
      'Vippset 3000 kr naa, resten i morgen.',
      'Kan jeg kjøpe USDT og sende dit?',
    ];
    expectRepliesCarryOn(request, replies);
  });

  it('reads the supplier vouching for it, and leaves the doubts and the order alone', () => {
    const checked = rulesIn(
      ['supplier', request],
      ['supplier', 'Ja, samme eier, søsterselskap.'],
      ['buyer', 'Hvorfor Dubai? Er det virkelig dere?'],
      ['buyer', 'Vi betaler bare via ordren.'],
      ['buyer', 'Sendt.'],
    );
    expect(checked.slice(1)).toEqual([[PAY], [], [], []]);
  });

  it('flags the replies to a move to Telegram, and closes on a turn back to the chat', () => {
    const checked = rulesIn(
      ['supplier', 'Legg meg til på Telegram @haiyun_marine, så sender jeg prislisten.'],
      ['buyer', 'Har lagt deg til, jeg heter Ole.'],
      ['supplier', 'Ser deg, snakkes der.'],
      ['buyer', 'Vi har ikke Telegram, vi skriver her på Alibaba.'],
      ['buyer', 'Har lagt deg til.'],
    );
    expect(checked.slice(1)).toEqual([[CONTACT], [CONTACT], [], []]);
  });
});
