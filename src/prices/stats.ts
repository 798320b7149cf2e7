/** Robust statistics for price samples: medians and quartiles resist the odd outlier that means would chase. */

/** Median of values already sorted ascending; NaN for none. */
export function sortedMedian(sorted: readonly number[]): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Median of `sorted` with the element at `skip` left out (a listing is never its own benchmark). */
export function sortedMedianWithout(sorted: readonly number[], skip: number): number {
  const n = sorted.length - 1;
  if (n <= 0) return Number.NaN;
  const at = skipping(sorted, skip);
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

export interface Quartiles {
  lower: number;
  upper: number;
}

/** The lower and upper quartiles of values sorted ascending, with the element at `skip` left out (-1: none). */
export function sortedQuartiles(sorted: readonly number[], skip = -1): Quartiles {
  const n = skip < 0 ? sorted.length : sorted.length - 1;
  const at = skip < 0 ? (index: number) => sorted[index] as number : skipping(sorted, skip);
  return { lower: quantile(n, at, 0.25), upper: quantile(n, at, 0.75) };
}

/**
 * Tukey's lower fence, taken on a log scale: `width` quartile ranges below
 * the lower quartile. Prices spread by factors (a lazy sofa chair and a
 * sectional set on one sofa page), so the fence is Q1 × (Q1 / Q3)^width,
 * which stays above zero where Q1 − width × (Q3 − Q1) would not.
 * Tukey, Exploratory Data Analysis (1977), used 1.5 for "outside".
 */
export function lowerFence(quartiles: Quartiles, width: number): number {
  return quartiles.lower * (quartiles.lower / quartiles.upper) ** width;
}

/** Median absolute deviation from `center`. */
export function medianAbsoluteDeviation(values: readonly number[], center: number): number {
  return sortedMedian(values.map((value) => Math.abs(value - center)).sort((a, b) => a - b));
}

function skipping(sorted: readonly number[], skip: number): (index: number) => number {
  return (index) => sorted[index < skip ? index : index + 1] as number;
}

/** The `p` quantile of `n` sorted values read through `at`, between neighbours (R's type 7); NaN for none. */
function quantile(n: number, at: (index: number) => number, p: number): number {
  if (n === 0) return Number.NaN;
  const position = (n - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(below + 1, n - 1);
  return at(below) + (at(above) - at(below)) * (position - below);
}
