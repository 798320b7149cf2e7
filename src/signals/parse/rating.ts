// Review scores ("4.8/5", "4,7") and counts ("(12)", "26,600 sold").
import { cleanText } from './clean-text';

const SCORE = /(?<![\d.,/])(\d{1,3}(?:[.,]\d{1,4})?)(?![\d.,]\d)(?:\s*\/\s*(\d{1,3}(?:[.,]\d{1,4})?))?/;
const COUNT = /(?<![\d.,])(\d+(?:(?:[.,]|['\u00a0\u202f ](?=\d{3}(?!\d)))\d+)*)(?:\s*([kK]|万)(?![a-zA-Z]))?/;
const toNumber = (s: string): number => Number(s.replace(',', '.'));

/** Score on a 0..5 scale; "9/10" is rescaled to 4.5. Null when out of range. */
export function parseRating(text: string): number | null {
  // Tracking data reads "5.0@@12" (score@@count).
  const clean = cleanText(text).split('@@')[0] ?? '';
  const match = SCORE.exec(clean);
  if (match?.[1] === undefined) return null;
  let score = toNumber(match[1]);
  if (match[2] !== undefined) {
    const outOf = toNumber(match[2]);
    if (!(outOf > 0)) return null;
    if (outOf !== 5) score = Math.round((score / outOf) * 5 * 1e6) / 1e6;
  }
  return Number.isFinite(score) && score >= 0 && score <= 5 ? score : null;
}

function countFrom(token: string, multiplier: string | undefined): number | null {
  const compact = token.replace(/['\u00a0 ]/g, '');
  // Thousands grouped with "," or "." ("1,234", "10.000+") are whole counts.
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(compact) && multiplier === undefined)
    return Number(compact.replace(/[.,]/g, ''));
  if (/^\d+$/.test(compact))
    return Number(compact) * (multiplier === undefined ? 1 : multiplier === '万' ? 1e4 : 1e3);
  // "1.2k" is a count; "4.8" alone is not.
  if (multiplier !== undefined && /^\d+[.,]\d+$/.test(compact)) {
    return Math.round(toNumber(compact) * (multiplier === '万' ? 1e4 : 1e3));
  }
  return null;
}

/** Non-negative integer count, else null. Prefers a parenthesised count ("5.0/5.0 (6 reviews)"). */
export function parseCount(text: string): number | null {
  const clean = cleanText(text);
  const afterAt = clean.includes('@@') ? clean.slice(clean.lastIndexOf('@@') + 2) : clean;
  const inParens = /\(([^()]*\d[^()]*)\)/.exec(afterAt)?.[1];
  const match = COUNT.exec(inParens ?? afterAt);
  if (match?.[1] === undefined) return null;
  const count = countFrom(match[1], match[2]);
  return count !== null && Number.isSafeInteger(count) && count >= 0 ? count : null;
}
