/**
 * `\p{L}` and `\p{N}` in a cue's source, written as the ranges of the
 * scripts buyers and suppliers write in. V8 compiles each `\p{L}` into some
 * 8 KB of machine code (a search over the hundreds of ranges Unicode gives
 * letters), and a cue may hold dozens. Once an isolate holds about 16 MB of
 * machine code, V8 compiles further patterns unoptimised: with the whole
 * detector loaded, 56 of its 183 cue patterns ran at least 1.8 times slower
 * than the same pattern compiled alone (44 with these ranges). A few ranges
 * cost a few compares.
 *
 * The ranges are the Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic,
 * Indic and Thai, Georgian, Hangul, kana and CJK blocks, where they agree
 * with Unicode's letters, except that the Indic and Thai vowel signs count
 * as letters here, which joins a word rather than splitting it.
 */
const LETTER_RANGES = ranges([
  [0x61, 0x7a],
  [0x41, 0x5a],
  [0xaa, 0xaa],
  [0xb5, 0xb5],
  [0xba, 0xba],
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0x2af],
  [0x370, 0x373],
  [0x376, 0x37d],
  [0x386, 0x386],
  [0x388, 0x38a],
  [0x38c, 0x38c],
  [0x38e, 0x3a1],
  [0x3a3, 0x3f5],
  [0x3f7, 0x3ff],
  [0x400, 0x481],
  [0x48a, 0x52f],
  [0x531, 0x587],
  [0x5d0, 0x5ea],
  [0x620, 0x64a],
  [0x66e, 0x6d3],
  [0x6fa, 0x6fc],
  [0x900, 0x963],
  [0x971, 0xe4f],
  [0xe5a, 0xeff],
  [0x10a0, 0x10ff],
  [0x1100, 0x11ff],
  [0x1e00, 0x1fbc],
  [0x1fc2, 0x1fcc],
  [0x1fd0, 0x1fdb],
  [0x1fe0, 0x1fec],
  [0x1ff2, 0x1ffc],
  [0x3041, 0x3096],
  [0x309d, 0x309f],
  [0x30a1, 0x30fa],
  [0x30fc, 0x30ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xff21, 0xff3a],
  [0xff41, 0xff5a],
  [0xff66, 0xff9f],
]);
/** Digits: ASCII, superscript and fractions, Arabic-Indic, Devanagari, Thai, full-width, circled. */
const NUMBER_RANGES = ranges([
  [0x30, 0x39],
  [0xb2, 0xb3],
  [0xb9, 0xb9],
  [0xbc, 0xbe],
  [0x660, 0x669],
  [0x6f0, 0x6f9],
  [0x966, 0x96f],
  [0xe50, 0xe59],
  [0x2460, 0x249b],
  [0x3007, 0x3007],
  [0xff10, 0xff19],
]);

/**
 * A class body of the ranges, as the characters themselves: a pattern's source past 20,000 characters is
 * compiled unoptimised whatever its size, and a `\u` escape takes six.
 */
function ranges(pairs: ReadonlyArray<readonly [number, number]>): string {
  return pairs
    .map(([from, to]) =>
      from === to ? String.fromCharCode(from) : `${String.fromCharCode(from)}-${String.fromCharCode(to)}`,
    )
    .join('');
}

/** The source with every `\p{L}` and `\p{N}` as ranges, in a class or as one. */
export function withLetterRanges(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === '\\') {
      const escape = source.slice(i, i + 5);
      const ranges = escape === '\\p{L}' ? LETTER_RANGES : escape === '\\p{N}' ? NUMBER_RANGES : null;
      if (ranges) {
        out += inClass ? ranges : `[${ranges}]`;
        i += 4;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    out += char;
  }
  return out;
}
