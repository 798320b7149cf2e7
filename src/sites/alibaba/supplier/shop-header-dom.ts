import type { Badge } from '../../../signals/supplier';
import { parseBusinessType } from '../../../signals/parse/business-type';
import { parseCountryCode } from '../../../signals/parse/country-code';
import { parseYears } from '../../../signals/parse/years';
import { textAt } from '../shared/dom-text';
import { supplierFromMetrics } from '../shared/metrics';
import type { SupplierPart } from '../shared/supplier-merge';
import { mergeSupplier } from '../shared/supplier-merge';
import { storefrontUrl } from '../shared/urls';
import { STOREFRONT } from './selectors';
import { textThen } from '../shared/json';

/**
 * The storefront header as rendered (storefront-productlist-2025.html): name, country, Gold
 * Supplier years, the icon row and the company card's .production-service figures
 * ("Store rating" 4.9/5, "On-time delivery rate" 100.0%, "Response time" ≤2h).
 * The URL comes from the page's host (a storefront page is the shop's own site).
 */
export function supplierFromShopHeader(doc: ParentNode, url: URL): SupplierPart | null {
  const header = doc.querySelector(STOREFRONT.shopSign);
  if (!header) return null;
  const years = header.querySelector(STOREFRONT.goldYears);
  const yearsText = years
    ? [textAt(years, STOREFRONT.joinYearValue), textAt(years, STOREFRONT.joinYearUnit)]
        .filter(Boolean)
        .join(' ')
    : '';
  const badges: Badge[] = [];
  if (header.querySelector(STOREFRONT.verified)) badges.push('verified');
  if (years) badges.push('gold');
  if (header.querySelector(STOREFRONT.onsiteCheck)) badges.push('assessed');
  if (header.querySelector(STOREFRONT.tradeAssurance)) badges.push('trade-assurance');
  const metrics = Array.from(header.querySelectorAll(STOREFRONT.serviceItem)).map((item) => ({
    label: textAt(item, STOREFRONT.serviceTitle),
    value: textAt(item, STOREFRONT.serviceValue),
  }));
  const part: SupplierPart = {
    name: textAt(header, STOREFRONT.companyName),
    url: storefrontUrl(url.hostname),
    country: textThen(textAt(header, STOREFRONT.country), parseCountryCode),
    yearsActive: yearsText === '' ? null : parseYears(yearsText),
    businessType: textThen(textAt(header, STOREFRONT.identity), parseBusinessType),
    badges,
  };
  return mergeSupplier(part, supplierFromMetrics(metrics));
}
