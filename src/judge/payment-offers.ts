import {
  NEGATION_AFTER,
  NEGATION_WORDS,
  OFF_PLATFORM_PAYMENT_METHODS,
  PAYMENT_CUE_AFTER,
  PAYMENT_CUE_BEFORE,
  REFUSAL_REACH_WORDS,
} from './payment-terms-lexicon';

/** Where the text came from: a title mentions products, so product words there need a payment cue. */
export type PaymentTextKind = 'payment terms' | 'title';

interface Phrase {
  label: string;
  words: readonly string[];
  productWord: boolean;
}

const PHRASES: readonly Phrase[] = OFF_PLATFORM_PAYMENT_METHODS.flatMap((m) => [
  ...m.names.map((n) => ({ label: m.label, words: n.split(' '), productWord: false })),
  ...(m.productWords ?? []).map((n) => ({ label: m.label, words: n.split(' '), productWord: true })),
]);
/** Phrases by their first word: a title is checked word by word, not phrase by phrase. */
const PHRASES_BY_FIRST_WORD = new Map<string, Phrase[]>();
for (const phrase of PHRASES) {
  const first = phrase.words[0] as string;
  PHRASES_BY_FIRST_WORD.set(first, [...(PHRASES_BY_FIRST_WORD.get(first) ?? []), phrase]);
}
const NEGATIONS = new Set(NEGATION_WORDS);
/** Plain ASCII text that contains none of these can offer none of the methods: most titles. */
const ANY_FIRST_WORD = new RegExp(
  `\\b(?:${[...PHRASES_BY_FIRST_WORD.keys()].map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`,
);
const ASCII = /^[ -~\s]*$/;
const REACH = new Set([...REFUSAL_REACH_WORDS, ...PHRASES.flatMap((p) => p.words)]);

/** Sentences as lower-case words; a refusal never reaches past its sentence. */
function sentences(text: string): string[][] {
  return text
    .normalize('NFKC') // full-width "Ｗestern" reads as "Western"
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/&/g, ' and ')
    .split(/[.;!?|\n\r]+/)
    .map((s) => s.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== ''));
}

function matchesAt(words: readonly string[], phrase: Phrase, at: number): boolean {
  return phrase.words.every((w, k) => words[at + k] === w);
}

/** "no Western Union", "not accept PayPal or BTC", "Bitcoin is not accepted". */
function isRefused(words: readonly string[], start: number, end: number): boolean {
  if (words.slice(end, end + 2).some((w) => NEGATION_AFTER.includes(w))) return true;
  for (let j = start - 1; j >= 0; j--) {
    const w = words[j] ?? '';
    if (NEGATIONS.has(w)) return true;
    if (!REACH.has(w) && w.length > 1) return false;
  }
  return false;
}

function hasPaymentCue(words: readonly string[], start: number, end: number): boolean {
  const before = words.slice(Math.max(0, start - 3), start);
  return before.some((w) => PAYMENT_CUE_BEFORE.includes(w)) || PAYMENT_CUE_AFTER.includes(words[end] ?? '');
}

/** Off-platform payment methods the text offers (refusals left out), by label, in lexicon order. */
export function offeredPaymentMethods(text: string, kind: PaymentTextKind): string[] {
  // Full-width and other non-ASCII forms need the whole reading below; plain text can be ruled out at once.
  if (ASCII.test(text) && !ANY_FIRST_WORD.test(text.toLowerCase().replace(/'/g, ''))) return [];
  const found = new Set<string>();
  for (const words of sentences(text)) {
    for (let at = 0; at < words.length; at++) {
      for (const phrase of PHRASES_BY_FIRST_WORD.get(words[at] as string) ?? []) {
        if (found.has(phrase.label) || !matchesAt(words, phrase, at)) continue;
        const end = at + phrase.words.length;
        if (phrase.productWord && kind === 'title' && !hasPaymentCue(words, at, end)) continue;
        if (!isRefused(words, at, end)) found.add(phrase.label);
      }
    }
  }
  return OFF_PLATFORM_PAYMENT_METHODS.map((m) => m.label).filter((label) => found.has(label));
}
