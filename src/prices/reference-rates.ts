/**
 * Reference exchange rates, for comparing prices shown in different
 * currencies. Most comparisons never need them: a search page shows all its
 * offers in one currency, and those are compared as they are.
 *
 * These are approximate mid-market levels of late 2025 (units per US dollar),
 * typed in by us as a starting point, not quotes from a rate service; the
 * pegged Gulf currencies are exact. A currency missing here is left out of
 * cross-currency comparisons rather than guessed.
 */
export interface RateTable {
  /** ISO date the rates describe. */
  date: string;
  /** Units of each currency per 1 USD. */
  perUsd: Readonly<Record<string, number>>;
}

export const REFERENCE_RATES: RateTable = {
  date: '2025-12-01',
  perUsd: {
    USD: 1,
    EUR: 0.86,
    GBP: 0.76,
    CHF: 0.8,
    CNY: 7.1,
    HKD: 7.78,
    TWD: 31,
    JPY: 155,
    KRW: 1460,
    INR: 89.5,
    PKR: 281,
    BDT: 122,
    LKR: 302,
    VND: 26300,
    THB: 32.4,
    MYR: 4.15,
    SGD: 1.3,
    IDR: 16600,
    PHP: 58.8,
    AUD: 1.53,
    NZD: 1.75,
    CAD: 1.4,
    MXN: 18.4,
    BRL: 5.35,
    TRY: 42.3,
    RUB: 79,
    UAH: 41.8,
    PLN: 3.65,
    CZK: 20.9,
    HUF: 330,
    RON: 4.38,
    SEK: 9.45,
    NOK: 10.1,
    DKK: 6.42,
    ZAR: 17.3,
    NGN: 1450,
    KES: 129,
    EGP: 47.5,
    ILS: 3.25,
    AED: 3.6725,
    SAR: 3.75,
    QAR: 3.64,
    OMR: 0.3845,
    BHD: 0.376,
    KWD: 0.307,
  },
};

/** `amount` in `from`, expressed in `to`; null when either rate is missing. */
export function convert(
  amount: number,
  from: string,
  to: string,
  rates: RateTable = REFERENCE_RATES,
): number | null {
  if (from === to) return amount;
  const fromRate = rates.perUsd[from];
  const toRate = rates.perUsd[to];
  if (!fromRate || !toRate) return null;
  return (amount / fromRate) * toRate;
}
