import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JudgeRequest, JudgeResponse } from '../../src/messaging/protocol';
import { MAX_RISKIEST } from '../../src/messaging/limits';
import { BADGE_TAG } from '../../src/overlay/badge-host';
import { PageSession } from '../../src/overlay/page-session';
import type { Assessment } from '../../src/signals/assessment';
import { emptySupplier } from '../../src/signals/empty-supplier';
import type { Listing } from '../../src/signals/listing';
import type { PageReading } from '../../src/signals/reading';
import { PAGE_SUPPLIER_KEY, type SiteAdapter } from '../../src/sites/types';

const URL_ = new URL('https://www.alibaba.com/trade/search?SearchText=sofa');

function listing(id: string, supplierName: string | null = `Supplier ${id}`): Listing {
  return {
    productId: id,
    title: `Product ${id}`,
    url: null,
    price: null,
    moq: null,
    supplier: { ...emptySupplier(), name: supplierName },
    paymentTerms: [],
  };
}

/** A stand-in adapter over simple markup: <div class="card" data-id=…><span class="anchor"></span></div>. */
function fakeAdapter(reading: Partial<PageReading>): SiteAdapter {
  return {
    id: 'alibaba',
    matches: ['*://*.alibaba.com/*'],
    pageKind: () => 'search',
    read: () => ({
      site: 'alibaba',
      page: 'search',
      health: 'ok',
      supplier: null,
      listings: [],
      problems: [],
      ...reading,
    }),
    findCards: (root) =>
      Array.from(root.querySelectorAll('.card')).map((card) => ({
        card,
        key: card.getAttribute('data-id')!,
        anchor: card.querySelector('.anchor')!,
      })),
    findCardsAround: () => null,
    priceTopic: () => null,
    readCard: (card) => listing(card.getAttribute('data-id')!, null),
    readForJudging(doc, url) {
      return { reading: this.read(doc, url), batch: null };
    },
    cardsForJudging(cards, url) {
      const listings = cards.flatMap((slot) => {
        const read = this.readCard(slot.card, url);
        return read ? [{ ...read, productId: slot.key }] : [];
      });
      return { listings, batch: null };
    },
    interpret: () => [],
    recordKey: (record) => (typeof record['productId'] === 'string' ? record['productId'] : null),
  };
}

const levelFor = (name: string | null): Assessment['level'] =>
  name === null ? 'unknown' : name.endsWith('2') ? 'high' : 'low';

function fakeJudge() {
  return vi.fn(async (request: JudgeRequest): Promise<JudgeResponse> => ({
    supplier: request.supplier ? { risk: 10, level: 'low', findings: [] } : null,
    listings: request.listings.map((l) => ({ risk: 50, level: levelFor(l.supplier.name), findings: [] })),
    batch: (request.batch?.records ?? []).map((record) => ({
      key: String(record['productId']),
      subject: null,
      title: null,
      assessment: { risk: 90, level: 'high' as const, findings: [] },
    })),
  }));
}

function addCard(id: string) {
  const card = document.createElement('div');
  card.className = 'card';
  card.setAttribute('data-id', id);
  card.append(Object.assign(document.createElement('span'), { className: 'anchor' }));
  document.body.append(card);
  return card;
}

const badges = () => Array.from(document.querySelectorAll(`${BADGE_TAG}:not([data-floating])`));
const settle = () => new Promise((resolve) => setTimeout(resolve, 60));

let session: PageSession | null = null;
beforeEach(() => {
  document.body.replaceChildren();
});
afterEach(() => {
  session?.dispose();
  session = null;
});

describe('PageSession', () => {
  it('judges what the page read and badges each card once', async () => {
    addCard('1');
    addCard('2');
    const judge = fakeJudge();
    session = new PageSession(document, URL_, fakeAdapter({ listings: [listing('1'), listing('2')] }), judge);
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
    session = new PageSession(document, URL_, fakeAdapter({ listings: [], supplier: pageSupplier }), judge);
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
    session = new PageSession(document, URL_, fakeAdapter({ listings: [listing('1')] }), slowFirst);
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
    session = new PageSession(document, URL_, adapter, fakeJudge());
    await session.start();
    expect(findCards).not.toHaveBeenCalled();
    expect(card.querySelectorAll(BADGE_TAG)).toHaveLength(1);
  });

  it('puts a badge back when the page re-renders a card, without stacking', async () => {
    const card = addCard('1');
    session = new PageSession(document, URL_, fakeAdapter({ listings: [listing('1')] }), fakeJudge());
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
    session = new PageSession(
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
      session = new PageSession(document, URL_, fakeAdapter({ health, listings: [listing('1')] }), judge);
      await session.start();
      expect(judge).not.toHaveBeenCalled();
      expect(badges()).toHaveLength(0);
      expect(session.summary().health).toBe(health);
    },
  );

  it('removes its badges and stops watching when disposed', async () => {
    addCard('1');
    const judge = fakeJudge();
    session = new PageSession(document, URL_, fakeAdapter({ listings: [listing('1')] }), judge);
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
    session = new PageSession(document, URL_, adapter, fakeJudge());
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
    session = new PageSession(document, URL_, adapter, fakeJudge());
    await session.start();
    const floating = document.querySelectorAll(`${BADGE_TAG}[data-floating]`);
    expect(Array.from(floating, (host) => host.getAttribute('data-key'))).toEqual(['7']);
    expect(floating[0]!.shadowRoot!.textContent).toContain('This offer: High risk');
  });

  it('floats nothing on a search page, whose cards are still to come', async () => {
    session = new PageSession(
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
    session = new PageSession(document, URL_, adapter, judge);
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
    session = new PageSession(document, URL_, adapter, fakeJudge(), shortlist);
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
    session = new PageSession(document, URL_, fakeAdapter({ listings: [listing('1')] }), judge);
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
    session = new PageSession(document, URL_, adapter, fakeJudge());
    await session.start();
    expect(badges().map((b) => b.getAttribute('data-key'))).toEqual(['8']);
    const floating = document.querySelectorAll(`${BADGE_TAG}[data-floating]`);
    expect(Array.from(floating, (host) => host.getAttribute('data-key'))).toEqual([PAGE_SUPPLIER_KEY]);
  });
});

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
    session = new PageSession(document, URL_, fakeAdapter({ listings }), judge);
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

describe('PageSession marking cards that are still being judged', () => {
  /** A judge whose answers wait until `release` is called. */
  function heldJudge(fail = false) {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const answer = fakeJudge();
    const judge = vi.fn(async (request: JudgeRequest) => {
      if (request.listings.length > 0) await gate;
      if (fail && request.listings.length > 0) throw new Error('background stopped');
      return answer(request);
    });
    return { judge, release: () => release() };
  }
  const pendingText = (card: Element) =>
    Array.from(card.querySelectorAll(BADGE_TAG), (host) => host.shadowRoot!.textContent);

  it('marks a new card "Checking…" before its verdict, then swaps the verdict in', async () => {
    const { judge, release } = heldJudge();
    session = new PageSession(document, URL_, fakeAdapter({}), judge);
    await session.start();
    const card = addCard('7');
    await Promise.resolve();
    await Promise.resolve();
    expect(pendingText(card)).toEqual(['Checking…']);
    expect(card.querySelector(BADGE_TAG)!.hasAttribute('data-level')).toBe(false);
    expect(session.summary().counts).toEqual({ low: 0, medium: 0, high: 0, unknown: 0 });
    release();
    await settle();
    const hosts = card.querySelectorAll(BADGE_TAG);
    expect(hosts).toHaveLength(1);
    expect(hosts[0]!.getAttribute('data-level')).toBe('unknown');
    expect(hosts[0]!.shadowRoot!.textContent).toContain('Risk unknown');
  });

  it('marks a card the page re-renders while it is being judged, and settles the copy', async () => {
    const { judge, release } = heldJudge();
    session = new PageSession(document, URL_, fakeAdapter({}), judge);
    await session.start();
    const card = addCard('7');
    await settle();
    const copy = card.cloneNode(true) as Element;
    for (const host of Array.from(copy.querySelectorAll(BADGE_TAG))) host.remove();
    card.replaceWith(copy);
    await settle();
    expect(pendingText(copy)).toEqual(['Checking…']);
    release();
    await settle();
    expect(badges().map((host) => host.getAttribute('data-level'))).toEqual(['unknown']);
    // Asked once: the copy waited for the verdict already on its way.
    expect(judge).toHaveBeenCalledOnce();
  });

  it('takes the marks away when the verdicts never come, and asks again on the next change', async () => {
    const { judge, release } = heldJudge(true);
    session = new PageSession(document, URL_, fakeAdapter({}), judge);
    await session.start();
    const card = addCard('7');
    await settle();
    release();
    await settle();
    expect(card.querySelectorAll(BADGE_TAG)).toHaveLength(0);
    addCard('8');
    await settle();
    const asked = judge.mock.calls.at(-1)![0].listings.map((l) => l.productId);
    expect(asked).toEqual(['7', '8']);
  });
});

describe('PageSession on a page that can find the cards a change touched', () => {
  it('looks only at those cards, not the whole page', async () => {
    addCard('1');
    const adapter = fakeAdapter({ listings: [listing('1')] });
    const findCards = vi.spyOn(adapter, 'findCards');
    const around = vi.fn((elements: readonly Element[]) =>
      elements
        .filter((element) => element.matches('.card'))
        .map((card) => ({
          card,
          key: card.getAttribute('data-id')!,
          anchor: card.querySelector('.anchor')!,
        })),
    );
    adapter.findCardsAround = around;
    session = new PageSession(document, URL_, adapter, fakeJudge());
    await session.start();
    expect(findCards).toHaveBeenCalledOnce();
    const added = addCard('2');
    await settle();
    expect(findCards).toHaveBeenCalledOnce();
    expect(around.mock.calls[0]![0]).toEqual([added]);
    expect(badges()).toHaveLength(2);
  });
});

describe('PageSession on a page that removes badges as soon as they appear', () => {
  it('puts a badge back a bounded number of times instead of looping forever', async () => {
    const card = addCard('1');
    let removals = 0;
    const fighter = new MutationObserver(() => {
      for (const host of Array.from(card.querySelectorAll(BADGE_TAG))) {
        host.remove();
        removals++;
      }
    });
    fighter.observe(card, { childList: true, subtree: true });
    session = new PageSession(document, URL_, fakeAdapter({ listings: [listing('1')] }), fakeJudge());
    await session.start();
    await settle();
    await settle();
    fighter.disconnect();
    expect(removals).toBeGreaterThan(1);
    expect(removals).toBeLessThanOrEqual(20);
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
    session = new PageSession(document, URL_, fakeAdapter({ listings: ids.map((id) => listing(id)) }), judge);
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
      session = new PageSession(document, URL_, fakeAdapter({ page, supplier: acme }), fakeJudge());
      await session.start();
      expect(session.summary().pageSupplier).toEqual({ key: 'alibaba:acme', name: 'Acme' });
    },
  );

  it('names none on a search page, or when the page does not link the storefront', async () => {
    session = new PageSession(document, URL_, fakeAdapter({ page: 'search', supplier: acme }), fakeJudge());
    await session.start();
    expect(session.summary().pageSupplier).toBeNull();
    expect(session.pageSupplierToSave()).toBeNull();
    session.dispose();
    const unlinked = { ...acme, url: null };
    session = new PageSession(
      document,
      URL_,
      fakeAdapter({ page: 'product', supplier: unlinked }),
      fakeJudge(),
    );
    await session.start();
    expect(session.summary().pageSupplier).toBeNull();
    expect(session.pageSupplierToSave()).toBeNull();
  });

  it('saves the supplier of a product page with its verdict and the offer itself', async () => {
    const offer = listing('7', 'Acme');
    session = new PageSession(
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
    session = new PageSession(
      document,
      URL_,
      fakeAdapter({ page: 'supplier', supplier: acme, listings: [listing('8')] }),
      fakeJudge(),
    );
    await session.start();
    expect(session.pageSupplierToSave()).toMatchObject({ page: 'supplier', supplier: acme, offer: null });
  });
});
