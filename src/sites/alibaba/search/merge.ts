import type { Listing } from '../../../signals/listing';
import type { Supplier } from '../../../signals/supplier';

/**
 * JSON listings merged with the cards' listings by product id: the JSON wins, the DOM fills
 * what the JSON left null. Cards the JSON does not know (added later) follow, in page order.
 */
export function mergeListings(fromJson: readonly Listing[], fromDom: readonly Listing[]): Listing[] {
  const domById = new Map<string, Listing>();
  for (const listing of fromDom) {
    if (listing.productId !== null && !domById.has(listing.productId)) {
      domById.set(listing.productId, listing);
    }
  }
  const jsonIds = new Set(fromJson.map((listing) => listing.productId));
  const merged = fromJson.map((listing) => {
    const dom = listing.productId === null ? undefined : domById.get(listing.productId);
    return dom === undefined ? listing : mergeListing(listing, dom);
  });
  const seen = new Set(jsonIds);
  const extra = fromDom.filter((listing) => {
    if (listing.productId === null) return true;
    if (seen.has(listing.productId)) return false;
    seen.add(listing.productId);
    return true;
  });
  return [...merged, ...extra];
}

export function mergeListing(json: Listing, dom: Listing): Listing {
  return {
    productId: json.productId ?? dom.productId,
    title: json.title ?? dom.title,
    url: json.url ?? dom.url,
    price: json.price ?? dom.price,
    moq: json.moq ?? dom.moq,
    supplier: mergeSupplier(json.supplier, dom.supplier),
    paymentTerms: json.paymentTerms.length > 0 ? json.paymentTerms : dom.paymentTerms,
  };
}

function mergeSupplier(json: Supplier, dom: Supplier): Supplier {
  return {
    name: json.name ?? dom.name,
    url: json.url ?? dom.url,
    country: json.country ?? dom.country,
    yearsActive: json.yearsActive ?? dom.yearsActive,
    badges: [...json.badges, ...dom.badges.filter((badge) => !json.badges.includes(badge))],
    verificationShown: json.verificationShown || dom.verificationShown,
    responseRate: json.responseRate ?? dom.responseRate,
    responseTimeHours: json.responseTimeHours ?? dom.responseTimeHours,
    onTimeDeliveryRate: json.onTimeDeliveryRate ?? dom.onTimeDeliveryRate,
    rating: json.rating ?? dom.rating,
    reviewCount: json.reviewCount ?? dom.reviewCount,
    businessType: json.businessType ?? dom.businessType,
  };
}
