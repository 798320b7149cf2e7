/** How numbers read in findings: the way the marketplace itself writes them. */

export function formatYears(years: number): string {
  if (years < 1) return 'less than 1 year';
  return years === 1 ? '1 year' : `${years} years`;
}

/** 0.981 → "98.1%". Rounded to one decimal, as marketplaces show rates. */
export function formatPercent(rate: number): string {
  return `${Math.round(rate * 1000) / 10}%`;
}

/** 2 → "≤2h": response times are shown as an upper bound. */
export function formatHours(hours: number): string {
  return `≤${Math.round(hours * 10) / 10}h`;
}

/** 5 → "5.0", 4.75 → "4.75": one decimal unless the page gave more. */
export function formatRating(rating: number): string {
  const hundredths = Math.round(rating * 100);
  return hundredths % 10 === 0 ? (hundredths / 100).toFixed(1) : (hundredths / 100).toFixed(2);
}

export function formatReviews(count: number): string {
  return count === 1 ? '1 review' : `${count} reviews`;
}

/** ["A"] → "A", ["A", "B"] → "A and B", ["A", "B", "C"] → "A, B and C". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** 1.9, "USD" → "$1.90"; 10 → "$10"; 0.1527, "GBP" → "£0.1527": small unit prices keep their digits. */
export function formatMoney(value: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
      maximumFractionDigits: value < 1 ? 4 : 2,
    }).format(value);
  } catch {
    return `${currency} ${value.toFixed(2)}`;
  }
}

/** 0.784 → "78%". */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}
