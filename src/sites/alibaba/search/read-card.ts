import type { Listing } from '../../../signals/listing';
import { cardProductId } from './card-key';
import { areaContent, readCardAreas } from './card-mod';
import { readCardSupplier } from './card-supplier';
import { textIn } from '../shared/dom-text';
import { filtersFromUrl } from './search-context';
import type { SearchContext } from './search-context';
import { AREA, MOQ_TEXT, PRICE_TEXT, TITLE_LINK } from './selectors';
import { absoluteUrl } from '../shared/urls';
import { moqOf, priceOf, textOf } from './values';

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
  try {
    const areas = readCardAreas(card);
    const titleLink = card.querySelector(TITLE_LINK);
    const title = textOf(titleLink?.textContent);
    const price = priceOf(areaContent(areas, AREA.price) ?? textIn(card, PRICE_TEXT));
    const supplier = readCardSupplier(card, areas, url, filters);
    if (title === null && price === null && supplier.name === null) return null;
    return {
      productId: cardProductId(card),
      title,
      url: absoluteUrl(titleLink?.getAttribute('href'), url),
      price,
      moq: moqOf(areaContent(areas, AREA.moq) ?? textIn(card, MOQ_TEXT)),
      supplier,
      paymentTerms: [],
    };
  } catch {
    return null;
  }
}
