import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { waitForBadges } from './cards';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { launchWithExtension, type Launched } from './launch';
import { ROUTES, type RouteName } from './routes';

/** Where browser tests save their screenshots (look at them). */
export const SCREENSHOTS = new URL('../../../screenshots/', import.meta.url);

/**
 * A fixture server and a Chromium with the built extension for one test file,
 * started before its tests and closed after them. Read the fields inside tests.
 */
export function suiteBrowser(): { server: FixtureServer; browser: Launched } {
  const suite = {} as { server: FixtureServer; browser: Launched };
  beforeAll(async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    suite.server = await startFixtureServer();
    suite.browser = await launchWithExtension({ extension: true, port: suite.server.port });
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}

/**
 * Opens each route in its own tab once, in the suite's browser, and waits for `badges` badges
 * (0: none expected); later calls for the same route get that tab back.
 */
export function routeOpener(suite: { browser: Launched }) {
  const pages = new Map<RouteName, Page>();
  return async (name: RouteName, badges = 1): Promise<Page> => {
    const known = pages.get(name);
    if (known) return known;
    const page = await suite.browser.context.newPage();
    await page.goto(ROUTES[name].url);
    if (badges > 0) await waitForBadges(page, badges);
    pages.set(name, page);
    return page;
  };
}

export function screenshot(page: Page, file: string): Promise<Buffer> {
  return page.screenshot({ path: new URL(file, SCREENSHOTS).pathname });
}
