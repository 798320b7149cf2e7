import { compatibilityForm } from './compatibility-form';
import { hasLookAlike, latinSkeleton } from './look-alike-letters';
import { BARE_DOMAIN_TLDS } from './lexicon/domains';
import { simplifiedChinese } from './traditional-chinese';
import { undoWrittenOutAddresses } from './written-out-addresses';

/**
 * Chat text as the detector reads it. Scammers disguise the words filters
 * look for: look-alike letters from other scripts, zero-width characters,
 * spaced-out letters ("w h a t s a p p"), digits for letters ("W3stern
 * Uni0n"), "(at)"/"(dot)" e-mail addresses. Findings quote `text`, so their
 * evidence reads as the buyer would read it, undisguised.
 */
export interface NormalisedText {
  /** Lower case, one script, no invisible characters, disguises undone. */
  text: string;
  /**
   * `text` with digits and symbols that stand for letters read as letters
   * ("m0neygram" → "moneygram") and Traditional Chinese as Simplified (帳戶 →
   * 账户), character for character, so a match found here sits at the same
   * place in `text`. Numbers are read in `text`.
   */
  letters: string;
}

// Zero-width and formatting characters, soft hyphen, the byte-order mark, and what makes a digit an emoji ("8️⃣": the
// digit, a variation selector, the keycap), so a number written in keycaps reads as digits.
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]|\ufe0e|\ufe0f|\u20e3/g;

/** Only Latin look-alikes inside a word that has Latin letters too: Russian text stays Russian. */
const MIXED_SCRIPT_WORD = /[\p{L}\p{N}]*[a-z][\p{L}\p{N}]*|[\p{L}\p{N}]*/gu;

/** Digits and symbols that stand in for letters inside words. */
const LETTER_FOR: Record<string, string> = {
  0: 'o',
  1: 'i',
  3: 'e',
  4: 'a',
  5: 's',
  7: 't',
  '@': 'a',
  $: 's',
  '|': 'l',
};

/** Printable ASCII needs no Unicode folding: most chat messages take this fast path. */
const PLAIN_ASCII = /^[\x20-\x7e\n\r\t]*$/;
const SPACED_RUN =
  /(?<![\p{L}\p{N}])\p{L}[ .\-_*]\p{L}[ .\-_*]\p{L}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\p{L}[ .\-_*][013457][ .\-_*]\p{L}(?![\p{L}\p{N}])|(?<![a-z0-9])[a-z]-[a-z](?![a-z0-9])|\p{Script=Han} \p{Script=Han}/u;
const SPACED_ASCII_RUN =
  /(?<![a-z0-9])[a-z][ .\-_*][a-z][ .\-_*][a-z](?![a-z0-9])|(?<![a-z0-9])[a-z][ .\-_*][013457][ .\-_*][a-z](?![a-z0-9])|(?<![a-z0-9])[a-z]-[a-z](?![a-z0-9])/;
const DISGUISED_WORD = /[a-z][013457@$|]|[013457][a-z]/;
/** What DISGUISED_WORD needs, in a cheaper search: most messages have no digit or symbol in a word. */
const STAND_IN = /[013457@$|]/;

export function normaliseChatText(raw: string): NormalisedText {
  let text = raw.toLowerCase();
  const ascii = PLAIN_ASCII.test(raw);
  if (!ascii) {
    text = compatibilityForm(text)
      .replace(INVISIBLE, '')
      .replace(/[’‘`´]/g, "'")
      // "+86 138 🔥 0012 🔥 7788": emoji set between a number's digit groups to break a filter.
      .replace(/(\d)\s*\p{Extended_Pictographic}+\s*(?=\d)/gu, '$1 ')
      // Greek asks with ";" (the Greek question mark folds to it): "Γιατί σε προσωπικό λογαριασμό;" is a question.
      .replace(/(?<=[\u0370-\u03ff\u1f00-\u1fff]\s?);/gu, '?')
      .toLowerCase();
    // Most non-Latin text (Chinese) holds no look-alike: then the word-by-word pass would change nothing.
    if (hasLookAlike(text)) text = foldLookAlikes(text);
  }
  if ((ascii ? SPACED_ASCII_RUN : SPACED_RUN).test(text)) text = undoSpacedLetters(text);
  text = undoWrittenOutAddresses(text);
  // Most messages have no doubled space, tab or no-break space: three substring searches rule that out.
  if (text.includes('  ') || text.includes('\t') || text.includes('\u00a0'))
    text = text.replace(/[ \t\u00a0]{2,}|\t|\u00a0/g, ' ');
  text = text.trim();
  const disguised = STAND_IN.test(text) && DISGUISED_WORD.test(text);
  const letters = disguised ? lettersView(text) : text;
  return { text, letters: ascii ? letters : simplifiedChinese(letters) };
}

/** A web address's or an e-mail address's host, as written: "https://аlibaba.com", "www.…", "sales@аlibaba.com". */
const HOST_WRITTEN = new RegExp(
  `(?:https?://|www\\.)[^\\s/?#:]+|(?<![\\p{L}\\p{N}._-])(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+(?:${BARE_DOMAIN_TLDS.join('|')})(?![\\p{L}\\p{N}-])`,
  'gu',
);

/**
 * Look-alike letters read as Latin inside words that mix them with Latin,
 * but not in a web or e-mail address's host: there "аlibaba.com" (a Cyrillic
 * "а") is another site, and the link check must see it as written.
 */
function foldLookAlikes(text: string): string {
  const hosts = Array.from(text.matchAll(HOST_WRITTEN), (m) => [m.index, m.index + m[0].length] as const);
  return text.replace(MIXED_SCRIPT_WORD, (word: string, offset: number) => {
    if (!/[a-z]/.test(word) || hosts.some(([start, end]) => offset >= start && offset < end)) return word;
    return latinSkeleton(word);
  });
}

/**
 * "w h a t s a p p", "u.s.d.t", "W-U" → "whatsapp", "usdt", "wu"; Chinese
 * written with spaces ("微 信") loses them too. Runs of three or more single
 * characters only (two could be "a b" in a list), and digits stay spaced
 * when they stand alone, since phone numbers are read with their spaces.
 * A digit for a letter may stand between two letters ("W 4 T S 4 P P").
 */
function undoSpacedLetters(text: string): string {
  return text
    .replace(/(?<![\p{L}\p{N}])\p{L}(?:[ .\-_*](?:[013457][ .\-_*])?\p{L}(?![\p{L}\p{N}])){2,}/gu, (run) =>
      run.replace(/[ .\-_*]/g, ''),
    )
    .replace(/(?<![\p{L}\p{N}])([a-z])-([a-z])(?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/(\p{Script=Han}) (?=\p{Script=Han})/gu, '$1');
}

/** A word with a digit or symbol that may stand for a letter: the only words `lettersView` may change. */
const WORD_WITH_STAND_IN = /(?<![\p{L}\p{N}@$|])[\p{L}\p{N}@$|]*?[013457@$|][\p{L}\p{N}@$|]*/gu;
const LETTER = /\p{L}/u;
/**
 * A number and its unit ("5pm", "1hr", "3pcs", "4kg"): a quantity, whose digit stands for no letter. Only units,
 * so a word that opens with a digit for a letter ("1nstagram") is still read.
 */
const QUANTITY =
  /^\d+(?:[ap]m|h|hrs?|hours?|mins?|minutes?|secs?|s|pcs?|sets?|kgs?|g|mm|cm|m|km|ml|l|usd|rmb|cny|eur|k|x|th|st|nd|rd|days?|d|wks?|weeks?|months?|yrs?|years?|ft|w|v|kw|mah|gb|tb)$/;

/** Digits and digits written as words, run together to hide a phone number ("one5nine"): no digit there is a letter. */
const DIGITS_AND_DIGIT_WORDS = /^(?:\d|zero|one|two|three|four|five|six|seven|eight|nine)+$/;
/** Two or more digits that end a word: a handle's number ("anna77", "kevin2024"), not letters ("crypt0"). */
const NUMBER_AT_THE_END = /\d{2,}$/;

/** Digits for letters, only inside words that are mostly letters: account numbers and wallets stay digits. */
function lettersView(text: string): string {
  return text.replace(WORD_WITH_STAND_IN, (word) => {
    const number = NUMBER_AT_THE_END.exec(word)?.[0] ?? '';
    const head = word.slice(0, word.length - number.length);
    const letters = lettersIn(head);
    if (
      letters === head.length ||
      letters < 2 ||
      letters < (head.length - letters) * 2 ||
      QUANTITY.test(word) ||
      DIGITS_AND_DIGIT_WORDS.test(word)
    )
      return word;
    // "p@ypal", but not the "@" that starts a handle ("@bikehelmet_sam").
    return head.replace(/(?<=\p{L})[@$|](?=\p{L})|[013457]/gu, (c) => LETTER_FOR[c] ?? c) + number;
  });
}

/** Letters in a word, counted by code point; ASCII is told apart without a regex call per character. */
function lettersIn(word: string): number {
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 128) {
      const lower = code | 32; // 'A'–'Z' onto 'a'–'z'
      if (lower >= 97 && lower <= 122) letters++;
      continue;
    }
    const point = word.codePointAt(i)!;
    if (point > 0xffff) i++; // the second half of a surrogate pair
    if (LETTER.test(String.fromCodePoint(point))) letters++;
  }
  return letters;
}
