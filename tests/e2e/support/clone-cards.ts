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
  /**
   * What to time, in the page, from the insertion: until every new card holds
   * its badge, until the browser has drawn the frame with the new cards, or nothing.
   */
  time: 'badges' | 'frame' | 'none';
  timeoutMs: number;
}

/**
 * Runs in the page. What infinite scroll does: appends `count` cards after the
 * last one in one insertion, each a copy of an existing card with a new product
 * id wherever the id appears (data-ctrdot, data-aplus-auto-offer, the links'
 * `_<id>.html`). Our badges are not copied: new cards come from the page's
 * templates. With time 'badges', resolves once a badge keyed by each new id
 * holds its verdict (data-level), with the milliseconds since the insertion
 * (performance.now()) until then and until every new card first held a badge
 * (a "Checking…" mark or a verdict). With 'frame', resolves after the first
 * frame that draws the new cards (a task queued from requestAnimationFrame
 * runs once that frame's layout and paint are done): the page's own cost.
 */
export function cloneCardsInPage(
  args: CloneArgs,
): Promise<{ ids: string[]; ms: number | null; markedMs: number | null }> {
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
  if (args.time === 'none') {
    last.after(fragment);
    return Promise.resolve({ ids, ms: null, markedMs: null });
  }
  if (args.time === 'frame') {
    return new Promise((resolve) => {
      const start = performance.now();
      last.after(fragment);
      requestAnimationFrame(() =>
        setTimeout(() => resolve({ ids, ms: performance.now() - start, markedMs: null }), 0),
      );
    });
  }
  return new Promise((resolve, reject) => {
    const unmarked = new Set(ids);
    const waiting = new Set(ids);
    let start = 0;
    let markedMs = 0;
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const hosts = record.type === 'attributes' ? [record.target] : Array.from(record.addedNodes);
        for (const node of hosts) {
          if (node.nodeName.toLowerCase() !== args.badge) continue;
          const key = (node as Element).getAttribute('data-key') ?? '';
          unmarked.delete(key);
          if ((node as Element).hasAttribute('data-level')) waiting.delete(key);
        }
      }
      if (unmarked.size === 0 && markedMs === 0) markedMs = performance.now() - start;
      if (waiting.size > 0) return;
      observer.disconnect();
      resolve({ ids, ms: performance.now() - start, markedMs });
    });
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['data-level'],
    });
    setTimeout(() => {
      observer.disconnect();
      reject(
        new Error(`${waiting.size} of ${args.count} new cards had no verdict after ${args.timeoutMs} ms`),
      );
    }, args.timeoutMs);
    start = performance.now();
    last.after(fragment);
  });
}

/** Appends `count` copied cards with new ids (see cloneCardsInPage); returns the new ids. */
export async function appendClonedCards(page: Page, options: CloneOptions): Promise<string[]> {
  const args = { card: CARD, badge: BADGE, time: 'none' as const, timeoutMs: 0, ...options };
  return (await page.evaluate(cloneCardsInPage, args)).ids;
}

/** Milliseconds from inserting a batch of cards until each first held a badge, and until each held its verdict. */
export interface BatchTiming {
  markedMs: number;
  verdictMs: number;
}

/** Appends `count` copied cards and times their badges (see cloneCardsInPage). */
export async function timeClonedBatch(
  page: Page,
  options: CloneOptions,
  timeoutMs = 5_000,
): Promise<BatchTiming> {
  const args = { card: CARD, badge: BADGE, time: 'badges' as const, timeoutMs, ...options };
  const { ms, markedMs } = await page.evaluate(cloneCardsInPage, args);
  if (ms === null || markedMs === null) throw new Error('batch was not timed');
  return { markedMs, verdictMs: ms };
}

/** Appends `count` copied cards and returns the milliseconds until the browser has drawn them. */
export async function timeDrawnBatch(page: Page, options: CloneOptions): Promise<number> {
  const args = { card: CARD, badge: BADGE, time: 'frame' as const, timeoutMs: 0, ...options };
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
