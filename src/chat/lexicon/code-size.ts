/** A lookahead that always holds: it matches nothing and stops V8 copying what follows it. */
export const COPY_BREAK = '(?=)';

/** A quantifier right after a group: `?`, `*`, `+`, `{2}`, `{0,3}`, each maybe lazy. */
const QUANTIFIER = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/;

/**
 * A cue's source with COPY_BREAK after every group that more of its branch
 * follows. It matches the same texts, with much less machine code.
 *
 * Why: V8 writes the rest of a pattern out again for each way into it (up
 * to ten times): after `(?:has\s+|was\s+|will\s+be\s+)?` every alternative
 * gets its own copy of all that follows, and nested groups multiply that.
 * Once an isolate holds about 16 MB of machine code V8 compiles further
 * patterns unoptimised, several times slower, and the detector's cues came
 * to about 24 MB. What follows a lookahead is written once. Loops (`\s+`)
 * are left alone: a break after each of them made the detector slower.
 */
export function withCopyBreaks(source: string): string {
  let out = '';
  let inClass = false;
  /** For each open group, whether it is a lookaround: what follows one is written once already. */
  const lookarounds: boolean[] = [];
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === '\\') {
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    out += char;
    if (inClass) {
      if (char === ']') inClass = false;
    } else if (char === '[') inClass = true;
    else if (char === '(') lookarounds.push(/^\?<?[=!]/.test(source.slice(i + 1, i + 4)));
    else if (char === ')') {
      const lookaround = lookarounds.pop();
      const quantifier = QUANTIFIER.exec(source.slice(i + 1, i + 16))?.[0] ?? '';
      out += quantifier;
      i += quantifier.length;
      const next = source[i + 1];
      if (!lookaround && next !== undefined && next !== '|' && next !== ')') out += COPY_BREAK;
    }
  }
  return out;
}
