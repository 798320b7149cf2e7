// Years on the platform ("13 yrs", "CN@@2 yrs", "6") -> whole years.
import { cleanText } from './clean-text';

// Unit words seen on Alibaba plus its Russian/Chinese translations.
const WITH_UNIT = /(?:^|[^\d.,−-])(\d{1,3})\s*\+?\s*(?:yrs?|years?|лет|года?|год|年)(?![a-z])/i;
const BARE = /^(\d{1,3})$/;

/** Integer years 0..100, else null. Decimal or templated values ("{years} yrs") are null. */
export function parseYears(text: string): number | null {
  let clean = cleanText(text).replace(/%20/g, ' ');
  // Card tracking data reads "CN@@2 yrs": the years follow the last "@@".
  const at = clean.lastIndexOf('@@');
  if (at >= 0) clean = clean.slice(at + 2).trim();
  const match = BARE.exec(clean) ?? WITH_UNIT.exec(clean);
  if (match?.[1] === undefined) return null;
  const years = Number(match[1]);
  return Number.isInteger(years) && years >= 0 && years <= 100 ? years : null;
}
