import { describe, expect, it } from 'vitest';
import { CONTACT, rulesIn, expectRepliesCarryOn } from './thread-chat';

// Probe 87: the threads of src/chat/request-thread.ts in Gujarati, Marathi, Punjabi and Telugu, in their scripts and in
// Latin letters (src/chat/thread-words-gujarati-marathi-punjabi-telugu.ts and its second file).

const request =
  'Sir Alibaba fee is high, please pay 40% advance direct to our director personal account, 3% discount.';

describe('requests carried on in Gujarati and Marathi', () => {
  it('flags the replies that send the money or ask where', () => {
    expectRepliesCarryOn(request, [
      'સારું, ખાતાની વિગતો મોકલો',
      'આજે સાંજે HDFC માંથી TT કરી દઉં છું',
      'paisa mokli didha, slip mokalu chu',
      'director cha account pathva',
      'SBI मधून RTGS केला, UTR पाठवतो',
      'कुणाला द्यायचे? Pune मध्ये कोणी आहे का',
    ]);
  });

  it('leaves the order and the doubts alone, and closes on a turn back to the order', () => {
    const checked = rulesIn(
      ['supplier', request],
      ['buyer', 'director nu account kem? aa safe che?'],
      ['buyer', 'ફક્ત Alibaba order માં જ ભરીશ'],
      ['buyer', 'paisa mokli didha'],
    );
    expect(checked.slice(1)).toEqual([[], [], []]);
  });
});

describe('requests carried on in Punjabi and Telugu', () => {
  it('flags the replies that send the money or ask where', () => {
    expectRepliesCarryOn(request, [
      'ਠੀਕ ਆ, ਕਿਹੜਾ bank? details ਭੇਜੋ',
      'ਪੈਸੇ ਭੇਜ ਦਿੱਤੇ ਜੀ, ਪਰਚੀ ਦੀ ਫੋਟੋ ਭੇਜਦਾ',
      'Canara ton wire kar ditta 2,400 USD',
      'సరే, account details పంపండి',
      'డబ్బు పంపాను, UTR screenshot పెడుతున్నా',
      'repu NEFT chestanu sir',
    ]);
  });

  it('closes on a turn back to the order', () => {
    const checked = rulesIn(
      ['supplier', request],
      ['buyer', 'వద్దు sir, Alibaba order లోనే కడతాను'],
      ['buyer', 'డబ్బు పంపాను'],
    );
    expect(checked.slice(1)).toEqual([[], []]);
  });
});

describe('talk moved to an app, in the four languages', () => {
  it('flags the replies written there', () => {
    const checked = rulesIn(
      ['supplier', 'Please add my WeChat: rongda_mike88, I send the video there.'],
      ['buyer', 'WeChat par add karya, Bhavesh from Rajkot'],
      ['buyer', 'WeChat var message kela'],
      ['buyer', 'WeChat te add kar leya ji'],
      ['buyer', 'WeChat లో add చేశాను'],
    );
    expect(checked.slice(1)).toEqual([[CONTACT], [CONTACT], [CONTACT], [CONTACT]]);
  });
});

describe('a message the buyer checks with the supplier', () => {
  it('is no request of the buyer’s own', () => {
    const checked = rulesIn(
      ['buyer', 'kale WhatsApp par ek msg aavyo, navu bank account mokalyu. e saachu che?'],
      ['buyer', 'ఒక number నుంచి PhonePe లో advance పంపమన్నారు. అది మీదేనా?'],
      ['buyer', 'kal mail aala, account badalle mhanun. te tumhich pathavla ka?'],
    );
    expect(checked).toEqual([[], [], []]);
  });
  it('still flags the new account told in the same words without the question', () => {
    expect(rulesIn(['supplier', 'Sir navu bank account ma bharo, juna ma nahi'])[0]).toContain(
      'payment-details-change',
    );
  });
});
