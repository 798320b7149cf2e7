import { RegExpParser } from '@eslint-community/regexpp';
import type { Alternative } from '@eslint-community/regexpp/ast';

/**
 * Branches of the cue's pattern that open with a positive lookbehind
 * ("(?<=pay…)not via"). The regex engine can't skip ahead to such a branch's
 * words: it looks behind at every place of every message the cue runs on, and
 * one such branch (reaching back 60 characters) cut the detector from
 * 100,000 to 68,000 messages a second. The words go first; a condition on what
 * comes before goes after them, or into the cue's options. Branches inside a
 * group that opens the pattern count too ("\\b(?:scam|(?<=é )golpe)" made the
 * refusal check try every place of a sentence).
 */
export function branchesOpeningWithLookbehind(pattern: RegExp): string[] {
  const parsed = new RegExpParser().parsePattern(pattern.source, 0, pattern.source.length, {
    unicode: pattern.flags.includes('u'),
  });
  return parsed.alternatives.flatMap(opening);
}

/** The branch itself if it opens by looking behind; else those of a group it opens with (after any `\\b`). */
function opening(branch: Alternative): string[] {
  const first = branch.elements.find((element) => !(element.type === 'Assertion' && element.kind === 'word'));
  if (first?.type === 'Assertion' && first.kind === 'lookbehind' && !first.negate) return [branch.raw];
  if (first?.type === 'Group' || first?.type === 'CapturingGroup') return first.alternatives.flatMap(opening);
  return [];
}
