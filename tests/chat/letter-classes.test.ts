import { describe, expect, it } from 'vitest';
import { withLetterRanges } from '../../src/chat/lexicon/letter-classes';

const LETTER = new RegExp(`^${withLetterRanges('\\p{L}')}$`);
const WORD = new RegExp(`^${withLetterRanges('[\\p{L}\\p{N}_-]+')}$`);
const NUMBER = new RegExp(`^${withLetterRanges('\\p{N}')}$`);

/** The blocks of the scripts the ranges cover, where they must agree with Unicode's letters. */
const SCRIPT_BLOCKS: Array<[string, number, number]> = [
  ['Latin', 0x41, 0x24f],
  ['Greek', 0x386, 0x3ff],
  ['Cyrillic', 0x400, 0x52f],
  ['Hebrew', 0x5d0, 0x5ea],
  ['Arabic', 0x620, 0x64a],
  ['kana', 0x3041, 0x30ff],
  ['CJK', 0x4e00, 0x9fff],
  ['Hangul', 0xac00, 0xd7a3],
];

describe('letter classes compiled as ranges', () => {
  it.each(SCRIPT_BLOCKS)('count every letter of %s as one, and nothing else there', (_script, from, to) => {
    const disagreements: string[] = [];
    for (let code = from; code <= to; code++) {
      const char = String.fromCharCode(code);
      if (/\p{L}/u.test(char) !== LETTER.test(char)) disagreements.push(code.toString(16));
    }
    expect(disagreements).toEqual([]);
  });

  it('read words of every script the chat guard meets as words', () => {
    for (const word of [
      'héllo',
      'привіт',
      'مرحبا',
      'สวัสดีค่ะ',
      'नमस्ते',
      '안녕하세요',
      '你好',
      'こんにちは',
      'user_88',
    ])
      expect(WORD.test(word), word).toBe(true);
  });

  it('stop a word at spaces and punctuation, in any script', () => {
    for (const sign of [' ', ',', '，', '。', '！', '、', '؟', '«', '·', '×', '÷', '@', '.'])
      expect(LETTER.test(sign), sign).toBe(false);
  });

  it('count the digits of other scripts as digits', () => {
    for (const digit of ['7', '٣', '۵', '५', '๙', '３']) expect(NUMBER.test(digit), digit).toBe(true);
    expect(NUMBER.test('x')).toBe(false);
  });

  it('leave the rest of a source as it was written, escapes and classes included', () => {
    expect(withLetterRanges('\\bpay\\s+[^\\s,]+\\.\\d{2}')).toBe('\\bpay\\s+[^\\s,]+\\.\\d{2}');
    expect(withLetterRanges('[\\p{L}]').startsWith('[a-z')).toBe(true);
    expect(withLetterRanges('\\p{L}').startsWith('[a-z')).toBe(true);
  });
});
