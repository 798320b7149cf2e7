import type { Badge } from '../../../signals/supplier';
import { parseBusinessType } from '../../../signals/parse/business-type';
import { parseCountryCode } from '../../../signals/parse/country-code';
import { parseCount, parseRating } from '../../../signals/parse/rating';
import { parseRate } from '../../../signals/parse/rate';
import { parseResponseTimeHours } from '../../../signals/parse/response-time';
import { parseYears } from '../../../signals/parse/years';
import { at, bool, first, list, num, record, str, text, textThen } from '../shared/json';
import type { Metric } from '../shared/metrics';
import { supplierFromMetrics } from '../shared/metrics';
import type { SupplierPart } from '../shared/supplier-merge';
import { mergeSupplier } from '../shared/supplier-merge';
import { storefrontUrl } from '../shared/urls';

/**
 * The seller as `window.detailData.globalData` describes it (keys proven by
 * product-detaildata-2026.html and product-detaildata-eur-2026.excerpt.json):
 * seller.*, review.storeReview and product.newAg. Null when there is no seller object.
 */
export function sellerFromGlobalData(globalData: unknown): SupplierPart | null {
  const seller = record(at(globalData, 'seller'));
  if (!seller) return null;
  const assessment = bool(seller.companyHasPassAssessment);
  const storeReview = at(globalData, 'review', 'storeReview');
  const ratings = seller.supplierRatingReviews;
  const joinYears = num(seller.companyJoinYears);
  const part: SupplierPart = {
    name: text(seller.companyName),
    url: first(
      storefrontUrl(str(seller.subDomain)),
      storefrontUrl(str(seller.companyProfileUrl)),
      storefrontUrl(str(seller.homeUrl)),
    ),
    country: textThen(str(seller.companyRegisterCountry), parseCountryCode),
    yearsActive: joinYears !== null ? joinYears : textThen(str(seller.localCompanyJoinYears), parseYears),
    // The flag is in the data (true or false): a missing Verified badge then means "not verified".
    verificationShown: assessment !== null,
    responseRate: textThen(str(seller.responseRate), parseRate),
    responseTimeHours: textThen(str(seller.responseTimeText), parseResponseTimeHours),
    onTimeDeliveryRate: textThen(str(seller.supplierOnTimeDeliveryRate), parseRate),
    rating: first(
      num(at(ratings, 'averageStar')),
      num(at(storeReview, 'averageStar')),
      textThen(str(at(ratings, 'averageStar')), parseRating),
    ),
    reviewCount: first(
      num(at(ratings, 'totalReviewOrderCount')),
      num(at(storeReview, 'totalReviewCount')),
      textThen(text(at(storeReview, 'totalReviewCount')), parseCount),
    ),
    businessType: first(
      textThen(str(seller.companyBusinessType), parseBusinessType),
      textThen(str(at(seller, 'authCards', 'value', 'identityInfo', 'identityName')), parseBusinessType),
    ),
    badges: sellerBadges(seller, assessment, bool(at(globalData, 'product', 'newAg'))),
  };
  return mergeSupplier(part, supplierFromMetrics(authCardMetrics(seller)));
}

/**
 * verified        companyHasPassAssessment: Alibaba's "Verified" supplier flag.
 * gold            accountIsPaidMember (paid Gold Supplier membership) or accountIsGoldPlusSupplier.
 * assessed        verifiedManufactruers (sic) with text, e.g. "Verified as Custom Manufacturer":
 *                 third-party verification of production capability, on top of "verified";
 *                 companyHasPassOnsite: an on-site check.
 * trade-assurance baoAccountIsService / baoAccountIsDisplayAssurance.
 * guaranteed      product.newAg (Alibaba Guaranteed; a property of this product's offer).
 */
function sellerBadges(
  seller: Record<string, unknown>,
  assessment: boolean | null,
  newAg: boolean | null,
): Badge[] {
  const badges: Badge[] = [];
  if (assessment === true) badges.push('verified');
  if (bool(seller.accountIsPaidMember) === true || bool(seller.accountIsGoldPlusSupplier) === true)
    badges.push('gold');
  if (
    str(at(seller, 'verifiedManufactruers', 'text')) !== null ||
    bool(seller.companyHasPassOnsite) === true
  ) {
    badges.push('assessed');
  }
  if (bool(seller.baoAccountIsService) === true || bool(seller.baoAccountIsDisplayAssurance) === true) {
    badges.push('trade-assurance');
  }
  if (newAg === true) badges.push('guaranteed');
  return badges;
}

/** seller.authCards.value.authGroupInfoList[].authInfoList[] {authKey, authName, authValue}. */
function authCardMetrics(seller: Record<string, unknown>): Metric[] {
  return list(at(seller, 'authCards', 'value', 'authGroupInfoList'))
    .flatMap((group) => list(at(group, 'authInfoList')))
    .map((info) => ({
      key: str(at(info, 'authKey')),
      label: str(at(info, 'authName')),
      value: str(at(info, 'authValue')),
    }));
}
