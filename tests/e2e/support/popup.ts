import type { Page } from 'playwright-core';
import { tabIdFor, type Launched } from './launch';

export const LEVELS = ['high', 'medium', 'low', 'unknown'] as const;

/**
 * Opens the popup as a page of its own, about the tab showing `pageUrl`
 * (`?tab=` because the popup page is itself the active tab), at popup size.
 */
export async function openPopupFor(browser: Launched, pageUrl: string): Promise<Page> {
  const { context, serviceWorker, extensionId } = browser;
  if (!serviceWorker || !extensionId) throw new Error('this browser was launched without the extension');
  const tabId = await tabIdFor(serviceWorker, pageUrl);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup
    .locator('[data-testid=page-kind], [data-testid=not-marketplace]')
    .first()
    .waitFor({ timeout: 5_000 });
  return popup;
}

/** The popup's count per level (each count's text starts with its number). */
export async function readPopupCounts(popup: Page): Promise<Record<(typeof LEVELS)[number], number>> {
  const counts = { high: 0, medium: 0, low: 0, unknown: 0 };
  for (const level of LEVELS) {
    const text = (await popup.locator(`[data-testid=count-${level}]`).textContent()) ?? '';
    const number = /^\s*(\d+)/.exec(text)?.[1];
    if (number === undefined) throw new Error(`count-${level} does not start with a number: "${text}"`);
    counts[level] = Number(number);
  }
  return counts;
}
