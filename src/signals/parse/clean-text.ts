// Page and JSON text -> plain display text. Plain string work only: the result is
// always treated as text, so no HTML parser is involved.

const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
  ['lt', '<'],
  ['gt', '>'],
  ['nbsp', ' '],
]);

// Block-level tags separate words; inline ones (<strong> around search keywords) must not.
const BLOCK_TAG = /<\/?(?:br|p|div|li|ul|ol|tr|td|th|table|h[1-6])\b[^<>]*>/gi;
// A tag must start with a letter so "<15%" and "<= 24h" survive.
const ANY_TAG = /<\/?[a-z][^<>]*>/gi;
const ENTITY = /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi;
// Zero-width characters break number and keyword matching.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

const NEEDS_CLEANING = /[<&\u200b-\u200d\u2060\ufeff\u00ad]/;
const MESSY_SPACE = /^\s|\s$|\s\s|[^\S ]/;

function decodeEntity(match: string, body: string): string {
  const lower = body.toLowerCase();
  if (lower.startsWith('#')) {
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    // fromCodePoint throws outside the Unicode range; surrogates would yield broken text.
    const valid = Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : match;
  }
  return NAMED_ENTITIES.get(lower) ?? match;
}

function decodeEntities(text: string): string {
  // Titles arrive double-encoded ("&amp;#39;"), so decode until stable (bounded).
  let current = text;
  for (let pass = 0; pass < 3 && current.includes('&'); pass++) {
    const next = current.replace(ENTITY, decodeEntity);
    if (next === current) break;
    current = next;
  }
  return current;
}

/** Drop "<!-- ... -->"; a scan, because a lazy regex is quadratic on unclosed "<!--" runs. */
function stripComments(text: string): string {
  let out = '';
  let from = 0;
  for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', from)) {
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    out += `${text.slice(from, open)} `;
    from = close + 3;
  }
  return out + text.slice(from);
}

/** Collapse whitespace, strip tags, decode common entities. Never throws. */
export function cleanText(text: string | null | undefined): string {
  // JSON sometimes carries numbers where text is expected.
  const raw: unknown = text;
  if (typeof raw === 'number') return Number.isFinite(raw) ? String(raw) : '';
  if (typeof raw !== 'string') return '';
  // Most page text has nothing to strip or decode: skip the regex passes (a search page makes hundreds of calls).
  if (!NEEDS_CLEANING.test(raw)) return MESSY_SPACE.test(raw) ? raw.replace(/\s+/g, ' ').trim() : raw;
  // Tags first, entities second: an encoded "&lt;b&gt;" is literal text, not markup.
  const stripped = stripComments(raw).replace(BLOCK_TAG, ' ').replace(ANY_TAG, '');
  return decodeEntities(stripped).replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}
