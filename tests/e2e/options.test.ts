import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BADGE, waitForBadges } from './support/cards';
import { ROUTES } from './support/routes';
import { SCREENSHOTS, suiteBrowser } from './support/suite-browser';

// The options page in real Chromium, in a browser of its own: what it saves changes every later verdict.

const suite = suiteBrowser();

async function openOptions(): Promise<Page> {
  const page = await suite.browser.context.newPage();
  await page.goto(`chrome-extension://${suite.browser.extensionId}/options.html`);
  await page.locator('[data-testid=history-count]').waitFor({ timeout: 5_000 });
  return page;
}

/** Each badge's level, in page order. */
async function levelsOnPage(page: Page): Promise<string[]> {
  return page.evaluate((badge) => {
    return Array.from(document.querySelectorAll(badge)).map((host) => host.getAttribute('data-level') ?? '');
  }, BADGE);
}

describe('the options page', () => {
  it('saves a target price that the next search page is judged against', async () => {
    const options = await openOptions();
    const form = options.locator('[data-testid=add-target]');
    await form.locator('input').nth(0).fill('eyeglass wipes');
    await form.locator('input').nth(1).fill('0.50');
    await form.locator('input').nth(2).fill('GBP');
    await form.locator('input').nth(3).fill('bag');
    await form.locator('button[type=submit]').click();
    await options.locator('[data-testid=targets] table').waitFor({ timeout: 2_000 });
    await expect(options.locator('[data-testid=targets] table').textContent()).resolves.toContain(
      '0.5 GBP per bag',
    );
    await options.screenshot({ path: new URL('options.png', SCREENSHOTS).pathname, fullPage: true });

    // Every offer on the outlier page is at least 68% below a £0.50 target: all are dangers now.
    const search = await suite.browser.context.newPage();
    await search.goto(ROUTES.priceOutlier.url);
    await waitForBadges(search, 8);
    expect(await levelsOnPage(search)).toEqual(Array(8).fill('high'));
    await search.locator(`${BADGE} button.sr-badge`).first().click();
    const caption = search.locator(`${BADGE} .sr-price__caption`).first();
    await caption.waitFor({ timeout: 2_000 });
    await expect(caption.textContent()).resolves.toContain('Your target price for "eyeglass wipes"');
    await search.close();
    await options.close();
  });

  it('counts the prices remembered from that search, and clears them', async () => {
    const options = await openOptions();
    // The count is read from the background after the page draws ("Counting…" until then).
    const count = options.locator('[data-testid=history-count]');
    await expect.poll(() => count.textContent(), { timeout: 5_000 }).toBe('8 prices remembered.');
    await options.locator('[data-testid=history] button').click();
    await options
      .locator('[data-testid=history-count]', { hasText: '0 prices remembered.' })
      .waitFor({ timeout: 2_000 });
    await options.close();
  });
});
