import type { Listing } from '../../../signals/listing';
import type { PageReading } from '../../../signals/reading';
import type { CardSlot, CardsForJudging, ReadingForJudging, RecordBatch } from '../../types';
import { cardRecord } from './card-record';
import { cardProductId } from './card-key';
import { findCardRoots } from './find-cards';
import { offerRecordId } from './offer-records';
import { readCardWith } from './read-card';
import { extractOfferList, interpretOffers, type OfferListExtract } from './read-offer-list';
import { filtersFromUrl, type SearchContext } from './search-context';

const MAX_LISTINGS = 2000;
export const SEARCH_OFFERS: RecordBatch['format'] = 'alibaba-search-offers';

/**
 * An Alibaba.com search page: the inline offer JSON (all offers of the page),
 * then the rendered cards the JSON doesn't hold (added later, or a page
 * without the JSON), older layouts last. Challenge pages are recognised by the caller. Never throws.
 */
export function readSearchPage(doc: Document, url: URL): PageReading {
  const { reading, batch } = readSearchPageForJudging(doc, url);
  if (!batch) return reading;
  const fromJson = interpretSearchOffers(batch);
  const listings = [...fromJson, ...reading.listings].slice(0, MAX_LISTINGS);
  const problems = reading.problems.filter((problem) => problem !== NO_OFFERS);
  const offers = batch.records.length + batch.unreadable;
  if (fromJson.length < offers) {
    problems.unshift(`${offers - fromJson.length} of ${offers} offers in the offer JSON could not be read`);
  }
  const incomplete = listings.filter(lacksEssentials).length;
  if (incomplete > 0) {
    problems.push(
      `${incomplete} of ${listings.length} listings lack a product id, title, price or supplier name`,
    );
  }
  return pageReading(listings, problems, listings.length === 0);
}

/**
 * The content script's half: finds the offer JSON and reads the cards it
 * lacks, leaving the offers themselves for the background to interpret.
 */
export function readSearchPageForJudging(doc: Document, url: URL): ReadingForJudging {
  try {
    const extract = extractOfferList(doc, url);
    const inJson = new Set(extract.records.map(offerRecordId));
    const fromDom = findCardRoots(doc)
      .filter((card) => !inJson.has(cardProductId(card)))
      .map((card) => readCardWith(card, url, extract.context))
      .filter((listing) => listing !== null)
      .filter(firstOfItsId())
      .slice(0, MAX_LISTINGS);
    const problems = [...extract.problems];
    if (extract.status === 'broken' && fromDom.length > 0) {
      problems.push(`read ${fromDom.length} listings from the page's cards instead`);
    }
    const nothing = extract.records.length === 0 && fromDom.length === 0;
    if (nothing) problems.unshift(NO_OFFERS);
    const incomplete = fromDom.filter(lacksEssentials).length;
    if (incomplete > 0) {
      problems.push(
        `${incomplete} of ${fromDom.length} cards lack a product id, title, price or supplier name`,
      );
    }
    return { reading: pageReading(fromDom, problems, nothing), batch: batchOf(extract) };
  } catch (error) {
    return {
      reading: pageReading([], [`search page could not be read: ${String(error)}`], true),
      batch: null,
    };
  }
}

/** Cards added after the first read: their values as records, for the background to interpret. */
export function searchCardsForJudging(cards: CardSlot[], url: URL): CardsForJudging {
  const records = cards.map((slot) => cardRecord(slot.card, url)).filter((record) => record !== null);
  if (records.length === 0) return { listings: [], batch: null };
  const context: SearchContext = { ...filtersFromUrl(url), verificationKeyOnPage: false };
  return { listings: [], batch: { format: SEARCH_OFFERS, context: { ...context }, records, unreadable: 0 } };
}

/** The background's half: offer records -> listings. */
export function interpretSearchOffers(batch: RecordBatch): Listing[] {
  return batch.format === SEARCH_OFFERS ? interpretOffers(batch.records, contextOf(batch.context)) : [];
}

const NO_OFFERS = 'no offers found';

function batchOf(extract: OfferListExtract): RecordBatch | null {
  if (extract.records.length === 0) return null;
  return {
    format: SEARCH_OFFERS,
    context: { ...extract.context },
    records: extract.records,
    unreadable: extract.offerCount - extract.records.length,
  };
}

/** Context flags from a batch, which crossed a message boundary: anything but `true` is false. */
function contextOf(flags: Record<string, boolean>): SearchContext {
  return {
    verifiedOnly: flags['verifiedOnly'] === true,
    tradeAssuranceOnly: flags['tradeAssuranceOnly'] === true,
    verificationKeyOnPage: flags['verificationKeyOnPage'] === true,
  };
}

/** Keeps the first card of each product id (a page may show one offer twice); cards without an id all stay. */
function firstOfItsId(): (listing: Listing) => boolean {
  const seen = new Set<string>();
  return (listing) => {
    if (listing.productId === null) return true;
    if (seen.has(listing.productId)) return false;
    seen.add(listing.productId);
    return true;
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

function pageReading(listings: Listing[], problems: string[], nothing: boolean): PageReading {
  return {
    site: 'alibaba',
    page: 'search',
    health: !nothing && problems.length === 0 ? 'ok' : 'partial',
    supplier: null,
    listings,
    problems,
  };
}
