import { describe, expect, it, vi } from 'vitest';
import { handleBackgroundMessage, type HandlerDeps } from '../../src/messaging/handlers';
import { Refusal } from '../../src/messaging/refusal';
import type { CheckChatRequest } from '../../src/messaging/chat-protocol';
import { JudgeResponseSchema } from '../../src/messaging/protocol';
import type { Assessment } from '../../src/signals/assessment';
import { emptySupplier } from '../../src/signals/empty-supplier';
import type { Listing } from '../../src/signals/listing';
import type { Supplier } from '../../src/signals/supplier';

const assessment = (level: Assessment['level']): Assessment => ({
  risk: level === 'unknown' ? null : 50,
  level,
  findings: [],
});

function deps(): HandlerDeps<{ tag: string }> {
  return {
    loadSettings: vi.fn(async () => ({ tag: 'stored' })),
    judgePage: vi.fn(async (listings: readonly Listing[]) => listings.map(() => assessment('medium'))),
    priceHistorySize: vi.fn(async () => 12),
    clearPriceHistory: vi.fn(async () => {}),
    judgeSupplier: vi.fn(() => assessment('low')),
    interpret: vi.fn(() => []),
    checkChat: vi.fn(async (request: CheckChatRequest) => ({
      messages: request.messages.map((m) => ({ id: m.id, findings: [] })),
    })),
    chatDismissal: vi.fn(async (_conversation: string, dismissed: boolean | undefined) => ({
      dismissed: dismissed ?? false,
    })),
    chatMemorySize: vi.fn(async () => ({ accounts: 3, dismissals: 1 })),
    clearChatMemory: vi.fn(async () => {}),
    buyerKnowledge: vi.fn(async () => ({
      changesOf: () => [],
      markOf: (supplier: Supplier) =>
        supplier.name === 'Shortlisted Co.'
          ? { key: 'alibaba:short', status: 'contacted' as const, verifiedAt: null }
          : undefined,
      shortlisted: () => [],
      recordVisits: async () => {},
    })),
    shortlistSave: vi.fn(async () => ({ key: 'alibaba:acme', name: 'Acme', added: true })),
    shortlistUpdate: vi.fn(async () => null),
    shortlistRemove: vi.fn(async () => {}),
    saveSettings: vi.fn(async () => ({ ok: true as const })),
    deleteEverything: vi.fn(async () => {}),
  };
}

const listing: Listing = {
  productId: '1600147809763',
  title: 'T shirt',
  url: 'https://www.alibaba.com/product-detail/x_1600147809763.html',
  price: { min: 3.26, max: 4.1, currency: 'USD' },
  moq: { quantity: 2, unit: 'pieces' },
  supplier: { ...emptySupplier(), name: 'Acme' },
  paymentTerms: [],
};

const request = { type: 'judge', site: 'alibaba', page: 'search', supplier: null, listings: [listing] };

describe('handleBackgroundMessage', () => {
  it('judges every listing with settings read from storage, in order', async () => {
    const d = deps();
    const answer = await handleBackgroundMessage(
      { ...request, listings: [listing, listing] },
      'content-script',
      d,
    );
    expect(JudgeResponseSchema.parse(answer)).toEqual({
      supplier: null,
      listings: [assessment('medium'), assessment('medium')],
      batch: [],
      timing: { workerMs: expect.any(Number), judgeMs: expect.any(Number) },
    });
    expect(d.loadSettings).toHaveBeenCalledOnce();
    expect(d.judgePage).toHaveBeenCalledWith(
      [listing, listing],
      { tag: 'stored' },
      { url: null },
      expect.any(Function),
    );
  });

  it('judges the page supplier when there is one', async () => {
    const d = deps();
    const answer = await handleBackgroundMessage(
      { ...request, supplier: listing.supplier },
      'content-script',
      d,
    );
    expect(answer).toMatchObject({ supplier: assessment('low') });
  });

  it.each([
    ['not an object', 'judge'],
    ['an unknown type', { type: 'format-disk' }],
    [
      'a listing with a negative price',
      { ...request, listings: [{ ...listing, price: { min: -1, max: 2, currency: 'USD' } }] },
    ],
    ['a listing missing its supplier', { ...request, listings: [{ ...listing, supplier: undefined }] }],
    ['an unknown site', { ...request, site: 'evil' }],
  ])('refuses %s without judging', async (_name, message) => {
    const d = deps();
    expect(await handleBackgroundMessage(message, 'content-script', d)).toEqual({
      error: 'malformed message',
    });
    expect(d.judgePage).not.toHaveBeenCalled();
  });

  it('refuses foreign senders even with a valid message', async () => {
    const d = deps();
    expect(await handleBackgroundMessage(request, 'foreign', d)).toEqual({ error: 'not allowed: judge' });
    expect(d.loadSettings).not.toHaveBeenCalled();
  });

  it('answers with an error instead of throwing when the judge fails', async () => {
    const d = deps();
    d.judgePage = async () => {
      throw new Error('boom');
    };
    expect(await handleBackgroundMessage(request, 'content-script', d)).toEqual({
      error: 'failed: Error: boom',
    });
  });

  it('interprets a batch of page records with the site adapter and judges each keyed listing', async () => {
    const d = deps();
    const batch = {
      format: 'alibaba-search-offers',
      context: { verifiedOnly: true },
      records: [{ productId: '1' }],
      unreadable: 0,
    };
    d.interpret = vi.fn(() => [
      listing,
      { ...listing, productId: null },
      { ...listing, productId: '2', price: { min: -5, max: 1, currency: 'USD' } },
    ]);
    const answer = await handleBackgroundMessage({ ...request, listings: [], batch }, 'content-script', d);
    expect(d.interpret).toHaveBeenCalledWith('alibaba', batch);
    // No id: nothing to key it by; an out-of-schema listing: refused like one sent to us.
    expect(JudgeResponseSchema.parse(answer).batch).toEqual([
      { key: listing.productId, subject: 'Acme', title: 'T shirt', assessment: assessment('medium') },
    ]);
  });

  it('judges the listings sent and those from the batch together, as one page, and answers each in its place', async () => {
    const d = deps();
    const fromBatch = { ...listing, productId: '2' };
    d.interpret = vi.fn(() => [fromBatch]);
    d.judgePage = vi.fn(async (listings: readonly Listing[]) =>
      listings.map((l) => assessment(l.productId === '2' ? 'high' : 'low')),
    );
    const batch = {
      format: 'alibaba-search-offers',
      context: {},
      records: [{ productId: '2' }],
      unreadable: 0,
    };
    const pageUrl = 'https://www.alibaba.com/trade/search?SearchText=sofa';
    const answer = JudgeResponseSchema.parse(
      await handleBackgroundMessage({ ...request, batch }, 'content-script', d, pageUrl),
    );
    expect(d.judgePage).toHaveBeenCalledOnce();
    expect(d.judgePage).toHaveBeenCalledWith(
      [listing, fromBatch],
      { tag: 'stored' },
      { url: new URL(pageUrl) },
      expect.any(Function),
    );
    expect(answer.listings).toEqual([assessment('low')]);
    expect(answer.batch).toEqual([
      { key: '2', subject: 'Acme', title: 'T shirt', assessment: assessment('high') },
    ]);
  });

  it.each([
    ['an unknown format', { format: 'eval-this', context: {}, records: [], unreadable: 0 }],
    [
      'a record holding a nested object',
      { format: 'alibaba-search-offers', context: {}, records: [{ a: { b: 1 } }], unreadable: 0 },
    ],
    [
      'too many records',
      { format: 'alibaba-search-offers', context: {}, records: Array(501).fill({}), unreadable: 0 },
    ],
  ])('refuses a batch with %s', async (_name, batch) => {
    const d = deps();
    expect(await handleBackgroundMessage({ ...request, batch }, 'content-script', d)).toEqual({
      error: 'malformed message',
    });
    expect(d.interpret).not.toHaveBeenCalled();
  });

  it('tells an extension page how many prices the history holds, and clears it', async () => {
    const d = deps();
    expect(await handleBackgroundMessage({ type: 'price-history-size' }, 'extension-page', d)).toEqual({
      observations: 12,
    });
    await handleBackgroundMessage({ type: 'clear-price-history' }, 'extension-page', d);
    expect(d.clearPriceHistory).toHaveBeenCalledOnce();
  });

  it('takes the page an offer was seen on from an extension page, never from a content script', async () => {
    const claimed = 'https://www.alibaba.com/trade/search?SearchText=claimed';
    const actual = 'https://www.alibaba.com/trade/search?SearchText=actual';
    const fromPage = deps();
    await handleBackgroundMessage({ ...request, pageUrl: claimed }, 'extension-page', fromPage, null);
    expect(fromPage.judgePage).toHaveBeenCalledWith(
      [listing],
      { tag: 'stored' },
      { url: new URL(claimed) },
      expect.any(Function),
    );
    const fromContent = deps();
    await handleBackgroundMessage({ ...request, pageUrl: claimed }, 'content-script', fromContent, actual);
    expect(fromContent.judgePage).toHaveBeenCalledWith(
      [listing],
      { tag: 'stored' },
      { url: new URL(actual) },
      expect.any(Function),
    );
  });

  it('never lets a content script clear the history', async () => {
    const d = deps();
    expect(await handleBackgroundMessage({ type: 'clear-price-history' }, 'content-script', d)).toEqual({
      error: 'not allowed: clear-price-history',
    });
    expect(d.clearPriceHistory).not.toHaveBeenCalled();
  });

  describe('chat guard messages', () => {
    const check = {
      type: 'check-chat',
      conversation: 'acct-42',
      supplierName: 'Acme Ltd',
      messages: [{ id: 'm1', from: 'supplier', text: 'Pay by Western Union' }],
    };

    it('lets a content script check chat messages and read or set its dismissal', async () => {
      const d = deps();
      expect(await handleBackgroundMessage(check, 'content-script', d)).toEqual({
        messages: [{ id: 'm1', findings: [] }],
      });
      expect(d.checkChat).toHaveBeenCalledWith(check);
      const dismissal = { type: 'chat-dismissal', conversation: 'acct-42', dismissed: true };
      expect(await handleBackgroundMessage(dismissal, 'content-script', d)).toEqual({ dismissed: true });
      expect(d.chatDismissal).toHaveBeenCalledWith('acct-42', true);
    });

    it('refuses malformed chat checks: no conversation, an unknown sender, too many messages', async () => {
      const d = deps();
      const tooMany = {
        ...check,
        messages: Array.from({ length: 501 }, (_, i) => ({ id: `m${i}`, from: 'buyer', text: 'hi' })),
      };
      for (const bad of [
        { ...check, conversation: '' },
        { ...check, messages: [{ id: 'm1', from: 'agent', text: 'x' }] },
        tooMany,
      ]) {
        expect(await handleBackgroundMessage(bad, 'content-script', d)).toEqual({
          error: 'malformed message',
        });
      }
      expect(d.checkChat).not.toHaveBeenCalled();
    });

    it('lets only extension pages count or forget what the chat guard remembers', async () => {
      const d = deps();
      for (const type of ['chat-memory-size', 'clear-chat-memory']) {
        expect(await handleBackgroundMessage({ type }, 'content-script', d)).toEqual({
          error: `not allowed: ${type}`,
        });
      }
      expect(d.clearChatMemory).not.toHaveBeenCalled();
      expect(await handleBackgroundMessage({ type: 'clear-chat-memory' }, 'extension-page', d)).toEqual({
        accounts: 3,
        dismissals: 1,
      });
      expect(d.clearChatMemory).toHaveBeenCalledOnce();
    });
  });

  describe('shortlist and settings messages', () => {
    const save = {
      type: 'shortlist-save',
      site: 'alibaba',
      page: 'search',
      supplier: null,
      assessment: null,
      offer: listing,
    };

    it('lets a content script save a supplier it shows, with the page it runs in', async () => {
      const d = deps();
      const answer = await handleBackgroundMessage(
        save,
        'content-script',
        d,
        'https://www.alibaba.com/trade/search?x=1',
      );
      expect(answer).toEqual({ key: 'alibaba:acme', name: 'Acme', added: true });
      expect(d.shortlistSave).toHaveBeenCalledWith(save, 'https://www.alibaba.com/trade/search?x=1');
    });

    it.each([
      ['shortlist-update', { key: 'alibaba:acme', patch: { kind: 'notes', notes: 'hacked' } }],
      ['shortlist-remove', { keys: ['alibaba:acme'] }],
      ['save-settings', { change: { disallow: 'alibaba:acme' } }],
      ['delete-everything', {}],
    ])('refuses %s from a content script and does nothing', async (type, body) => {
      const d = deps();
      expect(await handleBackgroundMessage({ type, ...body }, 'content-script', d)).toEqual({
        error: `not allowed: ${type}`,
      });
      for (const change of [d.shortlistUpdate, d.shortlistRemove, d.saveSettings, d.deleteEverything])
        expect(change).not.toHaveBeenCalled();
    });

    it("applies an extension page's changes", async () => {
      const d = deps();
      const patch = { kind: 'status', status: 'contacted' };
      await handleBackgroundMessage(
        { type: 'shortlist-update', key: 'alibaba:acme', patch },
        'extension-page',
        d,
      );
      expect(d.shortlistUpdate).toHaveBeenCalledWith('alibaba:acme', patch);
      expect(
        await handleBackgroundMessage(
          { type: 'save-settings', change: { disallow: 'alibaba:acme' } },
          'extension-page',
          d,
        ),
      ).toEqual({ ok: true });
      expect(await handleBackgroundMessage({ type: 'delete-everything' }, 'extension-page', d)).toEqual({
        ok: true,
      });
      expect(d.deleteEverything).toHaveBeenCalledOnce();
    });

    it('refuses a patch that is not one of the known changes', async () => {
      const d = deps();
      const bad = {
        type: 'shortlist-update',
        key: 'alibaba:acme',
        patch: { kind: 'status', status: 'paid' },
      };
      expect(await handleBackgroundMessage(bad, 'extension-page', d)).toEqual({ error: 'malformed message' });
      expect(d.shortlistUpdate).not.toHaveBeenCalled();
    });

    it("passes a refusal's own words on, not as a failure", async () => {
      const d = deps();
      d.shortlistSave = vi.fn(async () => {
        throw new Refusal('This card shows no supplier to save.');
      });
      expect(await handleBackgroundMessage(save, 'content-script', d)).toEqual({
        error: 'This card shows no supplier to save.',
      });
    });

    it('tells the buyer when storage is full, in words', async () => {
      const d = deps();
      d.shortlistUpdate = vi.fn(async () => {
        throw new DOMException('quota', 'QuotaExceededError');
      });
      const answer = await handleBackgroundMessage(
        { type: 'shortlist-update', key: 'alibaba:acme', patch: { kind: 'notes', notes: 'x' } },
        'extension-page',
        d,
      );
      expect(answer).toEqual({ error: expect.stringContaining('no more room') });
    });

    it('marks the verdicts of suppliers the buyer knows, and only theirs', async () => {
      const d = deps();
      const known = {
        ...listing,
        productId: '2',
        supplier: { ...listing.supplier, name: 'Shortlisted Co.' },
      };
      const answer = JudgeResponseSchema.parse(
        await handleBackgroundMessage({ ...request, listings: [listing, known] }, 'content-script', d),
      );
      expect(answer.listings[0]?.buyer).toBeUndefined();
      expect(answer.listings[1]?.buyer).toEqual({
        key: 'alibaba:short',
        status: 'contacted',
        verifiedAt: null,
      });
    });
  });
});
