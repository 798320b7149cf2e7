import { describe, expect, it, vi } from 'vitest';
import type { JudgeRequest, JudgeResponse } from '../../src/messaging/protocol';
import { MAX_RISKIEST } from '../../src/messaging/limits';
import { emptySupplier } from '../../src/signals/empty-supplier';
import type { PageSession } from '../../src/overlay/page-session';
import {
  URL_,
  listing,
  fakeAdapter,
  fakeJudge,
  addCard,
  freshPageForEachTest,
  openSession,
} from './page-session-fakes';

let session: PageSession | null = null;
freshPageForEachTest();

describe('PageSession summary of price outliers', () => {
  it('lists the offers whose price finding is a warning or danger, dangers first', async () => {
    addCard('1');
    addCard('2');
    addCard('3');
    const finding = (severity: 'info' | 'warning' | 'danger', message: string) => ({
      rule: 'price-far-below-benchmark',
      severity,
      tone: 'concern' as const,
      message,
    });
    const judge = vi.fn(async (request: JudgeRequest): Promise<JudgeResponse> => ({
      supplier: null,
      listings: [
        { risk: 50, level: 'medium', findings: [finding('warning', 'Price 35% below the market')] },
        {
          risk: 90,
          level: 'high',
          findings: [finding('danger', 'Price 80% below the market: too good to be true')],
        },
        { risk: 10, level: 'low', findings: [finding('info', 'Price 120% above the market')] },
      ].slice(0, request.listings.length) as JudgeResponse['listings'],
      batch: [],
    }));
    const listings = [listing('1'), listing('2'), listing('3')];
    session = openSession(document, URL_, fakeAdapter({ listings }), judge);
    await session.start();
    expect(session.summary().outliers).toEqual([
      {
        title: 'Product 2',
        subject: 'Supplier 2',
        severity: 'danger',
        message: 'Price 80% below the market: too good to be true',
      },
      {
        title: 'Product 1',
        subject: 'Supplier 1',
        severity: 'warning',
        message: 'Price 35% below the market',
      },
    ]);
  });
});

describe('PageSession summary of the riskiest cards', () => {
  const concern = (message: string) => ({
    rule: 'r',
    severity: 'warning' as const,
    tone: 'concern' as const,
    message,
  });
  const good = (message: string) => ({
    rule: 'g',
    severity: 'info' as const,
    tone: 'good' as const,
    message,
  });
  /** Card id -> its verdict; cards 1–7 are on the page, 8 was judged but has no card. */
  const verdicts: Record<string, JudgeResponse['listings'][number]> = {
    '1': { risk: 20, level: 'low', findings: [concern('Few reviews')] },
    '2': { risk: 60, level: 'medium', findings: [good('Verified'), concern('Replies slowly')] },
    '3': { risk: 95, level: 'high', findings: [concern('Asks for Western Union'), concern('New')] },
    '4': { risk: 80, level: 'high', findings: [] },
    '5': { risk: null, level: 'unknown', findings: [] },
    '6': { risk: 55, level: 'medium', findings: [concern('No verification')] },
    '7': { risk: 70, level: 'medium', findings: [concern('Price far below the market')] },
    '8': { risk: 99, level: 'high', findings: [concern('Not on the page')] },
  };

  async function riskiestOf(ids: string[]) {
    for (const id of ids) if (id !== '8') addCard(id);
    const judge = vi.fn(async (request: JudgeRequest): Promise<JudgeResponse> => ({
      supplier: null,
      listings: request.listings.map((l) => verdicts[l.productId!]!),
      batch: [],
    }));
    session = openSession(document, URL_, fakeAdapter({ listings: ids.map((id) => listing(id)) }), judge);
    await session.start();
    return session.summary().riskiest;
  }

  it('lists high, then medium risk cards on the page, riskiest first, each with its first concern', async () => {
    expect(await riskiestOf(['1', '2', '3', '4', '5', '6', '7', '8'])).toEqual([
      {
        key: '3',
        title: 'Product 3',
        subject: 'Supplier 3',
        level: 'high',
        finding: 'Asks for Western Union',
      },
      { key: '4', title: 'Product 4', subject: 'Supplier 4', level: 'high', finding: null },
      {
        key: '7',
        title: 'Product 7',
        subject: 'Supplier 7',
        level: 'medium',
        finding: 'Price far below the market',
      },
      { key: '2', title: 'Product 2', subject: 'Supplier 2', level: 'medium', finding: 'Replies slowly' },
      { key: '6', title: 'Product 6', subject: 'Supplier 6', level: 'medium', finding: 'No verification' },
    ]);
  });

  it('lists at most MAX_RISKIEST, and none when nothing is risky', async () => {
    expect(await riskiestOf(['1', '5'])).toEqual([]);
    session?.dispose();
    document.body.replaceChildren();
    const many = await riskiestOf(['2', '3', '4', '6', '7']);
    expect(many).toHaveLength(MAX_RISKIEST);
  });

  it('drops a card once the page has removed it', async () => {
    await riskiestOf(['3', '7']);
    document.querySelector('.card[data-id="3"]')!.remove();
    expect(session!.summary().riskiest.map((card) => card.key)).toEqual(['7']);
  });
});

describe('PageSession summary of the page supplier', () => {
  const acme = { ...emptySupplier(), name: 'Acme', url: 'https://acme.en.alibaba.com/' };

  it.each(['product', 'supplier'] as const)(
    'names the supplier a %s page is about, keyed as the shortlist keys it',
    async (page) => {
      session = openSession(document, URL_, fakeAdapter({ page, supplier: acme }), fakeJudge());
      await session.start();
      expect(session.summary().pageSupplier).toEqual({ key: 'alibaba:acme', name: 'Acme' });
    },
  );

  it('names none on a search page, or when the page does not link the storefront', async () => {
    session = openSession(document, URL_, fakeAdapter({ page: 'search', supplier: acme }), fakeJudge());
    await session.start();
    expect(session.summary().pageSupplier).toBeNull();
    expect(session.pageSupplierToSave()).toBeNull();
    session.dispose();
    const unlinked = { ...acme, url: null };
    session = openSession(document, URL_, fakeAdapter({ page: 'product', supplier: unlinked }), fakeJudge());
    await session.start();
    expect(session.summary().pageSupplier).toBeNull();
    expect(session.pageSupplierToSave()).toBeNull();
  });

  it('saves the supplier of a product page with its verdict and the offer itself', async () => {
    const offer = listing('7', 'Acme');
    session = openSession(
      document,
      URL_,
      fakeAdapter({ page: 'product', supplier: acme, listings: [offer] }),
      fakeJudge(),
    );
    await session.start();
    expect(session.pageSupplierToSave()).toEqual({
      site: 'alibaba',
      page: 'product',
      supplier: acme,
      assessment: { risk: 10, level: 'low', findings: [] },
      offer,
    });
  });

  it('saves the supplier of a supplier page without an offer', async () => {
    session = openSession(
      document,
      URL_,
      fakeAdapter({ page: 'supplier', supplier: acme, listings: [listing('8')] }),
      fakeJudge(),
    );
    await session.start();
    expect(session.pageSupplierToSave()).toMatchObject({ page: 'supplier', supplier: acme, offer: null });
  });
});
