import type { Listing } from '../../../signals/listing';
import { cardRecord } from './card-record';
import { mapOffer } from './map-offer';
import { filtersFromUrl } from './search-context';

/**
 * One search card from its DOM alone (cards added by infinite scroll never reach the inline JSON),
 * interpreted as the background interprets card records. Null when the card holds no listing yet
 * (an empty wrapper, a placeholder). Never throws.
 */
export function readSearchCard(card: Element, url: URL): Listing | null {
  const record = cardRecord(card, url);
  return record === null ? null : mapOffer(record, { ...filtersFromUrl(url), verificationKeyOnPage: false });
}
