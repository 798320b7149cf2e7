import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Where the panel sits relative to its badge, in whole pixels. */
async function panelOffset(badge: Locator, panel: Locator): Promise<{ x: number; y: number }> {
  const [badgeBox, panelBox] = await Promise.all([badge.boundingBox(), panel.boundingBox()]);
  if (!badgeBox || !panelBox) throw new Error('badge or panel not on screen');
  return { x: Math.round(panelBox.x - badgeBox.x), y: Math.round(panelBox.y - badgeBox.y) };
}

/** Scrolls the page by 200 px with the wheel: the panel must move exactly as its badge does. */
export async function expectPanelToKeepItsPlaceOnScroll(
  page: Page,
  badge: Locator,
  panel: Locator,
): Promise<void> {
  const before = await panelOffset(badge, panel);
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, 200);
  await expect
    .poll(() => page.evaluate(() => window.scrollY), { timeout: 2_000 })
    .toBeGreaterThan(scrolled + 100);
  expect(await panelOffset(badge, panel)).toEqual(before);
}

/**
 * Pushes everything down by 150 px (as an image loading above the cards does). The browser may
 * scroll along to keep the cards in view (scroll anchoring), but on the page the badge has moved,
 * and the panel must follow it within a few frames.
 */
export async function expectPanelToFollowALayoutShift(
  page: Page,
  badge: Locator,
  panel: Locator,
): Promise<void> {
  const before = await panelOffset(badge, panel);
  const badgeOnPage = () => badge.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
  const top = await badgeOnPage();
  await page.evaluate(() => {
    const banner = document.createElement('div');
    banner.style.height = '150px';
    document.body.prepend(banner);
  });
  expect(await badgeOnPage()).toBeCloseTo(top + 150, 0);
  await expect.poll(() => panelOffset(badge, panel), { timeout: 2_000 }).toEqual(before);
}
