import type { Listing } from '../../../signals/listing';
import { emptySupplier } from '../../../signals/empty-supplier';
import { asRecord, firstText, textField } from '../shared/json-fields';
import type { JsonRecord } from '../shared/json-fields';
import { offerBadges } from './offer-badges';
import { NO_CONTEXT } from './search-context';
import type { SearchContext } from './search-context';
import { absoluteUrl, productIdFromUrl, productIdText, supplierHomeUrl } from '../shared/urls';
import { countOf, countryOf, moqOf, priceOf, rateOf, ratingOf, textOf, yearsOf } from './values';

/**
 * One offer of `_offer_list.offerResultData.offers[]` (or the same offers from the search API)
 * -> Listing. Keys as seen in INR (Dec 2025) and, for the V2 names, a Sep 2026 catalog response:
 * productId|id, title (HTML with <strong>) | enPureTitle, productUrl "//www.alibaba.com/product-detail/…_<id>.html",
 * price|priceV2 (list price; promotionPrice is a temporary discount and is ignored), moqV2|moq,
 * companyName, supplierHomeHref|supplierHref, countryCode, goldSupplierYears "1 yr"|"2 yrs",
 * reviewScore "5.0"|"" and reviewCount "12"|12 (the supplier's store reviews). Search offers show
 * no response rate, delivery rate, business type or payment terms.
 * Null when `offer` is not an object or holds no product at all.
 */
export function mapOffer(offer: unknown, context: SearchContext = NO_CONTEXT): Listing | null {
  const record = asRecord(offer);
  if (record === null) return null;
  const url = absoluteUrl(textField(record, 'productUrl'));
  const productId =
    productIdText(textField(record, 'productId')) ??
    productIdText(textField(record, 'id')) ??
    productIdFromUrl(url);
  const title = textOf(firstText(record, ['title', 'enPureTitle']));
  const price = priceOf(firstText(record, ['price', 'priceV2']));
  if (productId === null && title === null && url === null && price === null) return null;

  return {
    productId,
    title,
    url,
    price,
    moq: moqOf(firstText(record, ['moqV2', 'moq'])),
    supplier: offerSupplier(record, context),
    paymentTerms: [],
  };
}

function offerSupplier(offer: JsonRecord, context: SearchContext): Listing['supplier'] {
  const reviewCount = countOf(textField(offer, 'reviewCount'));
  const { badges, verificationShown } = offerBadges(offer, context);
  return {
    ...emptySupplier(),
    name: textOf(textField(offer, 'companyName')),
    url: supplierHomeUrl(firstText(offer, ['supplierHomeHref', 'supplierHref'])),
    country: countryOf(textField(offer, 'countryCode')),
    yearsActive: yearsOf(textField(offer, 'goldSupplierYears')),
    badges,
    verificationShown,
    rating: reviewCount === 0 ? null : ratingOf(textField(offer, 'reviewScore')),
    reviewCount,
    // Not in today's offer JSON; older cards show it ("86.1%").
    responseRate: rateOf(textField(offer, 'responseRate')),
  };
}
