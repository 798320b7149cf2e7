import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Scrolls the page by 200 px with the wheel: the panel must move exactly as its badge does. */
export async function expectPanelToKeepItsPlaceOnScroll(
  page: Page,
  badge: Locator,
  panel: Locator,
): Promise<void> {
  const offset = async () => {
    const [badgeBox, panelBox] = await Promise.all([badge.boundingBox(), panel.boundingBox()]);
    if (!badgeBox || !panelBox) throw new Error('badge or panel not on screen');
    return Math.round(panelBox.y - badgeBox.y);
  };
  const before = await offset();
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, 200);
  await expect
    .poll(() => page.evaluate(() => window.scrollY), { timeout: 2_000 })
    .toBeGreaterThan(scrolled + 100);
  expect(await offset()).toBe(before);
}
