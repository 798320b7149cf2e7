// Marketplace price text -> { min, max, currency }. Handles ranges ("$12.05-$13.85",
// "650.0~1200.0"), open ends ("US$290,000+" -> a point at the lower bound), K/M
// suffixes ("US $100K − $200K") and every grouping style parseLocaleNumber knows.
import { cleanText } from './clean-text';
import {
  AMBIGUOUS_SYMBOLS,
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  ZERO_DECIMAL_CURRENCIES,
} from './currency-symbols';
import type { DecimalSeparator } from './number-format';
import { inferDecimalSeparator, parseLocaleNumber } from './number-format';

export interface PriceHint {
  currency?: string;
  decimalSeparator?: '.' | ',';
}

export interface ParsedPrice {
  min: number;
  max: number;
  currency: string;
}

interface Span {
  start: number;
  end: number;
}
interface Marker extends Span {
  code: string;
  ambiguous: boolean;
}
interface NumberToken extends Span {
  raw: string;
  scale: number;
}

const MARKERS: ReadonlyArray<readonly [string, string, boolean]> = [
  ...Object.entries(CURRENCY_SYMBOLS).map(([s, c]) => [s, c, false] as const),
  ...Object.entries(AMBIGUOUS_SYMBOLS).map(([s, c]) => [s, c, true] as const),
].sort((a, b) => b[0].length - a[0].length);

const NUMBER = /\d+(?:(?:[.,'\u2019]|[ \u00a0\u2009\u202f](?=\d{3}(?!\d)))\d+)*/g;
const SUFFIX = /^(?:([kK])|(M))/;
const RANGE_SEPARATOR = /^(?:-|–|—|−|~|～|to)$/i;
// Cased letters differ in upper and lower case; cheaper than \p{L}, whose tables take ~0.2 ms
// to compile per page. Uncased scripts (元) never glue onto a marker the way "CHARM" does.
const isLetter = (ch: string | undefined): boolean =>
  ch !== undefined && ch.toLowerCase() !== ch.toUpperCase();

// Most characters of a price are digits and punctuation: only these can start a marker.
const MARKER_STARTS = new Set(MARKERS.map(([symbol]) => symbol[0]));
const canStartMarker = (ch: string): boolean => MARKER_STARTS.has(ch) || (ch >= 'A' && ch <= 'Z');

function findMarkers(text: string): Marker[] {
  const found: Marker[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!canStartMarker(text[i]!)) continue;
    // Letter markers ("RM", "USD") must not sit inside a word ("CHARM").
    if (isLetter(text[i]) && isLetter(text[i - 1])) continue;
    const code = text.slice(i, i + 3);
    if (CURRENCY_CODES.has(code) && !isLetter(text[i + 3])) {
      found.push({ start: i, end: i + 3, code, ambiguous: false });
      i += 2;
      continue;
    }
    for (const [symbol, iso, ambiguous] of MARKERS) {
      if (!text.startsWith(symbol, i) || (isLetter(symbol.at(-1)) && isLetter(text[i + symbol.length])))
        continue;
      found.push({ start: i, end: i + symbol.length, code: iso, ambiguous });
      i += symbol.length - 1;
      break;
    }
  }
  return found;
}

function resolveCurrency(markers: readonly Marker[], hint: string | undefined): string | null {
  const explicit = new Set(markers.filter((m) => !m.ambiguous).map((m) => m.code));
  const ambiguous = new Set(markers.filter((m) => m.ambiguous).map((m) => m.code));
  // Two different named currencies in one price is a conversion note: too risky to pick.
  if (explicit.size > 1 || ambiguous.size > 1) return null;
  const [named] = explicit;
  if (named !== undefined) return named;
  const [shared] = ambiguous;
  return hint ?? shared ?? null;
}

function findNumbers(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const start = match.index;
    let end = start + match[0].length;
    const found = SUFFIX.exec(text.slice(end));
    const suffix = found !== null && !isLetter(text[end + 1]) ? found : null;
    const scale = suffix === null ? 1 : suffix[1] !== undefined ? 1e3 : 1e6;
    if (suffix !== null) end += 1;
    tokens.push({ start, end, raw: match[0], scale });
  }
  return tokens;
}

/** Text between two spans with currency markers removed, e.g. " - $" -> "-". */
function gapText(text: string, from: number, to: number, markers: readonly Marker[]): string {
  let gap = '';
  for (let i = from; i < to; i++) {
    if (!markers.some((m) => i >= m.start && i < m.end)) gap += text[i];
  }
  return gap.trim();
}

function decimalFor(
  raw: string,
  currency: string,
  shared: DecimalSeparator | undefined,
): DecimalSeparator | undefined {
  if (shared !== undefined) return shared;
  // "87.059" in a currency without minor units can only be grouping.
  const single = /^\d{1,3}([.,])\d{3}$/.exec(raw);
  if (single !== null && ZERO_DECIMAL_CURRENCIES.has(currency)) return single[1] === '.' ? ',' : '.';
  return undefined;
}

/**
 * Parse a price or price range. A bare "$" or "¥" means USD / CNY unless hint.currency says
 * otherwise; text with no currency marker needs hint.currency. Null when unparseable,
 * non-positive, reversed (min > max) or quoting two different currencies.
 */
export function parsePrice(text: string, hint?: PriceHint): ParsedPrice | null {
  const clean = cleanText(text);
  if (clean.length === 0 || clean.length > 300) return null;
  const hintCurrency =
    typeof hint?.currency === 'string' && /^[a-z]{3}$/i.test(hint.currency)
      ? hint.currency.toUpperCase()
      : undefined;
  const hintDecimal =
    hint?.decimalSeparator === '.' || hint?.decimalSeparator === ',' ? hint.decimalSeparator : undefined;

  const markers = findMarkers(clean);
  const currency = resolveCurrency(markers, hintCurrency);
  const numbers = findNumbers(clean);
  const [first, second] = numbers;
  if (currency === null || first === undefined) return null;
  if (/[-−]$/.test(gapText(clean, 0, first.start, markers))) return null; // a negative amount

  const isRange =
    second !== undefined && RANGE_SEPARATOR.test(gapText(clean, first.end, second.start, markers));
  const picked = isRange ? [first, second] : [first];
  // One token that reveals the format ("2.345,67") settles it for its partner ("1.234").
  const shared =
    hintDecimal ?? picked.map((t) => inferDecimalSeparator(t.raw)).find((d) => d !== null) ?? undefined;

  const values: number[] = [];
  for (const token of picked) {
    const value = parseLocaleNumber(token.raw, decimalFor(token.raw, currency, shared));
    if (value === null) return null;
    values.push(value * token.scale);
  }
  const [min = NaN, max = min] = values;
  if (!Number.isFinite(min) || !Number.isFinite(max) || min <= 0 || min > max) return null;
  return { min, max, currency };
}
