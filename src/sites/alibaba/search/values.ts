import type { Moq, Price } from '../../../signals/listing';
import { cleanText } from '../../../signals/parse/clean-text';
import { parseCountry } from '../../../signals/parse/country';
import { parseMoq } from '../../../signals/parse/moq';
import { parsePrice } from '../../../signals/parse/price';
import { parseRate } from '../../../signals/parse/rate';
import { parseCount, parseRating } from '../../../signals/parse/rating';
import { parseYears } from '../../../signals/parse/years';

/**
 * Page text -> signal values through the shared parsers, keeping only values the
 * signal schemas accept (a parser slip reads as "not shown", never as a bad value).
 */
export function textOf(text: string | null | undefined): string | null {
  const cleaned = cleanText(text ?? '');
  return cleaned === '' ? null : cleaned;
}

export function priceOf(text: string | null): Price | null {
  if (text === null) return null;
  const price = parsePrice(text);
  if (price === null || !(price.min > 0) || !(price.max >= price.min)) return null;
  if (!/^[A-Z]{3}$/.test(price.currency)) return null;
  return { min: price.min, max: price.max, currency: price.currency };
}

export function moqOf(text: string | null): Moq | null {
  if (text === null) return null;
  const moq = parseMoq(text);
  if (moq === null || !(moq.quantity > 0)) return null;
  return { quantity: moq.quantity, unit: moq.unit };
}

export function yearsOf(text: string | null): number | null {
  const years = text === null ? null : parseYears(text);
  return years !== null && Number.isInteger(years) && years >= 0 && years <= 100 ? years : null;
}

export function countryOf(text: string | null): string | null {
  const country = text === null ? null : parseCountry(text);
  return country !== null && /^[A-Z]{2}$/.test(country) ? country : null;
}

/** Review score 0..5; 0 means "no reviews yet" (INR: reviewScore "" with reviewCount "0"), so null. */
export function ratingOf(text: string | null): number | null {
  const rating = text === null ? null : parseRating(text);
  return rating !== null && rating > 0 && rating <= 5 ? rating : null;
}

export function countOf(text: string | null): number | null {
  const count = text === null ? null : parseCount(text);
  return count !== null && Number.isInteger(count) && count >= 0 ? count : null;
}

export function rateOf(text: string | null): number | null {
  const rate = text === null ? null : parseRate(text);
  return rate !== null && rate >= 0 && rate <= 1 ? rate : null;
}
