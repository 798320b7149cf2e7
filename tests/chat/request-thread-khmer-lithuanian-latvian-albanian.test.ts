import { describe, expect, it } from 'vitest';
import { CONTACT, LINK, rulesIn, expectRepliesCarryOn } from './thread-chat';

// Probe 88: the threads of src/chat/request-thread.ts in Khmer, Lithuanian, Latvian and Albanian
// (src/chat/thread-words-khmer-lithuanian-latvian-albanian.ts and its second file).

describe('requests carried on in Khmer, Lithuanian, Latvian and Albanian', () => {
  it('flags the replies to a request to pay outside the order', () => {
    expectRepliesCarryOn(
      'Deposit please pay by MoneyGram to our cashier Ms. Tang, Alibaba fee is too high.',
      [
        'ok បង ផ្ញើលេខគណនីមក',
        'ផ្ទេរហើយ នេះ screenshot',
        'Gerai, atsiųskite duomenis',
        'Pervedžiau 1 280 EUR, prisegu kvitą',
        'Labi, sūtiet rekvizītus',
        'Pārskaitīts, pielikumā maksājuma uzdevums.',
        'Mirë, më jep emrin dhe qytetin',
        'E dërgova, ja konfirmimi',
      ],
    );
  });

  it('leaves alone the buyer who asks why, and closes on a turn back to the order', () => {
    const checked = rulesIn(
      ['supplier', 'Deposit please pay by MoneyGram to our cashier Ms. Tang, Alibaba fee is too high.'],
      ['buyer', 'Kodėl MoneyGram? Kodėl ne per Alibaba?'],
      ['buyer', 'Maksāsim tikai caur Alibaba pasūtījumu.'],
      ['buyer', 'Pārskaitīts.'],
    );
    expect(checked.slice(1)).toEqual([[], [], []]);
  });

  it('flags the replies to a move to Telegram, and closes on a turn back to the chat', () => {
    const checked = rulesIn(
      ['supplier', 'For the price list add my Telegram @mira_textile_gz'],
      ['buyer', 'ok add ហើយ'],
      ['buyer', 'Parašiau jums.'],
      ['buyer', 'Pievienoju, esmu Kristaps'],
      ['buyer', 'Të shtova, jam Blerta'],
      ['buyer', 'Man nav Telegram, runāsim šeit.'],
      ['buyer', 'Të shkrova.'],
    );
    expect(checked.slice(1)).toEqual([[CONTACT], [CONTACT], [CONTACT], [CONTACT], [], []]);
  });

  it('reads a Khmer "if not paid" as a condition, not a turn back to the order', () => {
    const checked = rulesIn(
      ['supplier', 'Please confirm the order here: https://alibaba-order-confirm.top/pay 🔒'],
      ['supplier', 'ទំនិញត្រូវរង់ចាំ ណាបង បើមិនបង់ថ្ងៃនេះ'],
      ['buyer', 'ok ខ្ញុំ login ហើយ'],
    );
    expect(checked[2]).toEqual([LINK]);
  });

  it('reads the refusal of the page in Albanian', () => {
    const checked = rulesIn(
      ['supplier', 'Verify your buyer account here: https://alibaba.account-check.top/login'],
      ['buyer', 'Nuk po e dërgoj kodin, ky link nuk është alibaba.com'],
    );
    expect(checked[1]).toEqual([]);
  });

  it('keeps the Lithuanian buyer who pays through the order quiet', () => {
    const checked = rulesIn(
      ['buyer', 'Ar galiu mokėti Revolut kortele tiesiai per Alibaba užsakymą?'],
      ['supplier', 'Yes, card payment works on the Trade Assurance order page.'],
    );
    expect(checked).toEqual([[], []]);
  });
});
