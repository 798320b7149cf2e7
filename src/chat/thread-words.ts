import type { ThreadLanguagePack } from './thread-language-packs';

// How the threads' reply patterns are written in many languages (src/chat/request-thread.ts).

/** Words written with spaces (edged as whole words), and phrases of scripts written without them (Japanese, Thai). */
export interface ReplyWords {
  words: readonly string[];
  phrases?: readonly string[];
}

/**
 * Whole words in any script (JavaScript's \b knows only ASCII letters: "pagué", "оплатил"; and a Hindi word's vowel
 * signs are marks, not letters: "भेज" is not a word of "भेजा"), one string of alternatives
 * per language, with what may not follow them (`notFollowedBy`, a lookahead); then the phrases of scripts written
 * without spaces (Chinese), which need no edges. With neither, a pattern that never matches.
 */
export function wordsOrPhrases(
  words: readonly string[],
  phrases: readonly string[] = [],
  notFollowedBy = '',
): RegExp {
  const edged =
    words.length > 0
      ? [`(?<![\\p{L}\\p{M}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{M}\\p{N}])${notFollowedBy}`]
      : [];
  const alternatives = [...edged, ...phrases];
  return new RegExp(alternatives.length > 0 ? alternatives.join('|') : '(?!)', 'u');
}

/** One kind of reply's words from several languages' lists, joined. */
export function joinedWords(lists: readonly ReplyWords[]): Required<ReplyWords> {
  return {
    words: lists.flatMap((list) => list.words),
    phrases: lists.flatMap((list) => list.phrases ?? []),
  };
}

/** A pack written as plain lists, one per kind of reply. */
export type ReplyLists = Record<keyof ThreadLanguagePack, readonly string[]>;

/** A pack from its lists of whole words and, for the scripts written without spaces, of phrases. */
export function packOfLists(words: ReplyLists, phrases?: ReplyLists): ThreadLanguagePack {
  const kinds = Object.keys(words) as Array<keyof ThreadLanguagePack>;
  return Object.fromEntries(
    kinds.map((kind) => [kind, { words: words[kind], phrases: phrases?.[kind] ?? [] }]),
  ) as Record<keyof ThreadLanguagePack, ReplyWords>;
}
