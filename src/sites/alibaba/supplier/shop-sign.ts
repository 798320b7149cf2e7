import type { Badge } from '../../../signals/supplier';
import { parseBusinessType } from '../../../signals/parse/business-type';
import { parseCountryCode } from '../../../signals/parse/country-code';
import { parseRating } from '../../../signals/parse/rating';
import { parseYears } from '../../../signals/parse/years';
import { at, bool, first, num, str, text, textThen } from '../shared/json';
import type { SupplierPart } from '../shared/supplier-merge';
import { storefrontUrl } from '../shared/urls';

/**
 * The shop from the icbu-pc-shopSign module's data (storefront-productlist-2025.html):
 * companyName, esiteSubDomain, companyRegisterCountry, companyJoinYears / accountJoinYears.value,
 * companyBusinessType.value, averageStar.value and the badge flags below.
 *
 * verified        companyHasPassAssessment ("Verified Supplier" sign in the header).
 * gold            accountIsPaidMember or isNewGolden (the header's Gold Supplier years icon).
 * assessed        companyHasPassOnsite (on-site check, the header's "subpage=onsite" icon).
 * trade-assurance baoAccountIsDisplayAssurance.
 */
export function supplierFromShopSign(data: Record<string, unknown>): SupplierPart {
  const assessment = bool(data.companyHasPassAssessment);
  const badges: Badge[] = [];
  if (assessment === true) badges.push('verified');
  if (bool(data.accountIsPaidMember) === true || bool(data.isNewGolden) === true) badges.push('gold');
  if (bool(data.companyHasPassOnsite) === true) badges.push('assessed');
  if (bool(data.baoAccountIsDisplayAssurance) === true || bool(data.baoAccountIsService) === true) {
    badges.push('trade-assurance');
  }
  const joinYears = first(num(data.companyJoinYears), num(at(data, 'accountJoinYears', 'value')));
  return {
    name: text(data.companyName),
    url: first(
      storefrontUrl(str(data.esiteSubDomain)),
      storefrontUrl(str(at(data, 'esiteSubDomain', 'value'))),
      storefrontUrl(str(at(data, 'esiteUrls', 'homeUrl'))),
    ),
    country: textThen(str(data.companyRegisterCountry), parseCountryCode),
    yearsActive: joinYears ?? textThen(str(data.companyJoinYears), parseYears),
    rating: textThen(str(at(data, 'averageStar', 'value')), parseRating),
    businessType: textThen(
      str(at(data, 'companyBusinessType', 'value')) ?? str(data.companyBusinessType),
      parseBusinessType,
    ),
    verificationShown: assessment !== null,
    badges,
  };
}
