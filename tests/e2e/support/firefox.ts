import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { SCREENSHOTS } from './suite-browser';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = fileURLToPath(new URL('../../../.output/firefox-mv2/', import.meta.url));
/** The add-on's id in its manifest (wxt.config.ts). */
const ADDON_ID = 'supplier-radar@example.org';
/** Firefox gives each add-on a random moz-extension:// host; this pins ours, so tests can open its pages. */
const ADDON_HOST = '4f1c2b7e-9a3d-4e6f-8b21-5c0d9e7a6f13';
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${ADDON_HOST}`;

export interface LaunchedFirefox {
  browser: Browser;
  /** Where Firefox saves downloads, without asking (inside the profile, removed with it). */
  downloads: string;
  close(): Promise<void>;
}

/** Throws a message that says what to do when Firefox or the Firefox build is missing. */
export function checkFirefoxPrerequisites(): void {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`Firefox not found at ${FIREFOX_PATH}. Install it: apt-get install -y firefox-esr`);
  }
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`The Firefox build is missing (${FIREFOX_EXTENSION_DIR}). Run: npm run build`);
  }
}

/**
 * Debian's Firefox ESR on a fresh profile, driven over WebDriver BiDi, with the
 * built add-on installed as a temporary add-on (as about:debugging does). Every
 * http:// request goes to the fixture server as its proxy, so pages load from
 * their real marketplace URLs; anything else has no proxy to reach and fails.
 */
export async function launchFirefox(options: { port: number }): Promise<LaunchedFirefox> {
  checkFirefoxPrerequisites();
  const profile = await mkdtemp(join(tmpdir(), 'supplier-radar-firefox-'));
  const downloads = join(profile, 'downloads');
  await mkdir(downloads);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profile,
    // WebDriver BiDi opens moz-extension:// pages (the popup, the options page) only with this set.
    env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': options.port,
      // https:// and everything else go to the same server, which answers only plain http: they fail.
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': options.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_HOST }),
      // Exports are saved straight into `downloads`, as a buyer's browser set to save files would.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  return {
    browser,
    downloads,
    async close() {
      try {
        await browser.close();
      } finally {
        await rm(profile, { recursive: true, force: true });
      }
    },
  };
}

/**
 * A fixture server and a Firefox with the built add-on for one test file, started before its
 * tests and closed after them (the Firefox twin of suiteBrowser). Read the fields inside tests.
 */
export function suiteFirefox(): { server: FixtureServer; firefox: LaunchedFirefox } {
  const suite = {} as { server: FixtureServer; firefox: LaunchedFirefox };
  beforeAll(async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    suite.server = await startFixtureServer();
    suite.firefox = await launchFirefox({ port: suite.server.port });
  });
  afterAll(async () => {
    await suite.firefox?.close();
    await suite.server?.close();
  });
  return suite;
}
