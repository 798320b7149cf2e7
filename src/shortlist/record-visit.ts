import type { Assessment } from '../signals/assessment';
import type { Listing } from '../signals/listing';
import type { PageKind, SiteId } from '../signals/reading';
import type { Supplier } from '../signals/supplier';
import { unitPriceOf } from '../prices/unit-price';
import { MAX_OFFERS, MAX_VISITS, type SavedOffer, type ShortlistEntry, type Visit } from './entry';

/** A new shortlist entry for a supplier first saved from `page`. */
export function createEntry(input: {
  site: SiteId;
  key: string;
  supplier: Supplier;
  assessment: Assessment | null;
  page: PageKind;
  url: string | null;
  now: number;
  offer?: SavedOffer | null;
}): ShortlistEntry {
  const { supplier, assessment, now } = input;
  return {
    key: input.key,
    site: input.site,
    name: supplier.name,
    url: supplier.url,
    signals: supplier,
    assessment,
    level: assessment?.level ?? 'unknown',
    offers: input.offer ? [input.offer] : [],
    status: 'considering',
    notes: '',
    tags: [],
    checklist: {},
    history: [{ seenAt: now, page: input.page, url: input.url, supplier }],
    addedAt: now,
    updatedAt: now,
  };
}

/**
 * The entry after the buyer saw the supplier again. What the visit didn't
 * show is kept from before; a visit that shows the same as the last one of its
 * kind only moves that one's time forward, so reloading a page doesn't fill the history.
 */
export function recordVisit(
  entry: ShortlistEntry,
  visit: Visit,
  assessment: Assessment | null,
): ShortlistEntry {
  return {
    ...entry,
    name: visit.supplier.name ?? entry.name,
    url: visit.supplier.url ?? entry.url,
    signals: withGapsFilled(visit.supplier, entry.signals),
    assessment: assessment ?? entry.assessment,
    level: assessment ? assessment.level : entry.level,
    history: withVisit(entry.history, visit),
    updatedAt: visit.seenAt,
  };
}

/**
 * `latest`, with what it doesn't show taken from `earlier`. No badges and no
 * verification status is how a page that shows no badges reads, so it keeps
 * the earlier badges too.
 */
export function withGapsFilled(latest: Supplier, earlier: Supplier): Supplier {
  const badgesShown = latest.badges.length > 0 || latest.verificationShown;
  return {
    name: latest.name ?? earlier.name,
    url: latest.url ?? earlier.url,
    country: latest.country ?? earlier.country,
    yearsActive: latest.yearsActive ?? earlier.yearsActive,
    badges: badgesShown ? latest.badges : earlier.badges,
    verificationShown: badgesShown ? latest.verificationShown : earlier.verificationShown,
    responseRate: latest.responseRate ?? earlier.responseRate,
    responseTimeHours: latest.responseTimeHours ?? earlier.responseTimeHours,
    onTimeDeliveryRate: latest.onTimeDeliveryRate ?? earlier.onTimeDeliveryRate,
    rating: latest.rating ?? earlier.rating,
    reviewCount: latest.reviewCount ?? earlier.reviewCount,
    businessType: latest.businessType ?? earlier.businessType,
  };
}

function withVisit(history: readonly Visit[], visit: Visit): Visit[] {
  const sameKind = findLastIndex(history, (v) => v.page === visit.page);
  const last = history[sameKind];
  const rest =
    last && sameSupplier(last.supplier, visit.supplier) ? history.filter((_, i) => i !== sameKind) : history;
  const moved = last && rest !== history ? { ...last, seenAt: Math.max(last.seenAt, visit.seenAt) } : visit;
  return insertByTime(rest, moved).slice(-MAX_VISITS);
}

/** Keeps the history oldest first even when a visit arrives late. */
function insertByTime(history: readonly Visit[], visit: Visit): Visit[] {
  let at = history.length;
  while (at > 0 && (history[at - 1] as Visit).seenAt > visit.seenAt) at--;
  return [...history.slice(0, at), visit, ...history.slice(at)];
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
}

function sameSupplier(a: Supplier, b: Supplier): boolean {
  return (
    a.name === b.name &&
    a.url === b.url &&
    a.country === b.country &&
    a.yearsActive === b.yearsActive &&
    a.verificationShown === b.verificationShown &&
    a.responseRate === b.responseRate &&
    a.responseTimeHours === b.responseTimeHours &&
    a.onTimeDeliveryRate === b.onTimeDeliveryRate &&
    a.rating === b.rating &&
    a.reviewCount === b.reviewCount &&
    a.businessType === b.businessType &&
    a.badges.length === b.badges.length &&
    a.badges.every((badge) => b.badges.includes(badge))
  );
}

const MAX_PRODUCT_ID = 100;
const MAX_TITLE = 500;
const MAX_URL = 2_000;
const MAX_UNIT = 40;

/** The offer a listing shows, ready to save; null when the listing has no product id to know it by. */
export function savedOfferFrom(listing: Listing, now: number): SavedOffer | null {
  const productId = listing.productId?.trim();
  if (!productId || productId.length > MAX_PRODUCT_ID) return null;
  const unit = unitPriceOf(listing);
  return {
    productId,
    title: listing.title === null ? null : listing.title.slice(0, MAX_TITLE),
    url: listing.url !== null && listing.url.length <= MAX_URL ? listing.url : null,
    price: listing.price,
    moq: listing.moq,
    unitPrice: unit.ok
      ? {
          value: unit.price.value,
          currency: unit.price.currency,
          unit: unit.price.unit.slice(0, MAX_UNIT),
          quantity: unit.price.quantity !== null && unit.price.quantity > 0 ? unit.price.quantity : null,
        }
      : null,
    savedAt: now,
    landedCost: null,
  };
}

/**
 * The entry with `offer` saved. Saving an offer again refreshes it but keeps
 * the landed-cost figures the buyer typed; past MAX_OFFERS the oldest go.
 */
export function addOffer(entry: ShortlistEntry, offer: SavedOffer, now: number): ShortlistEntry {
  const previous = entry.offers.find((o) => o.productId === offer.productId);
  const saved: SavedOffer = { ...offer, landedCost: previous?.landedCost ?? offer.landedCost };
  const others = entry.offers.filter((o) => o.productId !== offer.productId);
  const offers = [...others, saved].sort((a, b) => a.savedAt - b.savedAt).slice(-MAX_OFFERS);
  return { ...entry, offers, updatedAt: now };
}
