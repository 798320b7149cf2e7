import { describe, expect, it } from 'vitest';
import { normaliseChatText } from '../../src/chat/normalise';

describe('normaliseChatText', () => {
  it.each([
    ['W h a t s A p p me', 'whatsapp me'],
    ['u.s.d.t payment', 'usdt payment'],
    ['W 4 T S 4 P P 138 0012', 'w4ts4pp 138 0012'], // a digit for a letter between spaced letters
    ['a 1 b 2 c, size S M L 3 4', 'a 1 b 2 c, size sml 3 4'], // not digits in a list
    ['Тelegram: @shop', 'telegram: @shop'], // Cyrillic Т
    ['ｗｅｃｈａｔ： ｍｕｇ０１', 'wechat: mug01'], // full width
    ['Tele\u200cgram', 'telegram'], // zero-width non-joiner
    ['lily(at)yahoo(dot)com', 'lily@yahoo.com'],
    ['susan at hxpcb dot com', 'susan@hxpcb.com'],
    ['hxxps://evil[.]com/pay', 'https://evil.com/pay'],
    ['微 信：abc', '微信:abc'],
    ['It’s   fine', "it's fine"],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseChatText(raw).text).toBe(expected);
  });

  it('reads digits for letters inside words, but leaves numbers, wallets and handles alone', () => {
    expect(normaliseChatText('W3stern Uni0n, m0neygram, crypt0').letters).toBe(
      'western union, moneygram, crypto',
    );
    expect(normaliseChatText('P@yPal').letters).toBe('paypal');
    const numbers = 'a/c 6222 0000 1111, 0x7a3b91c04de5f2, @bike_sam, erc20';
    expect(normaliseChatText(numbers).letters).toBe(numbers);
    // A number that ends a handle stays a number; a single digit there may still be a letter.
    expect(normaliseChatText('id anna77, kevin2024, crypt0').letters).toBe('id anna77, kevin2024, crypto');
    // Digits among digits written as words are digits.
    expect(normaliseChatText('+86 one5nine 22').letters).toBe('+86 one5nine 22');
  });

  it('keeps Thai and Lao words with the vowel "am" as written (NFKC would split it in two)', () => {
    expect(normaliseChatText('กรุณาชำระมัดจำ').letters).toBe('กรุณาชำระมัดจำ');
    expect(normaliseChatText('ຈຳນວນ').letters).toBe('ຈຳນວນ');
    expect(normaliseChatText('ｗｅｃｈａｔ ชำระ').letters).toBe('wechat ชำระ');
  });

  it('reads a Greek question mark (";" or U+037E after a Greek word) as "?", and leaves other semicolons alone', () => {
    expect(normaliseChatText('Γιατί σε προσωπικό λογαριασμό;').text).toBe('γιατί σε προσωπικό λογαριασμό?');
    expect(normaliseChatText('Ισχύει\u037e').text).toBe('ισχύει?');
    expect(normaliseChatText('MOQ 500; lead time 20 days').text).toBe('moq 500; lead time 20 days');
    expect(normaliseChatText('Цена 5 $; срок 20 дней').text).toBe('цена 5 $; срок 20 дней');
  });

  it('reads Arabic-Indic and Persian digits as 0–9, and drops emoji set between digit groups', () => {
    expect(normaliseChatText('واتساب ٠١٠١٢٣٤٥٦٧٨').text).toBe('واتساب 01012345678');
    expect(normaliseChatText('شماره من ۰۹۱۲۳۴۵۶۷۸۹').text).toBe('شماره من 09123456789');
    expect(normaliseChatText('+86 138 🔥 0012 🔥 7788').text).toBe('+86 138 0012 7788');
    expect(normaliseChatText('5 ⭐ rating').text).toBe('5 ⭐ rating');
  });

  it('reads Traditional Chinese as Simplified in `letters`, quoting it as written, and leaves Japanese alone', () => {
    const hongKong = normaliseChatText('請改匯到我們新的公司帳戶，帳號如下');
    expect(hongKong.letters).toBe('请改汇到我们新的公司账户,账号如下');
    expect(hongKong.text).toBe('請改匯到我們新的公司帳戶,帳號如下');
    const japanese = 'お支払いは個人口座へお願いします';
    expect(normaliseChatText(japanese).letters).toBe(japanese);
  });

  it("keeps a web or e-mail address's host as written: a Cyrillic letter there makes it another site", () => {
    const written =
      'W\u0435st\u0435rn Union, pay at https://\u0430libaba.com/p\u0430y or write to sales@\u0430libaba.com';
    expect(normaliseChatText(written).text).toBe(
      'western union, pay at https://\u0430libaba.com/pay or write to sales@\u0430libaba.com',
    );
    expect(normaliseChatText('visit \u0430libaba.com now').text).toBe('visit \u0430libaba.com now');
  });

  it('leaves Russian words in Cyrillic (only Latin words lose their look-alikes)', () => {
    expect(normaliseChatText('Можно оплатить').text).toBe('можно оплатить');
  });
});
