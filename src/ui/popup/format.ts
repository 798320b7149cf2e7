/** Numbers, prices and dates as the popup writes them (its words are English, so its numbers are too). */
const LOCALE = 'en-US';

const moneyFormats = new Map<string, Intl.NumberFormat>();

/**
 * A price in its own currency. Unit prices under 1 keep up to four
 * decimals: a $0.0345 wipe is not a $0.03 one.
 */
export function formatMoney(value: number, currency: string): string {
  const digits = Math.abs(value) > 0 && Math.abs(value) < 1 ? 4 : 2;
  const id = `${currency}:${digits}`;
  let format = moneyFormats.get(id);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, {
      style: 'currency',
      currency,
      minimumFractionDigits: 2,
      maximumFractionDigits: digits,
    });
    moneyFormats.set(id, format);
  }
  return format.format(value);
}

export function formatCount(n: number): string {
  return n.toLocaleString(LOCALE);
}

const dateFormat = new Intl.DateTimeFormat(LOCALE, { year: 'numeric', month: 'short', day: 'numeric' });

export function formatDate(epochMs: number): string {
  return dateFormat.format(new Date(epochMs));
}

/** An error's words, for a status line. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
