import { describe, expect, it } from 'vitest';
import { highlight } from '../../src/ui/highlight';

const marked = (text: string, evidence: string[]) =>
  highlight(text, evidence)
    .segments.filter((s) => s.marked)
    .map((s) => s.text);

describe('highlight', () => {
  it('marks evidence in the text as written, whatever its case, every time it appears', () => {
    const text = 'Pay by Western Union. WESTERN UNION is faster.';
    expect(marked(text, ['western union'])).toEqual(['Western Union', 'WESTERN UNION']);
    expect(
      highlight(text, ['western union'])
        .segments.map((s) => s.text)
        .join(''),
    ).toBe(text);
  });

  it('finds disguised evidence: spaced letters, zero-width characters, dots', () => {
    expect(marked('add me on W h a t s A p p now', ['whatsapp'])).toEqual(['W h a t s A p p']);
    expect(marked('pay to West\u200Bern Union', ['western union'])).toEqual(['West\u200Bern Union']);
    expect(marked('send U.S.D.T only', ['usdt'])).toEqual(['U.S.D.T']);
    expect(marked('加我 ｗｅｃｈａｔ： ｍｕｇ01', ['wechat: mug01'])).toEqual(['ｗｅｃｈａｔ： ｍｕｇ01']);
    expect(marked('微 信：led_88，欢迎', ['微信:led_88'])).toEqual(['微 信：led_88']);
  });

  it('finds Thai evidence whose vowel "am" the detector kept whole', () => {
    expect(marked('เราจะดำเนินคดีกับบริษัทของคุณ', ['ดำเนินคดี'])).toEqual(['ดำเนินคดี']);
  });

  it('gives each placed evidence as the text writes it', () => {
    const { asWritten } = highlight('Pay by WESTERN  Union or W h a t s A p p', [
      'western union',
      'whatsapp',
    ]);
    expect(Object.fromEntries(asWritten)).toEqual({
      'western union': 'WESTERN  Union',
      whatsapp: 'W h a t s A p p',
    });
  });

  it('merges overlapping evidence into one mark', () => {
    expect(marked('my personal account please', ['personal account', 'account please'])).toEqual([
      'personal account please',
    ]);
  });

  it('lists evidence it cannot place instead of marking something else', () => {
    const result = highlight('pay with ВТС now', ['btc']);
    expect(result.segments).toEqual([{ text: 'pay with ВТС now', marked: false }]);
    expect(result.unplaced).toEqual(['btc']);
  });

  it('treats evidence as text, not as a pattern', () => {
    expect(marked('visit bit.ly/x or bitxly/x', ['bit.ly/x'])).toEqual(['bit.ly/x']);
    expect(marked('price (USD) is 1.2', ['(usd)'])).toEqual(['(USD)']);
    expect(marked('a-b', ['a-b'])).toEqual(['a-b']);
  });

  it('keeps astral characters whole and marks Chinese evidence', () => {
    expect(marked('请打到私人账户 🙂 谢谢', ['私人账户'])).toEqual(['私人账户']);
  });

  it('returns the text as one plain run when there is no evidence', () => {
    expect(highlight('hello', []).segments).toEqual([{ text: 'hello', marked: false }]);
    expect(highlight('', ['x']).segments).toEqual([]);
  });
});
