import { afterEach, beforeEach, vi } from 'vitest';
import type { JudgeRequest, JudgeResponse } from '../../src/messaging/protocol';
import { BADGE_TAG } from '../../src/overlay/badge-host';
import { PageSession } from '../../src/overlay/page-session';
import type { Assessment } from '../../src/signals/assessment';
import { emptySupplier } from '../../src/signals/empty-supplier';
import type { Listing } from '../../src/signals/listing';
import type { PageReading } from '../../src/signals/reading';
import type { SiteAdapter } from '../../src/sites/types';

// What the PageSession tests share: a stand-in adapter and judge over simple card markup, ways to read the badges, and
// sessions that are disposed after each test.

const opened: PageSession[] = [];

/** Each test of the calling file starts on an empty page, and the sessions it opened are disposed after it. */
export function freshPageForEachTest(): void {
  beforeEach(() => {
    document.body.replaceChildren();
  });
  afterEach(() => {
    for (const session of opened.splice(0)) session.dispose();
  });
}

/** A session, disposed after the test that opened it. */
export function openSession(...args: ConstructorParameters<typeof PageSession>): PageSession {
  const session = new PageSession(...args);
  opened.push(session);
  return session;
}

export const URL_ = new URL('https://www.alibaba.com/trade/search?SearchText=sofa');

export function listing(id: string, supplierName: string | null = `Supplier ${id}`): Listing {
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
export function fakeAdapter(reading: Partial<PageReading>): SiteAdapter {
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

export const levelFor = (name: string | null): Assessment['level'] =>
  name === null ? 'unknown' : name.endsWith('2') ? 'high' : 'low';

export function fakeJudge() {
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

export function addCard(id: string) {
  const card = document.createElement('div');
  card.className = 'card';
  card.setAttribute('data-id', id);
  card.append(Object.assign(document.createElement('span'), { className: 'anchor' }));
  document.body.append(card);
  return card;
}

export const badges = () => Array.from(document.querySelectorAll(`${BADGE_TAG}:not([data-floating])`));
export const settle = () => new Promise((resolve) => setTimeout(resolve, 60));
