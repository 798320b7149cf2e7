import { describe, expect, it } from 'vitest';
import { inMessageWith, inSentenceWith } from '../../src/chat/lexicon/cue';

// The helpers put "and these words nearby" after a cue's own words. Words given as alternatives were once
// spliced in bare, so only the first alternative was looked for at a distance (the others had to stand
// right after the cue's words): PAY_WORDS and the losses of the deadline cues lost most of their reach.
describe('inMessageWith', () => {
  const today = new RegExp(`today${inMessageWith('price up|other buyer', 40)}`);

  it.each([
    ['only today, tomorrow price up', true],
    ['only today, then it goes to the other buyer', true],
    ['the other buyer pays today', true],
    ['we ship today', false],
    [`today${' and so on'.repeat(10)}, other buyer`, false],
  ])('%s → %s', (text, found) => {
    expect(today.test(text)).toBe(found);
  });
});

describe('inSentenceWith', () => {
  const today = new RegExp(`today${inSentenceWith('price up|other buyer', 40)}`);

  it.each([
    ['today, or it goes to the other buyer', true],
    ['the other buyer pays today', true],
    ['we ship today. The other buyer is in Spain', false],
  ])('%s → %s', (text, found) => {
    expect(today.test(text)).toBe(found);
  });
});
