import type { JudgeRequest, JudgeResponse, LevelCounts, PageSummary } from '../messaging/protocol';
import type { Listing } from '../signals/listing';
import type { PageReading } from '../signals/reading';
import { PAGE_SUPPLIER_KEY, type RecordBatch, type SiteCapture } from '../sites/types';
import { BADGE_TAG, mountBadge, removeAllBadges } from './badge-host';
import { CardBadges, type Judged } from './card-badges';
import { priceOutliers } from './price-outliers';
import { watchAddedElements } from './watch-mutations';

export type Judge = (request: JudgeRequest) => Promise<JudgeResponse>;

/**
 * One page's life: read it, have the background judge it, badge every card,
 * and keep badging cards the page adds later. Holds no rules of its own.
 */
export class PageSession {
  private reading: PageReading | null = null;
  private readonly judged = new Map<string, Judged>();
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
  ) {
    this.badges = new CardBadges(doc, {
      get: (key) => this.judged.get(key),
      isPending: (key) => this.pending.has(key),
    });
  }

  async start(): Promise<void> {
    // Offers in the page's JSON come back uninterpreted (batch): the background reads them.
    const { reading, batch } = this.adapter.readForJudging(this.doc, this.url);
    this.reading = reading;
    if (reading.health === 'blocked' || reading.health === 'unsupported') return;
    const keyed = reading.listings.filter(
      (listing): listing is Listing & { productId: string } => !!listing.productId,
    );
    try {
      await this.judgeAndRemember(keyed, reading.supplier, batch);
    } catch (error) {
      // No verdicts without the background: say so in the popup rather than show a half-badged page.
      this.reading = {
        ...reading,
        health: 'partial',
        problems: [...reading.problems, `could not judge: ${String(error)}`],
      };
      return;
    }
    if (this.disposed) return;
    this.badges.place(this.adapter.findCards(this.doc, this.url));
    this.floatVerdictIfUnseen();
    this.stopWatching = watchAddedElements(this.doc.body ?? this.doc.documentElement, (changed) => {
      this.onPageChanged(changed).catch((error: unknown) => console.warn('[Supplier Radar]', error));
    });
  }

  dispose(): void {
    this.disposed = true;
    this.stopWatching?.();
    removeAllBadges(this.doc);
  }

  summary(): PageSummary {
    const counts: LevelCounts = { low: 0, medium: 0, high: 0, unknown: 0 };
    for (const host of Array.from(this.doc.querySelectorAll(`${BADGE_TAG}[data-level]`))) {
      const level = host.getAttribute('data-level') as keyof LevelCounts;
      if (level in counts) counts[level]++;
    }
    const reading = this.reading;
    return {
      site: this.adapter.id,
      page: reading?.page ?? this.adapter.pageKind(this.url),
      health: reading?.health ?? 'partial',
      problems: reading?.problems ?? ['still reading the page'],
      counts,
      listingsRead: (reading?.listings.length ?? 0) + this.listingsRead,
      outliers: priceOutliers(this.judged.values()),
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
    const unknown = this.badges.place(slots);
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
    const key = ownOffer && this.judged.has(ownOffer) ? ownOffer : PAGE_SUPPLIER_KEY;
    const judged = this.judged.get(key);
    if (!judged || this.doc.querySelector(`${BADGE_TAG}[data-key="${key}"]`)) return;
    const caption = key === PAGE_SUPPLIER_KEY ? 'Supplier' : 'This offer';
    mountBadge(this.doc.body ?? this.doc.documentElement, key, judged.assessment, judged.subject, caption);
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
    if (batch) request.batch = batch;
    const answer = await this.judge(request);
    if (supplier && answer.supplier) {
      this.judged.set(PAGE_SUPPLIER_KEY, {
        assessment: answer.supplier,
        subject: supplier.name,
        title: null,
      });
    }
    listings.forEach((listing, index) => {
      const assessment = answer.listings[index];
      if (assessment) {
        this.judged.set(listing.productId, {
          assessment,
          subject: listing.supplier.name,
          title: listing.title,
        });
      }
    });
    for (const { key, subject, title, assessment } of answer.batch)
      this.judged.set(key, { assessment, subject, title });
    this.listingsRead += answer.batch.length;
  }

  /** A card that doesn't name its supplier (a storefront's product) belongs to the page's supplier. */
  private withPageSupplier<T extends Listing>(listing: T): T {
    const pageSupplier = this.reading?.supplier;
    return listing.supplier.name === null && pageSupplier ? { ...listing, supplier: pageSupplier } : listing;
  }
}
