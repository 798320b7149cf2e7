import { describe, expect, it } from 'vitest';
import { BADGE, expectOneBadgePerCard, readCardBadges } from './support/cards';
import { expectOnlyFixtureRequests } from './support/network';
import { expectPanelToFollowALayoutShift, expectPanelToKeepItsPlaceOnScroll } from './support/panel';
import { openPopupFor } from './support/popup';
import { ROUTES } from './support/routes';
import { routeOpener, SCREENSHOTS, screenshot, suiteBrowser } from './support/suite-browser';

// A badge's findings panel in real Chromium, on saved search pages at their own URLs: opened by
// click or keyboard, kept beside its badge, and the price benchmark it draws. Build first: `npx wxt build`.

const suite = suiteBrowser();
const open = routeOpener(suite);

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

  it('stays beside its badge while the page scrolls or shifts, not over another card', async () => {
    const page = await open('search', 48);
    // Scrolling and clicking wait for frames, which a tab behind the popup's barely gets.
    await page.bringToFront();
    const button = page.locator(`${BADGE} button.sr-badge`).nth(8);
    await button.scrollIntoViewIfNeeded();
    await button.click();
    const panel = page.locator(`${BADGE} .sr-popover`).filter({ has: page.locator('.sr-panel') });
    await panel.waitFor({ state: 'visible', timeout: 2_000 });
    await expectPanelToKeepItsPlaceOnScroll(page, button, panel);
    await expectPanelToFollowALayoutShift(page, button, panel);
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

describe('network', () => {
  it('asked nothing of any host but the fixture server', () => expectOnlyFixtureRequests(suite));
});
