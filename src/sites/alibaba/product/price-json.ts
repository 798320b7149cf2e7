import type { Price, PriceTier } from '../../../signals/listing';
import type { PriceHint } from '../../../signals/parse/price';
import { parsePrice } from '../../../signals/parse/price';
import { at, first, list, num, str } from '../shared/json';

/**
 * `detailData.globalData.product.price` -> Price, in the page's display currency.
 *
 * Numbers come from the numeric keys (productLadderPrices[].price/min/max,
 * productRangePrices.priceRangeLow/High), which are already in the display currency
 * (EUR excerpt: price 3.38 = formatPrice "€3.38", dollarPrice 3.87). The display text
 * (formatLadderPrice "€2.61-3.38", priceRangeText "₫87,059-122,577") gives the currency and is
 * the fallback for the numbers. Its separators follow price.currencyRule, not
 * globalData.extend.numberRule: the EUR page has numberRule decimalPoint "," (used for quantities:
 * localMin "2.500") while its prices read "€2.61-3.38" with currencyRule decimalPoint ".".
 * numberRule is used only when there is no currencyRule.
 */
export function priceFromProductJson(price: unknown, numberRule: unknown): Price | null {
  const hint =
    separatorHint(at(price, 'currencyRule', 'decimalPoint')) ?? separatorHint(at(numberRule, 'decimalPoint'));
  const texts = [
    str(at(price, 'formatLadderPrice')),
    str(at(price, 'productRangePrices', 'priceRangeText')),
    ...list(at(price, 'productLadderPrices')).map((tier) => str(at(tier, 'formatPrice'))),
  ];
  const parsed = first(...texts.map((text) => (text === null ? null : parsePrice(text, hint))));
  const currency =
    parsed?.currency ?? currencyFromPattern(str(at(price, 'currencyRule', 'currencyPattern')), hint);
  if (!currency) return null;

  const tiers = ladderTiers(at(price, 'productLadderPrices'));
  const low = num(at(price, 'productRangePrices', 'priceRangeLow'));
  const high = num(at(price, 'productRangePrices', 'priceRangeHigh'));
  const prices = tiers.map((tier) => tier.price);
  const min = tiers.length > 0 ? Math.min(...prices) : (positive(low) ?? parsed?.min ?? null);
  const max = tiers.length > 0 ? Math.max(...prices) : (positive(high) ?? parsed?.max ?? null);
  if (min === null || max === null) return null;
  return tiers.length > 0 ? { min, max, currency, tiers } : { min, max, currency };
}

/** productLadderPrices [{min, max (-1 = open), price}] -> tiers; a rung without a positive price is skipped. */
function ladderTiers(ladder: unknown): PriceTier[] {
  const tiers: PriceTier[] = [];
  for (const rung of list(ladder)) {
    const price = positive(num(at(rung, 'price')));
    const minQuantity = num(at(rung, 'min'));
    if (price === null || minQuantity === null || minQuantity < 0) continue;
    const max = num(at(rung, 'max'));
    tiers.push({ minQuantity, maxQuantity: max === null || max < 0 ? null : max, price });
  }
  return tiers;
}

/** currencyPattern "€{0}" -> the currency the parser reads from "€1". */
function currencyFromPattern(pattern: string | null, hint: PriceHint | undefined): string | null {
  if (pattern === null || !pattern.includes('{0}')) return null;
  return parsePrice(pattern.replace('{0}', '1'), hint)?.currency ?? null;
}

function separatorHint(value: unknown): PriceHint | undefined {
  return value === '.' || value === ',' ? { decimalSeparator: value } : undefined;
}

function positive(value: number | null): number | null {
  return value !== null && value > 0 ? value : null;
}
