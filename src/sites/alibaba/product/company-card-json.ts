import type { Badge } from '../../../signals/supplier';
import { cleanText } from '../../../signals/parse/clean-text';
import { parseCountryCode } from '../../../signals/parse/country-code';
import { parseRating } from '../../../signals/parse/rating';
import { parseYears } from '../../../signals/parse/years';
import { at, first, list, str, text, textThen } from '../shared/json';
import { supplierFromMetrics } from '../shared/metrics';
import type { SupplierPart } from '../shared/supplier-merge';
import { mergeSupplier } from '../shared/supplier-merge';

/**
 * `detailData.nodeMap.module_unifed_company_card.privateData` (sic "unifed"): the company
 * card's own data (product-detaildata-2026.html: onlinePerformance only;
 * product-detaildata-eur-2026.excerpt.json: medalText, companyCardVerifyIcon, companyIconList,
 * storeReviewInfo, countryAbbr, locationInfo). Null when the module is absent.
 */
export function supplierFromCompanyCard(nodeMap: unknown): SupplierPart | null {
  const card = at(nodeMap, 'module_unifed_company_card', 'privateData');
  if (typeof card !== 'object' || card === null) return null;
  const icons = list(at(card, 'companyIconList'));
  const iconTexts = icons
    .map((icon) => str(at(icon, 'text')))
    .filter((text): text is string => text !== null);
  const verifyIcon = textThen(str(at(card, 'companyCardVerifyIcon')), cleanText) || null;
  const part: SupplierPart = {
    name: text(at(card, 'companyName')),
    country: first(
      textThen(str(at(card, 'countryAbbr')), parseCountryCode),
      textThen(str(at(card, 'locationInfo', 'location')), parseCountryCode),
    ),
    // "13 yrs on Alibaba.com"
    yearsActive: first(...iconTexts.filter((text) => /\b(yrs?|years?)\b/i.test(text)).map(parseYears)),
    rating: first(
      textThen(str(at(card, 'storeReviewInfo', 'ratingScore')), parseRating),
      ...icons
        .filter((icon) => at(icon, 'type') === 'storeReview')
        .map((icon) => textThen(str(at(icon, 'ratingScore')), parseRating)),
    ),
    // "Verified by <b>TüVRheinland</b>": the card's Verified line, shown only for verified suppliers.
    verificationShown: verifyIcon !== null,
    badges: cardBadges(str(at(card, 'medalText')), verifyIcon, iconTexts),
  };
  const fields = list(at(card, 'onlinePerformance', 'fields')).map((field) => ({
    label: str(at(field, 'title')),
    value: str(at(field, 'value')),
  }));
  return mergeSupplier(part, supplierFromMetrics(fields));
}

/** medalText "Gold Supplier" -> gold; a verify line -> verified; "Verified Pro" anywhere -> verified-pro. */
function cardBadges(medalText: string | null, verifyIcon: string | null, iconTexts: string[]): Badge[] {
  const badges: Badge[] = [];
  if (medalText !== null && /gold/i.test(medalText)) badges.push('gold');
  if (verifyIcon !== null) badges.push('verified');
  if ([medalText, verifyIcon, ...iconTexts].some((text) => text !== null && /verified\s*pro\b/i.test(text))) {
    badges.push('verified-pro');
  }
  return badges;
}
