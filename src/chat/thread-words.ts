// How the threads' reply patterns are written in many languages (src/chat/request-thread.ts).

/**
 * Whole words in any script (JavaScript's \b knows only ASCII letters: "pagué", "оплатил"; and a Hindi word's vowel
 * signs are marks, not letters: "भेज" is not a word of "भेजा"), one string of alternatives
 * per language, with what may not follow them (`notFollowedBy`, a lookahead); then the phrases of scripts written
 * without spaces (Chinese), which need no edges.
 */
export function wordsOrPhrases(
  words: readonly string[],
  phrases: readonly string[] = [],
  notFollowedBy = '',
): RegExp {
  const edged = `(?<![\\p{L}\\p{M}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{M}\\p{N}])${notFollowedBy}`;
  return new RegExp([edged, ...phrases].join('|'), 'u');
}
