import { describe, expect, it, vi } from 'vitest';
import type { JudgeRequest } from '../../src/messaging/protocol';
import { BADGE_TAG } from '../../src/overlay/badge-host';
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
    session = openSession(document, URL_, fakeAdapter({}), judge);
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
    session = openSession(document, URL_, fakeAdapter({}), judge);
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
    session = openSession(document, URL_, fakeAdapter({}), judge);
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
    session = openSession(document, URL_, adapter, fakeJudge());
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
    session = openSession(document, URL_, fakeAdapter({ listings: [listing('1')] }), fakeJudge());
    await session.start();
    await settle();
    await settle();
    fighter.disconnect();
    expect(removals).toBeGreaterThan(1);
    expect(removals).toBeLessThanOrEqual(20);
  });
});
