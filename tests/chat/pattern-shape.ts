import { RegExpParser } from '@eslint-community/regexpp';
import type { Cue } from '../../src/chat/lexicon/cue';

/**
 * Branches of the cue's pattern that open with a positive lookbehind
 * ("(?<=pay…)not via"). The regex engine can't skip ahead to such a branch's
 * words: it looks behind at every place of every message the cue runs on, and
 * one such branch (reaching back 60 characters) cut the detector from
 * 100,000 to 68,000 messages a second. The words go first; a condition on what
 * comes before goes after them, or into the cue's options.
 */
export function branchesOpeningWithLookbehind(cue: Cue): string[] {
  const pattern = new RegExpParser().parsePattern(cue.pattern.source, 0, cue.pattern.source.length, {
    unicode: cue.pattern.flags.includes('u'),
  });
  return pattern.alternatives
    .filter((branch) => {
      const first = branch.elements[0];
      return first?.type === 'Assertion' && first.kind === 'lookbehind' && !first.negate;
    })
    .map((branch) => branch.raw);
}
