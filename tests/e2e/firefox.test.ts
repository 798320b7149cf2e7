import { mkdir } from 'node:fs/promises';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BADGE } from './support/cards';
import { CHAT_PAGES, NOTE, appendChatRow, chatPageBodies, type ChatPageName } from './support/chat-pages';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { FIREFOX_EXTENSION_ORIGIN, launchFirefox, type LaunchedFirefox } from './support/firefox';
import { LEVELS } from './support/popup';
import { ROUTES, routeKey, routeKeyOf, type RouteName } from './support/routes';
import { SCREENSHOTS } from './support/suite-browser';

// The Firefox build (.output/firefox-mv2) in Debian's Firefox ESR, installed as a temporary
// add-on, on the same saved pages at their real URLs. The Chromium suites cover every feature in
// depth; this one shows that the add-on installs and that each part of it runs in Firefox, where
// the background is an event page, content scripts see the page through Xray wrappers, and the
// findings panel is bundled rather than loaded. Build first: `npm run build`.

let server: FixtureServer;
let firefox: LaunchedFirefox;
const pages = new Map<RouteName, Page>();

beforeAll(async () => {
  await mkdir(SCREENSHOTS, { recursive: true });
  server = await startFixtureServer();
  firefox = await launchFirefox({ port: server.port });
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** Opens a route in its own tab (once) and waits for `badges` verdicts on it. */
async function open(name: RouteName, badges = 1): Promise<Page> {
  const known = pages.get(name);
  if (known) return known;
  const page = await firefox.browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(ROUTES[name].url);
  if (badges > 0) await waitForVerdicts(page, badges);
  pages.set(name, page);
  return page;
}

function waitForVerdicts(page: Page, count: number): Promise<unknown> {
  return page.waitForFunction(
    (badge, count) => document.querySelectorAll(`${badge}[data-level]`).length >= count,
    { timeout: 10_000 },
    BADGE,
    count,
  );
}

function screenshot(page: Page, file: string): Promise<unknown> {
  return page.screenshot({ path: new URL(file, SCREENSHOTS).pathname as `${string}.png` });
}

/**
 * The popup as a page of its own, about the tab showing `pageUrl`; the tab id is asked of the
 * extension's own page, which may see tabs on the marketplace hosts it holds permission for.
 */
async function openPopupFor(pageUrl: string | null): Promise<Page> {
  const popup = await firefox.browser.newPage();
  await popup.setViewport({ width: 380, height: 600 });
  await openExtensionPage(popup, 'popup.html');
  if (pageUrl !== null) {
    const tabId = await popup.evaluate(async (url) => {
      const api = (globalThis as unknown as { browser: TabsApi }).browser;
      const tabs = await api.tabs.query({ url: '*://*.alibaba.com/*' });
      return tabs.find((tab) => tab.url === url)?.id ?? null;
    }, pageUrl);
    if (tabId === null) throw new Error(`no tab shows ${pageUrl}`);
    await openExtensionPage(popup, `popup.html?tab=${tabId}`);
  }
  await popup.waitForSelector('[data-testid=page-kind], [data-testid=not-marketplace]', { timeout: 5_000 });
  return popup;
}

/**
 * Loads one of the add-on's pages in `page`. Firefox loads moz-extension:// pages in the add-on's
 * own process, and WebDriver BiDi reports no navigation events for them, so the navigation is
 * started without waiting on it and the page's address is watched instead.
 */
async function openExtensionPage(page: Page, path: string): Promise<void> {
  const url = `${FIREFOX_EXTENSION_ORIGIN}/${path}`;
  void page.goto(url, { timeout: 10_000 }).catch(() => {});
  const deadline = Date.now() + 10_000;
  for (;;) {
    // Asked again until it holds: a question asked while the page is being replaced fails.
    const loaded = await page
      .evaluate((url) => location.href === url && document.readyState !== 'loading', url)
      .catch(() => false);
    if (loaded) return;
    if (Date.now() > deadline) throw new Error(`${url} did not load`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface TabsApi {
  tabs: { query(filter: { url: string }): Promise<Array<{ id?: number; url?: string }>> };
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
    const popup = await openPopupFor(page.url());
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
    const popup = await openPopupFor(page.url());
    const unreadable = await popup.waitForSelector('[data-testid=unreadable]', { timeout: 5_000 });
    expect(await unreadable?.evaluate((element) => element.textContent)).toContain("Couldn't read this page");
    expect(await page.$$eval(BADGE, (hosts) => hosts.length)).toBe(0);
    await popup.close();
  });
});

describe('Firefox: the shortlist and the chat check', () => {
  it('saves a supplier from a badge, and the popup lists it from IndexedDB', async () => {
    const page = await open('search', 48);
    const button = await page.waitForSelector(`${BADGE} >>> button.sr-badge`);
    await button?.click();
    const save = await page.waitForSelector(`${BADGE} >>> .sr-shortlist__save`, { timeout: 3_000 });
    await save?.click();
    await page.waitForFunction(
      (badge) =>
        Array.from(document.querySelectorAll(badge)).some((host) =>
          host.shadowRoot
            ?.querySelector('.sr-shortlist__result')
            ?.textContent?.includes('Saved to your shortlist'),
        ),
      { timeout: 3_000 },
      BADGE,
    );
    await page.keyboard.press('Escape');
    const popup = await openPopupFor(null);
    const row = await popup.waitForSelector('[role=listbox] [role=option]', { timeout: 5_000 });
    expect(await row?.evaluate((element) => element.textContent)).toMatch(/\S/);
    expect(await popup.$$eval('[role=listbox] [role=option]', (rows) => rows.length)).toBe(1);
    await screenshot(popup, 'firefox-popup-shortlist.png');
    await popup.close();
  });

  it('checks a pasted message in the popup with the chat detector', async () => {
    const popup = await openPopupFor(null);
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

describe('Firefox: the options page', () => {
  it('saves a target price that the next search page is judged against', async () => {
    const options = await firefox.browser.newPage();
    await options.setViewport({ width: 1000, height: 900 });
    await openExtensionPage(options, 'options.html');
    const inputs = await options.$$('[data-testid=add-target] input');
    expect(inputs).toHaveLength(4);
    // Each field's text selected first, so typing replaces it (currency and unit have defaults).
    for (const [index, value] of ['eyeglass wipes', '0.50', 'GBP', 'bag'].entries()) {
      await inputs[index]?.evaluate((input) => (input as HTMLInputElement).select());
      await inputs[index]?.type(value);
    }
    await (await options.$('[data-testid=add-target] button[type=submit]'))?.click();
    await options.waitForFunction(
      () => document.querySelector('[data-testid=targets] table')?.textContent?.includes('0.5 GBP per bag'),
      { timeout: 3_000 },
    );
    await screenshot(options, 'firefox-options.png');
    await options.close();

    // Every offer on the outlier page is at least 68% below a £0.50 target: all are dangers now.
    const search = await firefox.browser.newPage();
    await search.goto(ROUTES.priceOutlier.url);
    await waitForVerdicts(search, 8);
    const levels = await search.$$eval(BADGE, (hosts) =>
      hosts.map((host) => host.getAttribute('data-level')),
    );
    expect(levels).toEqual(Array(8).fill('high'));
    await search.close();
  });
});

describe('Firefox: the chat guard', () => {
  /** A chat page at its https:// address, answered by the test itself (the fixture server speaks plain http). */
  async function openChat(name: ChatPageName): Promise<Page> {
    const bodies = chatPageBodies();
    const page = await firefox.browser.newPage();
    await page.setViewport({ width: 800, height: 600 });
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const body = bodies.get(request.url().split('#')[0] ?? '');
      void request.respond(
        body === undefined
          ? { status: 404, contentType: 'text/plain', body: 'not a fixture\n' }
          : { status: 200, contentType: 'text/html; charset=utf-8', body },
      );
    });
    await page.goto(CHAT_PAGES[name].url);
    return page;
  }

  it('puts a note beside each of the six risky messages, and none in an ordinary chat', async () => {
    const risky = await openChat('risky');
    await risky.waitForFunction(
      (note) => document.querySelectorAll(note).length >= 6,
      { timeout: 10_000 },
      NOTE,
    );
    const severities = await risky.$$eval(NOTE, (notes) =>
      notes.map((note) => note.getAttribute('data-severity')),
    );
    expect(severities).toHaveLength(6);
    expect(severities).toContain('danger');
    await risky.evaluate((note) => document.querySelector(note)?.scrollIntoView({ block: 'center' }), NOTE);
    await screenshot(risky, 'firefox-chat-risky.png');
    await risky.close();

    // An ordinary chat stays quiet: a risky row added last gets its note, and it is the only one.
    const benign = await openChat('benign');
    await benign.waitForFunction(() => document.querySelectorAll('.message-item-wrapper').length > 0);
    // page.evaluate(fn, arg) has the same shape in Puppeteer as in Playwright, which the helper is typed for.
    await appendChatRow(benign as unknown as Pick<PlaywrightPage, 'evaluate'>, {
      side: 'left',
      time: '2025-12-02 09:00:00',
      text: 'Please pay by Western Union to our manager, it is faster.',
    });
    await benign.waitForFunction(
      (note) => document.querySelectorAll(note).length > 0,
      { timeout: 10_000 },
      NOTE,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const rows = await benign.$$eval(NOTE, (notes) =>
      notes.map((note) => note.closest('.message-item-wrapper')?.textContent ?? ''),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('Western Union');
    await benign.close();
  });
});

describe('Firefox: network', () => {
  // Firefox reaches only the fixture server (its proxy for every http:// address): what it asked
  // for there is the saved pages, their favicons and the pages' own image links, and nothing else.
  it('asked only for the saved pages and their own links, and got a page only at a marketplace URL', () => {
    const known = new Set(Object.values(ROUTES).map((route) => routeKeyOf(route.url)));
    expect(server.requests.some((request) => request.status === 200)).toBe(true);
    for (const request of server.requests) {
      expect(request.host).toMatch(/(^|\.)(alibaba|alicdn)\.com$/);
      if (request.status === 200)
        expect(known).toContain(routeKey(request.host, request.path.split('?')[0] ?? ''));
    }
  });
});
