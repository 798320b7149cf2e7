import type { ShortlistSaveRequest, ShortlistSaveResponse } from '../messaging/protocol';
import { Refusal } from '../messaging/refusal';
import type { Assessment } from '../signals/assessment';
import type { Listing } from '../signals/listing';
import { addOffer, createEntry, recordVisit, savedOfferFrom } from '../shortlist/record-visit';
import { supplierKey } from '../shortlist/supplier-key';
import type { ShortlistStore } from '../storage/shortlist';

export type Interpret = (
  site: ShortlistSaveRequest['site'],
  batch: NonNullable<ShortlistSaveRequest['batch']>,
) => Listing[];

/**
 * Saves the supplier a page or card shows to the shortlist: a new entry, or
 * a visit (and the offer) added to the one there, keeping the buyer's status,
 * notes and checklist. The offer comes as a listing, or as the card's record
 * for the background to interpret, as when judging.
 */
export function createShortlistSave(
  store: Pick<ShortlistStore, 'upsert'>,
  interpret: Interpret,
  clock = Date.now,
) {
  return async (request: ShortlistSaveRequest, pageUrl: string | null): Promise<ShortlistSaveResponse> => {
    const offer =
      request.offer ?? (request.batch ? (interpret(request.site, request.batch)[0] ?? null) : null);
    const supplier = request.supplier ?? offer?.supplier ?? null;
    if (!supplier) throw new Refusal('This card shows no supplier to save.');
    const key = supplierKey(request.site, supplier.url);
    if (key === null) {
      throw new Refusal(
        "This page doesn't link to the supplier's storefront, so it can't be told apart from others: open the supplier's page and save it there.",
      );
    }
    const now = clock();
    const assessment = withoutBuyerMark(request.assessment);
    const saved = offer ? savedOfferFrom(offer, now) : null;
    const visit = { seenAt: now, page: request.page, url: pageUrl, supplier };
    const { entry, added } = await store.upsert(key, (stored) => {
      const entry = stored
        ? recordVisit(stored, visit, assessment)
        : createEntry({
            site: request.site,
            key,
            supplier,
            assessment,
            page: request.page,
            url: pageUrl,
            now,
          });
      return saved ? addOffer(entry, saved, now) : entry;
    });
    return { key, name: entry.name, added };
  };
}

/** The buyer's marks are worked out afresh on every page; an entry keeps the verdict alone. */
function withoutBuyerMark(assessment: Assessment | null): Assessment | null {
  if (!assessment?.buyer) return assessment;
  const verdict = { ...assessment };
  delete verdict.buyer;
  return verdict;
}
