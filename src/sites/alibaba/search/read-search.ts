import type { Listing } from '../../../signals/listing';
import type { PageReading } from '../../../signals/reading';
import { cardProductId } from './card-key';
import { findCardRoots } from './find-cards';
import { mergeListings } from './merge';
import { readCardWith } from './read-card';
import { readOfferList } from './read-offer-list';

const MAX_LISTINGS = 2000;

/**
 * An Alibaba.com search page: the inline offer JSON first (all offers of the page), the
 * rendered cards second (they fill gaps and add cards the JSON lacks), older layouts last.
 * Challenge pages are recognised by the caller. Never throws.
 */
export function readSearchPage(doc: Document, url: URL): PageReading {
  try {
    return read(doc, url);
  } catch (error) {
    return reading([], [`search page could not be read: ${String(error)}`]);
  }
}

function read(doc: Document, url: URL): PageReading {
  const json = readOfferList(doc, url);
  // Reading a card costs more than a JSON offer: only read cards the JSON lacks or left incomplete.
  const fromJson = new Map(json.listings.map((listing) => [listing.productId, listing]));
  const fromDom = findCardRoots(doc)
    .filter((card) => {
      const known = fromJson.get(cardProductId(card));
      return known === undefined || lacksEssentials(known);
    })
    .map((card) => readCardWith(card, url, json.context))
    .filter((listing) => listing !== null);
  const listings = mergeListings(json.listings, fromDom).slice(0, MAX_LISTINGS);
  const problems = [...json.problems];
  if (listings.length === 0) return reading([], ['no offers found', ...problems]);

  if (json.status === 'broken' && fromDom.length > 0) {
    problems.push(`read ${fromDom.length} listings from the page's cards instead`);
  }
  const incomplete = listings.filter(lacksEssentials).length;
  if (incomplete > 0) {
    problems.push(
      `${incomplete} of ${listings.length} listings lack a product id, title, price or supplier name`,
    );
  }
  return reading(listings, problems);
}

function lacksEssentials(listing: Listing): boolean {
  return (
    listing.productId === null ||
    listing.title === null ||
    listing.price === null ||
    listing.supplier.name === null
  );
}

function reading(listings: Listing[], problems: string[]): PageReading {
  return {
    site: 'alibaba',
    page: 'search',
    health: listings.length > 0 && problems.length === 0 ? 'ok' : 'partial',
    supplier: null,
    listings,
    problems,
  };
}
