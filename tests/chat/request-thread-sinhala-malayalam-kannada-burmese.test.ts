import { describe, expect, it } from 'vitest';
import { CONTACT, rulesIn, expectRepliesCarryOn } from './thread-chat';

// Probe 88: the threads of src/chat/request-thread.ts in Sinhala, Malayalam and Kannada (in their scripts and in Latin
// letters) and Burmese (src/chat/thread-words-sinhala-malayalam-kannada-burmese.ts and its second file).

const request =
  'Sir Alibaba fee is high, please pay the 40% advance direct to our director personal account, 3% discount.';

describe('requests carried on in Sinhala, Malayalam and Kannada', () => {
  it('flags the replies that send the money or ask where', () => {
    expectRepliesCarryOn(request, [
      'හරි, හෙට BOC එකෙන් transfer කරන්නම්',
      'ok boss, mona account ekatada?',
      'ശരി, നാളെ Federal Bank-ൽ നിന്ന് NEFT ചെയ്യാം',
      'sheri, innu vaikunneram ayakkam',
      'ಸರಿ, SWIFT code ಕಳಿಸಿ',
      'ನಾಳೆ Canara ಇಂದ T/T ಮಾಡ್ತೀನಿ',
    ]);
  });

  it('leaves the doubts alone, and closes on a turn back to the order', () => {
    const checked = rulesIn(
      ['supplier', request],
      ['buyer', 'director ge personal account ge yake? adu safe alva?'],
      ['buyer', 'ಬೇಡ, Alibaba order ಮೂಲಕ ಮಾತ್ರ'],
      ['buyer', 'T/T ಮಾಡ್ತೀನಿ'],
    );
    expect(checked.slice(1)).toEqual([[], [], []]);
  });
});

describe('requests carried on in Burmese', () => {
  it('flags the replies that send the money or ask where', () => {
    expectRepliesCarryOn(request, ['ဟုတ်ကဲ့၊ ဘယ် account လဲ', 'KBZ ကနေ ငွေလွှဲပြီးပြီ', 'mahnet phyan ngway pay mal']);
  });

  it('closes on a turn back to the order', () => {
    const checked = rulesIn(
      ['supplier', request],
      ['buyer', 'Trade Assurance နဲ့ပဲ ပေးမယ်'],
      ['buyer', 'ငွေလွှဲပြီးပြီ'],
    );
    expect(checked.slice(1)).toEqual([[], []]);
  });
});

describe('talk moved to an app, in the four languages', () => {
  it('flags the replies written there', () => {
    const checked = rulesIn(
      ['supplier', 'Please add my WhatsApp +86 137 2240 9981, I send the video there.'],
      ['buyer', 'WhatsApp eke add kala, Ruwan'],
      ['buyer', 'WhatsApp-il message ayachittund'],
      ['buyer', 'WhatsApp alli message madide'],
      ['buyer', 'WhatsApp မှာ message ပို့ထားတယ်'],
    );
    expect(checked.slice(1)).toEqual([[CONTACT], [CONTACT], [CONTACT], [CONTACT]]);
  });
});

describe('a message the buyer checks with the supplier', () => {
  it('is no request of the buyer’s own', () => {
    const checked = rulesIn(
      ['buyer', 'Courier eka mehema UPI ID ekak denawada? ingane tharumo?'],
      ['buyer', 'USDT-o? enikku athu ariyilla'],
      ['buyer', 'Facebook မှာ တစ်ယောက်က ရှင်တို့ company လို့ပြောပြီး WavePay နဲ့ ပို့ခိုင်းတယ်'],
    );
    expect(checked).toEqual([[], [], []]);
  });
});
