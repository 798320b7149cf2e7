import type { Browser, Page } from 'puppeteer-core';
import { BADGE } from './cards';
import { CHAT_PAGES, chatPageBodies, type ChatPageName } from './chat-pages';
import { FIREFOX_EXTENSION_ORIGIN } from './firefox';
import type { TabsApi } from './launch';
import { SCREENSHOTS } from './suite-browser';

// Opening pages in the Firefox of tests/e2e/firefox.test.ts (Puppeteer over WebDriver BiDi).

/** Resolves once `page` holds at least `count` badges with a verdict. */
export function waitForVerdicts(page: Page, count: number): Promise<unknown> {
  return page.waitForFunction(
    (badge, count) => document.querySelectorAll(`${badge}[data-level]`).length >= count,
    { timeout: 10_000 },
    BADGE,
    count,
  );
}

export function screenshot(page: Page, file: string): Promise<unknown> {
  return page.screenshot({ path: new URL(file, SCREENSHOTS).pathname as `${string}.png` });
}

/**
 * The popup as a page of its own, about the tab showing `pageUrl`; the tab id is asked of the
 * extension's own page, which may see tabs on the marketplace hosts it holds permission for.
 */
export async function openPopupFor(browser: Browser, pageUrl: string | null): Promise<Page> {
  const popup = await browser.newPage();
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
export async function openExtensionPage(page: Page, path: string): Promise<void> {
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

/** A chat page at its https:// address, answered by the test itself (the fixture server speaks plain http). */
export async function openChatPage(browser: Browser, name: ChatPageName): Promise<Page> {
  const bodies = chatPageBodies();
  const page = await browser.newPage();
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

/** Opens the first badge on `page` and saves its supplier from the findings panel; resolves once it says so. */
export async function saveFirstSupplier(page: Page): Promise<void> {
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
}
