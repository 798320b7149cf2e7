import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BADGE, readCardBadges, waitForBadges, type CardBadges } from './support/cards';
import { appendClonedCards, rerenderCard } from './support/clone-cards';
import { LEVELS, openPopupFor, readPopupCounts } from './support/popup';
import { FIXTURE_DIR, ROUTES, routeKey, type RouteName } from './support/routes';
import { SCREENSHOTS, suiteBrowser } from './support/suite-browser';

// Real Chromium with the built extension, on saved Alibaba.com pages served at
// their own URLs by a loopback server. Build first: `npx wxt build`.
const LEVEL_VALUES: readonly string[] = LEVELS;

const suite = suiteBrowser();
const pages = new Map<RouteName, Page>();

/** Opens a route in its own tab (once) and waits for the content script to have run. */
async function open(name: RouteName, badges = 1): Promise<Page> {
  const known = pages.get(name);
  if (known) return known;
  const page = await suite.browser.context.newPage();
  await page.goto(ROUTES[name].url);
  if (badges > 0) await waitForBadges(page, badges);
  pages.set(name, page);
  return page;
}

function screenshot(page: Page, file: string): Promise<Buffer> {
  return page.screenshot({ path: new URL(file, SCREENSHOTS).pathname });
}

function expectOneBadgePerCard(state: CardBadges): void {
  expect(state.ids.length).toBeGreaterThan(0);
  expect(state.perCard).toEqual(state.ids.map(() => 1));
  for (const [index, [badge]] of state.badges.entries()) {
    expect(LEVEL_VALUES).toContain(badge?.level);
    expect(badge?.key).toBe(state.ids[index]);
  }
}

/** Scrolls the page by 200 px with the wheel: the panel must move exactly as its badge does. */
async function expectPanelToKeepItsPlaceOnScroll(page: Page, badge: Locator, panel: Locator): Promise<void> {
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

describe('badge details', () => {
  it('opens on click and lists findings', async () => {
    const page = await open('search', 48);
    const button = page.locator(`${BADGE} button.sr-badge`).nth(1);
    await expect(button.getAttribute('aria-label')).resolves.toMatch(/^Supplier Radar: .+\. Show why$/);
    await button.click();
    const panel = page.locator(`${BADGE} .sr-popover .sr-panel[role=dialog]`);
    await panel.waitFor({ state: 'visible', timeout: 2_000 });
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('true');
    expect(await panel.locator('li.sr-finding').count()).toBeGreaterThan(0);
    await screenshot(page, 'search-badge-panel.png');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached', timeout: 2_000 });
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
  });

  it('opens with Enter on the focused badge and closes with Escape', async () => {
    const page = await open('search', 48);
    const button = page.locator(`${BADGE} button.sr-badge`).nth(5);
    await button.focus();
    await page.keyboard.press('Enter');
    const panel = page.locator(`${BADGE} .sr-panel[role=dialog]`);
    await panel.waitFor({ state: 'visible', timeout: 2_000 });
    expect(await panel.locator('li.sr-finding').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached', timeout: 2_000 });
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
  });

  it('stays beside its badge while the page scrolls, not over another card', async () => {
    const page = await open('search', 48);
    // Scrolling and clicking wait for frames, which a tab behind the popup's barely gets.
    await page.bringToFront();
    const button = page.locator(`${BADGE} button.sr-badge`).nth(8);
    await button.scrollIntoViewIfNeeded();
    await button.click();
    const panel = page.locator(`${BADGE} .sr-popover`).filter({ has: page.locator('.sr-panel') });
    await panel.waitFor({ state: 'visible', timeout: 2_000 });
    await expectPanelToKeepItsPlaceOnScroll(page, button, panel);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden', timeout: 2_000 });
  });
});

describe('price benchmarks', () => {
  it('gives the one offer priced far below the others a danger badge, and no other card', async () => {
    const page = await open('priceOutlier', 8);
    const state = await readCardBadges(page);
    expectOneBadgePerCard(state);
    const levels = state.badges.map(([badge]) => [badge?.key, badge?.level]);
    expect(levels.filter(([, level]) => level === 'high')).toEqual([['1601705232505', 'high']]);
    expect(levels.filter(([, level]) => level !== 'low')).toHaveLength(1);
  });

  it('shows where that price sits, and the popup lists it', async () => {
    const page = await open('priceOutlier', 8);
    await page.locator(`${BADGE}[data-key="1601705232505"] button.sr-badge`).click();
    const panel = page.locator(`${BADGE}[data-key="1601705232505"] .sr-panel[role=dialog]`);
    await panel.waitFor({ state: 'visible', timeout: 2_000 });
    const finding = panel.locator('li.sr-finding--danger', { hasText: 'below the market' });
    await expect(finding.textContent()).resolves.toContain('Price 80% below the market: too good to be true');
    await expect(panel.locator('.sr-price__caption').textContent()).resolves.toContain(
      'This offer £0.03 per bag · median £0.1527',
    );
    await screenshot(page, 'search-price-outlier-panel.png');
    await panel.screenshot({ path: new URL('price-panel.png', SCREENSHOTS).pathname });
    await page.keyboard.press('Escape');

    const popup = await openPopupFor(suite.browser, ROUTES.priceOutlier.url);
    const outliers = popup.locator('[data-testid=outliers] li');
    await expect(outliers.count()).resolves.toBe(1);
    await expect(outliers.first().textContent()).resolves.toContain('Price 80% below the market');
    await screenshot(popup, 'popup-price-outlier.png');
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
  it('asked nothing of any host but the fixture server (the page’s own CDN links resolve nowhere)', async () => {
    const fixtureText = (
      await Promise.all(Object.values(ROUTES).map((route) => readFile(`${FIXTURE_DIR}${route.file}`, 'utf8')))
    )
      .join('\n')
      .replaceAll('&amp;', '&');
    const served = new Set(suite.server.requests.map((request) => routeKey(request.host, request.path)));
    const unexplained: string[] = [];
    let httpsToServer = 0;
    for (const address of suite.browser.requests) {
      if (/^(chrome-extension|data|about|blob):/.test(address)) continue;
      const url = new URL(address);
      if (/(^|\.)alibaba\.com$/.test(url.hostname)) {
        if (url.protocol === 'https:') httpsToServer++;
        else if (!served.has(routeKey(url.host, `${url.pathname}${url.search}`))) unexplained.push(address);
        continue;
      }
      // Another host: only a subresource the saved page names itself, and it must have failed to resolve.
      const named = fixtureText.includes(address.replace(/^https?:/, ''));
      if (!named || !suite.browser.failedRequests.has(address)) unexplained.push(address);
    }
    expect(suite.browser.requests.length).toBeGreaterThan(0);
    expect(unexplained).toEqual([]);
    // https:// to a mapped host reaches the server as a TLS handshake it can't answer.
    if (httpsToServer > 0)
      expect(suite.server.requests.some((request) => request.host === '(not http)')).toBe(true);
  });
});
