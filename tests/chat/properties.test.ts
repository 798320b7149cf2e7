import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectMessage } from '../../src/chat/detect';
import { normaliseChatText } from '../../src/chat/normalise';

// Text with the characters scams and parsers trip on: look-alikes, invisible marks, digits, CJK, symbols.
const tricky = fc.string({
  unit: fc.constantFrom(
    ...'aeiouwstnrl 0134579@$|.-_:/()[]'.split(''),
    'а',
    'е',
    'о',
    '\u200b',
    '\u200c',
    'ｗ',
    '微',
    '信',
    '账',
    '户',
    '+',
    '\n',
  ),
  maxLength: 200,
});
const phrases = fc
  .array(
    fc.constantFrom(
      'western union',
      'pay',
      'our new account',
      'whatsapp',
      '+86 138 0000 1111',
      'bit.ly/x',
      'within 2 hours',
      'never',
      'account no: 6222 0000 1111 2222',
      '私人账户',
      ', ',
      '. ',
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(' '));

describe('chat detector properties', () => {
  it('never throws, on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), tricky, phrases), (text) => {
        detectMessage(text);
      }),
      { numRuns: 2_000 },
    );
  });

  it("quotes evidence that is a substring of the message's normalised text", () => {
    fc.assert(
      fc.property(fc.oneof(tricky, phrases), (text) => {
        const normalised = normaliseChatText(text).text;
        for (const finding of detectMessage(text)) expect(normalised).toContain(finding.evidence);
      }),
      { numRuns: 2_000 },
    );
  });

  it('keeps the letters view the same length as the text, so matches sit at the same place', () => {
    fc.assert(
      fc.property(fc.oneof(tricky, phrases, fc.string()), (text) => {
        const { text: normalised, letters } = normaliseChatText(text);
        expect(letters).toHaveLength(normalised.length);
      }),
      { numRuns: 2_000 },
    );
  });
});
