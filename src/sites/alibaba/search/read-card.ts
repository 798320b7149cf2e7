import type { Listing } from '../../../signals/listing';
import { cardRecord } from './card-record';
import { mapOffer } from './map-offer';
import { filtersFromUrl } from './search-context';
import type { SearchContext } from './search-context';

type Filters = Pick<SearchContext, 'verifiedOnly' | 'tradeAssuranceOnly'>;

/**
 * One search card from its DOM alone (cards added by infinite scroll never reach the inline JSON).
 * Null when the card holds no listing yet (an empty wrapper, a placeholder). Never throws.
 */
export function readSearchCard(card: Element, url: URL): Listing | null {
  return readCardWith(card, url, filtersFromUrl(url));
}

/** As readSearchCard, with page filters known from elsewhere (the offer JSON). */
export function readCardWith(card: Element, url: URL, filters: Filters): Listing | null {
  const record = cardRecord(card, url);
  return record === null ? null : mapOffer(record, { ...filters, verificationKeyOnPage: false });
}
