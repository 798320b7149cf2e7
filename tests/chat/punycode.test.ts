import { domainToUnicode } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLabel, hostToUnicode } from '../../src/chat/punycode';

describe('hostToUnicode', () => {
  it.each([
    ['xn--libaba-2nf.com', '\u0430libaba.com'],
    ['www.xn--alibab-7ya.com', `www.${domainToUnicode('xn--alibab-7ya.com')}`],
    ['xn--fiq228c.com', '中文.com'],
    ['xn--e1afmkfd.xn--p1ai', 'пример.рф'],
    ['alibaba.com', 'alibaba.com'],
  ])('%s → %s', (host, expected) => {
    expect(hostToUnicode(host)).toBe(expected);
  });

  it('keeps a label that is not valid Punycode as written', () => {
    expect(hostToUnicode('xn--!!.com')).toBe('xn--!!.com');
    expect(decodeLabel('zzzzzzzzzzzzzzz')).toBeNull();
  });

  it("agrees with Node's own decoder on hosts made from any letters", () => {
    const label = fc.string({
      unit: fc.constantFrom(...'abcxyz019-аеорсхαο中文ü'),
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(label, (letters) => {
        const host = `${letters.replace(/^-+|-+$/g, '') || 'a'}.com`;
        const ascii = new URL(`http://${host}`).hostname;
        expect(hostToUnicode(ascii)).toBe(domainToUnicode(ascii));
      }),
    );
  });
});
