/**
 * Reads a host's "xn--" labels back into the letters they encode (RFC 3492,
 * Punycode): a link's address may be written that way ("xn--libaba-2nf.com"
 * is "аlibaba.com" with a Cyrillic "а"), and pages serialise such links so.
 * Browsers have no decoder of their own to call; a label that doesn't decode
 * is kept as written.
 */
export function hostToUnicode(host: string): string {
  if (!host.includes('xn--')) return host;
  return host
    .split('.')
    .map((label) => (label.startsWith('xn--') ? (decodeLabel(label.slice(4)) ?? label) : label))
    .join('.');
}

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX_CODE_POINT = 0x10ffff;

/** One label's encoded part (after "xn--"), or null when it is not valid Punycode. */
export function decodeLabel(encoded: string): string | null {
  const delimiter = encoded.lastIndexOf('-');
  const output = delimiter > 0 ? Array.from(encoded.slice(0, delimiter)) : [];
  if (output.some((char) => char.charCodeAt(0) >= 0x80)) return null;
  let position = delimiter > 0 ? delimiter + 1 : 0;
  let codePoint = INITIAL_N;
  let bias = INITIAL_BIAS;
  let index = 0;
  while (position < encoded.length) {
    const before = index;
    let weight = 1;
    for (let k = BASE; ; k += BASE) {
      if (position >= encoded.length) return null;
      const digit = digitOf(encoded.charCodeAt(position++));
      if (digit < 0) return null;
      index += digit * weight;
      if (index > MAX_CODE_POINT * 64) return null;
      const threshold = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < threshold) break;
      weight *= BASE - threshold;
    }
    const length = output.length + 1;
    bias = adapt(index - before, length, before === 0);
    codePoint += Math.floor(index / length);
    index %= length;
    if (codePoint > MAX_CODE_POINT) return null;
    output.splice(index, 0, String.fromCodePoint(codePoint));
    index++;
  }
  return output.join('');
}

function adapt(delta: number, points: number, first: boolean): number {
  let scaled = first ? Math.floor(delta / DAMP) : delta >> 1;
  scaled += Math.floor(scaled / points);
  let k = 0;
  while (scaled > ((BASE - T_MIN) * T_MAX) >> 1) {
    scaled = Math.floor(scaled / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * scaled) / (scaled + SKEW));
}

/** "a"–"z" are 0–25 and "0"–"9" are 26–35, in either case; anything else is not a digit (-1). */
function digitOf(code: number): number {
  if (code >= 48 && code <= 57) return code - 22;
  if (code >= 65 && code <= 90) return code - 65;
  if (code >= 97 && code <= 122) return code - 97;
  return -1;
}
