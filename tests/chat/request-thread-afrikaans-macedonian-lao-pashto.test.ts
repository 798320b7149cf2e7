import { describe, expect, it } from 'vitest';
import { CONTACT, LINK, PAY, rulesIn, expectRepliesCarryOn } from './thread-chat';

// Probe 89: the threads of src/chat/request-thread.ts in Afrikaans, Macedonian, Lao and Pashto
// (src/chat/thread-words-afrikaans-macedonian-lao-pashto.ts and its second file).

describe('requests carried on in Afrikaans, Macedonian, Lao and Pashto', () => {
  it('flags the replies to a request to pay outside the order', () => {
    expectRepliesCarryOn(
      'For the balance please send by Western Union to our cashier Mr. Lu, Alibaba fee too high.',
      [
        'Reg so, watter rekening?',
        'Klaar gestuur, hier is die POP',
        'Ek sal na die Capitec tak gaan na werk.',
        'Добро, на кое име?',
        'Uplativ, ke ti ja pratam uplatnicata',
        'ໂອເຄ ສົ່ງເລກບັນຊີມາ',
        'ໂອນແລ້ວ ນີ້ສະລິບ',
        'نوم او ښار راکړه',
        'حواله مې وکړه، رسید به در ولیږم',
      ],
    );
  });

  it('leaves alone the buyer who asks why, and closes on a turn back to the order', () => {
    const checked = rulesIn(
      [
        'supplier',
        'For the balance please send by Western Union to our cashier Mr. Lu, Alibaba fee too high.',
      ],
      ['buyer', 'Hoekom Western Union? Is dit veilig?'],
      ['buyer', 'Ke platime samo na smetkata sto ja pokazuva Alibaba.'],
      ['buyer', 'Uplateno.'],
    );
    expect(checked.slice(1)).toEqual([[], [], []]);
  });

  it('flags the replies to a move to IMO, and closes on a turn back to the chat', () => {
    const checked = rulesIn(
      ['supplier', 'For the video of the machine add my IMO +86 139 2211 4470'],
      ['buyer', 'ok, jou ge-add, dis Pieter van Paarl'],
      ['buyer', 'Те додадов, Бојан сум'],
      ['buyer', 'ແອັດແລ້ວເດີ້'],
      ['buyer', 'add me krey wrora'],
      ['buyer', 'Немам Viber, да разговараме тука.'],
      ['buyer', 'Te dodadov.'],
    );
    expect(checked.slice(1)).toEqual([[CONTACT], [CONTACT], [CONTACT], [CONTACT], [], []]);
  });

  it('leaves alone the buyer who asks whether the page is right', () => {
    const checked = rulesIn(
      ['supplier', 'Please pay on this secure page: https://alibaba-paycheck.top/order/5521'],
      ['buyer', 'Die bladsy vra my wagwoord, is dit reg?'],
      ['buyer', 'دا پاڼه زما پاسورډ غواړي، ولې؟'],
    );
    expect(checked.slice(1)).toEqual([[], []]);
  });

  it('flags the password given on the page', () => {
    const checked = rulesIn(
      ['supplier', 'Please pay on this secure page: https://alibaba-paycheck.top/order/5521'],
      ['buyer', 'Ок, ја внесов лозинката'],
    );
    expect(checked[1]).toEqual([LINK]);
  });

  it('keeps the Pashto buyer who only asks quiet', () => {
    const checked = rulesIn(
      ['supplier', 'Customs needs a release fee, send it by M-Paisa to our agent 0799 100 200.'],
      ['buyer', 'ګمرک کله د M-Paisa له لارې یو شخص ته پیسې اخلي؟'],
    );
    expect(checked[0]).toContain(PAY);
    expect(checked[1]).toEqual([]);
  });
});
