import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { LEVELS } from './popup';

/**
 * The search page's cards as the page draws them, seen from the test: a card
 * is an outermost `.fy26-product-card-wrapper` (list view nests three).
 *
 * The functions passed to page.evaluate run in the page, serialised as text:
 * they declare no named inner functions (tsx's keepNames would add calls to
 * a helper the page doesn't have).
 */
export const CARD = '.fy26-product-card-wrapper';
export const BADGE = 'supplier-radar-badge';

export interface CardBadges {
  /** Product id of each card (data-ctrdot), in page order. */
  ids: string[];
  /** How many badges each card holds. */
  perCard: number[];
  /** Each card's badges' data-level and data-key. */
  badges: Array<Array<{ level: string | null; key: string | null }>>;
  /** Badges anywhere on the page. */
  total: number;
}

export function readCardBadges(page: Page): Promise<CardBadges> {
  return page.evaluate(
    ({ card, badge }) => {
      const cards = Array.from(document.querySelectorAll(card)).filter(
        (element) => !element.parentElement?.closest(card),
      );
      const badges = cards.map((element) =>
        Array.from(element.querySelectorAll(badge)).map((host) => ({
          level: host.getAttribute('data-level'),
          key: host.getAttribute('data-key'),
        })),
      );
      return {
        ids: cards.map((element) => element.getAttribute('data-ctrdot') ?? ''),
        perCard: badges.map((list) => list.length),
        badges,
        total: document.querySelectorAll(badge).length,
      };
    },
    { card: CARD, badge: BADGE },
  );
}

/** Badges on the page by data-level. */
export function badgeLevels(page: Page): Promise<Record<string, number>> {
  return page.evaluate((badge) => {
    const counts: Record<string, number> = {};
    for (const host of Array.from(document.querySelectorAll(badge))) {
      const level = host.getAttribute('data-level') ?? '(none)';
      counts[level] = (counts[level] ?? 0) + 1;
    }
    return counts;
  }, BADGE);
}

/** Resolves once the page holds at least `count` badges with a verdict (not "Checking…"). */
export async function waitForBadges(page: Page, count: number, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    ({ badge, count }) => document.querySelectorAll(`${badge}[data-level]`).length >= count,
    { badge: BADGE, count },
    { timeout },
  );
}

/** Each card has exactly one badge, with a level, keyed by the card's product id. */
export function expectOneBadgePerCard(state: CardBadges): void {
  const levels: readonly string[] = LEVELS;
  expect(state.ids.length).toBeGreaterThan(0);
  expect(state.perCard).toEqual(state.ids.map(() => 1));
  for (const [index, [badge]] of state.badges.entries()) {
    expect(levels).toContain(badge?.level);
    expect(badge?.key).toBe(state.ids[index]);
  }
}
