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
    return slotsOf(findCardRoots(root));
  } catch {
    return [];
  }
}

/**
 * The cards a DOM change touched: each card that holds one of `elements`, or
 * lies inside one, once. Lets the overlay look at a scroll batch's new cards
 * without scanning the whole result list again.
 */
export function findSearchCardsAround(elements: readonly Element[]): CardSlot[] {
  try {
    const cards = new Set<Element>();
    for (const element of elements) {
      if (!element.isConnected) continue;
      const holder = outermostCardHolding(element);
      if (holder) cards.add(holder);
      else for (const card of findCardRoots(element)) cards.add(card);
    }
    return slotsOf([...cards]);
  } catch {
    return [];
  }
}

/** The card roots that carry a badge, with their product id and where the badge goes. */
export function slotsOf(cards: readonly Element[]): CardSlot[] {
  const slots: CardSlot[] = [];
  for (const card of cards) {
    const key = cardProductId(card);
    const anchor = badgeAnchor(card);
    if (key !== null && anchor !== null) slots.push({ card, key, anchor });
  }
  return slots;
}

function outermostCardHolding(element: Element): Element | null {
  let card = element.closest(CARD_ROOTS);
  for (
    let outer = card?.parentElement?.closest(CARD_ROOTS);
    outer;
    outer = outer.parentElement?.closest(CARD_ROOTS)
  ) {
    card = outer;
  }
  return card;
}

/** Outermost card roots in `root` (and `root` itself when it is one), in document order. */
export function findCardRoots(root: ParentNode): Element[] {
  // Inside a card, nothing is outermost.
  if (isElement(root) && root.parentElement?.closest(CARD_ROOTS)) return [];
  const found = Array.from(root.querySelectorAll(CARD_ROOTS));
  if (isElement(root) && root.matches(CARD_ROOTS)) found.unshift(root);
  // Document order: a nested wrapper comes right after the card that holds it.
  const outermost: Element[] = [];
  for (const card of found) {
    const last = outermost[outermost.length - 1];
    if (!last?.contains(card)) outermost.push(card);
  }
  return outermost;
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
