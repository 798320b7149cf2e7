import type { Page } from 'playwright-core';
import { BADGE, CARD } from './cards';

// Cards the page adds or redraws after the first read, as infinite scroll and
// re-rendering frameworks do. The page functions declare no named inner
// functions (see cards.ts).

export interface CloneOptions {
  count: number;
  /** Product id of the first new card; the others count up from it. */
  firstId: number;
}

interface CloneArgs extends CloneOptions {
  card: string;
  badge: string;
  /** Also time, in the page, how long until every new card holds its badge. */
  timeBadges: boolean;
  timeoutMs: number;
}

/**
 * Runs in the page. What infinite scroll does: appends `count` cards after the
 * last one in one insertion, each a copy of an existing card with a new product
 * id wherever the id appears (data-ctrdot, data-aplus-auto-offer, the links'
 * `_<id>.html`). Our badges are not copied: new cards come from the page's
 * templates. With `timeBadges`, resolves once a badge keyed by each new id has
 * been added, with the milliseconds since the insertion (performance.now()).
 */
export function cloneCardsInPage(args: CloneArgs): Promise<{ ids: string[]; ms: number | null }> {
  const cards = Array.from(document.querySelectorAll(args.card)).filter(
    (element) => !element.parentElement?.closest(args.card),
  );
  const last = cards[cards.length - 1];
  if (!last?.parentElement) return Promise.reject(new Error('no card to copy'));
  const fragment = document.createDocumentFragment();
  const ids: string[] = [];
  for (let index = 0; index < args.count; index++) {
    const source = cards[index % cards.length] as Element;
    const oldId = source.getAttribute('data-ctrdot') ?? '';
    const newId = String(args.firstId + index);
    const copy = source.cloneNode(true) as Element;
    for (const host of Array.from(copy.querySelectorAll(args.badge))) host.remove();
    for (const element of [copy, ...Array.from(copy.querySelectorAll('*'))]) {
      for (const attribute of Array.from(element.attributes)) {
        if (oldId && attribute.value.includes(oldId)) {
          element.setAttribute(attribute.name, attribute.value.split(oldId).join(newId));
        }
      }
    }
    ids.push(newId);
    fragment.append(copy);
  }
  if (!args.timeBadges) {
    last.after(fragment);
    return Promise.resolve({ ids, ms: null });
  }
  return new Promise((resolve, reject) => {
    const waiting = new Set(ids);
    let start = 0;
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of Array.from(record.addedNodes)) {
          if (node.nodeName.toLowerCase() === args.badge)
            waiting.delete((node as Element).getAttribute('data-key') ?? '');
        }
      }
      if (waiting.size > 0) return;
      observer.disconnect();
      resolve({ ids, ms: performance.now() - start });
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    setTimeout(() => {
      observer.disconnect();
      reject(new Error(`${waiting.size} of ${args.count} new cards had no badge after ${args.timeoutMs} ms`));
    }, args.timeoutMs);
    start = performance.now();
    last.after(fragment);
  });
}

/** Appends `count` copied cards with new ids (see cloneCardsInPage); returns the new ids. */
export async function appendClonedCards(page: Page, options: CloneOptions): Promise<string[]> {
  const args = { card: CARD, badge: BADGE, timeBadges: false, timeoutMs: 0, ...options };
  return (await page.evaluate(cloneCardsInPage, args)).ids;
}

/** Appends `count` copied cards and returns the milliseconds until all of them hold a badge. */
export async function timeClonedBatch(page: Page, options: CloneOptions, timeoutMs = 5_000): Promise<number> {
  const args = { card: CARD, badge: BADGE, timeBadges: true, timeoutMs, ...options };
  const { ms } = await page.evaluate(cloneCardsInPage, args);
  if (ms === null) throw new Error('batch was not timed');
  return ms;
}

/** What a re-rendering page does: swaps card `index` for a fresh copy of itself (without our badge). */
export function rerenderCard(page: Page, index: number): Promise<string> {
  return page.evaluate(
    ({ card, badge, index }) => {
      const cards = Array.from(document.querySelectorAll(card)).filter(
        (element) => !element.parentElement?.closest(card),
      );
      const target = cards[index];
      if (!target) throw new Error(`no card ${index}`);
      const copy = target.cloneNode(true) as Element;
      for (const host of Array.from(copy.querySelectorAll(badge))) host.remove();
      target.replaceWith(copy);
      return copy.getAttribute('data-ctrdot') ?? '';
    },
    { card: CARD, badge: BADGE, index },
  );
}
