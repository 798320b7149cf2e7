import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { launchFirefox, suiteFirefox, type LaunchedFirefox } from './support/firefox';
import { openExtensionPage, saveFirstSupplier, screenshot, waitForVerdicts } from './support/firefox-pages';
import { ROUTES } from './support/routes';

// The shortlist carried from one Firefox profile to a fresh one, as shortlist.test.ts does in
// Chromium: exported from the options page as a file Firefox saves, then imported from that file.
// Build first: `npm run build`.

const suite = suiteFirefox();

type Entry = Record<string, unknown>;

async function openOptions(firefox: LaunchedFirefox): Promise<Page> {
  const options = await firefox.browser.newPage();
  await options.setViewport({ width: 1000, height: 900 });
  await openExtensionPage(options, 'options.html');
  await options.waitForSelector('[data-testid=rules]', { timeout: 5_000 });
  return options;
}

async function clickButton(page: Page, text: string): Promise<void> {
  const clicked = await page.evaluate((text) => {
    const button = Array.from(document.querySelectorAll('button')).find(
      (candidate) => candidate.textContent?.trim() === text,
    );
    button?.click();
    return button !== undefined;
  }, text);
  if (!clicked) throw new Error(`no button "${text}"`);
}

/** Clicks "Export as JSON" and waits for Firefox to finish saving a new file; its path. */
async function exportJson(firefox: LaunchedFirefox, options: Page): Promise<string> {
  const before = new Set(await readdir(firefox.downloads));
  await clickButton(options, 'Export as JSON');
  const deadline = Date.now() + 10_000;
  for (;;) {
    const names = await readdir(firefox.downloads);
    // Firefox writes into a .part file first and renames it when the download is complete.
    const saved = names.find((name) => !before.has(name) && name.endsWith('.json'));
    if (saved && !names.some((name) => name.endsWith('.part'))) return join(firefox.downloads, saved);
    if (Date.now() > deadline) throw new Error(`no export saved in ${firefox.downloads}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The entries of an exported file, sorted by key. */
async function entriesIn(file: string): Promise<Entry[]> {
  const parsed = JSON.parse(await readFile(file, 'utf8')) as { format: string; entries: Entry[] };
  expect(parsed.format).toBe('supplier-radar-shortlist');
  return parsed.entries.sort((a, b) => String(a.key).localeCompare(String(b.key)));
}

function textOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (element) => element.textContent ?? '');
}

describe('Firefox: shortlist export and import', () => {
  it('exports the list as a file and imports it into a fresh profile, giving the same list', async () => {
    const search = await suite.firefox.browser.newPage();
    await search.goto(ROUTES.search.url);
    await waitForVerdicts(search, 48);
    await saveFirstSupplier(search);
    await search.close();

    const options = await openOptions(suite.firefox);
    const file = await exportJson(suite.firefox, options);
    const before = await entriesIn(file);
    expect(before).toHaveLength(1);
    expect(before[0]?.name).toMatch(/\S/);
    await options.close();

    const fresh = await launchFirefox({ port: suite.server.port });
    try {
      const freshOptions = await openOptions(fresh);
      // Whether storage is persistent is shown at once: Firefox's permission prompt is asked for only on a click.
      await freshOptions.waitForFunction(
        () =>
          document.querySelector('[data-testid=persistence]')?.textContent?.includes('not marked persistent'),
        { timeout: 3_000 },
      );
      // A fresh profile has nothing to export.
      await clickButton(freshOptions, 'Export as JSON');
      await freshOptions.waitForFunction(
        () => document.querySelector('[data-testid=export-status]')?.textContent?.includes('empty'),
        { timeout: 3_000 },
      );
      const input = await freshOptions.waitForSelector('[data-testid=import] input[type=file]');
      await input?.uploadFile(file);
      await freshOptions.waitForSelector('[data-testid=import-preview]', { timeout: 5_000 });
      expect(await textOf(freshOptions, '[data-testid=import-counts]')).toMatch(/1 new/);
      await freshOptions.$eval('[data-testid=import-preview]', (preview) =>
        preview.scrollIntoView({ block: 'center' }),
      );
      await screenshot(freshOptions, 'firefox-options-import-preview.png');
      await clickButton(freshOptions, 'Import 1 valid entry');
      await freshOptions.waitForFunction(
        () => /1/.test(document.querySelector('[data-testid=import-outcome]')?.textContent ?? ''),
        { timeout: 5_000 },
      );
      expect(await entriesIn(await exportJson(fresh, freshOptions))).toEqual(before);
    } finally {
      await fresh.close();
    }
  });
});
