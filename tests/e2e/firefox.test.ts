import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { BADGE } from './support/cards';
import { suiteFirefox } from './support/firefox';
import { openPopupFor, saveFirstSupplier, screenshot, waitForVerdicts } from './support/firefox-pages';
import { LEVELS } from './support/popup';
import { ROUTES, routeKey, routeKeyOf, type RouteName } from './support/routes';

// The Firefox build (.output/firefox-mv2) in Debian's Firefox ESR, installed as a temporary
// add-on, on the same saved pages at their real URLs. The Chromium suites cover every feature in
// depth; this one shows that the add-on installs and that each part of it runs in Firefox, where
// the background is an event page, content scripts see the page through Xray wrappers, and the
// findings panel is bundled rather than loaded. The options page and the chat guard are in
// firefox-settings-chat.test.ts. Build first: `npm run build`.

const suite = suiteFirefox();
const pages = new Map<RouteName, Page>();

/** Opens a route in its own tab (once) and waits for `badges` verdicts on it. */
async function open(name: RouteName, badges = 1): Promise<Page> {
  const known = pages.get(name);
  if (known) return known;
  const page = await suite.firefox.browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(ROUTES[name].url);
  if (badges > 0) await waitForVerdicts(page, badges);
  pages.set(name, page);
  return page;
}

function textOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (element) => element.textContent ?? '');
}

describe('Firefox: search results', () => {
  it('badges each of the 48 rendered cards once, each with a level', async () => {
    const page = await open('search', 48);
    const levels = await page.evaluate(
      (badge) => Array.from(document.querySelectorAll(badge)).map((host) => host.getAttribute('data-level')),
      BADGE,
    );
    expect(levels).toHaveLength(48);
    for (const level of levels) expect(LEVELS as readonly unknown[]).toContain(level);
    await screenshot(page, 'firefox-search-badges.png');
  });

  it('opens a badge’s findings on click and closes them with Escape', async () => {
    const page = await open('search', 48);
    const button = await page.waitForSelector(`${BADGE} >>> button.sr-badge`);
    await button?.click();
    const panel = await page.waitForSelector(`${BADGE} >>> .sr-panel[role=dialog]`, { timeout: 3_000 });
    expect(await panel?.$$eval('li.sr-finding', (items) => items.length)).toBeGreaterThan(0);
    expect(await button?.evaluate((element) => element.getAttribute('aria-expanded'))).toBe('true');
    await screenshot(page, 'firefox-search-badge-panel.png');
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      (badge) =>
        !Array.from(document.querySelectorAll(badge)).some((host) =>
          host.shadowRoot?.querySelector('.sr-panel[role=dialog]'),
        ),
      { timeout: 3_000 },
      BADGE,
    );
  });

  it('popup names the page and its counts add up to the badges on it', async () => {
    const page = await open('search', 48);
    const popup = await openPopupFor(suite.firefox.browser, page.url());
    await popup.waitForFunction(
      () => document.querySelector('[data-testid=page-kind]')?.textContent === 'Alibaba.com · Search results',
      { timeout: 5_000 },
    );
    await expect(textOf(popup, '[data-testid=health]')).resolves.toContain('48 badges');
    let total = 0;
    for (const level of LEVELS)
      total += Number(/^\s*(\d+)/.exec(await textOf(popup, `[data-testid=count-${level}]`))?.[1]);
    expect(total).toBe(48);
    await screenshot(popup, 'firefox-popup-search.png');
    await popup.close();
  });
});

describe('Firefox: other pages', () => {
  it("badges the product page's supplier card", async () => {
    const page = await open('productDomCopy');
    expect(await page.$$eval(BADGE, (hosts) => hosts.length)).toBeGreaterThan(0);
  });

  it('badges the storefront product list', async () => {
    const page = await open('storefront');
    expect(await page.$$eval(BADGE, (hosts) => hosts.length)).toBeGreaterThan(0);
  });

  it('draws no badge on an anti-bot challenge, and the popup says the page could not be read', async () => {
    const page = await open('challenge', 0);
    const popup = await openPopupFor(suite.firefox.browser, page.url());
    const unreadable = await popup.waitForSelector('[data-testid=unreadable]', { timeout: 5_000 });
    expect(await unreadable?.evaluate((element) => element.textContent)).toContain("Couldn't read this page");
    expect(await page.$$eval(BADGE, (hosts) => hosts.length)).toBe(0);
    await popup.close();
  });
});

describe('Firefox: the shortlist and the chat check', () => {
  it('saves a supplier from a badge, and the popup lists it from IndexedDB', async () => {
    const page = await open('search', 48);
    await saveFirstSupplier(page);
    const popup = await openPopupFor(suite.firefox.browser, null);
    const row = await popup.waitForSelector('[role=listbox] [role=option]', { timeout: 5_000 });
    expect(await row?.evaluate((element) => element.textContent)).toMatch(/\S/);
    expect(await popup.$$eval('[role=listbox] [role=option]', (rows) => rows.length)).toBe(1);
    await screenshot(popup, 'firefox-popup-shortlist.png');
    await popup.close();
  });

  it('checks a pasted message in the popup with the chat detector', async () => {
    const popup = await openPopupFor(suite.firefox.browser, null);
    const box = await popup.waitForSelector('textarea#check-input', { timeout: 5_000 });
    await box?.type('Our company account is under audit, please pay to our manager account in Hong Kong.');
    const check = await popup.waitForSelector('button.check__button');
    await check?.click();
    const findings = await popup.waitForSelector('[data-testid=check-findings]', { timeout: 5_000 });
    expect(await findings?.evaluate((element) => element.textContent)).toContain('Trade Assurance');
    expect(await textOf(popup, '[data-testid=check-verdict]')).toMatch(/^\d+ warning signs? in this text\.$/);
    await screenshot(popup, 'firefox-popup-check.png');
    await popup.close();
  });
});

describe('Firefox: network', () => {
  // Firefox reaches only the fixture server (its proxy for every http:// address): what it asked
  // for there is the saved pages, their favicons and the pages' own image links, and nothing else.
  it('asked only for the saved pages and their own links, and got a page only at a marketplace URL', () => {
    const known = new Set(Object.values(ROUTES).map((route) => routeKeyOf(route.url)));
    expect(suite.server.requests.some((request) => request.status === 200)).toBe(true);
    for (const request of suite.server.requests) {
      expect(request.host).toMatch(/(^|\.)(alibaba|alicdn)\.com$/);
      if (request.status === 200)
        expect(known).toContain(routeKey(request.host, request.path.split('?')[0] ?? ''));
    }
  });
});
