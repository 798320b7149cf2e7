import { describe, expect, it } from 'vitest';
import { readBuyerKnowledge } from '../../src/background/buyer-knowledge';
import { createShortlistSave } from '../../src/background/shortlist-save';
import { judgeSupplier } from '../../src/judge/judge';
import { DEFAULT_JUDGE_SETTINGS } from '../../src/judge/rule-settings';
import { emptySupplier } from '../../src/signals/empty-supplier';
import type { Supplier } from '../../src/signals/supplier';
import { ShortlistStore } from '../../src/storage/shortlist';

let dbCount = 0;
const freshStore = () => new ShortlistStore(`buyer-knowledge-test-${dbCount++}`);
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 22);

const storefront = (fields: Partial<Supplier> = {}): Supplier => ({
  ...emptySupplier(),
  name: 'Zhida Furnishings Co., Ltd.',
  url: 'https://zhida.en.alibaba.com/',
  yearsActive: 6,
  badges: ['verified', 'trade-assurance'],
  verificationShown: true,
  responseRate: 0.95,
  ...fields,
});
const onSupplierPage = {
  site: 'alibaba' as const,
  page: 'supplier' as const,
  url: 'https://zhida.en.alibaba.com/',
};

async function shortlisted(store: ShortlistStore, supplier: Supplier, at: number) {
  const save = createShortlistSave(
    store,
    () => [],
    () => at,
  );
  return save(
    { type: 'shortlist-save', site: 'alibaba', page: 'supplier', supplier, assessment: null, offer: null },
    onSupplierPage.url,
  );
}

describe('readBuyerKnowledge', () => {
  it('marks shortlisted and verified suppliers, and nobody else', async () => {
    const store = freshStore();
    await shortlisted(store, storefront(), NOW - DAY);
    const other = storefront({ name: 'Other Co.', url: 'https://other.en.alibaba.com/' });
    const allowed = storefront({ name: 'Checked Co.', url: 'https://checked.en.alibaba.com/' });
    const knowledge = await readBuyerKnowledge(
      store,
      onSupplierPage,
      [storefront(), other, allowed],
      [{ key: 'alibaba:checked', name: 'Checked Co.', verifiedAt: 7 }],
      NOW,
    );
    expect(knowledge.markOf(storefront())).toEqual({
      key: 'alibaba:zhida',
      status: 'considering',
      verifiedAt: null,
    });
    expect(knowledge.markOf(allowed)).toEqual({ key: 'alibaba:checked', status: null, verifiedAt: 7 });
    expect(knowledge.markOf(other)).toBeUndefined();
  });

  it("finds a shortlisted supplier's years going down on this visit, and the judge raises it to high", async () => {
    const store = freshStore();
    await shortlisted(store, storefront({ yearsActive: 6 }), NOW - 30 * DAY);
    const now = storefront({ yearsActive: 2 });
    const knowledge = await readBuyerKnowledge(store, onSupplierPage, [now], [], NOW);
    const changes = knowledge.changesOf(now);
    expect(changes).toEqual([
      expect.objectContaining({ field: 'years', severity: 'danger', before: '6', after: '2' }),
    ]);
    const before = judgeSupplier(now, DEFAULT_JUDGE_SETTINGS);
    const after = judgeSupplier(now, DEFAULT_JUDGE_SETTINGS, { price: null, changes });
    expect(after.level).toBe('high');
    expect(before.level).not.toBe('high');
    expect(after.findings[0]).toMatchObject({ rule: 'profile-changed', severity: 'danger' });
  });

  it('says nothing changed when the page shows the same as before', async () => {
    const store = freshStore();
    await shortlisted(store, storefront(), NOW - DAY);
    const knowledge = await readBuyerKnowledge(store, onSupplierPage, [storefront()], [], NOW);
    expect(knowledge.changesOf(storefront())).toEqual([]);
  });

  it('records the visit in the history of shortlisted suppliers only', async () => {
    const store = freshStore();
    await shortlisted(store, storefront(), NOW - DAY);
    const stranger = storefront({ url: 'https://stranger.en.alibaba.com/' });
    const knowledge = await readBuyerKnowledge(
      store,
      onSupplierPage,
      [storefront({ rating: 4.9 }), stranger],
      [],
      NOW,
    );
    await knowledge.recordVisits((supplier) => judgeSupplier(supplier, DEFAULT_JUDGE_SETTINGS));
    const entry = await store.get('alibaba:zhida');
    expect(entry?.history.map((visit) => visit.seenAt)).toEqual([NOW - DAY, NOW]);
    expect(entry?.signals.rating).toBe(4.9);
    expect(await store.get('alibaba:stranger')).toBeUndefined();
  });

  it('costs the marks, not the verdicts, when the shortlist cannot be read', async () => {
    const broken = {
      getMany: async () => {
        throw new Error('disk gone');
      },
      recordVisits: async () => {},
    };
    const knowledge = await readBuyerKnowledge(broken, onSupplierPage, [storefront()], [], NOW);
    expect(knowledge.markOf(storefront())).toBeUndefined();
    expect(knowledge.changesOf(storefront())).toEqual([]);
  });
});

describe('createShortlistSave', () => {
  it('adds a supplier once: a second save from another listing refreshes the same entry and keeps the status', async () => {
    const store = freshStore();
    expect(await shortlisted(store, storefront(), NOW - DAY)).toEqual({
      key: 'alibaba:zhida',
      name: 'Zhida Furnishings Co., Ltd.',
      added: true,
    });
    await store.update('alibaba:zhida', { kind: 'status', status: 'contacted' });
    const again = await shortlisted(
      store,
      storefront({ url: 'https://zhida.en.alibaba.com/productlist.html' }),
      NOW,
    );
    expect(again.added).toBe(false);
    const entry = await store.get('alibaba:zhida');
    expect(entry?.status).toBe('contacted');
    expect(entry?.history.map((visit) => visit.supplier.url)).toEqual([
      'https://zhida.en.alibaba.com/',
      'https://zhida.en.alibaba.com/productlist.html',
    ]);
    expect(await store.count()).toBe(1);
  });

  it('refuses a supplier whose storefront the page does not show, saving nothing', async () => {
    const store = freshStore();
    await expect(shortlisted(store, storefront({ url: null }), NOW)).rejects.toThrow(/storefront/);
    expect(await store.count()).toBe(0);
  });

  it("saves a search card from its page record, interpreted here, with the card's offer", async () => {
    const store = freshStore();
    const offer = {
      productId: '1600930741831',
      title: 'Bubble sofa',
      url: null,
      price: { min: 300, max: 420, currency: 'USD' },
      moq: { quantity: 2, unit: 'sets' },
      supplier: storefront(),
      paymentTerms: [],
    };
    const interpreted: unknown[] = [];
    const save = createShortlistSave(
      store,
      (site, batch) => {
        interpreted.push([site, batch.records.length]);
        return [offer];
      },
      () => NOW,
    );
    const batch = {
      format: 'alibaba-search-offers' as const,
      context: {},
      records: [{ productId: offer.productId }],
      unreadable: 0,
    };
    const answer = await save(
      {
        type: 'shortlist-save',
        site: 'alibaba',
        page: 'search',
        supplier: null,
        assessment: null,
        offer: null,
        batch,
      },
      'https://www.alibaba.com/trade/search?SearchText=sofa',
    );
    expect(answer).toEqual({ key: 'alibaba:zhida', name: 'Zhida Furnishings Co., Ltd.', added: true });
    expect(interpreted).toEqual([['alibaba', 1]]);
    const entry = await store.get('alibaba:zhida');
    expect(
      entry?.offers.map((saved) => [saved.productId, saved.unitPrice?.value, saved.unitPrice?.unit]),
    ).toEqual([['1600930741831', 420, 'set']]);
  });

  it('keeps the buyer marks out of the stored verdict', async () => {
    const store = freshStore();
    const save = createShortlistSave(
      store,
      () => [],
      () => NOW,
    );
    const assessment = {
      risk: 20,
      level: 'low' as const,
      findings: [],
      buyer: { key: 'alibaba:zhida', status: null, verifiedAt: 3 },
    };
    await save(
      {
        type: 'shortlist-save',
        site: 'alibaba',
        page: 'supplier',
        supplier: storefront(),
        assessment,
        offer: null,
      },
      null,
    );
    expect((await store.get('alibaba:zhida'))?.assessment).toEqual({ risk: 20, level: 'low', findings: [] });
  });
});
