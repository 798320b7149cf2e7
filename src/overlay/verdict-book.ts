import type {
  JudgeRequest,
  JudgeResponse,
  ShortlistSaveRequest,
  ShortlistSaveResponse,
} from '../messaging/protocol';
import { PAGE_SUPPLIER_KEY, type RecordBatch, type SiteCapture } from '../sites/types';
import type { Judged } from './card-badges';

export type Shortlist = (request: Omit<ShortlistSaveRequest, 'type'>) => Promise<ShortlistSaveResponse>;

/**
 * One page's verdicts from the background, by card key, each with what its
 * badge's "Save to shortlist" sends. Keeps the record batches sent for
 * judging too: a card saved later is found again in them.
 */
export class VerdictBook {
  /** By card key (an offer's product id, or PAGE_SUPPLIER_KEY). */
  readonly judged = new Map<string, Judged>();
  private readonly batchesSent: RecordBatch[] = [];

  constructor(
    private readonly adapter: SiteCapture,
    private readonly url: URL,
    /** Saves a supplier to the shortlist (absent in tests that don't save). */
    private readonly shortlist?: Shortlist,
  ) {}

  /** A batch of page records is on its way to be judged. */
  sent(batch: RecordBatch): void {
    this.batchesSent.push(batch);
  }

  /** Takes in the background's answer to `request`. */
  remember(request: JudgeRequest, answer: JudgeResponse): void {
    const { site, page, supplier, listings } = request;
    if (supplier && answer.supplier) {
      const assessment = answer.supplier;
      this.judged.set(PAGE_SUPPLIER_KEY, {
        assessment,
        subject: supplier.name,
        title: null,
        save: this.saver(() => ({ site, page, supplier, assessment, offer: null })),
      });
    }
    listings.forEach((listing, index) => {
      const assessment = answer.listings[index];
      if (assessment && listing.productId) {
        this.judged.set(listing.productId, {
          assessment,
          subject: listing.supplier.name,
          title: listing.title,
          save: this.saver(() => ({ site, page, supplier: null, assessment, offer: listing })),
        });
      }
    });
    for (const { key, subject, title, assessment } of answer.batch) {
      const save = this.saver(() => {
        const record = this.recordOf(key);
        return record ? { site, page, supplier: null, assessment, offer: null, batch: record } : null;
      });
      this.judged.set(key, { assessment, subject, title, save });
    }
  }

  /** A badge's "Save to shortlist", sending what `request` builds when clicked. */
  private saver(request: () => Omit<ShortlistSaveRequest, 'type'> | null): Judged['save'] {
    const shortlist = this.shortlist;
    if (!shortlist) return undefined;
    return () => {
      const built = request();
      if (!built)
        return Promise.reject(new Error('this card is no longer on the page; reload and try again'));
      return shortlist(built);
    };
  }

  /** A card's record, as one-record batch, from the batches sent (looked up only when a card is saved). */
  private recordOf(key: string): RecordBatch | null {
    for (const batch of this.batchesSent) {
      const record = batch.records.find((candidate) => this.adapter.recordKey(candidate, this.url) === key);
      if (record) return { ...batch, records: [record], unreadable: 0 };
    }
    return null;
  }
}
