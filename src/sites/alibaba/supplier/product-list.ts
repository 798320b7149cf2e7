import type { Listing } from '../../../signals/listing';
import type { PriceHint } from '../../../signals/parse/price';
import { emptySupplier } from '../../../signals/empty-supplier';
import { cleanText } from '../../../signals/parse/clean-text';
import { parseMoq } from '../../../signals/parse/moq';
import { parsePrice } from '../../../signals/parse/price';
import { at, first, list, str, text, textThen } from '../shared/json';
import { productIdFromUrl, productUrl } from '../shared/urls';

/** currencyType codes seen in productList (storefront-productlist-2025.html: "US" with "$"). */
const CURRENCY_TYPES: Readonly<Record<string, string>> = { US: 'USD' };

/**
 * icbu-pc-productListPc data.productList[] (storefront-productlist-2025.html): id, subject,
 * url "//www.alibaba.com/product-detail/..._1601619777417.html", fobPriceWithoutUnit
 * "$600-1,100", moq "10 pieces". Supplier is left empty for the caller to fill.
 */
export function listingsFromProductList(data: Record<string, unknown>): Listing[] {
  const listings: Listing[] = [];
  for (const item of list(data.productList)) {
    const url = productUrl(str(at(item, 'url')));
    const productId = first(str(at(item, 'id')), productIdFromUrl(url));
    if (productId === null || !/^\d+$/.test(productId)) continue;
    const currency = CURRENCY_TYPES[str(at(item, 'currencyType')) ?? ''];
    const hint: PriceHint | undefined = currency ? { currency } : undefined;
    const price = textThen(str(at(item, 'fobPriceWithoutUnit')) ?? str(at(item, 'fobPrice')), (text) =>
      parsePrice(text, hint),
    );
    const moq = textThen(str(at(item, 'moq')), parseMoq);
    listings.push({
      productId,
      title: textThen(text(at(item, 'subject')), cleanText) || null,
      url,
      price: price && price.min > 0 ? { min: price.min, max: price.max, currency: price.currency } : null,
      moq: moq && moq.quantity > 0 ? { quantity: moq.quantity, unit: moq.unit?.toLowerCase() ?? null } : null,
      supplier: emptySupplier(),
      paymentTerms: [],
    });
  }
  return listings;
}
