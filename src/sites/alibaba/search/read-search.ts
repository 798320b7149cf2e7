import type { Listing } from '../../../signals/listing';
import type { PageReading } from '../../../signals/reading';
import type { RecordBatch } from '../../types';
import { captureSearchPage, NO_OFFERS, SEARCH_OFFERS } from './capture';
import { mapOffer } from './map-offer';
import type { SearchContext } from './search-context';

/**
 * An Alibaba.com search page read in one place (the audit CLI, tests): the
 * content script's capture (the inline offer JSON, then the rendered cards it
 * lacks), interpreted here as the background would. Challenge pages are
 * recognised by the caller. Never throws.
 */
export function readSearchPage(doc: Document, url: URL): PageReading {
  const { reading, batch } = captureSearchPage(doc, url);
  if (!batch) return reading;
  const listings = interpretSearchOffers(batch);
  const problems = reading.problems.filter((problem) => problem !== NO_OFFERS);
  const offers = batch.records.length + batch.unreadable;
  if (listings.length < offers) {
    problems.unshift(`${offers - listings.length} of ${offers} offers could not be read`);
  }
  const incomplete = listings.filter(lacksEssentials).length;
  if (incomplete > 0) {
    problems.push(
      `${incomplete} of ${listings.length} listings lack a product id, title, price or supplier name`,
    );
  }
  const health = listings.length > 0 && problems.length === 0 ? 'ok' : 'partial';
  return {
    ...reading,
    health,
    listings,
    problems: listings.length === 0 ? [NO_OFFERS, ...problems] : problems,
  };
}

/** The background's half: offer-shaped records (JSON offers and cards alike) -> listings. Pure; never throws. */
export function interpretSearchOffers(batch: RecordBatch): Listing[] {
  if (batch.format !== SEARCH_OFFERS) return [];
  const context = contextOf(batch.context);
  return batch.records.map((record) => mapOffer(record, context)).filter((listing) => listing !== null);
}

/** Context flags from a batch, which crossed a message boundary: anything but `true` is false. */
function contextOf(flags: Record<string, boolean>): SearchContext {
  return {
    verifiedOnly: flags['verifiedOnly'] === true,
    tradeAssuranceOnly: flags['tradeAssuranceOnly'] === true,
    verificationKeyOnPage: flags['verificationKeyOnPage'] === true,
  };
}

function lacksEssentials(listing: Listing): boolean {
  return (
    listing.productId === null ||
    listing.title === null ||
    listing.price === null ||
    listing.supplier.name === null
  );
}
