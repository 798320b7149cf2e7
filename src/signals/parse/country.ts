// Location text ("CN", "Hubei, China", "Located in Shenzhen, Guangdong, CN") -> alpha-2.
import { cleanText } from './clean-text';
import { COUNTRY_NAMES } from './country-names';

// A Map, not the object: "__proto__" must not find Object.prototype.
const NAMES: ReadonlyMap<string, string> = new Map(Object.entries(COUNTRY_NAMES));
const CODES: ReadonlySet<string> = new Set(NAMES.values());
// Alibaba writes these regions as "Taiwan, China"; the region is the useful part.
const REGION_OF_CHINA = /\b(taiwan|hong kong|macau|macao)\s*,\s*china\b/gi;

function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '') // Türkiye -> Turkiye (combining marks, without \p{M}'s costly tables)
    .toLowerCase()
    .replace(/[’'.]/g, '') // People's, U.S.A.
    .trim();
}

/** A name in the trailing words of one segment ("Located in China"), or a capitalised code. */
function fromSegment(segment: string): string | null {
  const words = segment.split(' ').filter((w) => w.length > 0);
  for (let take = Math.min(4, words.length); take >= 1; take--) {
    const name = NAMES.get(normalise(words.slice(-take).join(' ')));
    if (name !== undefined) return name;
  }
  // Inside longer text a code only counts in capitals, so the word "in" is not India.
  const last = words.at(-1);
  return last !== undefined && /^[A-Z]{2}$/.test(last) && CODES.has(last) ? last : null;
}

/** ISO 3166-1 alpha-2 upper case, or null for unknown or "Other". */
export function parseCountry(text: string): string | null {
  // Tracking data reads "CN@@2 yrs": the country comes first.
  const clean = (cleanText(text).split('@@')[0] ?? '').replace(REGION_OF_CHINA, '$1').trim();
  if (clean.length === 0 || clean.length > 200) return null;
  const upper = clean.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper) && CODES.has(upper)) return upper;
  const named = NAMES.get(normalise(clean));
  if (named !== undefined) return named;
  // The country is usually last: "city, province, country"; "Turkey/Türkiye".
  const segments = clean.split(/[,;/|()·]/);
  for (let i = segments.length - 1; i >= 0; i--) {
    const found = fromSegment(segments[i] ?? '');
    if (found !== null) return found;
  }
  return null;
}
