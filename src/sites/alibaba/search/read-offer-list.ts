import type { Listing } from '../../../signals/listing';
import { readInlineJson } from '../../inline-json';
import { asRecord, listField } from '../shared/json-fields';
import { mapOffer } from './map-offer';
import { pageReportsVerification } from './offer-badges';
import { filtersFromOfferList, filtersFromUrl, mergeFilters } from './search-context';
import type { SearchContext } from './search-context';
import { OFFER_LIST_GLOBAL } from './selectors';

export interface OfferListReading {
  /** found: the JSON was read; missing: the page has none; broken: it is there but unreadable. */
  status: 'found' | 'missing' | 'broken';
  listings: Listing[];
  context: SearchContext;
  problems: string[];
}

/** The page's inline `_offer_list` JSON (`offerResultData.offers[]`) -> listings. Never throws. */
export function readOfferList(doc: Document, url: URL): OfferListReading {
  const urlFilters = filtersFromUrl(url);
  const none = { ...urlFilters, verificationKeyOnPage: false };
  const json = readInlineJson(doc, OFFER_LIST_GLOBAL);
  if (json.status === 'missing') return { status: 'missing', listings: [], context: none, problems: [] };
  if (json.status === 'broken') {
    return {
      status: 'broken',
      listings: [],
      context: none,
      problems: [`offer JSON unreadable: ${json.reason}`],
    };
  }
  const offerList = asRecord(json.value);
  const results = asRecord(offerList?.['offerResultData']);
  if (offerList === null || results === null || !Array.isArray(results['offers'])) {
    return {
      status: 'broken',
      listings: [],
      context: none,
      problems: ['offer JSON has no offerResultData.offers list'],
    };
  }
  const offers = listField(results, 'offers');
  const context: SearchContext = {
    ...mergeFilters(urlFilters, filtersFromOfferList(offerList)),
    verificationKeyOnPage: pageReportsVerification(offers),
  };
  const listings = offers.map((offer) => mapOffer(offer, context)).filter((listing) => listing !== null);
  const skipped = offers.length - listings.length;
  const problems =
    skipped > 0 ? [`${skipped} of ${offers.length} offers in the offer JSON could not be read`] : [];
  return { status: 'found', listings, context, problems };
}
