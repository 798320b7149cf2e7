import type {
  CardSlot,
  CardsForJudging,
  PageCapture,
  PageRecord,
  ReadingForJudging,
  RecordBatch,
} from '../../types';
import { cardProductId } from './card-key';
import { cardRecord } from './card-record';
import { findCardRoots, findSearchCards, findSearchCardsAround, slotsOf } from './find-cards';
import { extractOfferList } from './offer-list';
import { offerRecordId } from './offer-records';
import { filtersFromUrl, type SearchContext } from './search-context';

export const SEARCH_OFFERS: RecordBatch['format'] = 'alibaba-search-offers';
const MAX_RECORDS = 500;

/**
 * The search page as its content script sees it: the offer JSON and the cards
 * the JSON lacks, found as offer-shaped records and left for the background to
 * interpret. Nothing here parses a price or a year, so the content script
 * carries none of that code. Never throws.
 */
export function captureSearchPage(doc: Document, url: URL): ReadingForJudging {
  try {
    const extract = extractOfferList(doc, url);
    const inJson = new Set(extract.records.map(offerRecordId));
    // One scan of the page's cards serves both reading the cards the JSON lacks and badging them all.
    const roots = findCardRoots(doc);
    const cards = slotsOf(roots);
    const keyOf = new Map(cards.map((slot) => [slot.card, slot.key]));
    const notInJson = roots.filter((card) => !inJson.has(keyOf.get(card) ?? cardProductId(card)));
    const fromCards = uniqueById(notInJson.map((card) => cardRecord(card, url)));
    const records = [...extract.records, ...fromCards].slice(0, MAX_RECORDS);
    const problems = [...extract.problems];
    if (extract.status === 'broken' && fromCards.length > 0) {
      problems.push(`read ${fromCards.length} listings from the page's cards instead`);
    }
    if (records.length === 0) problems.unshift(NO_OFFERS);
    const reading = {
      site: 'alibaba' as const,
      page: 'search' as const,
      health: records.length > 0 && problems.length === 0 ? ('ok' as const) : ('partial' as const),
      supplier: null,
      listings: [],
      problems,
    };
    const unreadable = extract.offerCount - extract.records.length;
    return {
      reading,
      batch: records.length > 0 ? batchOf(extract.context, records, unreadable) : null,
      cards,
    };
  } catch (error) {
    const problems = [`search page could not be read: ${String(error)}`];
    return {
      reading: { site: 'alibaba', page: 'search', health: 'partial', supplier: null, listings: [], problems },
      batch: null,
    };
  }
}

/** Cards added after the first read: their values as records, for the background to interpret. */
export function captureSearchCards(cards: CardSlot[], url: URL): CardsForJudging {
  const records = uniqueById(cards.map((slot) => cardRecord(slot.card, url)));
  const context: SearchContext = { ...filtersFromUrl(url), verificationKeyOnPage: false };
  return { listings: [], batch: records.length > 0 ? batchOf(context, records, 0) : null };
}

export const NO_OFFERS = 'no offers found';

export const searchCapture: PageCapture = {
  kind: 'search',
  matches: [
    '*://*.alibaba.com/trade/search*',
    '*://*.alibaba.com/search/page*',
    '*://*.alibaba.com/showroom/*',
    '*://*.alibaba.com/catalog/*',
    '*://*.alibaba.com/products/*',
    // Category listings: /<Category>_p<id>
    '*://*.alibaba.com/*_p*',
    // Robot-check redirects (/_____tmd_____/punish?x5secdata=…): read as "blocked", so the
    // popup can say the page couldn't be read. Searches are what get challenged most.
    '*://*.alibaba.com/*_____tmd_____*',
  ],
  excludeMatches: ['*://*.alibaba.com/product-detail/*', '*://*.en.alibaba.com/*'],
  findCards: findSearchCards,
  findCardsAround: findSearchCardsAround,
  readForJudging: captureSearchPage,
  cardsForJudging: captureSearchCards,
  recordKey: offerRecordId,
};

function batchOf(context: SearchContext, records: PageRecord[], unreadable: number): RecordBatch {
  return { format: SEARCH_OFFERS, context: { ...context }, records, unreadable };
}

/** Keeps the first record of each product id (a page may show one offer twice); records without an id all stay. */
function uniqueById(records: Array<PageRecord | null>): PageRecord[] {
  const seen = new Set<string>();
  return records.filter((record): record is PageRecord => {
    if (record === null) return false;
    const id = offerRecordId(record);
    if (id === null) return true;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
