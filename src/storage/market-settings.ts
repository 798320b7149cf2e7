import { z } from 'zod';
import type { TargetPrice } from '../prices/observation';
import { REFERENCE_RATES, type RateTable } from '../prices/reference-rates';

const CurrencySchema = z.string().regex(/^[A-Z]{3}$/);

export const TargetPriceSchema = z.object({
  product: z.string().trim().min(1).max(100),
  price: z.number().positive().finite(),
  currency: CurrencySchema,
  unit: z.string().trim().min(1).max(40),
});

/** Rates the buyer entered: units per US dollar, with the date they are from. */
export const StoredRatesSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  perUsd: z.record(CurrencySchema, z.number().positive().finite()),
});

export const MAX_TARGETS = 200;

export interface MarketSettings {
  targets: TargetPrice[];
  rates: RateTable;
  notices: string[];
}

/**
 * The buyer's target prices and exchange rates from stored settings. Each
 * target is checked on its own, so one bad entry can't take the others with
 * it; rates the buyer entered replace the bundled ones currency by currency.
 */
export function readMarketSettings(stored: Record<string, unknown>): MarketSettings {
  const notices: string[] = [];
  const targets: TargetPrice[] = [];
  if (stored.targets !== undefined) {
    const list = Array.isArray(stored.targets) ? stored.targets : [];
    if (!Array.isArray(stored.targets)) notices.push('Saved target prices were unreadable; none are used.');
    let invalid = 0;
    for (const entry of list.slice(0, MAX_TARGETS)) {
      const parsed = TargetPriceSchema.safeParse(entry);
      if (parsed.success) targets.push(parsed.data);
      else invalid++;
    }
    if (invalid > 0)
      notices.push(`${invalid} saved target price${invalid === 1 ? ' was' : 's were'} invalid and ignored.`);
  }
  let rates = REFERENCE_RATES;
  if (stored.rates !== undefined) {
    const parsed = StoredRatesSchema.safeParse(stored.rates);
    if (parsed.success)
      rates = {
        date: parsed.data.date,
        perUsd: { ...REFERENCE_RATES.perUsd, ...parsed.data.perUsd, USD: 1 },
      };
    else
      notices.push(`Saved exchange rates were invalid; using the bundled rates of ${REFERENCE_RATES.date}.`);
  }
  return { targets, rates, notices };
}
