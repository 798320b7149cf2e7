import { describe, expect, it } from 'vitest';
import { BADGE, expectOneBadgePerCard, readCardBadges, waitForBadges } from './support/cards';
import { appendClonedCards, rerenderCard } from './support/clone-cards';
import { expectOnlyFixtureRequests } from './support/network';
import { expectPanelToKeepItsPlaceOnScroll } from './support/panel';
import { LEVELS, openPopupFor, readPopupCounts } from './support/popup';
import { routeOpener, screenshot, suiteBrowser } from './support/suite-browser';

// Real Chromium with the built extension, on saved Alibaba.com pages served at
// their own URLs by a loopback server: badges on every kind of page, and the
// popup's summary. A badge's findings panel is in badge-panel.test.ts.
// Build first: `npx wxt build`.
const suite = suiteBrowser();
const open = routeOpener(suite);

describe('search results', () => {
  it('badges each of the 48 rendered cards once', async () => {
    const page = await open('search', 48);
    const state = await readCardBadges(page);
    expect(state.ids).toHaveLength(48);
    expectOneBadgePerCard(state);
    expect(state.total).toBe(48);
    await screenshot(page, 'search-badges.png');
  });

  it('badges cards added later (infinite scroll) and a card the page re-renders, once each', async () => {
    const page = await open('search', 48);
    const added = await appendClonedCards(page, { count: 12, firstId: 9_100_000_000_001 });
    await waitForBadges(page, 60);
    await rerenderCard(page, 3);
    await rerenderCard(page, 50);
    await waitForBadges(page, 60);
    // Give a second, stray badging pass the time it would need to show up.
    await page.waitForTimeout(150);
    const state = await readCardBadges(page);
    expect(state.ids).toHaveLength(60);
    expect(state.ids.slice(48)).toEqual(added);
    expectOneBadgePerCard(state);
    expect(state.total).toBe(60);
  });

  it("badges the saved server HTML's server-rendered cards", async () => {
    const page = await open('searchServerHtml');
    await page.waitForTimeout(100);
    expectOneBadgePerCard(await readCardBadges(page));
  });

  it('popup names the page and its counts add up to the badges on it', async () => {
    const page = await open('search', 48);
    const onPage = await page.locator(BADGE).count();
    const popup = await openPopupFor(suite.browser, page.url());
    await expect
      .poll(() => popup.locator('[data-testid=page-kind]').textContent())
      .toBe('Alibaba.com · Search results');
    await expect(popup.locator('[data-testid=health]').textContent()).resolves.toContain(`${onPage} badges`);
    const counts = await readPopupCounts(popup);
    expect(LEVELS.reduce((sum, level) => sum + counts[level], 0)).toBe(onPage);
    await screenshot(popup, 'popup-search.png');
    await popup.close();
  });
});

describe('product pages', () => {
  it("badges the product page's supplier card", async () => {
    const page = await open('productDomCopy');
    await page.locator(`${BADGE}[data-key="@page-supplier"]`).first().waitFor({ timeout: 5_000 });
    expect(await page.locator(`${BADGE}[data-key="@page-supplier"]`).count()).toBe(1);
    await page.locator(`${BADGE}[data-key="@page-supplier"]`).scrollIntoViewIfNeeded();
    await screenshot(page, 'product-page.png');
  });

  it("floats the offer's verdict, payment-terms danger included, when the page has no card to badge", async () => {
    const page = await open('productDetailData', 0);
    const floating = page.locator(`${BADGE}[data-floating][data-key="1600147809763"]`);
    await expect.poll(() => floating.count()).toBe(1);
    await expect(floating.locator('button.sr-badge').textContent()).resolves.toBe('This offer: High risk');
    await floating.locator('button.sr-badge').click();
    await expect.poll(() => floating.locator('li.sr-finding').count()).toBeGreaterThan(0);
    await expect(floating.locator('li.sr-finding').first().textContent()).resolves.toContain('Western Union');
    await screenshot(page, 'product-floating-verdict.png');
    // The floating badge stays on the screen as the page scrolls, and its panel with it.
    await page.evaluate(() =>
      document.body.append(Object.assign(document.createElement('div'), { style: 'height: 3000px' })),
    );
    await expectPanelToKeepItsPlaceOnScroll(
      page,
      floating.locator('button.sr-badge'),
      floating.locator('.sr-popover'),
    );
    await page.keyboard.press('Escape');
    const popup = await openPopupFor(suite.browser, page.url());
    await expect
      .poll(() => popup.locator('[data-testid=page-kind]').textContent())
      .toBe('Alibaba.com · Product page');
    await expect(popup.locator('[data-testid=health]').count()).resolves.toBe(1);
    await popup.close();
  });
});

describe('supplier pages', () => {
  it('badges the storefront product list', async () => {
    const page = await open('storefront');
    expect(await page.locator(BADGE).count()).toBeGreaterThan(0);
    await screenshot(page, 'storefront.png');
  });

  it('badges the company profile', async () => {
    const page = await open('companyProfile');
    expect(await page.locator(BADGE).count()).toBeGreaterThan(0);
  });
});

describe('anti-bot challenge', () => {
  it('draws no badge and the popup says the page could not be read', async () => {
    const page = await open('challenge', 0);
    const popup = await openPopupFor(suite.browser, page.url());
    await popup.locator('[data-testid=unreadable]').waitFor({ timeout: 5_000 });
    await expect(popup.locator('[data-testid=unreadable]').textContent()).resolves.toContain(
      "Couldn't read this page",
    );
    expect(await page.locator(BADGE).count()).toBe(0);
    await screenshot(popup, 'popup-challenge.png');
    await popup.close();
  });
});

describe('network', () => {
  it('asked nothing of any host but the fixture server (the page’s own CDN links resolve nowhere)', () =>
    expectOnlyFixtureRequests(suite));
});
