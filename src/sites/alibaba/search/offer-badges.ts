import type { Badge } from '../../../signals/supplier';
import { asRecord, flagField, hasKey, listField, textField } from '../shared/json-fields';
import type { JsonRecord } from '../shared/json-fields';
import type { SearchContext } from './search-context';

/**
 * Offer JSON keys that carry supplier badges.
 * - goldSupplierIcon: URL of the icon drawn in the card's supplier row. Despite the name it is the
 *   Verified Supplier icon: INR offers hold the same image as the DOM's `img.searchx-verified-icon`
 *   (H62868c75….png), and in a Sep 2026 catalog response (omkarcloud/alibaba-scraper
 *   fixtures/catalog_cid44_p1.json) only offers with a third-party verifier (`companyAuthProvider`)
 *   have the key at all. The icon's URL changes over time, so only its presence counts.
 * - verifiedSupplier / verifiedSupplierPro: booleans of the supplier-search API (supplier-search-api.json).
 * - goldSupplierProIcon: Verified PRO icon per omkarcloud's parser (not seen in a saved page).
 * - halfTrust (boolean), badges[].loopType "ag": Alibaba Guaranteed.
 * `tradeProduct` is not Trade Assurance: it marks offers that can be ordered online (they carry a
 * delivery estimate); the card shows no Trade Assurance mark, so only the `ta=y` filter sets it.
 */
const VERIFIED_ICON = 'goldSupplierIcon';

export interface OfferVerification {
  badges: Badge[];
  verificationShown: boolean;
}

export function offerBadges(offer: JsonRecord, context: SearchContext): OfferVerification {
  const iconShown = textField(offer, VERIFIED_ICON) !== null;
  const verifiedFlag = flagField(offer, 'verifiedSupplier');
  const pro =
    flagField(offer, 'verifiedSupplierPro') === true || textField(offer, 'goldSupplierProIcon') !== null;
  const verified = iconShown || verifiedFlag === true || pro || context.verifiedOnly;
  const guaranteed =
    flagField(offer, 'halfTrust') === true ||
    listField(offer, 'badges').some((badge) => textField(asRecord(badge) ?? {}, 'loopType') === 'ag');

  const badges: Badge[] = [];
  if (verified) badges.push('verified');
  if (pro) badges.push('verified-pro');
  if (context.tradeAssuranceOnly) badges.push('trade-assurance');
  if (guaranteed) badges.push('guaranteed');

  const verificationShown =
    verified || hasKey(offer, VERIFIED_ICON) || verifiedFlag !== null || context.verificationKeyOnPage;
  return { badges, verificationShown };
}

/** True when some offer reports verification, so the page's JSON is known to carry it. */
export function pageReportsVerification(offers: readonly unknown[]): boolean {
  return offers.some((item) => {
    const offer = asRecord(item);
    return (
      offer !== null &&
      (textField(offer, VERIFIED_ICON) !== null || flagField(offer, 'verifiedSupplier') !== null)
    );
  });
}
