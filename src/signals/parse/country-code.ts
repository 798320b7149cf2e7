// Country-code fields ("CN", "cn", "CN@@2 yrs", "Located in Shenzhen, Guangdong, CN") -> alpha-2.
import { cleanText } from './clean-text';

/**
 * The ISO 3166-1 alpha-2 code a code field holds: the field itself, or its
 * last word when that is two capitals. Product and supplier pages write codes
 * only, so their readers use this and their content scripts don't carry
 * parseCountry's table of names (about 0.7 KB gzipped). Null for anything else.
 */
export function parseCountryCode(text: string): string | null {
  const clean = (cleanText(text).split('@@')[0] ?? '').trim();
  if (/^[A-Za-z]{2}$/.test(clean)) return clean.toUpperCase();
  const last = clean
    .split(/[\s,;/|()·]+/)
    .filter((word) => word !== '')
    .at(-1);
  return last !== undefined && /^[A-Z]{2}$/.test(last) ? last : null;
}
