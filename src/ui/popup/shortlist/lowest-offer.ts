import { convert, type RateTable } from '../../../prices/reference-rates';
import type { SavedUnitPrice, ShortlistEntry } from '../../../shortlist/entry';

/**
 * The cheapest unit price among an entry's saved offers, in its own
 * currency. Offers in different currencies are compared in US dollars; one
 * whose currency has no rate is shown only when no other offer has a price.
 */
export function lowestUnitPrice(entry: ShortlistEntry, rates: RateTable): SavedUnitPrice | null {
  let lowest: SavedUnitPrice | null = null;
  let lowestUsd = Infinity;
  for (const offer of entry.offers) {
    const price = offer.unitPrice;
    if (!price) continue;
    const usd = convert(price.value, price.currency, 'USD', rates) ?? Infinity;
    if (lowest === null || usd < lowestUsd) {
      lowest = price;
      lowestUsd = usd;
    }
  }
  return lowest;
}
