import { describe, expect, it } from 'vitest';
import { CONTACT, LINK, PAY, rulesIn, expectRepliesCarryOn } from './thread-chat';

// Probe 85: the threads of src/chat/request-thread.ts in Czech, Hungarian and Swedish
// (src/chat/thread-words-czech-hungarian.ts and thread-words-swedish.ts).

describe('requests carried on in Czech', () => {
  const request = 'Zálohu pošlete přímo na náš účet, ušetříte poplatek Alibaby.';

  it('flags the replies to a request to pay outside the order, typed with accents or without', () => {
    const replies = [
      'Kolik přesně mám poslat?',
      'Dobre, jaky ucet?',
      'Posláno z Fio, tady je potvrzení.',
      'Odeslano z CSOB, v priloze potvrzeni o platbe.',
      'Pošlu to tam zítra.',
    ];
    expectRepliesCarryOn(request, replies);
  });

  it('reads the supplier vouching for it and pointing at the account, and leaves the doubts and the order alone', () => {
    const checked = rulesIn(
      ['supplier', request],
      ['supplier', 'Je to naše rodina, žádný problém. Pošlete na ten účet co jsem poslal.'],
      ['supplier', 'Ano, správně.'],
      ['buyer', 'Proč na účet manželky? Je to bezpečné?'],
      ['buyer', 'Zaplatil jsem v objednávce na Alibabě.'],
    );
    expect(checked.slice(1)).toEqual([[PAY], [PAY], [], []]);
  });

  it('closes on a turn back to the order', () => {
    const checked = rulesIn(
      ['supplier', request],
      ['buyer', 'Platím jen přes Alibabu.'],
      ['buyer', 'Posláno.'],
    );
    expect(checked.slice(1)).toEqual([[], []]);
  });

  it('flags the replies to a move to WeChat, and closes on a turn back to the chat', () => {
    const checked = rulesIn(
      ['supplier', 'Přidejte si mě na WeChat: speedway_lucy88, katalog pošlu tam.'],
      ['buyer', 'Přidal jsem vás, jsem Petr z Ostravy.'],
      ['supplier', 'Vidím vás, pište tam.'],
      ['buyer', 'Poslal jsem vám i mail na ten 163.'],
      ['buyer', 'Zůstaňme tady na Alibabě.'],
      ['buyer', 'Přidal jsem vás.'],
    );
    expect(checked.slice(1)).toEqual([[CONTACT], [CONTACT], [CONTACT], [], []]);
  });

  it('flags the replies to a look-alike login page', () => {
    const checked = rulesIn(
      ['supplier', 'Ověřte svůj účet přes tento odkaz: http://alibaba-verify-buyer.com/login?id=55817'],
      ['supplier', 'Je to nová ověřovací stránka. Přihlaste se e-mailem a heslem.'],
      ['buyer', 'Přihlásil jsem se, kód je 306 914.'],
    );
    expect(checked[1]).toEqual([LINK]);
    expect(checked[2]).toContain(LINK);
  });
});

describe('requests carried on in Hungarian', () => {
  const request = 'Az Alibaba díj elkerülésére az előleget a sales managerünk személyes számlájára kérjük.';

  it('flags the replies to a request to pay outside the order, typed with accents or without', () => {
    const replies = [
      'Jo, mennyi az eloleg pontosan?',
      'Melyik számla?',
      'Akkor a DBS számlára utalok?',
      'Elutaltam az OTP-ből, csatolom a bizonylatot.',
      'Elkuldtem, itt a screenshot.',
      '2 448 USD',
    ];
    expectRepliesCarryOn(request, replies);
  });

  it('reads the supplier vouching for it, and leaves the doubts and the order alone', () => {
    const checked = rulesIn(
      ['supplier', request],
      ['supplier', 'Ugyanaz a cég, nyugodtan utaljon arra.'],
      ['supplier', 'Igen, arra.'],
      ['buyer', 'Miért magánszámla? Biztonságos?'],
      ['buyer', 'Kifizettem a rendelésen.'],
    );
    expect(checked.slice(1)).toEqual([[PAY], [PAY], [], []]);
  });

  it('flags the replies to a move to Telegram, and closes on a turn back to the chat', () => {
    const checked = rulesIn(
      ['supplier', 'Az Alibabán lassú a chat, írj Telegramon: @ironfit_kevin.'],
      ['buyer', 'Bejelöltelek Telegramon, Péter vagyok.'],
      ['supplier', 'Látlak, ott küldöm az árlistát.'],
      ['buyer', 'Maradjunk itt az Alibabán.'],
      ['buyer', 'Írtam neked.'],
    );
    expect(checked.slice(1)).toEqual([[CONTACT], [CONTACT], [], []]);
  });

  it('flags the replies to a shortened payment link', () => {
    const checked = rulesIn(
      ['supplier', 'A Trade Assurance fizetés most ezen a linken megy: https://bit.ly/ta-pay-5850'],
      ['buyer', 'Megadtam a kártyát, a kód 557 203.'],
    );
    expect(checked[1]).toContain(LINK);
  });
});

describe('requests carried on in Swedish', () => {
  const request =
    'För att slippa Alibabas avgift, betala handpenningen till vår försäljningschefs brors konto.';

  it('flags the replies to a request to pay outside the order, typed with accents or without', () => {
    const replies = [
      'Hur mycket är handpenningen exakt?',
      'Okej, vilket konto?',
      'Skickat från SEB, här är kvittot.',
      'Overfort 2 804 USD idag.',
      '2 804 USD',
    ];
    expectRepliesCarryOn(request, replies);
  });

  it('reads the supplier vouching for it, and leaves the doubts and the order alone', () => {
    const checked = rulesIn(
      ['supplier', request],
      ['supplier', 'Han är familj, ingen fara. Samma konto som jag skickade.'],
      ['supplier', 'Nej, skriv fakturanummer CM-2406-118.'],
      ['buyer', 'Varför hans brors konto? Är det säkert?'],
      ['buyer', 'Vi betalar bara via Alibaba.'],
      ['buyer', 'Skickat.'],
    );
    expect(checked.slice(1)).toEqual([[PAY], [PAY], [], [], []]);
  });

  it('flags the replies to a move to WhatsApp, and closes on a turn back to the chat', () => {
    const checked = rulesIn(
      ['supplier', 'Skriv till mig på WhatsApp +86 186 5791 3320, där skickar jag katalogen.'],
      ['buyer', 'Har lagt till dig på WhatsApp, jag heter Sara.'],
      ['supplier', 'Ser dig, vi pratar där.'],
      ['buyer', 'Vi fortsätter här på Alibaba.'],
      ['buyer', 'Skickade ett mejl till din gmail.'],
    );
    expect(checked.slice(1)).toEqual([[CONTACT], [CONTACT], [], []]);
  });

  it('flags the replies to a program sent as a download', () => {
    const checked = rulesIn(
      ['supplier', 'Ladda ner här: http://greenbox-docs.top/PI_20000.zip . Öppna PI.exe för att se priset.'],
      ['supplier', 'Det är vårt nya system. Kör filen och logga in.'],
      ['buyer', 'Körde den och loggade in.'],
    );
    expect(checked[1]).toEqual([LINK]);
    expect(checked[2]).toEqual([LINK]);
  });
});
