import type { Listing } from '../signals/listing';
import type { PageKind, PageReading, SiteId } from '../signals/reading';

/** Card key of the page's own supplier card (product page supplier card, storefront header). */
export const PAGE_SUPPLIER_KEY = '@page-supplier';

/** A listing card on the page, paired with the key that finds its listing. */
export interface CardSlot {
  /** The card's root element. */
  card: Element;
  /** `Listing.productId` of the card's listing, or PAGE_SUPPLIER_KEY for the page's own supplier card. */
  key: string;
  /** Where the badge host is inserted (appended as the last child). */
  anchor: Element;
}

export type JsonScalar = string | number | boolean | null;
/** One record cut from page JSON: plain values, or lists of small objects of plain values. */
export type PageRecord = Record<string, JsonScalar | Array<Record<string, JsonScalar>>>;

/**
 * Records a reader found in a page's inline JSON, passed on uninterpreted:
 * turning dozens of offers into listings is the costliest part of reading a
 * page, so the content script hands it to the background, off the page's
 * main thread. `format` names the interpreter.
 */
export interface RecordBatch {
  format: 'alibaba-search-offers';
  /** Page-wide facts the interpreter needs (active filters and the like). */
  context: Record<string, boolean>;
  records: PageRecord[];
  /** Entries the page held that could not become records at all (not objects). */
  unreadable: number;
}

/** What a content script sends to be judged: the reading, minus what is left in `batch`. */
export interface ReadingForJudging {
  reading: PageReading;
  batch: RecordBatch | null;
  /** The cards found while reading, when the reading looked for them: badged without scanning the page again. */
  cards?: CardSlot[];
}

/** New cards, read for judging: listings keyed by their card's key, and what is left to interpret. */
export interface CardsForJudging {
  listings: Array<Listing & { productId: string }>;
  batch: RecordBatch | null;
}

/**
 * What a content script needs of one page kind: where the cards are, and
 * what the page shows, found but left uninterpreted where interpreting is
 * costly. Each page kind gets its own content script (matched by
 * `matches`), so a page loads only the code for its kind.
 */
export interface PageCapture {
  kind: Exclude<PageKind, 'other'>;
  /** Match patterns for this kind's pages; coarse, the capture checks `pageKind` again. */
  matches: string[];
  excludeMatches?: string[];
  /** Cards currently in `root` that should carry a badge, each once. */
  findCards(root: ParentNode, url: URL): CardSlot[];
  /**
   * The cards that hold or lie inside any of `elements` (what a DOM change
   * touched). Optional: without it a change rescans the whole page, which is
   * cheap where a page has a handful of cards.
   */
  findCardsAround?(elements: readonly Element[], url: URL): CardSlot[];
  /** The page for judging: what was read, and records left for the background to interpret. Never throws. */
  readForJudging(doc: Document, url: URL): ReadingForJudging;
  /** Cards added after the first read, ready to be judged. */
  cardsForJudging(cards: CardSlot[], url: URL): CardsForJudging;
  /** The card key (product id) of a record this kind leaves in its batches; absent when it leaves none. */
  recordKey?(record: PageRecord): string | null;
}

/** One page kind, whole: the capture plus interpretation, for the background and the audit CLI. */
export interface PageReader extends PageCapture {
  /** Read the whole page in one place: inline JSON first, DOM second. Never throws. */
  read(doc: Document, url: URL): PageReading;
  /** Null when the card holds no listing, or this kind has no cards read on their own. */
  readCard(card: Element, url: URL): Listing | null;
  /** The batch format `readForJudging` leaves and `interpret` reads. */
  batchFormat?: RecordBatch['format'];
  /** Listings from a batch this reader left uninterpreted. Pure; never throws. */
  interpret?(batch: RecordBatch): Listing[];
}

/** A marketplace as a content script sees it: pure functions of (document, url); never messages, stores or scores. */
export interface SiteCapture {
  id: SiteId;
  pageKind(url: URL): PageKind;
  findCards(root: ParentNode, url: URL): CardSlot[];
  /** The cards a change touched; null when this page kind can only rescan the whole page. */
  findCardsAround(elements: readonly Element[], url: URL): CardSlot[] | null;
  readForJudging(doc: Document, url: URL): ReadingForJudging;
  cardsForJudging(cards: CardSlot[], url: URL): CardsForJudging;
  /** The card key of a batch record read on `url`'s page kind (to find a card's record again). */
  recordKey(record: PageRecord, url: URL): string | null;
}

/** A marketplace whole: for the background (interpreting batches) and the audit CLI (reading saved pages). */
export interface SiteAdapter extends SiteCapture {
  /** Hosts as WebExtension match patterns: which senders are marketplace pages. */
  matches: string[];
  read(doc: Document, url: URL): PageReading;
  readCard(card: Element, url: URL): Listing | null;
  /** The background's half of `readForJudging`. Unknown formats give no listings. */
  interpret(batch: RecordBatch): Listing[];
  /** What a search page is about, in words, for its price history; null on other pages. */
  priceTopic(url: URL): string | null;
}
