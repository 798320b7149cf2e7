import { describe, expect, it, vi } from 'vitest';
import type { JudgeRequest } from '../../src/messaging/protocol';
import { BADGE_TAG } from '../../src/overlay/badge-host';
import { emptySupplier } from '../../src/signals/empty-supplier';
import { PAGE_SUPPLIER_KEY } from '../../src/sites/types';
import type { PageSession } from '../../src/overlay/page-session';
import {
  URL_,
  listing,
  fakeAdapter,
  fakeJudge,
  addCard,
  badges,
  settle,
  freshPageForEachTest,
  openSession,
} from './page-session-fakes';

let session: PageSession | null = null;
freshPageForEachTest();

describe('PageSession', () => {
  it('judges what the page read and badges each card once', async () => {
    addCard('1');
    addCard('2');
    const judge = fakeJudge();
    session = openSession(document, URL_, fakeAdapter({ listings: [listing('1'), listing('2')] }), judge);
    await session.start();
    expect(judge).toHaveBeenCalledOnce();
    expect(badges().map((b) => [b.getAttribute('data-key'), b.getAttribute('data-level')])).toEqual([
      ['1', 'low'],
      ['2', 'high'],
    ]);
    expect(session.summary().counts).toEqual({ low: 1, medium: 0, high: 1, unknown: 0 });
  });

  it('reads, judges and badges cards added later, once each, filling in the page supplier', async () => {
    const judge = fakeJudge();
    const pageSupplier = { ...emptySupplier(), name: 'Shop 2' };
    session = openSession(document, URL_, fakeAdapter({ listings: [], supplier: pageSupplier }), judge);
    await session.start();
    addCard('7');
    addCard('8');
    await settle();
    expect(badges()).toHaveLength(2);
    const request = judge.mock.calls.at(-1)![0];
    expect(request.listings.map((l) => [l.productId, l.supplier.name])).toEqual([
      ['7', 'Shop 2'],
      ['8', 'Shop 2'],
    ]);
    addCard('9');
    await settle();
    expect(badges()).toHaveLength(3);
  });

  it('badges the cards the page adds while the background is still judging the first read', async () => {
    addCard('1');
    let answerFirst: () => void = () => {};
    const judge = fakeJudge();
    const slowFirst = vi.fn(async (request: JudgeRequest) => {
      if (slowFirst.mock.calls.length === 1) await new Promise<void>((resolve) => (answerFirst = resolve));
      return judge(request);
    });
    session = openSession(document, URL_, fakeAdapter({ listings: [listing('1')] }), slowFirst);
    const started = session.start();
    addCard('5');
    await settle();
    answerFirst();
    await started;
    await settle();
    expect(badges().map((b) => [b.getAttribute('data-key'), b.getAttribute('data-level')])).toEqual([
      ['1', 'low'],
      ['5', 'unknown'],
    ]);
    expect(slowFirst).toHaveBeenCalledTimes(2);
    expect(slowFirst.mock.calls[1]![0].listings.map((l) => l.productId)).toEqual(['5']);
  });

  it('badges the cards found while reading without looking for them again', async () => {
    const card = addCard('1');
    const adapter = fakeAdapter({ listings: [listing('1')] });
    const cards = adapter.findCards(document, URL_);
    adapter.readForJudging = () => ({ reading: adapter.read(document, URL_), batch: null, cards });
    const findCards = vi.spyOn(adapter, 'findCards');
    session = openSession(document, URL_, adapter, fakeJudge());
    await session.start();
    expect(findCards).not.toHaveBeenCalled();
    expect(card.querySelectorAll(BADGE_TAG)).toHaveLength(1);
  });

  it('puts a badge back when the page re-renders a card, without stacking', async () => {
    const card = addCard('1');
    session = openSession(document, URL_, fakeAdapter({ listings: [listing('1')] }), fakeJudge());
    await session.start();
    card.replaceWith(card.cloneNode(false));
    (document.querySelector('.card') as Element).append(
      Object.assign(document.createElement('span'), { className: 'anchor' }),
    );
    await settle();
    expect(badges()).toHaveLength(1);
    expect(document.querySelector('.card')!.querySelectorAll(BADGE_TAG)).toHaveLength(1);
  });

  it('badges the page supplier card from the supplier assessment', async () => {
    addCard(PAGE_SUPPLIER_KEY);
    session = openSession(
      document,
      URL_,
      fakeAdapter({ supplier: { ...emptySupplier(), name: 'Acme' } }),
      fakeJudge(),
    );
    await session.start();
    expect(badges().map((b) => b.getAttribute('data-key'))).toEqual([PAGE_SUPPLIER_KEY]);
  });

  it.each(['blocked', 'unsupported'] as const)(
    'badges nothing and asks nothing on a %s page',
    async (health) => {
      addCard('1');
      const judge = fakeJudge();
      session = openSession(document, URL_, fakeAdapter({ health, listings: [listing('1')] }), judge);
      await session.start();
      expect(judge).not.toHaveBeenCalled();
      expect(badges()).toHaveLength(0);
      expect(session.summary().health).toBe(health);
    },
  );

  it('removes its badges and stops watching when disposed', async () => {
    addCard('1');
    const judge = fakeJudge();
    session = openSession(document, URL_, fakeAdapter({ listings: [listing('1')] }), judge);
    await session.start();
    session.dispose();
    expect(badges()).toHaveLength(0);
    addCard('2');
    await settle();
    expect(badges()).toHaveLength(0);
    expect(judge).toHaveBeenCalledOnce();
  });
});

describe('PageSession on a page whose cards it cannot find', () => {
  it('floats the supplier verdict in the corner of a supplier page, once', async () => {
    const adapter = fakeAdapter({ page: 'supplier', supplier: { ...emptySupplier(), name: 'Acme' } });
    session = openSession(document, URL_, adapter, fakeJudge());
    await session.start();
    addCard('5');
    await settle();
    const floating = document.querySelectorAll(`${BADGE_TAG}[data-floating]`);
    expect(floating).toHaveLength(1);
    expect(floating[0]!.getAttribute('data-key')).toBe(PAGE_SUPPLIER_KEY);
    expect(floating[0]!.shadowRoot!.textContent).toContain('Supplier: Low risk');
  });

  it("floats the offer's own verdict on a product page: it carries the listing's findings too", async () => {
    const adapter = fakeAdapter({
      page: 'product',
      supplier: { ...emptySupplier(), name: 'Acme' },
      listings: [listing('7', 'Shop 2')],
    });
    session = openSession(document, URL_, adapter, fakeJudge());
    await session.start();
    const floating = document.querySelectorAll(`${BADGE_TAG}[data-floating]`);
    expect(Array.from(floating, (host) => host.getAttribute('data-key'))).toEqual(['7']);
    expect(floating[0]!.shadowRoot!.textContent).toContain('This offer: High risk');
  });

  it('floats nothing on a search page, whose cards are still to come', async () => {
    session = openSession(
      document,
      URL_,
      fakeAdapter({ supplier: { ...emptySupplier(), name: 'Acme' } }),
      fakeJudge(),
    );
    await session.start();
    expect(document.querySelectorAll(`${BADGE_TAG}[data-floating]`)).toHaveLength(0);
  });
});

describe('PageSession with offers left in a batch', () => {
  it('sends the batch, badges the cards keyed by the answer and counts them as read', async () => {
    addCard('31');
    addCard('32');
    const judge = fakeJudge();
    const adapter = fakeAdapter({});
    const batch = {
      format: 'alibaba-search-offers' as const,
      context: {},
      records: [{ productId: '31' }, { productId: '32' }],
      unreadable: 0,
    };
    adapter.readForJudging = () => ({ reading: adapter.read(document, URL_), batch });
    session = openSession(document, URL_, adapter, judge);
    await session.start();
    expect(judge.mock.calls[0]![0].batch).toEqual(batch);
    expect(badges().map((b) => [b.getAttribute('data-key'), b.getAttribute('data-level')])).toEqual([
      ['31', 'high'],
      ['32', 'high'],
    ]);
    expect(session.summary().listingsRead).toBe(2);
  });

  it("saves a card to the shortlist with that card's record alone, and a listing card with its listing", async () => {
    addCard('31');
    addCard('1');
    const adapter = fakeAdapter({ listings: [listing('1')] });
    const batch = {
      format: 'alibaba-search-offers' as const,
      context: { verified: true },
      records: [{ productId: '30' }, { productId: '31' }],
      unreadable: 2,
    };
    adapter.readForJudging = () => ({ reading: adapter.read(document, URL_), batch });
    const shortlist = vi.fn(async () => ({ key: 'alibaba:acme', name: 'Acme', added: true }));
    const badgeSaves: Array<(() => Promise<unknown>) | undefined> = [];
    session = openSession(document, URL_, adapter, fakeJudge(), shortlist);
    await session.start();
    // What each badge's "Save to shortlist" would send, taken from the session's verdicts.
    const verdicts = (
      session as unknown as { verdicts: { judged: Map<string, { save?: () => Promise<unknown> }> } }
    ).verdicts.judged;
    badgeSaves.push(verdicts.get('31')?.save, verdicts.get('1')?.save);
    await badgeSaves[0]?.();
    expect(shortlist).toHaveBeenLastCalledWith(
      expect.objectContaining({
        offer: null,
        supplier: null,
        batch: { ...batch, records: [{ productId: '31' }], unreadable: 0 },
      }),
    );
    await badgeSaves[1]?.();
    expect(shortlist).toHaveBeenLastCalledWith(expect.objectContaining({ offer: listing('1') }));
    expect(shortlist).toHaveBeenLastCalledWith(expect.not.objectContaining({ batch: expect.anything() }));
  });
});

describe('PageSession when the background cannot answer', () => {
  it('badges nothing and says in the summary that the page could not be judged', async () => {
    addCard('1');
    const judge = vi.fn(async () => {
      throw new Error('background refused');
    });
    session = openSession(document, URL_, fakeAdapter({ listings: [listing('1')] }), judge);
    await session.start();
    expect(badges()).toHaveLength(0);
    const summary = session.summary();
    expect(summary.health).toBe('partial');
    expect(summary.problems.at(-1)).toContain('could not judge');
  });
});

describe('PageSession on a supplier page with product cards but no supplier card', () => {
  it('still floats the supplier verdict: the page is about the supplier', async () => {
    addCard('8');
    const adapter = fakeAdapter({
      page: 'supplier',
      supplier: { ...emptySupplier(), name: 'Acme' },
      listings: [listing('8')],
    });
    session = openSession(document, URL_, adapter, fakeJudge());
    await session.start();
    expect(badges().map((b) => b.getAttribute('data-key'))).toEqual(['8']);
    const floating = document.querySelectorAll(`${BADGE_TAG}[data-floating]`);
    expect(Array.from(floating, (host) => host.getAttribute('data-key'))).toEqual([PAGE_SUPPLIER_KEY]);
  });
});
