import { matchesOf } from './matches';

// Sentences as the refusal checks and the rules read them: a window around a match, cut at sentence ends.

/**
 * A sentence ends at . ! ? ; or a line break, or at the stops of other scripts (Amharic ።, Devanagari । and ॥, Arabic
 * and Urdu ؟ and ۔, Burmese ။, Khmer ។, Armenian ։), not inside an address or number ("…/x?id=5", "3.5") nor after
 * "Mr" or "tel".
 */
const SENTENCE_END =
  /[!?;](?![\w=&/%-])|[。！？；\n።।॥؟۔။។։]|(?<!\b(?:mr|mrs|ms|dr|tel|mob))(?<!тел)\.(?=\s|$)/g;

/**
 * How far either side of the words a sentence is read. Text that runs on further without a stop (a pasted list, one
 * line repeated) is no longer one sentence; reading it whole for every match grew with the square of its length.
 */
export const SENTENCE_REACH = 400;

/** The sentence around `index`, at most SENTENCE_REACH characters each way, cut at a space rather than inside a word. */
export function sentenceAround(text: string, index: number): { start: number; text: string } {
  const from = Math.max(0, index - SENTENCE_REACH);
  const to = Math.min(text.length, index + SENTENCE_REACH);
  let start = from === 0 ? 0 : afterSpace(text, from, index);
  let end = to === text.length ? to : beforeSpace(text, to, index);
  // One character past the window, so a full stop at its edge still sees what follows it.
  const window = text.slice(from, Math.min(text.length, to + 1));
  for (const match of matchesOf(SENTENCE_END, window)) {
    const at = from + match.index;
    if (at >= to) break;
    if (at < index) start = at + 1;
    else {
      end = at;
      break;
    }
  }
  return { start, text: text.slice(start, end) };
}

/** Just after the first white space from `from` on (not past `limit`); `from` itself when there is none. */
function afterSpace(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (/\s/.test(text[i]!)) return i + 1;
  return from;
}

/** At the last white space before `to` (not before `limit`); `to` itself when there is none. */
function beforeSpace(text: string, to: number, limit: number): number {
  for (let i = to - 1; i > limit; i--) if (/\s/.test(text[i]!)) return i;
  return to;
}
