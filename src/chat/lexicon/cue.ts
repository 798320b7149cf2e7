import { withCopyBreaks } from './code-size';
import { withLetterRanges } from './letter-classes';

/** A phrase family the detector looks for, and how a finding names it. */
export interface Cue {
  /** Plain words for the finding's message: "Western Union", "a personal account". */
  label: string;
  pattern: RegExp;
  /** Counts only when the message also talks about paying (a channel that is also a product or a feature). */
  needsPaymentTalk?: boolean;
  /** Does not count when the match itself says no ("our account has not changed"). */
  deniable?: boolean;
  /**
   * An instruction, not an item of a list ("不要通过阿里巴巴付款，直接T/T到…"): only its
   * own clause can refuse it, never a "no" before a comma.
   */
  instruction?: boolean;
  /**
   * A "don't" before it is the warning itself ("dont pay to the old account, it is frozen"): only a
   * warning about scams refuses it.
   */
  noIsTheWarning?: boolean;
  /** Also a way to pay in the Alibaba order itself (PayPal, Apple Pay): not a finding when the message says it is paid there. */
  offeredInOrder?: boolean;
  /** An ID that may be the buyer's own, printed on the goods ("print our Instagram handle @casa_verde on the bags"). */
  mayBePrintedOnGoods?: boolean;
  /**
   * Words any match contains: a message holding none of them is skipped
   * without running the pattern (all cues' anchors are found in one pass,
   * see AnchorScan, and most messages hold no cue at all).
   */
  anchors?: readonly string[];
  /**
   * Words that must stand near a match, each a zero-width check (`inSentenceWith`, `inMessageWith`) made at the
   * match's end. Kept out of the pattern so that a long list of words (every language's words for paying) is
   * compiled once for all the cues that look for it, not again in each. Unlike a lookaround inside the pattern, a
   * failed check doesn't send the pattern back to try a shorter match at the same place: the search moves on.
   */
  near?: readonly RegExp[];
}

interface CueOptions {
  needsPaymentTalk?: boolean;
  instruction?: boolean;
  deniable?: boolean;
  noIsTheWarning?: boolean;
  offeredInOrder?: boolean;
  mayBePrintedOnGoods?: boolean;
  anchors?: readonly string[];
  near?: readonly string[];
}

/**
 * Cues are written as lower-case regex source; `\\b`-style boundaries are ASCII, so CJK phrases go bare.
 * `\\p{L}` and `\\p{N}` are compiled as ranges (see letter-classes.ts).
 */
export function cue(label: string, source: string, options: CueOptions = {}): Cue {
  const { near, ...rest } = options;
  return { label, pattern: compile(source, 'g'), ...rest, ...(near && { near: near.map(nearCheck) }) };
}

/** Each `near` check by its source: one compiled pattern for every cue that names it. */
const NEAR_CHECKS = new Map<string, RegExp>();

function nearCheck(source: string): RegExp {
  let check = NEAR_CHECKS.get(source);
  if (!check) NEAR_CHECKS.set(source, (check = compile(source, 'y')));
  return check;
}

function compile(source: string, flags: string): RegExp {
  const compiled = withCopyBreaks(withLetterRanges(source));
  // The unicode flag only where a pattern still needs \\p{…}: without it V8 searches faster.
  return new RegExp(compiled, compiled.includes('\\p{') ? `${flags}u` : flags);
}

/** Whether every one of the cue's `near` checks holds at `end`, where its match ends. */
export function isNear(cue: Cue, text: string, end: number): boolean {
  if (!cue.near) return true;
  for (const check of cue.near) {
    check.lastIndex = end;
    if (!check.test(text)) return false;
  }
  return true;
}

/** Couriers, whose accounts and bills are for parcels, not for paying the supplier. */
export const COURIERS = '(?:dhl|fedex|ups|tnt|aramex|courier)';

/** Goods called a bank, not where money goes: a power bank (among the marketplace's commonest goods), a battery bank. */
export const GOODS_CALLED_A_BANK = 'power|battery|capacitor|memory|piggy|solar|energy';

/**
 * "account" (also as "acount", "accout"), but not "account manager", the
 * buyer's own marketplace login, or "on account of" (because of).
 */
export const ACCOUNT =
  '(?<!\\bsub[\\s-])(?:acc?oun?t|acct|a/c|acc)(?!\\s+(?:manager|team|rep|representative|executive|holder|settings|login|password|ids?)\\b)(?!(?<=\\bon\\s+acc?oun?t)\\s+of\\b)';

/** Phrases as alternatives of a pattern, each space matching any run of white space. */
export const phrases = (list: readonly string[]): string =>
  list.map((words) => words.replaceAll(' ', '\\s+')).join('|');

/** The days of the week, as deadlines name them. */
export const WEEKDAYS: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

/** A comma between digits ("US$4,275.00"): part of the number's word, not a break in the clause. */
export const THOUSANDS_COMMA = '(?<=\\d),(?=\\d)';

/** Each digit, for anchors that pair a word with the number after it. */
export const DIGITS = [...'0123456789'];
/** "By 4pm", "before the 26th", "à 16h": each word before a number is an anchor with each digit. */
export const beforeANumber = (...words: string[]) =>
  words.flatMap((word) => DIGITS.map((digit) => `${word} ${digit}`));

/** The currencies a sum is written in by code, most of the trade's and those of the buyers it reaches. */
const CURRENCY_CODES =
  '(?:usd|eur|rmb|cny|hkd|gbp|aed|sar|inr|ngn|ghs|kes|aud|nzd|sgd|php|pkr|bdt|lkr|npr|brl|mxn|ars|clp|pln|czk|ron|jpy|krw|thb|myr|idr)';
/** Their signs, before or after the number: "€145", "145€", "₱12,000", "¥3500". */
const CURRENCY_SIGNS = '[€£¥₹₱₦₩]';
/** A sum of money: "720 usd", "USD 320", "$1,500", "GHS 6,500", "145€". */
export const AN_AMOUNT = `(?:\\d[\\d.,]*\\s?(?:(?:${CURRENCY_CODES}|dollars?)\\b|${CURRENCY_SIGNS})|(?:${CURRENCY_CODES}|us\\$|\\$|${CURRENCY_SIGNS})\\s?\\d[\\d.,]*)`;

/**
 * Paying in Arabic typed in Latin letters ("7awel", "tedfa3", "ma tdfa3", "el floos"), as the detector reads it: digits
 * inside words are read as letters, so "7awel" holds "tawel" and "tdfa3" holds "tdfae".
 */
export const ARABIC_PAYING_IN_LATIN = '[7t]aw[ae]l|(?:ed|ted|td|da)fa[3e]|\\bfl[ou]{1,2}s\\b';

/** Up to `n` filler words. */
export const WORDS = (n: number): string => `(?:(?:[^\\s,;:!?]|${THOUSANDS_COMMA})+\\s+){0,${n}}?`;

/** Not for a refund, in the rest of the sentence: bank details or money the buyer is to receive are another matter. */
export const NOT_FOR_A_REFUND = '(?![^.!?。！？\\n]{0,40}(?:refund|reembols|rembours|erstatt|возврат|退款))';

/** A character of the same sentence: a full stop inside an address or a number ("sales.dept@163.com") ends none. */
const IN_SENTENCE = '(?:[^.!?。！？।።\\n]|\\.(?=\\S))';

/** Up to `reach` characters of the same sentence, as few as will do. */
export const inSentence = (reach: number): string => `${IN_SENTENCE}{0,${reach}}?`;

/** Put after a cue's own words: `words` stand in the same sentence, at most `reach` characters before or after them. */
export const inSentenceWith = (words: string, reach = 90): string =>
  `(?:(?=${inSentence(reach)}(?:${words}))|(?<=(?:${words})${IN_SENTENCE}{0,${reach}}))`;

/** Put after a cue's own words: `words` stand in the message, at most `reach` characters before or after them. */
export const inMessageWith = (words: string, reach: number): string =>
  `(?:(?=[^]{0,${reach}}?(?:${words}))|(?<=(?:${words})[^]{0,${reach}}))`;

/**
 * Put after a cue's own words: the message names one of `words` somewhere,
 * before or after them. Their words come first, so this runs only where they matched.
 */
export const mentionsOneOf = (words: string): string =>
  `(?:(?<=\\b(?:${words})\\b[^]*)|(?=[^]*\\b(?:${words})\\b))`;

/** What is sent that is not money: goods, papers, proof of a payment made. */
export const NOT_MONEY =
  '(?:goods|samples?|documents?|files?|products?|cargo|parcels?|packages?|catalog(?:ue)?s?|photos?|pictures?|quotations?|drawings?|invoices?|slips?|receipts?|proofs?|cop(?:y|ies)|screenshots?|records?|vouchers?|confirmations?|terms|details|info(?:rmation)?|warehouses?|fba|reports?|certificates?|videos?|manuals?)';
