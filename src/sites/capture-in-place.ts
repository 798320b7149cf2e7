import type { Listing } from '../signals/listing';
import type { PageReading } from '../signals/reading';
import type { CardsForJudging, CardSlot, ReadingForJudging } from './types';

/**
 * The capture half for a page kind cheap enough to read whole in the content
 * script (a product page, a storefront): nothing is left to the background.
 */
export function captureInPlace(
  read: (doc: Document, url: URL) => PageReading,
  readCard: (card: Element, url: URL) => Listing | null,
): {
  readForJudging(doc: Document, url: URL): ReadingForJudging;
  cardsForJudging(cards: CardSlot[], url: URL): CardsForJudging;
} {
  return {
    readForJudging: (doc, url) => ({ reading: read(doc, url), batch: null }),
    cardsForJudging: (cards, url) => ({
      listings: cards.flatMap((slot) => {
        const listing = readCard(slot.card, url);
        return listing ? [{ ...listing, productId: slot.key }] : [];
      }),
      batch: null,
    }),
  };
}
