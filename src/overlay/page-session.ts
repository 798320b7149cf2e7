import type { JudgeRequest, JudgeResponse, ShortlistSaveRequest } from '../messaging/protocol';
import type { PageSummary } from '../messaging/page-protocol';
import type { Listing } from '../signals/listing';
import type { PageReading } from '../signals/reading';
import { PAGE_SUPPLIER_KEY, type CardSlot, type RecordBatch, type SiteCapture } from '../sites/types';
import { BADGE_TAG, mountBadge, removeAllBadges } from './badge-host';
import { CardBadges } from './card-badges';
import { pageSupplierOf, summarisePage } from './page-summary';
import { VerdictBook, type Shortlist } from './verdict-book';
import { noticeChanges, watchAddedElements } from './watch-mutations';

export type Judge = (request: JudgeRequest) => Promise<JudgeResponse>;

/**
 * One page's life: read it, have the background judge it, badge every card,
 * and keep badging cards the page adds later. Holds no rules of its own.
 */
export class PageSession {
  private reading: PageReading | null = null;
  private readonly verdicts: VerdictBook;
  private readonly pending = new Set<string>();
  private readonly badges: CardBadges;
  private stopWatching: (() => void) | null = null;
  private disposed = false;
  /** Listings the background interpreted from the page's JSON for us. */
  private listingsRead = 0;

  constructor(
    private readonly doc: Document,
    private readonly url: URL,
    private readonly adapter: SiteCapture,
    private readonly judge: Judge,
    /** Saves a supplier to the shortlist (absent in tests that don't save). */
    shortlist?: Shortlist,
  ) {
    this.verdicts = new VerdictBook(adapter, url, shortlist);
    this.badges = new CardBadges(doc, {
      get: (key) => this.verdicts.judged.get(key),
      isPending: (key) => this.pending.has(key),
    });
  }

  async start(): Promise<void> {
    // Offers in the page's JSON come back uninterpreted (batch): the background reads them.
    const { reading, batch, cards } = this.adapter.readForJudging(this.doc, this.url);
    this.reading = reading;
    if (reading.health === 'blocked' || reading.health === 'unsupported') return;
    const keyed = reading.listings.filter(
      (listing): listing is Listing & { productId: string } => !!listing.productId,
    );
    // Did the page add or remove anything while the background judged? Then the cards found while reading may be
    // stale, and any the page added must be read too.
    const stopNoticing = noticeChanges(this.doc.body ?? this.doc.documentElement);
    try {
      await this.judgeAndRemember(keyed, reading.supplier, batch);
    } catch (error) {
      stopNoticing();
      // No verdicts without the background: say so in the popup rather than show a half-badged page.
      this.reading = {
        ...reading,
        health: 'partial',
        problems: [...reading.problems, `could not judge: ${String(error)}`],
      };
      return;
    }
    const pageChanged = stopNoticing();
    if (this.disposed) return;
    const unknown = this.badges.place(
      cards && !pageChanged ? cards : this.adapter.findCards(this.doc, this.url),
    );
    this.floatVerdictIfUnseen();
    this.stopWatching = watchAddedElements(this.doc.body ?? this.doc.documentElement, (changed) => {
      this.onPageChanged(changed).catch((error: unknown) => console.warn('[Supplier Radar]', error));
    });
    await this.judgeNewCards(unknown);
  }

  dispose(): void {
    this.disposed = true;
    this.stopWatching?.();
    removeAllBadges(this.doc);
  }

  summary(): PageSummary {
    return summarisePage(this.doc, {
      site: this.adapter.id,
      page: this.reading?.page ?? this.adapter.pageKind(this.url),
      reading: this.reading,
      judged: this.verdicts.judged,
      listingsRead: (this.reading?.listings.length ?? 0) + this.listingsRead,
    });
  }

  /**
   * What the popup's "Save supplier" sends: the supplier a product or
   * supplier page is about, with its verdict (and, on a product page, the
   * offer itself, so its price can be costed). Null on other pages, and when
   * the page doesn't name the storefront (the shortlist couldn't key it).
   */
  pageSupplierToSave(): Omit<ShortlistSaveRequest, 'type'> | null {
    const reading = this.reading;
    if (!reading?.site || !reading.supplier || !pageSupplierOf(reading)) return null;
    const offer = reading.page === 'product' ? (reading.listings[0] ?? null) : null;
    return {
      site: reading.site,
      page: reading.page,
      supplier: reading.supplier,
      assessment: this.verdicts.judged.get(PAGE_SUPPLIER_KEY)?.assessment ?? null,
      offer,
    };
  }

  /**
   * New or re-rendered cards: badge those we know; mark the rest "Checking…"
   * at once (this runs before the page draws them) and ask for their verdicts.
   */
  private async onPageChanged(changed: Element[]): Promise<void> {
    if (this.disposed) return;
    const slots =
      this.adapter.findCardsAround(changed, this.url) ?? this.adapter.findCards(this.doc, this.url);
    await this.judgeNewCards(this.badges.place(slots));
  }

  /** Marks cards nobody has asked about "Checking…" and asks for their verdicts. */
  private async judgeNewCards(unknown: CardSlot[]): Promise<void> {
    if (unknown.length === 0) return;
    // Cards whose values need interpreting come back in a batch, for the background to read.
    const { listings: read, batch } = this.adapter.cardsForJudging(unknown, this.url);
    const listings = read.map((listing) => this.withPageSupplier(listing));
    for (const slot of unknown) {
      this.pending.add(slot.key);
      this.badges.mark(slot);
    }
    try {
      await this.judgeAndRemember(listings, null, batch);
    } finally {
      for (const slot of unknown) this.pending.delete(slot.key);
      if (!this.disposed) this.badges.settle();
    }
  }

  /**
   * The verdict a product or supplier page is about (the offer's own on a
   * product page, which carries its supplier's findings; the supplier's on a
   * supplier page) is never left unseen: when no card of it was found (a
   * layout we don't know, or one not rendered yet) it is pinned to the
   * corner. Never on search pages, whose cards simply haven't arrived yet.
   */
  private floatVerdictIfUnseen(): void {
    const reading = this.reading;
    if (!reading || reading.page === 'search') return;
    const ownOffer = reading.page === 'product' ? reading.listings[0]?.productId : undefined;
    const key = ownOffer && this.verdicts.judged.has(ownOffer) ? ownOffer : PAGE_SUPPLIER_KEY;
    const judged = this.verdicts.judged.get(key);
    if (!judged || this.doc.querySelector(`${BADGE_TAG}[data-key="${key}"]`)) return;
    const caption = key === PAGE_SUPPLIER_KEY ? 'Supplier' : 'This offer';
    mountBadge(
      this.doc.body ?? this.doc.documentElement,
      key,
      judged.assessment,
      judged.subject,
      caption,
      judged.save,
    );
  }

  private async judgeAndRemember(
    listings: Array<Listing & { productId: string }>,
    supplier: PageReading['supplier'],
    batch: RecordBatch | null = null,
  ): Promise<void> {
    if (listings.length === 0 && !supplier && !batch) return;
    const reading = this.reading;
    if (!reading?.site) return;
    const request: JudgeRequest = {
      type: 'judge',
      site: reading.site,
      page: reading.page,
      supplier,
      listings,
    };
    if (batch) {
      request.batch = batch;
      this.verdicts.sent(batch);
    }
    const answer = await this.judge(request);
    this.verdicts.remember(request, answer);
    this.listingsRead += answer.batch.length;
  }

  /** A card that doesn't name its supplier (a storefront's product) belongs to the page's supplier. */
  private withPageSupplier<T extends Listing>(listing: T): T {
    const pageSupplier = this.reading?.supplier;
    return listing.supplier.name === null && pageSupplier ? { ...listing, supplier: pageSupplier } : listing;
  }
}
