import type { CardSlot } from '../../types';
import { PAGE_SUPPLIER_KEY } from '../../types';
import { allMatching } from '../shared/dom-text';
import { productIdFromUrl } from '../shared/urls';
import { PROFILE_2026, STOREFRONT } from './selectors';

/**
 * Badge places on a supplier page: the shop header (storefront) or the supplierPerformance
 * section (2026 profile) keyed PAGE_SUPPLIER_KEY, then every product card keyed by the product id
 * in its link ("..._1601619777417.html"). Each card once.
 */
export function findSupplierCards(root: ParentNode, _url: URL): CardSlot[] {
  const slots: CardSlot[] = [];
  const seen = new Set<Element>();
  const add = (slot: CardSlot) => {
    if (seen.has(slot.card)) return;
    seen.add(slot.card);
    slots.push(slot);
  };

  const header = allMatching(root, STOREFRONT.shopSign)[0];
  if (header)
    add({
      card: header,
      key: PAGE_SUPPLIER_KEY,
      anchor: header.querySelector(STOREFRONT.headerIcons) ?? header,
    });
  const performance = allMatching(root, PROFILE_2026.performance)[0];
  if (performance) add({ card: performance, key: PAGE_SUPPLIER_KEY, anchor: performance });

  for (const card of allMatching(root, STOREFRONT.productCard)) {
    const link =
      card.querySelector(STOREFRONT.cardTitleLink) ?? card.querySelector('a[href*="/product-detail/"]');
    const key = productIdFromUrl(link?.getAttribute('href') ?? null) ?? card.getAttribute('data-id');
    if (key && /^\d+$/.test(key))
      add({ card, key, anchor: card.querySelector(STOREFRONT.cardAnchor) ?? card });
  }

  // 2026 profile: the card is the link's wrapper (a carousel slide), so the badge sits outside the link.
  const links = allMatching(root, `${PROFILE_2026.productSection} ${PROFILE_2026.productLink}`);
  for (const link of links) {
    const key = productIdFromUrl(link.getAttribute('href'));
    const card = link.parentElement ?? link;
    if (key) add({ card, key, anchor: card });
  }
  return slots;
}
