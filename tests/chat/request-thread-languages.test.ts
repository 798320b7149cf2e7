import { describe, expect, it } from 'vitest';
import { checkConversation } from '../../src/chat/conversation';
import type { ChatSender } from '../../src/signals/chat';
import { PAY, chat, rulesOf } from './thread-chat';

// The threads of src/chat/request-thread.ts in the chat's other languages, the thread of a suspicious link, and paying
// settled after the talk moved elsewhere.

describe('a request to pay outside the order, carried on in other languages', () => {
  const requests: Array<[string, string, string[]]> = [
    [
      'es',
      'por favor no pagar por Alibaba esta vez, pague directo a mi cuenta',
      ['ok, ¿a qué cuenta?', 'la misma de antes', 'listo, ya transferí 850'],
    ],
    [
      'pt',
      'desta vez paga direto na conta pessoal do gerente, sem taxa',
      ['pra qual conta?', 'manda o IBAN', 'fiz o pix, segue o comprovante'],
    ],
    [
      'fr',
      'pour éviter les frais, payez directement sur mon compte personnel',
      ['sur quel compte ?', "c'est fait, voici le reçu"],
    ],
    [
      'it',
      'pagate con bonifico sul conto personale del titolare, niente Alibaba',
      ['stesso conto di prima?', 'ho fatto il bonifico'],
    ],
    [
      'ru',
      'оплатите напрямую на личную карту менеджера, без комиссии алибабы',
      ['куда переводить?', 'оплатил, вот чек'],
    ],
    ['zh', '这次不走信保，直接打到老板私人账户', ['好的，账号多少', '已转，回单发你']],
  ];
  for (const [language, request, replies] of requests) {
    it(`flags the replies in ${language}`, () => {
      const checked = checkConversation(
        chat(['supplier', request], ...replies.map((r) => ['buyer', r] as [ChatSender, string])),
      );
      expect(rulesOf(checked)[0]).toContain(PAY);
      for (const [i, reply] of replies.entries()) expect(rulesOf(checked)[i + 1], reply).toEqual([PAY]);
    });
  }

  it('stops at a turn back to the order, and leaves a doubt or the order named alone', () => {
    const checked = checkConversation(
      chat(
        ['supplier', 'mejor pago directo a la cuenta de mi hermana, más barato'],
        ['buyer', '¿a una persona? ¿es seguro?'],
        ['buyer', 'Mas eu já paguei o CIF na ordem, inclusive o frete.'],
        ['buyer', 'no, solo pago por Alibaba'],
        ['buyer', 'ya transferí'],
      ),
    );
    expect(rulesOf(checked).slice(1)).toEqual([[], [], [], []]);
  });

  it('leaves things paid or done that are no payment alone', () => {
    const checked = checkConversation(
      chat(
        ['supplier', 'pay the freight to our forwarder account directly, not in the order'],
        ['buyer', "That's strange, CIF freight is already in the price I paid."],
        ['supplier', 'insurance done, we ship tomorrow'],
        ['buyer', 'No fee was ever needed for the last container.'],
        ['buyer', 'Paguei a amostra.'],
      ),
    );
    expect(rulesOf(checked).slice(1)).toEqual([[], [], [], []]);
  });
});

describe('paying settled after the talk moved elsewhere', () => {
  it('flags the account pointed at or asked about, not the talk itself', () => {
    const checked = checkConversation(
      chat(
        ['supplier', 'oi Rafael! fala comigo no Telegram que aqui está lento'],
        ['buyer', 'beleza, já te chamei lá'],
        ['buyer', 'pago na mesma conta da última vez?'],
        ['supplier', '对，还是上次那个账户'],
      ),
    );
    expect(rulesOf(checked)).toEqual([['off-platform-contact'], ['off-platform-contact'], [PAY], [PAY]]);
  });

  it('is not opened without a move', () => {
    const checked = checkConversation(chat(['buyer', 'pago na mesma conta da última vez?']));
    expect(rulesOf(checked)).toEqual([[]]);
  });
});

describe('a request to talk elsewhere, carried on in other languages', () => {
  it('flags "te agregué", "je vous ajoute", "добавил вас", "加你了" after a move, and stops at "seguimos aquí"', () => {
    const checked = checkConversation(
      chat(
        ['supplier', 'escríbeme al WhatsApp +86 138 0013 8000, ahí te paso el precio'],
        ['buyer', 'ya te agregué'],
        ['buyer', 'je vous ajoute'],
        ['buyer', 'добавил вас'],
        ['buyer', '加你了'],
        ['buyer', 'mejor seguimos aquí'],
        ['buyer', 'te escribí'],
      ),
    );
    expect(rulesOf(checked).slice(1)).toEqual([
      ['off-platform-contact'],
      ['off-platform-contact'],
      ['off-platform-contact'],
      ['off-platform-contact'],
      [],
      [],
    ]);
  });
});

describe('a suspicious link, carried on', () => {
  it('flags a login, a card, a code or a payment given on it, from either side', () => {
    const checked = checkConversation(
      chat(
        ['supplier', 'pay the balance here: https://alibaba-secure-pay.com/order/8812'],
        ['buyer', 'the page asks for my alibaba password'],
        ['supplier', 'yes normal, enter your login and the code we send by SMS'],
        ['buyer', 'ya metí la tarjeta'],
        ['buyer', 'el código es 448120'],
        ['buyer', '我输完了，付了60美金'],
      ),
    );
    expect(rulesOf(checked)[0]).toContain('suspicious-link');
    for (const rules of rulesOf(checked).slice(1)) expect(rules).toContain('suspicious-link');
    expect(checked[3]!.findings[0]!.message).toBe(
      'Suspicious link: a reply about the link sent earlier in this chat (logging in, a card, a code or paying there)',
    );
    expect(checked[3]!.findings[0]!.advice).toMatch(
      /^Don't type anything more into that page\. .*call your bank/,
    );
  });

  it('flags a PIN asked for, and paying on the site', () => {
    const checked = checkConversation(
      chat(
        ['supplier', 'pay the DO charges at msc-india-release.com before arrival'],
        ['buyer', 'The site asks for my UPI PIN. Is that right?'],
        ['supplier', "Pay by card on the site, it's MSC official."],
      ),
    );
    expect(rulesOf(checked).slice(1)).toEqual([['suspicious-link'], ['suspicious-link']]);
  });

  it('leaves the buyer who sees through it alone, and a payment in the order', () => {
    const checked = checkConversation(
      chat(
        ['supplier', 'pay the customs fee at dhl-parcel-release.com today'],
        ['buyer', 'nope, not entering my password anywhere but alibaba.com'],
        ['buyer', 'My bank just called, they blocked the card payment as fraud.'],
        ['buyer', 'I paid VAT at checkout on Alibaba.'],
        ['buyer', 'Ce site-là n’est pas alibaba.com. Je ne mettrai jamais mon mot de passe là.'],
      ),
    );
    expect(rulesOf(checked).slice(1)).toEqual([[], [], [], []]);
  });

  it('finds nothing in the same replies when no link was sent', () => {
    const checked = checkConversation(
      chat(
        ['supplier', 'please check the drawing'],
        ['buyer', 'ok I entered my card in the alibaba order'],
        ['buyer', 'the code is on the carton'],
      ),
    );
    expect(rulesOf(checked)).toEqual([[], [], []]);
  });
});
