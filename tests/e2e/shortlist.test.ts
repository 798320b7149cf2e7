import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BADGE, badgeLevels, waitForBadges } from './support/cards';
import { launchWithExtension } from './support/launch';
import { openPopupFor } from './support/popup';
import { ROUTES } from './support/routes';
import { SCREENSHOTS, suiteBrowser } from './support/suite-browser';

// The shortlist in real Chromium: saved from a badge, shown in the popup, marked on the
// badges, carried to a fresh profile by export and import; and the options page's rules.

const suite = suiteBrowser();
const screenshot = (name: string) => new URL(name, SCREENSHOTS).pathname;

async function openSearch(): Promise<Page> {
  const page = await suite.browser.context.newPage();
  await page.goto(ROUTES.search.url);
  await waitForBadges(page, 48);
  return page;
}

async function openOptions(
  context = suite.browser.context,
  extensionId = suite.browser.extensionId,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.locator('[data-testid=rules]').waitFor({ timeout: 5_000 });
  return page;
}

/** The first badge's card: its supplier name and every badge of that supplier's cards. */
async function firstCardSupplier(page: Page): Promise<string> {
  const name = await page.evaluate(() => {
    const card = document.querySelector('.fy26-product-card-wrapper');
    const link = card?.querySelector('a[href*=".en.alibaba.com"]');
    return link?.textContent?.trim() ?? '';
  });
  return name;
}

/** Exports the shortlist as JSON from the options page; the file's entries, sorted by key. */
async function exportedEntries(options: Page): Promise<Array<Record<string, unknown>>> {
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export as JSON' }).click(),
  ]);
  const file = JSON.parse(await readFile((await download.path()) as string, 'utf8')) as {
    format: string;
    entries: Array<Record<string, unknown>>;
  };
  expect(file.format).toBe('supplier-radar-shortlist');
  return file.entries.sort((a, b) => String(a.key).localeCompare(String(b.key)));
}

describe('the shortlist', () => {
  it('saves a supplier from a badge on a search page; the popup lists it and its badges say so', async () => {
    const search = await openSearch();
    await search.locator(`${BADGE} button.sr-badge`).first().click();
    const save = search.locator(`${BADGE} .sr-shortlist__save`).first();
    await save.waitFor({ timeout: 3_000 });
    await save.click();
    const result = search.locator(`${BADGE} .sr-shortlist__result`).first();
    await expect.poll(() => result.textContent(), { timeout: 3_000 }).toContain('Saved to your shortlist');
    await search.screenshot({ path: screenshot('shortlist-saved-from-badge.png') });

    const popup = await openPopupFor(suite.browser, search.url());
    const rows = popup.locator('[role=listbox] [role=option]');
    await rows.first().waitFor({ timeout: 5_000 });
    expect(await rows.count()).toBe(1);
    const supplier = await firstCardSupplier(search);
    await expect(rows.first().textContent()).resolves.toContain(supplier.slice(0, 20));
    await popup.screenshot({ path: screenshot('popup-shortlist.png'), fullPage: true });

    // Opening the entry: the offer saved with it, costed.
    await rows.first().click();
    const detail = popup.locator('[data-testid=entry-detail]');
    await detail.waitFor({ timeout: 3_000 });
    await expect(detail.locator('[data-testid=offers]').textContent()).resolves.toMatch(/\S/);
    await popup.screenshot({ path: screenshot('popup-entry-detail.png'), fullPage: true });
    await detail.screenshot({ path: screenshot('popup-entry-detail-only.png') });
    await popup.close();

    // The next visit marks every card of that supplier, and only those.
    await search.reload();
    await waitForBadges(search, 48);
    const marked = await search.evaluate((badge) => {
      return Array.from(document.querySelectorAll(`${badge}[data-shortlisted]`)).map(
        (host) => host.shadowRoot?.querySelector('.sr-badge__mine')?.textContent ?? '',
      );
    }, BADGE);
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((text) => text === '★ Shortlisted')).toBe(true);
    expect(marked.length).toBeLessThan(48);
    await search.close();
  });

  it('saves the supplier of a product page from the popup', async () => {
    const product = await suite.browser.context.newPage();
    await product.goto(ROUTES.productDetailData.url);
    await product.locator(`${BADGE}[data-level]`).first().waitFor({ timeout: 10_000 });
    const popup = await openPopupFor(suite.browser, product.url());
    await popup.getByRole('button', { name: 'Save supplier to shortlist' }).click();
    await expect
      .poll(() => popup.locator('[data-testid=save-status]').textContent(), { timeout: 3_000 })
      .toMatch(/Saved/);
    await expect
      .poll(() => popup.locator('[role=listbox] [role=option]').count(), { timeout: 3_000 })
      .toBe(2);
    await popup.close();
    await product.close();
  });

  it('exports the list and imports it into a fresh profile, giving the same list', async () => {
    const options = await openOptions();
    const before = await exportedEntries(options);
    expect(before).toHaveLength(2);
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export as JSON' }).click(),
    ]);
    const file = (await download.path()) as string;
    await options.close();

    const fresh = await launchWithExtension({ extension: true, port: suite.server.port });
    try {
      const freshOptions = await openOptions(fresh.context, fresh.extensionId);
      // A fresh profile has nothing to export.
      await freshOptions.getByRole('button', { name: 'Export as JSON' }).click();
      await expect
        .poll(() => freshOptions.locator('[data-testid=export-status]').textContent(), { timeout: 3_000 })
        .toContain('empty');
      await freshOptions.locator('[data-testid=import] input[type=file]').setInputFiles(file);
      await freshOptions.locator('[data-testid=import-preview]').waitFor({ timeout: 5_000 });
      await expect(freshOptions.locator('[data-testid=import-counts]').textContent()).resolves.toMatch(
        /2 new/,
      );
      await freshOptions.screenshot({ path: screenshot('options-import-preview.png'), fullPage: true });
      await freshOptions.getByRole('button', { name: 'Import 2 valid entries' }).click();
      await expect
        .poll(() => freshOptions.locator('[data-testid=import-outcome]').textContent(), { timeout: 5_000 })
        .toMatch(/2/);
      expect(await exportedEntries(freshOptions)).toEqual(before);
    } finally {
      await fresh.close();
    }
  });

  it('a bad import file changes nothing', async () => {
    const options = await openOptions();
    const before = await exportedEntries(options);
    const truncated = '{"format":"supplier-radar-shortlist","version":1,"entries":[{"key":"alibaba:x"';
    await options.locator('[data-testid=import] input[type=file]').setInputFiles({
      name: 'shortlist.json',
      mimeType: 'application/json',
      buffer: Buffer.from(truncated),
    });
    await options.locator('[data-testid=import-problem]').waitFor({ timeout: 5_000 });
    expect(await options.getByRole('button', { name: /^Import \d/ }).count()).toBe(0);
    expect(await exportedEntries(options)).toEqual(before);
    await options.close();
  });
});

describe("the popup's riskiest cards", () => {
  it('scroll the page to the card clicked and focus its badge', async () => {
    const search = await openSearch();
    await search.emulateMedia({ reducedMotion: 'reduce' });
    const popup = await openPopupFor(suite.browser, search.url());
    const rows = popup.locator('[data-testid=riskiest] button');
    expect(await rows.count()).toBe(5);
    // The fifth riskiest: its level in the popup is the level of the badge it focuses.
    const pill = await rows.nth(4).locator('.pill').getAttribute('class');
    const level = /pill--(\w+)/.exec(pill ?? '')?.[1];
    expect(['high', 'medium']).toContain(level);
    await rows.nth(4).click();
    await expect
      .poll(() => popup.locator('[data-testid=riskiest-status]').textContent(), { timeout: 3_000 })
      .toMatch(/Showing/);
    const focused = await search.evaluate((badge) => {
      const host = document.activeElement;
      if (!host?.matches(badge)) return null;
      const box = host.getBoundingClientRect();
      return { level: host.getAttribute('data-level'), inView: box.top >= 0 && box.bottom <= innerHeight };
    }, BADGE);
    expect(focused).toEqual({ level, inView: true });
    await popup.close();
    await search.close();
  });
});

describe('the options page rules', () => {
  it("lowering the high-risk threshold turns the next page's medium badges high", async () => {
    const search = await openSearch();
    const before = await badgeLevels(search);
    expect(before.medium ?? 0).toBeGreaterThan(0);

    const options = await openOptions();
    const high = options.getByLabel('High risk from (points)');
    await high.fill('40');
    await options.getByRole('button', { name: 'Save rules' }).click();
    await expect
      .poll(() => options.locator('[data-testid=message]').textContent(), { timeout: 3_000 })
      .toMatch(/saved/i);
    await options.screenshot({ path: screenshot('options-rules.png'), fullPage: true });

    await search.reload();
    await waitForBadges(search, 48);
    const after = await badgeLevels(search);
    expect(after.medium ?? 0).toBe(0);
    expect(after.high).toBe((before.high ?? 0) + (before.medium ?? 0));

    // Back to the defaults: the badges are as they were.
    await options.getByRole('button', { name: 'Reset all rules to defaults' }).click();
    await options.getByRole('button', { name: 'Save rules' }).click();
    await search.reload();
    await waitForBadges(search, 48);
    expect(await badgeLevels(search)).toEqual(before);
    await options.close();
    await search.close();
  });
});

describe("the popup's newest rows, kept for its next opening", () => {
  it('keeps them, and "delete everything" forgets them', async () => {
    const search = await openSearch();
    const popup = await openPopupFor(suite.browser, search.url());
    const rows = popup.locator('[role=listbox] [role=option]');
    await rows.first().waitFor({ timeout: 5_000 });
    const shown = (await rows.first().locator('.srow__name').textContent()) ?? '';
    const kept = () => popup.evaluate(() => Object.values(localStorage).join('\n'));
    await expect.poll(kept, { timeout: 3_000 }).toContain(JSON.stringify(shown).slice(1, -1));
    await popup.close();

    const options = await openOptions();
    await options.getByRole('button', { name: 'Delete everything…' }).click();
    await options.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect
      .poll(() => options.evaluate(() => Object.keys(localStorage)), { timeout: 3_000 })
      .toEqual([]);
    const after = await openPopupFor(suite.browser, search.url());
    await after.locator('[data-testid=shortlist-empty]').waitFor({ timeout: 5_000 });
    expect(await after.locator('[role=listbox] [role=option]').count()).toBe(0);
    await after.close();
    await options.close();
    await search.close();
  });
});
