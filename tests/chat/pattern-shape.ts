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

/**
 * Places where `\\b` stands right before a letter outside ASCII, itself or as
 * the first letter of a group's branch ("\\b(?:auf|über)"), or right after
 * one ("plătiți\\b", "(?:auf|über)\\b"). A regex's `\\b` knows only ASCII word
 * characters, so there it never matches between a space and "ü": the branch
 * is dead. `(?<![\\p{L}])` before the word, `(?![\\p{L}])` after it, do the job.
 */
export function boundariesBesideOtherLetters(pattern: RegExp): string[] {
  const parsed = new RegExpParser().parsePattern(pattern.source, 0, pattern.source.length, {
    unicode: pattern.flags.includes('u'),
  });
  const found: string[] = [];
  const visit = (alternatives: readonly Alternative[]): void => {
    for (const branch of alternatives)
      branch.elements.forEach((element, index) => {
        const next = branch.elements[index + 1];
        const previous = branch.elements[index - 1];
        if (element.type === 'Assertion' && element.kind === 'word' && !element.negate) {
          if (next && opensWithOtherLetter(next)) found.push(`${element.raw}${next.raw}`.slice(0, 60));
          if (previous && closesWithOtherLetter(previous))
            found.push(`${previous.raw}${element.raw}`.slice(-60));
        }
        if ('alternatives' in element) visit(element.alternatives);
      });
  };
  visit(parsed.alternatives);
  return found;
}

/** The same at an element's end: a letter outside ASCII, or a class or a group's branch ending with one. */
function closesWithOtherLetter(element: Alternative['elements'][number]): boolean {
  if (element.type === 'Group' || element.type === 'CapturingGroup')
    return element.alternatives.some((branch) => {
      const last = branch.elements[branch.elements.length - 1];
      return last !== undefined && closesWithOtherLetter(last);
    });
  return (element.type === 'Character' || element.type === 'CharacterClass') && opensWithOtherLetter(element);
}

function opensWithOtherLetter(element: Alternative['elements'][number]): boolean {
  if (element.type === 'Character')
    return element.value > 127 && /\p{L}/u.test(String.fromCodePoint(element.value));
  // A class with such a letter in it ("[üu]berweis"): the boundary fails whenever that letter is the one typed.
  if (element.type === 'CharacterClass')
    return (
      !element.negate &&
      element.elements.some((member) => member.type === 'Character' && opensWithOtherLetter(member))
    );
  if (element.type === 'Group' || element.type === 'CapturingGroup')
    return element.alternatives.some(
      (branch) => branch.elements[0] !== undefined && opensWithOtherLetter(branch.elements[0]),
    );
  return false;
}
