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
  // The same few amounts (a page's medians, its common prices) come back for every offer.
  const key = `${currency}${value}`;
  const known = formatted.get(key);
  if (known !== undefined) return known;
  const text = formatMoneyOnce(value, currency);
  remember(key, text);
  return text;
}

const MAX_REMEMBERED = 5_000;
const formatted = new Map<string, string>();
function remember(key: string, text: string): void {
  if (formatted.size >= MAX_REMEMBERED) formatted.clear();
  formatted.set(key, text);
}

function formatMoneyOnce(value: number, currency: string): string {
  const minimum = Number.isInteger(value) ? 0 : 2;
  const maximum = value < 1 ? 4 : 2;
  const formatter = cachedFormatter(`${currency}|${minimum}|${maximum}`, () => {
    try {
      return new Intl.NumberFormat('en-US', {
        style: 'currency',
        currency,
        minimumFractionDigits: minimum,
        maximumFractionDigits: maximum,
      });
    } catch {
      return null;
    }
  });
  return formatter ? formatter.format(value) : `${currency} ${value.toFixed(2)}`;
}

/** 100000 → "100,000". */
export function formatCount(count: number): string {
  const key = `#${count}`;
  const known = formatted.get(key);
  if (known !== undefined) return known;
  const text = (cachedFormatter('count', () => new Intl.NumberFormat('en-US')) as Intl.NumberFormat).format(
    count,
  );
  remember(key, text);
  return text;
}

// Building an Intl.NumberFormat costs far more than using one, and a page of
// offers formats thousands of prices: one per style, made on first use.
const formatters = new Map<string, Intl.NumberFormat | null>();
function cachedFormatter(key: string, make: () => Intl.NumberFormat | null): Intl.NumberFormat | null {
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** 0.784 → "78%". */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** "3 pieces", "1 set", "500 kg": a quantity with its unit, as a buyer would say it. */
export function quantityOf(quantity: number, unit: string): string {
  const count = formatCount(quantity);
  if (quantity === 1 || NO_PLURAL.has(unit)) return `${count} ${unit}`;
  if (/(?:s|x|ch|sh)$/.test(unit)) return `${count} ${unit}es`;
  return `${count} ${unit}s`;
}

const NO_PLURAL = new Set(['kg']);
