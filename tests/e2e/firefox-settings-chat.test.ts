import type { Page as PlaywrightPage } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BADGE } from './support/cards';
import { NOTE, appendChatRow } from './support/chat-pages';
import { suiteFirefox } from './support/firefox';
import { openChatPage, openExtensionPage, screenshot, waitForVerdicts } from './support/firefox-pages';
import { ROUTES } from './support/routes';

// The Firefox build in Firefox ESR, as in firefox.test.ts: settings saved on the options page and
// read by the background, and the chat guard on the messenger pages. Build first: `npm run build`.

const suite = suiteFirefox();
/** The warning the chat guard puts beside the composer. */
const DRAFT = 'supplier-radar-chat[data-role="draft"]';

describe('Firefox: the options page', () => {
  it('saves a target price that the next search page is judged against', async () => {
    const options = await suite.firefox.browser.newPage();
    await options.setViewport({ width: 1000, height: 900 });
    await openExtensionPage(options, 'options.html');
    // The page is loaded before its script has drawn the form: wait for the form itself.
    await options.waitForSelector('[data-testid=add-target] input', { timeout: 5_000 });
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
    const search = await suite.firefox.browser.newPage();
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
  it('puts a note beside each of the six risky messages, and none in an ordinary chat', async () => {
    const risky = await openChatPage(suite.firefox.browser, 'risky');
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
    const benign = await openChatPage(suite.firefox.browser, 'benign');
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

  it('puts the note inside the chat widget’s frame on a product page (all frames)', async () => {
    const page = await openChatPage(suite.firefox.browser, 'productWithWidget');
    const widget = await page.waitForSelector('iframe[title=Chat]');
    const frame = await widget?.contentFrame();
    expect(frame?.url()).toMatch(/^https:\/\/onetalk\.alibaba\.com\//);
    await frame?.waitForFunction(
      (note) => document.querySelectorAll(note).length >= 1,
      { timeout: 10_000 },
      NOTE,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const rows = await frame?.$$eval(NOTE, (notes) =>
      notes.map((note) => note.closest('.message-item-wrapper')?.textContent ?? ''),
    );
    expect(rows).toHaveLength(1);
    expect(rows?.[0]).toContain('add me on WhatsApp');
    // The product page itself has no chat rows, so no notes.
    expect(await page.$$(NOTE)).toHaveLength(0);
    await frame?.$eval(NOTE, (host) => host.scrollIntoView({ block: 'end' }));
    await screenshot(page, 'firefox-product-widget.png');
    await page.close();
  });

  it('warns beside the composer while the buyer types a risky message, leaving the text alone', async () => {
    const page = await openChatPage(suite.firefox.browser, 'risky');
    const composer = await page.waitForSelector('.send-textarea');
    await composer?.click();
    await page.keyboard.type('I will pay by Western Union', { delay: 20 });
    const draft = `${DRAFT} >>> .note`;
    await page.waitForSelector(draft, { visible: true, timeout: 5_000 });
    expect(await page.$eval(`${DRAFT} >>> .headline`, (headline) => headline.textContent)).toBe(
      'Before you send this',
    );
    expect(await page.$eval(`${DRAFT} >>> mark`, (mark) => mark.textContent)).toMatch(/western union/i);
    expect(await composer?.evaluate((box) => (box as HTMLTextAreaElement).value)).toBe(
      'I will pay by Western Union',
    );
    await screenshot(page, 'firefox-chat-composer.png');
    await page.close();
  });
});
