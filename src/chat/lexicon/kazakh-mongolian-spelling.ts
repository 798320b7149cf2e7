// How Kazakh and Mongolian are typed in a chat: with their own Cyrillic letters, or on a Russian keyboard that lacks
// them ("картанызга" for "картаңызға", "толбор" for "төлбөр"); and "й" loses its mark when typed without accents.

/** Each letter of the two languages beyond Russian, and "й", with the Russian letter typed in its place. */
const TYPED_AS: Record<string, string> = {
  қ: 'к',
  ғ: 'г',
  ң: 'н',
  ә: 'а',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  і: 'и',
  й: 'и',
  һ: 'х',
};

/** A word as pattern source that reads it either way ("төле" as "т[өо]ле"), each space any run of white space. */
export const typed = (word: string): string =>
  [...word]
    .map((letter) => (TYPED_AS[letter] ? `[${letter}${TYPED_AS[letter]}]` : letter === ' ' ? '\\s+' : letter))
    .join('');

/** Several words as alternatives, each read either way. */
export const typedAll = (words: readonly string[]): string => words.map(typed).join('|');

/** Words as the start of longer ones ("енгіз" of "енгізіңіз"), each read either way. */
export const typedStems = (words: readonly string[]): string => `(?:${typedAll(words)})\\p{L}*`;

/** Every way a word is written, for anchors: "төле" and "толе". */
export function spellings(...words: readonly string[]): string[] {
  return [
    ...new Set(
      words.flatMap((word) =>
        [...word].reduce<string[]>(
          (ways, letter) =>
            ways.flatMap((way) =>
              TYPED_AS[letter] ? [way + letter, way + TYPED_AS[letter]] : [way + letter],
            ),
          [''],
        ),
      ),
    ),
  ];
}

/** The marketplace's name, in Latin or Cyrillic letters. */
export const ALIBABA = '(?:alibaba|алибаба)';

/** A word's start and end in Cyrillic text: JavaScript's \b knows only ASCII letters. */
export const START = '(?<![\\p{L}])';
export const END = '(?![\\p{L}])';

/** Up to `n` words of the same clause between two others. */
export const FILLER = (n: number): string => `(?:[^\\s,.!?;:]+\\s+){0,${n}}?`;
