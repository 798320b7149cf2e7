import type { CardSlot } from '../../types';
import { PAGE_SUPPLIER_KEY } from '../../types';
import { allMatching } from '../shared/dom-text';
import { PDP_2021, PDP_2025 } from './selectors';
import { productIdFromUrl } from '../shared/urls';

/**
 * Badge places on a product page: the page's supplier card (2025 strip, ~2021 widget card, or
 * the rendered company card module) keyed PAGE_SUPPLIER_KEY, and the product itself (keyed by
 * the product id in the URL) under its title. Each card once.
 */
export function findProductCards(root: ParentNode, url: URL): CardSlot[] {
  const slots: CardSlot[] = [];
  const supplier = supplierSlot(root);
  if (supplier) slots.push(supplier);
  const productId = productIdFromUrl(url.href);
  const title = allMatching(root, PDP_2025.title)[0];
  if (productId !== null && title) {
    slots.push({ card: title, key: productId, anchor: title.querySelector(PDP_2025.titleAnchor) ?? title });
  }
  return slots;
}

function supplierSlot(root: ParentNode): CardSlot | null {
  const strip = allMatching(root, PDP_2025.company).find((el) => el.querySelector(PDP_2025.companyInfo));
  if (strip) {
    return {
      card: strip,
      key: PAGE_SUPPLIER_KEY,
      anchor: strip.querySelector(PDP_2025.companyInfo) ?? strip,
    };
  }
  const old = allMatching(root, PDP_2021.card)[0];
  if (old) return { card: old, key: PAGE_SUPPLIER_KEY, anchor: old.querySelector(PDP_2021.anchor) ?? old };
  // The company card module renders lazily; only a rendered (non-empty) one gets a badge.
  const card = allMatching(root, PDP_2025.companyCard).find((el) => el.childElementCount > 0);
  return card ? { card, key: PAGE_SUPPLIER_KEY, anchor: card } : null;
}
