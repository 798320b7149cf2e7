import { RegExpParser, type AST } from '@eslint-community/regexpp';
import { COPY_BREAK } from '../../src/chat/lexicon/code-size';
import type { Cue } from '../../src/chat/lexicon/cue';

/**
 * Whether every match of the cue's pattern holds one of its anchors, read
 * from the pattern's structure rather than from sample texts: a branch of an
 * alternation whose words hold no anchor is never tried by the detector (the
 * anchor scan skips it), a miss no test sentence may reveal. Returns the
 * branches that can match without an anchor, as pattern source; empty when
 * the cue is sound. Conservative: a branch proven only by combining literal
 * runs across groups is reported, to be written more plainly.
 *
 * A branch holds an anchor when one of its runs of characters does, however
 * its classes are matched (`\d+h` holds one of "0h"…"9h"; a `\s` or `\s+` is
 * the one space the anchor scan reads any run of white space as; an optional
 * character is matched both with and without it), or when one
 * of its required parts (a group or a repeated group) holds one in every
 * branch of its own.
 */
export function branchesWithoutAnchor(cue: Cue): string[] {
  if (!cue.anchors) return [];
  // Read as written: the copy breaks the cue compiler adds are not the lexicon's.
  const source = cue.pattern.source.replaceAll(COPY_BREAK, '');
  const pattern = new RegExpParser().parsePattern(source, 0, source.length, {
    unicode: cue.pattern.flags.includes('u'),
  });
  const anchors = cue.anchors;
  return pattern.alternatives.filter((branch) => !holds(branch, anchors)).map((branch) => branch.raw);
}

function holds(branch: AST.Alternative, anchors: readonly string[]): boolean {
  // What the characters matched so far may be: one string per way (a digit is ten ways).
  let run: string[] = [''];
  const append = (chars: readonly string[]) => {
    run = run.flatMap((text) => chars.map((char) => text + char));
    if (run.length > MAX_WAYS) run = [''];
  };
  const runHolds = () => run.every((text) => anchors.some((anchor) => text.includes(anchor)));
  for (const element of branch.elements) {
    const chars = charsOf(element) ?? (isSpaceRun(element) ? [' '] : null);
    if (chars !== null) {
      append(chars);
      if (runHolds()) return true;
      continue;
    }
    // An optional character (`s?`, `\s?`, `[-.]?`) is one more way: with it, and without.
    const maybe =
      element.type === 'Quantifier' && element.min === 0 && element.max === 1
        ? charsOf(element.element)
        : null;
    if (maybe !== null) {
      append(['', ...maybe]);
      if (runHolds()) return true;
      continue;
    }
    // Zero-width assertions (\b, ^, $) add no characters: the run goes on across them.
    if (element.type === 'Assertion' && ['word', 'start', 'end'].includes(element.kind)) continue;
    if (required(element) && groupHolds(element, anchors)) return true;
    // A required repeat of characters (p+, \d+) puts one of them here at least once, and last.
    const repeated = element.type === 'Quantifier' && element.min >= 1 ? charsOf(element.element) : null;
    if (repeated !== null) {
      append(repeated);
      if (runHolds()) return true;
      run = [...repeated];
    } else run = [''];
  }
  return false;
}

/** Past this many ways, a run is given up (a class of many letters): the check stays conservative. */
const MAX_WAYS = 256;
const DIGITS = [...'0123456789'];

/** `\s+`: any run of white space, which the anchor scan reads as one space. */
function isSpaceRun(element: AST.Node): boolean {
  return (
    element.type === 'Quantifier' &&
    element.min >= 1 &&
    element.max === Infinity &&
    element.element.type === 'CharacterSet' &&
    element.element.kind === 'space' &&
    !element.element.negate
  );
}

/**
 * The characters an element matches one of, when they are few: a letter, a
 * digit (`\d`), a small class; a `\s` reads as a space. Null otherwise.
 */
function charsOf(element: AST.Node): string[] | null {
  if (element.type === 'Character') return [String.fromCodePoint(element.value)];
  if (element.type === 'CharacterSet') {
    if (element.kind === 'space' && !element.negate) return [' '];
    if (element.kind === 'digit' && !element.negate) return DIGITS;
    return null;
  }
  if (element.type !== 'CharacterClass' || element.negate) return null;
  const chars: string[] = [];
  for (const part of element.elements) {
    if (part.type === 'CharacterClassRange' && part.max.value - part.min.value < 16) {
      for (let code = part.min.value; code <= part.max.value; code++) chars.push(String.fromCodePoint(code));
      continue;
    }
    const inner = part.type === 'CharacterClassRange' ? null : charsOf(part);
    if (inner === null) return null;
    chars.push(...inner);
  }
  return chars.length > 0 ? chars : null;
}

function required(element: AST.Element): boolean {
  return element.type !== 'Quantifier' || element.min >= 1;
}

/** A group (or a required repeat of one) whose every branch holds an anchor. */
function groupHolds(element: AST.Element, anchors: readonly string[]): boolean {
  const inner = element.type === 'Quantifier' ? element.element : element;
  if (inner.type !== 'Group' && inner.type !== 'CapturingGroup') return false;
  return inner.alternatives.every((branch) => holds(branch, anchors));
}
