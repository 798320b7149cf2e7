import type { JudgeRequest, JudgeResponse, LevelCounts, PageSummary } from '../messaging/protocol';
import type { Listing } from '../signals/listing';
import type { PageReading } from '../signals/reading';
import { PAGE_SUPPLIER_KEY, type CardSlot, type RecordBatch, type SiteCapture } from '../sites/types';
import {
  BADGE_TAG,
  badgeIn,
  isPending,
  mountBadge,
  mountPendingBadge,
  pendingBadges,
  removeAllBadges,
  settleBadge,
} from './badge-host';
import { priceOutliers, type Judged } from './price-outliers';
import { watchAddedElements } from './watch-mutations';

export type Judge = (request: JudgeRequest) => Promise<JudgeResponse>;

/** Re-renders put a badge back; more than this many for one card means the page is fighting us. */
const MAX_MOUNTS_PER_CARD = 20;

/**
 * One page's life: read it, have the background judge it, badge every card,
 * and keep badging cards the page adds later. Holds no rules of its own.
 */
export class PageSession {
  private reading: PageReading | null = null;
  private readonly judged = new Map<string, Judged>();
  private readonly pending = new Set<string>();
  /** How often each card's badge was mounted (re-renders remove it). */
  private readonly mounts = new Map<string, number>();
  private stopWatching: (() => void) | null = null;
  private disposed = false;
  /** Listings the background interpreted from the page's JSON for us. */
  private listingsRead = 0;

  constructor(
    private readonly doc: Document,
    private readonly url: URL,
    private readonly adapter: SiteCapture,
    private readonly judge: Judge,
  ) {}

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
    this.badgeCards(this.adapter.findCards(this.doc, this.url));
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
    const unknown = this.badgeCards(slots);
    if (unknown.length === 0) return;
    // Cards whose values need interpreting come back in a batch, for the background to read.
    const { listings: read, batch } = this.adapter.cardsForJudging(unknown, this.url);
    const listings = read.map((listing) => this.withPageSupplier(listing));
    for (const slot of unknown) {
      this.pending.add(slot.key);
      this.mountOnce(slot, null);
    }
    try {
      await this.judgeAndRemember(listings, null, batch);
    } finally {
      for (const slot of unknown) this.pending.delete(slot.key);
      if (!this.disposed) this.settlePending();
    }
  }

  /** Pending badges get their verdict; those without one (the background failed) go, to be tried again. */
  private settlePending(): void {
    for (const host of pendingBadges(this.doc)) {
      const key = host.getAttribute('data-key') ?? '';
      if (this.pending.has(key)) continue;
      const judged = this.judged.get(key);
      if (judged) settleBadge(host, judged.assessment, judged.subject);
      else host.remove();
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

  /**
   * Badges every card in `slots` whose verdict we have, and marks those still
   * being judged; returns the cards nobody has asked about yet.
   */
  private badgeCards(slots: CardSlot[]): CardSlot[] {
    const unknown: CardSlot[] = [];
    for (const slot of slots) {
      const host = badgeIn(slot.anchor);
      const judged = this.judged.get(slot.key);
      if (host) {
        if (judged && isPending(host)) settleBadge(host, judged.assessment, judged.subject);
      } else if (judged) this.mountOnce(slot, judged);
      else if (this.pending.has(slot.key)) this.mountOnce(slot, null);
      else if (slot.key !== PAGE_SUPPLIER_KEY) unknown.push(slot);
    }
    return unknown;
  }

  /**
   * Mounts a card's badge (pending when there is no verdict yet), and again
   * when the page re-renders the card; but a page that removes every badge as
   * soon as it appears would have us re-adding forever, so each card gets a
   * bounded number of mounts.
   */
  private mountOnce(slot: CardSlot, judged: Judged | null): void {
    const mounts = this.mounts.get(slot.key) ?? 0;
    if (mounts >= MAX_MOUNTS_PER_CARD) return;
    this.mounts.set(slot.key, mounts + 1);
    if (judged) mountBadge(slot.anchor, slot.key, judged.assessment, judged.subject);
    else mountPendingBadge(slot.anchor, slot.key);
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
