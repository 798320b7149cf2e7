import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/signals/parse/clean-text';

describe('cleanText', () => {
  it.each([
    ['  Min. order:\n  2   pieces ', 'Min. order: 2 pieces'],
    ['Nordic <strong>Fabric</strong> Multi Size <strong>Sofa</strong>', 'Nordic Fabric Multi Size Sofa'],
    ['Modern <strong>Sofa</strong>s', 'Modern Sofas'],
    ['Custom Men&amp;#39;s Pullover', "Custom Men's Pullover"],
    ['Service &amp; quality control', 'Service & quality control'],
    ['Tom &amp;amp; Jerry', 'Tom & Jerry'],
    ['&quot;Best&quot; &lt;sofa&gt;', '"Best" <sofa>'],
    ['it&#39;s &#x27;quoted&#x27;', "it's 'quoted'"],
    ['a&nbsp;b\u00a0c', 'a b c'],
    ["<img src='https://sc01.alicdn.com/kf/x.png'></img><span> </span>Living Room Sofa", 'Living Room Sofa'],
    ['line<br>break', 'line break'],
    ['<div>one</div><div>two</div>', 'one two'],
    ['<!-- note -->text', 'text'],
    ['<15%', '<15%'],
    ['<=24h', '<=24h'],
    ['1 < 2 and 3 > 2', '1 < 2 and 3 > 2'],
    ['&lt;b&gt;kept as text&lt;/b&gt;', '<b>kept as text</b>'],
    ['zero\u200bwidth\ufeff', 'zerowidth'],
    ['&#99999999; &#55296; &bogus;', '&#99999999; &#55296; &bogus;'],
    ['&#128512;', '😀'],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  it.each([null, undefined])('%s -> empty string', (input) => {
    expect(cleanText(input)).toBe('');
  });

  it('turns a JSON number into its text and rejects other runtime types', () => {
    expect(cleanText(6 as unknown as string)).toBe('6');
    expect(cleanText(Number.NaN as unknown as string)).toBe('');
    expect(cleanText({} as unknown as string)).toBe('');
  });
});
