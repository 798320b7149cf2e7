import { parseTrackingParams } from './card-mod';
import { CTRDOT_ATTR, OFFER_ATTR, TITLE_LINK } from './selectors';
import { productIdFromUrl, productIdText } from '../shared/urls';

/** A card's product id: `data-ctrdot`, then `data-aplus-auto-offer` productId=, then the title link's `_<id>.html`. */
export function cardProductId(card: Element): string | null {
  return (
    productIdText(card.getAttribute(CTRDOT_ATTR)) ??
    productIdText(parseTrackingParams(card.getAttribute(OFFER_ATTR)).get('productId')) ??
    productIdFromUrl(card.querySelector(TITLE_LINK)?.getAttribute('href') ?? null)
  );
}
