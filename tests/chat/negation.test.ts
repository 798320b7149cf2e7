import { describe, expect, it } from 'vitest';
import { isInstructionRefused, isRefused } from '../../src/chat/negation';

/** Where `words` start in `text` (lower case, as the detector reads it). */
function at(text: string, words: string): [string, number] {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in "${text}"`);
  return [text, start];
}

describe('refusals', () => {
  it.each([
    ['we never accept western union', 'western union', true],
    ['we do not accept moneygram, crypto or gift cards', 'gift cards', true],
    ['no time for samples, pay by western union', 'western union', false],
    ['please pay by western union', 'western union', false],
    ['beware of anyone asking for western union', 'western union', true],
  ])('"%s": "%s" refused is %s', (text, words, refused) => {
    expect(isRefused(...at(text, words))).toBe(refused);
  });

  it('reaches back over an empty clause for a list item, not for an instruction', () => {
    const text = 'our account cannot receive payments anymore, use the attached';
    expect(isRefused(...at(text, 'use the attached'))).toBe(true);
    expect(isInstructionRefused(...at(text, 'use the attached'))).toBe(false);
  });

  it('refuses an instruction said no to in its own clause', () => {
    expect(isInstructionRefused(...at('please do not pay to this account', 'pay'))).toBe(true);
    expect(isInstructionRefused(...at('careful, this is a scam: pay here', 'pay'))).toBe(true);
  });
});
