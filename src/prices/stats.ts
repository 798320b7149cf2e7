/** Robust statistics for price samples: medians resist the odd outlier that means would chase. */

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
  const at = (index: number) => sorted[index < skip ? index : index + 1] as number;
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

/** Median absolute deviation from `center`. */
export function medianAbsoluteDeviation(values: readonly number[], center: number): number {
  return sortedMedian(values.map((value) => Math.abs(value - center)).sort((a, b) => a - b));
}
