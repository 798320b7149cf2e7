// Percentages ("92.6%", "94,3%") -> fraction 0..1.
import { cleanText } from './clean-text';

export interface RateOptions {
  /** Also accept a bare fraction ("0.25"), as in tradeCapacityMarkets percentages. */
  fraction?: boolean;
}

const PERCENT = /(<=|>=|[<>≤≥~−-])?\s*(?<![\d.,])(\d{1,4}(?:[.,]\d{1,8})?)\s*%/;
const FRACTION = /^(\d(?:[.,]\d{1,8})?)$/;

/** Scale a decimal string by 10^-shift without binary noise (92.6 / 100 -> 0.926 exactly). */
function scaled(digits: string, shift: number): number {
  const value = Number(digits.replace(',', '.'));
  return Math.round(value * 1e8) / 10 ** (8 + shift);
}

/**
 * Fraction 0..1, else null. "<15%" (Alibaba's reorder-rate floor bucket) is a bound,
 * not a measurement, so it is null: treating it as 0.15 would overstate the supplier.
 * A sign or range mark before the number ("-5%", "10-20%") is null for the same reason.
 */
export function parseRate(text: string, options?: RateOptions): number | null {
  const clean = cleanText(text);
  const percent = PERCENT.exec(clean);
  let rate: number | null = null;
  if (percent?.[2] !== undefined) {
    if (percent[1] !== undefined) return null;
    rate = scaled(percent[2], 2);
  } else if (options?.fraction === true) {
    const bare = FRACTION.exec(clean);
    if (bare?.[1] !== undefined) rate = scaled(bare[1], 0);
  }
  return rate !== null && Number.isFinite(rate) && rate >= 0 && rate <= 1 ? rate : null;
}
