import { describe, expect, it } from 'vitest';
import { CONTACT, PAY, rulesIn, expectRepliesCarryOn } from './thread-chat';

// Probe 87: the threads of src/chat/request-thread.ts in Somali, Hausa, Bulgarian and Slovak
// (src/chat/thread-words-somali-hausa-bulgarian-slovak.ts and its second file).

describe('requests carried on in Somali, Hausa, Bulgarian and Slovak', () => {
  it('flags the replies to a request to pay outside the order', () => {
    expectRepliesCarryOn('Please pay deposit by Western Union to our cashier Mr. Liu, it is faster.', [
      'Ok magaca iyo lambarka ii soo dir',
      'Waan diray, risiidka waa kan.',
      'Ka turo account din',
      'Na tura 30% daga Zenith, ga screenshot',
      // Hausa "yake" (is) is not Kannada "yake" (why): "my friend will bring the money tomorrow. Where is the agent?".
      'Abokina zai kai kudin gobe. Ina agent din yake?',
      'Пратете ми данните, моля',
      'Преведох от Fibank, ето платежното.',
      'Pratih 1450 evro, eto screenshot',
      'Pošli IBAN',
      'Poslané 2 300 EUR, potvrdenie v prílohe.',
    ]);
  });

  it('leaves alone the buyer who names the order or asks why, and closes on a turn back to the order', () => {
    const checked = rulesIn(
      ['supplier', 'Please pay deposit by Western Union to our cashier Mr. Liu, it is faster.'],
      ['buyer', 'Защо Western Union? Не е ли по-добре през Alibaba?'],
      ['buyer', 'Zaplatím len cez Alibabu.'],
      ['buyer', 'Poslané.'],
    );
    expect(checked.slice(1)).toEqual([[], [], []]);
  });

  it('flags the replies to a move to WhatsApp, and closes on a turn back to the chat', () => {
    const checked = rulesIn(
      ['supplier', 'For more photos add my WhatsApp +86 139 2255 7788'],
      ['buyer', 'WhatsApp-ka kugu daray, halkaas igala hadal'],
      ['buyer', 'Na yi adding dinka a WhatsApp'],
      ['buyer', 'Писах ви във Viber.'],
      ['buyer', 'Napísal som vám na WhatsApp.'],
      ['buyer', 'Предпочитам тук, да остане записано.'],
      ['buyer', 'Pridal som si vás.'],
    );
    expect(checked.slice(1)).toEqual([[CONTACT], [CONTACT], [CONTACT], [CONTACT], [], []]);
  });

  it('reads the supplier vouching for it in the English the chats mix in', () => {
    const checked = rulesIn(
      ['supplier', 'Sample fee pay M-Pesa to our agent 0722 614 398, Alibaba fee too high.'],
      ['supplier', 'He is very trusted, many Somali customer use him.'],
      ['supplier', 'Balance also pay him before shipment ok'],
    );
    expect(checked.slice(1)).toEqual([[PAY], [PAY]]);
  });
});
