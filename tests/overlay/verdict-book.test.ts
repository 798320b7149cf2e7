import { describe, expect, it, vi } from 'vitest';
import type { JudgeRequest, JudgeResponse } from '../../src/messaging/protocol';
import { VerdictBook } from '../../src/overlay/verdict-book';
import type { Assessment } from '../../src/signals/assessment';
import { emptySupplier } from '../../src/signals/empty-supplier';
import type { Listing } from '../../src/signals/listing';
import { PAGE_SUPPLIER_KEY, type RecordBatch, type SiteCapture } from '../../src/sites/types';

const URL_ = new URL('https://www.alibaba.com/trade/search?SearchText=sofa');
const LOW: Assessment = { risk: 10, level: 'low', findings: [] };
const HIGH: Assessment = { risk: 90, level: 'high', findings: [] };

/** Only recordKey is asked of the adapter: a record's key is its productId. */
const adapter = {
  recordKey: (record: Record<string, unknown>) =>
    typeof record['productId'] === 'string' ? record['productId'] : null,
} as unknown as SiteCapture;

const supplier = { ...emptySupplier(), name: 'Acme Lighting Co.' };
const offer: Listing = {
  productId: '1',
  title: 'Desk lamp',
  url: null,
  price: null,
  moq: null,
  supplier,
  paymentTerms: [],
};
const batch: RecordBatch = {
  format: 'alibaba-search-offers',
  context: {},
  records: [{ productId: '30' }, { productId: '31' }],
  unreadable: 0,
};

function request(parts: Partial<JudgeRequest> = {}): JudgeRequest {
  return { type: 'judge', site: 'alibaba', page: 'search', supplier: null, listings: [], ...parts };
}

function answer(parts: Partial<JudgeResponse> = {}): JudgeResponse {
  return { supplier: null, listings: [], batch: [], ...parts };
}

describe('VerdictBook', () => {
  it('keeps the page supplier, each listing and each batch card under its key', () => {
    const book = new VerdictBook(adapter, URL_);
    book.remember(
      request({ supplier, listings: [offer] }),
      answer({
        supplier: LOW,
        listings: [HIGH],
        batch: [{ key: '31', subject: 'Beta Co.', title: 'Sofa', assessment: HIGH }],
      }),
    );
    expect(book.judged.get(PAGE_SUPPLIER_KEY)).toMatchObject({
      assessment: LOW,
      subject: 'Acme Lighting Co.',
    });
    expect(book.judged.get('1')).toMatchObject({ assessment: HIGH, title: 'Desk lamp' });
    expect(book.judged.get('31')).toMatchObject({ subject: 'Beta Co.', title: 'Sofa' });
    // Without a shortlist to save to, no badge offers saving.
    expect(book.judged.get('1')?.save).toBeUndefined();
  });

  it("saves a batch card with its own record from the batch sent, and refuses one that can't be found", async () => {
    const shortlist = vi.fn(async () => ({ key: 'alibaba:beta', name: 'Beta Co.', added: true }));
    const book = new VerdictBook(adapter, URL_, shortlist);
    book.sent(batch);
    book.remember(
      request({ batch }),
      answer({
        batch: [
          { key: '31', subject: null, title: null, assessment: HIGH },
          { key: '99', subject: null, title: null, assessment: HIGH },
        ],
      }),
    );
    await book.judged.get('31')?.save?.();
    expect(shortlist).toHaveBeenCalledWith(
      expect.objectContaining({ offer: null, batch: { ...batch, records: [{ productId: '31' }] } }),
    );
    await expect(book.judged.get('99')?.save?.()).rejects.toThrow(/no longer on the page/);
  });
});
