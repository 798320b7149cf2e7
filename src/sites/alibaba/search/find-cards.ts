import type { CardSlot } from '../../types';
import { cardProductId } from './card-key';
import { BADGE_ANCHORS, CARD_ROOTS, COMPANY_LINK } from './selectors';

/**
 * Every search card in `root` once, with its product id and where its badge goes. List view
 * nests card wrappers (INR: an outer wrapper holding image, content and action wrappers), so only
 * the outermost counts. Cards without a product id, or not rendered yet, are skipped.
 */
export function findSearchCards(root: ParentNode): CardSlot[] {
  try {
    const slots: CardSlot[] = [];
    for (const card of findCardRoots(root)) {
      const key = cardProductId(card);
      const anchor = badgeAnchor(card);
      if (key !== null && anchor !== null) slots.push({ card, key, anchor });
    }
    return slots;
  } catch {
    return [];
  }
}

/** Outermost card roots in `root` (and `root` itself when it is one), in document order. */
export function findCardRoots(root: ParentNode): Element[] {
  const found = Array.from(root.querySelectorAll(CARD_ROOTS));
  if (isElement(root) && root.matches(CARD_ROOTS)) found.unshift(root);
  return found.filter((card) => !card.parentElement?.closest(CARD_ROOTS));
}

/** A stable element in the supplier area where a small inline badge fits (appended as its last child). */
function badgeAnchor(card: Element): Element | null {
  for (const selector of BADGE_ANCHORS) {
    const anchor = card.querySelector(selector);
    if (anchor) return anchor;
  }
  // fy23 / 2019-2021 layouts: beside the company name.
  return card.querySelector(COMPANY_LINK)?.parentElement ?? null;
}

function isElement(node: ParentNode): node is Element {
  return typeof (node as Partial<Element>).matches === 'function';
}
