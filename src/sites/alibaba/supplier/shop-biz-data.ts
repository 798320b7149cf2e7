import { parseRating } from '../../../signals/parse/rating';
import { parseResponseTimeHours } from '../../../signals/parse/response-time';
import { parseYears } from '../../../signals/parse/years';
import { at, first, list, num, str, text, textThen } from '../shared/json';
import type { SupplierPart } from '../shared/supplier-merge';
import { storefrontUrl } from '../shared/urls';

/**
 * Company profile after the Aug-2026 redesign: `window.shopBizData`
 * (company-profile-2026-excerpt.html) = {globalData: {esiteSubDomain: {value}},
 * pageModuleMap: [{moduleName, moduleData}]}. Read: supplierPerformance (companyName,
 * years.value "6 yrs", reviews {value "4.7", count 39}, responseTime.value "≤2h") and
 * supplierActionBar (companyName, rating 4.7, reviewCount 39).
 * Not read: factoryCapability items of type "verified" are verified capabilities
 * ("Customized on Demand"), not a supplier badge; certifications are product certificates.
 */
export function supplierFromShopBizData(bizData: unknown): SupplierPart | null {
  const modules = new Map<string, unknown>();
  for (const entry of list(at(bizData, 'pageModuleMap'))) {
    const name = str(at(entry, 'moduleName'));
    if (name !== null && !modules.has(name)) modules.set(name, at(entry, 'moduleData'));
  }
  const performance = modules.get('supplierPerformance');
  const actionBar = modules.get('supplierActionBar');
  const subDomain = str(at(bizData, 'globalData', 'esiteSubDomain', 'value'));
  if (performance === undefined && actionBar === undefined && subDomain === null) return null;
  return {
    name: first(text(at(performance, 'companyName')), text(at(actionBar, 'companyName'))),
    url: storefrontUrl(subDomain),
    yearsActive: textThen(str(at(performance, 'years', 'value')), parseYears),
    rating: first(
      num(at(actionBar, 'rating')),
      textThen(str(at(performance, 'reviews', 'value')), parseRating),
    ),
    reviewCount: first(num(at(actionBar, 'reviewCount')), num(at(performance, 'reviews', 'count'))),
    responseTimeHours: textThen(str(at(performance, 'responseTime', 'value')), parseResponseTimeHours),
  };
}
