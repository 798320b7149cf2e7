import { readInlineJson } from '../../inline-json';
import type { PageRecord } from '../../types';
import { asRecord, listField } from '../shared/json-fields';
import { pageReportsVerification } from './offer-badges';
import { pickOfferKeys } from './offer-records';
import { filtersFromOfferList, filtersFromUrl, mergeFilters } from './search-context';
import type { SearchContext } from './search-context';
import { OFFER_LIST_GLOBAL } from './selectors';

/** The page's offer JSON, found but not yet interpreted: cheap enough for the page's main thread. */
export interface OfferListExtract {
  /** found: the JSON was read; missing: the page has none; broken: it is there but unreadable. */
  status: 'found' | 'missing' | 'broken';
  records: PageRecord[];
  /** Offers in the JSON, records or not. */
  offerCount: number;
  context: SearchContext;
  problems: string[];
}

/** The inline `_offer_list` JSON (`offerResultData.offers[]`), each offer cut to the keys that are read. Never throws. */
export function extractOfferList(doc: Document, url: URL): OfferListExtract {
  const urlFilters = filtersFromUrl(url);
  const none = { ...urlFilters, verificationKeyOnPage: false };
  const json = readInlineJson(doc, OFFER_LIST_GLOBAL);
  if (json.status === 'missing')
    return { status: 'missing', records: [], offerCount: 0, context: none, problems: [] };
  if (json.status === 'broken') {
    return broken(none, `offer JSON unreadable: ${json.reason}`);
  }
  const offerList = asRecord(json.value);
  const results = asRecord(offerList?.['offerResultData']);
  if (offerList === null || results === null || !Array.isArray(results['offers'])) {
    return broken(none, 'offer JSON has no offerResultData.offers list');
  }
  const offers = listField(results, 'offers');
  const records = offers.map(pickOfferKeys).filter((record) => record !== null);
  const context: SearchContext = {
    ...mergeFilters(urlFilters, filtersFromOfferList(offerList)),
    verificationKeyOnPage: pageReportsVerification(records),
  };
  return { status: 'found', records, offerCount: offers.length, context, problems: [] };
}

function broken(context: SearchContext, problem: string): OfferListExtract {
  return { status: 'broken', records: [], offerCount: 0, context, problems: [problem] };
}
